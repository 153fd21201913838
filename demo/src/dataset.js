// A publisher's own dataset, as an app would hold it: one career the built-in
// data does not have. The figures are made up for the demo and say so in their
// source; the trait profile uses the built-in quiz's trait names, so the quiz
// ranks this career alongside the built-in ones.

import { getCareer } from 'career-compare';

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
      traits: {
        'patient-care': 0.3,
        'hands-on': 0.2,
        'desk-work': 0.7,
        detail: 0.7,
        puzzles: 0.5,
        leadership: 0.95,
        people: 0.95,
        'quick-start': 0.5,
        degree: 0.4,
        remote: 0.1,
        independence: 0.5,
        earnings: 0.5,
      },
      traitNotes: {
        leadership: 'you run the team that keeps the clinic open',
        people: 'the day is spent with staff, doctors and patients',
      },
    },
  ],
};

/** The careers the apps compare: the publisher's career and a built-in one. */
export const compared = 'practice-manager healthcare-administrator';

/** The table rows the apps show. */
export const rows = 'summary pay outlook remote links';

/** A career's title, from the publisher's dataset first, then the built-in one. */
export function titleOf(id) {
  return dataset.careers.find((career) => career.id === id)?.title ?? getCareer(id)?.title ?? id;
}
