import { beforeAll, describe, expect, it } from 'vitest';
import { formatList } from '../../src/core/format.js';
import { ROW_KEYS, buildRows, captionText, parseRows, sourceKinds } from '../../src/core/rows.js';
import type { RowKey, RowOptions } from '../../src/core/rows.js';
import type { Career } from '../../src/data/types.js';
import { loadLanguage } from '../../src/shared/languages.js';
import { tableStrings } from '../../src/table/strings.js';

// Spanish is loaded on first use; the elements wait for it, so do these tests.
beforeAll(() => loadLanguage('es'));
import { fullCareer } from './fixtures.js';

const en: Omit<RowOptions, 'keys'> = { unit: 'annual', locale: 'en-US', t: tableStrings('en-US') };
const bare: Career = { id: 'bare', title: 'Bare' };
const coder: Career = {
  id: 'coder',
  title: 'Coder',
  certifications: [
    { name: 'Certified Professional Coder', abbreviation: 'CPC', issuer: 'AAPC' },
    { name: 'Certified Coding Specialist', abbreviation: 'CCS', issuer: 'AHIMA' },
    { name: 'Registered Health Information Technician' },
  ],
  remoteWork: { level: 'high', note: 'Many work from home.' },
  pay: {
    currency: 'USD',
    annual: { p10: 35780, median: 50250, p90: 80950 },
    year: 2024,
    source: { name: 'BLS OEWS' },
  },
};

/** The one row `key` for `careers`, or undefined when it is left out. */
function row(key: RowKey, careers: Career[], options = en) {
  return buildRows(careers, { ...options, keys: [key] })[0];
}

describe('parseRows', () => {
  it('gives every row, in the default order, when none is asked for', () => {
    expect(parseRows([])).toEqual({ keys: [...ROW_KEYS], unknown: [] });
    expect(ROW_KEYS.slice(0, 4)).toEqual(['summary', 'pay', 'outlook', 'employment']);
  });
  it('keeps the order given, drops repeats and names the words that are not rows', () => {
    expect(parseRows(['skills', 'pay', 'salary', 'skills', 'remote'])).toEqual({
      keys: ['skills', 'pay', 'remote'],
      unknown: ['salary'],
    });
  });
  it('shows no rows when every word is unknown', () => {
    expect(parseRows(['salary'])).toEqual({ keys: [], unknown: ['salary'] });
  });
});

describe('buildRows', () => {
  it('labels and fills every row for a career with every field', () => {
    const rows = buildRows([fullCareer], { ...en, keys: ROW_KEYS });
    expect(rows.map((r) => r.key)).toEqual([...ROW_KEYS]);
    expect(rows.map((r) => r.label)).toEqual([
      'Overview',
      'Median pay, per year',
      'Job growth',
      'Jobs',
      'Education',
      'Preparation',
      'Suits people who like',
      'Training and certification',
      'Work setting',
      'Schedule',
      'Responsibilities',
      'Skills',
      'Remote work',
      'Patient contact',
      'Advancement',
      'Learn more',
    ]);
    expect(rows.filter((r) => r.figure).map((r) => r.key)).toEqual(['pay', 'outlook', 'employment']);
    const cell = (key: RowKey) => rows.find((r) => r.key === key)!.cells[0];
    expect(cell('summary')).toEqual({ text: 'Medical assistants keep clinics running.', notes: [] });
    expect(cell('pay')).toEqual({ text: '$44,200', notes: ['Middle 80%: $34,000–$57,000'] });
    expect(cell('outlook')).toEqual({ text: '+12% (2024–34)', notes: ['About 119,800 openings a year'] });
    expect(cell('employment')).toEqual({ text: '764,400 jobs', notes: [] });
    expect(cell('education')).toEqual({
      text: 'Postsecondary nondegree award',
      notes: [
        'Work experience: None',
        'On-the-job training: None',
        'Most complete a certificate program of about a year.',
      ],
    });
    expect(cell('job-zone')?.text).toBe("Medium: usually vocational training or an associate's degree.");
    expect(cell('interests')).toEqual({
      items: ['Orderly work with data and records (Conventional)', 'Helping and teaching people (Social)'],
    });
    expect(cell('training')).toEqual({
      text: 'A certificate program or on-the-job training.',
      notes: ['Certifications: CMA (AAMA)'],
    });
    expect(cell('work-environment')?.text).toBe('Clinics and hospitals.');
    expect(cell('schedule')?.text).toBe('Mostly full time, some evenings.');
    expect(cell('responsibilities')).toEqual({ items: ['Take vital signs', 'Schedule appointments'] });
    expect(cell('skills')).toEqual({ items: ['Attention to detail'] });
    expect(cell('remote')).toEqual({ text: 'None', notes: [] });
    expect(cell('patient-contact')).toEqual({ text: 'A lot', notes: ['All day.'] });
    expect(cell('advancement')?.text).toBe('Office manager or nursing school.');
    expect(cell('links')).toEqual({ links: fullCareer.links });
  });

  it('leaves out rows no career has data for, and keeps a gap where one career lacks it', () => {
    const rows = buildRows([bare, coder], { ...en, keys: ROW_KEYS });
    expect(rows.map((r) => r.key)).toEqual(['pay', 'training', 'remote']);
    expect(rows[0].cells[0]).toBeUndefined();
    expect(rows[1].cells[1]).toEqual({
      notes: ['Certifications: CPC (AAPC), CCS (AHIMA), and Registered Health Information Technician'],
    });
    expect(rows[2].cells[1]).toEqual({ text: 'A lot', notes: ['Many work from home.'] });
    expect(buildRows([bare], { ...en, keys: ROW_KEYS })).toEqual([]);
  });

  it('keeps the order asked for', () => {
    expect(buildRows([fullCareer], { ...en, keys: ['skills', 'pay'] }).map((r) => r.key)).toEqual(['skills', 'pay']);
  });

  it('gives hourly pay: the published median, and says the range was worked out from annual pay', () => {
    const pay = row('pay', [fullCareer, coder], { ...en, unit: 'hourly' });
    expect(pay.label).toBe('Median pay, per hour');
    // fullCareer publishes every hourly figure: nothing to flag.
    expect(pay.cells[0]).toEqual({ text: '$21.25', notes: ['Middle 80%: $16.35–$27.40'] });
    // coder publishes none: every figure is annual ÷ 2,080, and the cell says so.
    expect(pay.cells[1]).toEqual({
      text: '$24.16',
      notes: ['Middle 80%: $17.20–$38.92', 'Worked out from annual pay ÷ 2,080 hours'],
    });
    const medianOnly = { ...coder, pay: { ...coder.pay!, hourly: { median: 24.16 } } };
    expect(row('pay', [medianOnly], { ...en, unit: 'hourly' }).cells[0]?.notes).toEqual([
      'Middle 80%: $17.20–$38.92',
      'Range worked out from annual pay ÷ 2,080 hours',
    ]);
  });

  it('says "or more" for a figure at the source\'s ceiling, never an exact-looking amount', () => {
    const pay = {
      ...coder.pay!,
      annual: { p10: 90000, median: 239200, p90: 239200 },
      topCoded: ['annual.median', 'annual.p90'],
    };
    expect(row('pay', [{ ...coder, pay }]).cells[0]).toEqual({
      text: '$239,200 or more',
      notes: ['Middle 80%: $90,000 – $239,200 or more'],
    });
    // Hourly figures worked out from a top-coded annual one are "or more" too.
    expect(row('pay', [{ ...coder, pay }], { ...en, unit: 'hourly' }).cells[0]?.text).toBe('$115.00 or more');
  });

  it('leaves the range out when a percentile is missing', () => {
    const pay = { ...coder.pay!, annual: { median: 50250 } };
    expect(row('pay', [{ ...coder, pay }]).cells[0]).toEqual({ text: '$50,250', notes: [] });
  });

  it('formats figures and words for the locale', () => {
    const es = { unit: 'annual', locale: 'es-ES', t: tableStrings('es-ES') } as const;
    const pay = row('pay', [fullCareer], es);
    expect(pay.label).toBe('Salario mediano al año');
    expect(pay.cells[0]?.text).toMatch(/^44\.200\s€|^44\.200\sUS\$/);
    expect(row('outlook', [fullCareer], es).cells[0]?.text).toMatch(/^\+12\s?% \(2024–34\)$/);
    expect(row('pay', [fullCareer], { ...en, locale: 'de-DE' }).cells[0]?.text).toMatch(/^44\.200\s\$$/);
  });
});

describe('sourceKinds', () => {
  it('names the sourced figures among the rows shown, in row order', () => {
    const rows = buildRows([fullCareer], { ...en, keys: ['education', 'skills', 'outlook', 'pay'] });
    expect(sourceKinds(rows)).toEqual(['education', 'outlook', 'pay', 'editorial']);
    const figuresOnly = buildRows([fullCareer], { ...en, keys: ['pay', 'outlook'] });
    expect(sourceKinds(figuresOnly)).toEqual(['pay', 'outlook']);
  });

  it("shows O*NET's description where a career has no summary of its own", () => {
    const { summary: _summary, ...occupation } = fullCareer;
    const rows = buildRows([occupation], { ...en, keys: ['summary'] });
    expect(rows[0].cells[0]?.text).toBe(fullCareer.description.text);
  });
});

describe('captionText', () => {
  const t = en.t;
  it('names the careers compared', () => {
    expect(captionText(['A'], { locale: 'en', t })).toBe('A');
    expect(captionText(['A', 'B'], { locale: 'en', t })).toBe('A compared with B');
    expect(captionText(['A', 'B', 'C'], { locale: 'en', t })).toBe('A compared with B and C');
    expect(captionText(['A', 'B'], { locale: 'es', t: tableStrings('es') })).toBe('A frente a B');
  });
  it('survives a malformed locale', () => {
    expect(formatList(['B', 'C'], 'not a locale!')).toBe('B and C');
  });
});
