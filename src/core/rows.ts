import type { Career, Link, PercentileKey } from '../data/types.js';
import { INTEREST_AREAS } from './interests.js';
import { formatChange, formatCount, formatMoney, formatMoneyRange, formatPeriod, formatList } from './format.js';
import type { PayUnit } from './format.js';
import { HOURS_PER_YEAR, payFigures } from './pay.js';
import type { FigureKind } from './sources.js';
import type { Translate } from './strings.js';

/** The comparison table's rows, in their default order. */
export const ROW_KEYS = [
  'summary',
  'pay',
  'outlook',
  'employment',
  'education',
  'job-zone',
  'interests',
  'training',
  'work-environment',
  'schedule',
  'responsibilities',
  'skills',
  'remote',
  'patient-contact',
  'advancement',
  'links',
] as const;
export type RowKey = (typeof ROW_KEYS)[number];

/** Rows whose content carries a source, named as `collectSources` names them. */
const SOURCED: readonly string[] = [
  'summary',
  'pay',
  'outlook',
  'employment',
  'education',
  'job-zone',
  'interests',
] satisfies FigureKind[];

/** Rows of descriptive text, which a dataset may credit to its own editors (`career.editorial`). */
const EDITORIAL: readonly string[] = [
  'summary',
  'education',
  'training',
  'work-environment',
  'schedule',
  'responsibilities',
  'skills',
  'remote',
  'patient-contact',
  'advancement',
] satisfies RowKey[];

/** The words a row model needs; the table's string catalogue provides them. */
export type RowTextKey =
  | RowKey
  | 'payYear'
  | 'payHour'
  | 'range'
  | 'derivedAll'
  | 'derivedRange'
  | 'jobs'
  | 'openings'
  | 'orMore'
  | 'typicalEntry'
  | 'workExperience'
  | 'onTheJobTraining'
  | `jobZone${1 | 2 | 3 | 4 | 5}`
  | `interest${'Realistic' | 'Investigative' | 'Artistic' | 'Social' | 'Enterprising' | 'Conventional'}`
  | 'certifications'
  | 'level-none'
  | 'level-low'
  | 'level-medium'
  | 'level-high'
  | 'caption';

/** What one career shows in one row. Every part is plain text, rendered as text. */
export interface Cell {
  /** The main value: a sentence, a figure or a level. */
  text?: string;
  /** Shown as a bulleted list. */
  items?: string[];
  /** Smaller lines under the value: a range, a note, how a figure was worked out. */
  notes?: string[];
  /** Calls to action. */
  links?: Link[];
}

export interface Row {
  key: RowKey;
  /** The row header. */
  label: string;
  /** True for rows whose main value is a number (pay, outlook, jobs). */
  figure: boolean;
  /** One per career, in the careers' order; undefined where a career has no data. */
  cells: (Cell | undefined)[];
}

export interface RowOptions {
  keys: readonly RowKey[];
  unit: PayUnit;
  locale: string;
  t: Translate<RowTextKey>;
}

/**
 * Reads a `rows` attribute: the known keys in the order given (all of them,
 * in the default order, when none is given) and the words that are not keys.
 */
export function parseRows(requested: string[]): { keys: RowKey[]; unknown: string[] } {
  const known = (key: string): key is RowKey => (ROW_KEYS as readonly string[]).includes(key);
  const keys = [...new Set(requested.filter(known))];
  return {
    keys: requested.length ? keys : [...ROW_KEYS],
    unknown: requested.filter((key) => !known(key)),
  };
}

/** The rows to show for `careers`: each asked-for row that at least one career has data for. */
export function buildRows(careers: Career[], options: RowOptions): Row[] {
  const { keys, unit, t } = options;
  return keys
    .map((key) => ({
      key,
      label: t(key === 'pay' ? (unit === 'hourly' ? 'payHour' : 'payYear') : key),
      figure: ['pay', 'outlook', 'employment'].includes(key),
      cells: careers.map((career) => cellFor(key, career, options)),
    }))
    .filter((row) => row.cells.some(Boolean));
}

/** The kinds of figure whose sources the footnote lists for these rows. */
export function sourceKinds(rows: Row[]): FigureKind[] {
  const kinds = rows.map((row) => row.key as string).filter((key): key is FigureKind => SOURCED.includes(key));
  return rows.some((row) => EDITORIAL.includes(row.key)) ? [...kinds, 'editorial'] : kinds;
}

/** "A compared with B", "A compared with B and C"; just "A" for one career. */
export function captionText(titles: string[], { locale, t }: Pick<RowOptions, 'locale' | 't'>): string {
  const [first = '', ...others] = titles;
  return others.length ? t('caption', { first, others: formatList(others, locale) }) : first;
}

/** A cell of text and notes; undefined when there is neither. */
function textCell(text?: string, ...notes: (string | false | undefined)[]): Cell | undefined {
  const shown = notes.filter(Boolean) as string[];
  return text || shown.length ? { text: text || undefined, notes: shown } : undefined;
}

function cellFor(key: RowKey, career: Career, { unit, locale, t }: RowOptions): Cell | undefined {
  switch (key) {
    case 'pay':
      return payCell(career, unit, locale, t);
    case 'outlook': {
      const outlook = career.outlook;
      if (!outlook) return undefined;
      const openings = outlook.openingsPerYear;
      return textCell(
        `${formatChange(outlook.growthPercent, locale)} (${formatPeriod(outlook.period)})`,
        openings !== undefined && t('openings', { count: formatCount(openings, locale) }),
      );
    }
    case 'employment':
      return career.employment && textCell(t('jobs', { count: formatCount(career.employment.count, locale) }));
    case 'education': {
      const education = career.education;
      if (!education) return undefined;
      const { typicalEntry, workExperience, onTheJobTraining, summary } = education;
      return textCell(
        typicalEntry,
        workExperience && t('workExperience', { value: workExperience }),
        onTheJobTraining && t('onTheJobTraining', { value: onTheJobTraining }),
        summary,
      );
    }
    case 'job-zone': {
      const zone = career.interests?.jobZone;
      return zone ? textCell(t(`jobZone${zone as 1 | 2 | 3 | 4 | 5}`)) : undefined;
    }
    case 'interests': {
      const areas = (career.interests?.highPoints ?? []).filter((area) =>
        (INTEREST_AREAS as readonly string[]).includes(area),
      );
      const words = areas.map((area) => t(`interest${area as 'Realistic'}`));
      return words.length ? { items: words } : undefined;
    }
    case 'training': {
      const names = (career.certifications ?? []).map(
        ({ name, abbreviation, issuer }) => `${abbreviation || name}${issuer ? ` (${issuer})` : ''}`,
      );
      return textCell(career.training, names.length > 0 && t('certifications', { list: formatList(names, locale) }));
    }
    case 'work-environment':
      return textCell(career.workEnvironment);
    case 'summary':
      // The dataset's own words, else what the job is in O*NET's.
      return textCell(career.summary ?? career.description?.text);
    case 'schedule':
    case 'advancement':
      return textCell(career[key]);
    case 'responsibilities':
    case 'skills': {
      const items = career[key];
      return items?.length ? { items } : undefined;
    }
    case 'remote':
    case 'patient-contact': {
      const value = key === 'remote' ? career.remoteWork : career.patientContact;
      return value && textCell(t(`level-${value.level}`), value.note);
    }
    case 'links':
      return career.links?.length ? { links: career.links } : undefined;
  }
}

/**
 * The median, then the middle 80% (10th to 90th percentile) in words, then,
 * for hourly pay, which figures were worked out from annual pay.
 */
function payCell(career: Career, unit: PayUnit, locale: string, t: RowOptions['t']): Cell | undefined {
  // Undefined without pay, so `career.pay` is there past this line.
  const figures = payFigures(career, unit);
  if (!figures) return undefined;
  const money = { locale, currency: career.pay!.currency, unit };
  const { p10, median, p90, derived, atLeast } = figures;
  // A figure at the source's ceiling reads "$239,200 or more", never as an exact amount.
  const amount = (key: PercentileKey, value: number) =>
    atLeast.includes(key) ? t('orMore', { amount: formatMoney(value, money) }) : formatMoney(value, money);
  const range = (low: number, high: number) =>
    atLeast.length ? `${amount('p10', low)} – ${amount('p90', high)}` : formatMoneyRange(low, high, money);
  return textCell(
    // No median: the cell has no main value.
    median === undefined ? undefined : amount('median', median),
    p10 !== undefined && p90 !== undefined && t('range', { range: range(p10, p90) }),
    derived.length > 0 &&
      t(derived.includes('median') ? 'derivedAll' : 'derivedRange', { hours: formatCount(HOURS_PER_YEAR, locale) }),
  );
}
