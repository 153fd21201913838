// A publisher's own dataset, as an app would hold it: one career the built-in
// data does not have. The figures are made up for the demo and say so in their
// source; the trait profile uses the built-in quiz's trait names (O*NET's six
// interest areas and preparation), so the quiz ranks this career alongside the
// built-in ones.

/** @type {import('career-compare').Dataset} */
export const dataset = {
  version: 1,
  careers: [
    {
      id: 'practice-manager',
      title: 'Practice Manager',
      summary:
        'Keeps a small clinic running: staff rotas, billing, suppliers and the patient experience at the front desk.',
      pay: {
        currency: 'USD',
        annual: { p10: 48000, median: 72500, p90: 108000 },
        year: 2025,
        source: { name: 'Example Clinics pay survey (demo figures)', url: 'https://example.com/pay-survey' },
      },
      outlook: {
        growthPercent: 9,
        period: '2025-30',
        source: { name: 'Example Clinics forecast (demo figures)', url: 'https://example.com/forecast' },
      },
      remoteWork: { level: 'low', note: 'The job is on site, where the staff and patients are.' },
      links: [{ label: 'Our practice manager guide', href: '/guides/practice-manager' }],
      // Interest profile on the built-in quiz's O*NET trait names, 0–1 ((score − 1) / 6), and
      // preparation ((Job Zone − 1) / 4): a people-facing organiser with some leadership.
      traits: {
        realistic: 0.15,
        investigative: 0.3,
        artistic: 0.1,
        social: 0.7,
        enterprising: 0.8,
        conventional: 0.85,
        preparation: 0.5,
      },
      traitNotes: {
        enterprising: 'you run the team that keeps the clinic open',
        social: 'the day is spent with staff, doctors and patients',
      },
    },
  ],
};

/** The careers the apps compare: the publisher's career and a built-in one. */
export const compared = 'practice-manager healthcare-administrator';

/** The table rows the apps show. */
export const rows = 'summary pay outlook remote links';
