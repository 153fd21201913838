/**
 * schema.org `Occupation` JSON-LD for careers, so search engines can read the
 * same sourced figures a page shows. Pure: data in, data or text out.
 */
import { PERCENTILE_KEYS } from '../data/types.js';
import type { Career, PercentileKey } from '../data/types.js';
import type { PayUnit } from './format.js';
import { payFigures } from './pay.js';

/** A schema.org `MonetaryAmountDistribution`: one unit's pay percentiles. */
export interface SalaryDistribution {
  '@type': 'MonetaryAmountDistribution';
  name: 'base';
  /** ISO 4217 code. */
  currency: string;
  /** ISO 8601: a year or an hour. */
  duration: 'P1Y' | 'PT1H';
  percentile10?: number;
  percentile25?: number;
  median?: number;
  percentile75?: number;
  percentile90?: number;
}

/** A schema.org `CategoryCode` naming the occupation's SOC code. */
export interface OccupationCategory {
  '@type': 'CategoryCode';
  codeValue: string;
  /** The occupation's name: the code's label. */
  name: string;
  inCodeSet: { '@type': 'CategoryCodeSet'; name: string };
}

/** A schema.org `Occupation` with context, holding only what the career's data has. */
export interface OccupationData {
  '@context': 'https://schema.org';
  '@type': 'Occupation';
  name: string;
  occupationalCategory?: OccupationCategory;
  estimatedSalary?: SalaryDistribution[];
  educationRequirements?: string;
  description?: string;
}

const SCHEMA_PERCENTILES = {
  p10: 'percentile10',
  p25: 'percentile25',
  median: 'median',
  p75: 'percentile75',
  p90: 'percentile90',
} as const satisfies Record<PercentileKey, keyof SalaryDistribution>;

const DURATIONS = { annual: 'P1Y', hourly: 'PT1H' } as const satisfies Record<PayUnit, SalaryDistribution['duration']>;

// The code set is named without a revision: the dataset format does not record which SOC edition a code is from.
const SOC_CODE_SET = { '@type': 'CategoryCodeSet', name: 'Standard Occupational Classification' } as const;

/**
 * A career as a schema.org `Occupation`, for a page's JSON-LD. Properties the
 * data lacks are left out, never filled with empty or made-up values.
 */
export function occupationData(career: Career): OccupationData {
  const data: OccupationData = { '@context': 'https://schema.org', '@type': 'Occupation', name: career.title };
  const category = occupationCategory(career);
  if (category) data.occupationalCategory = category;
  const salary = estimatedSalary(career);
  if (salary.length) data.estimatedSalary = salary;
  const education = career.education?.typicalEntry;
  if (education) data.educationRequirements = education;
  // The dataset's own summary first, as the table shows it; O*NET's description otherwise.
  const description = career.summary || career.description?.text;
  if (description) data.description = description;
  return data;
}

function occupationCategory(career: Career): OccupationCategory | undefined {
  const occupation = career.occupation;
  if (!occupation?.soc) return undefined;
  return { '@type': 'CategoryCode', codeValue: occupation.soc, name: occupation.name, inCodeSet: SOC_CODE_SET };
}

/** One distribution per unit the career publishes figures in: annual, then hourly. */
function estimatedSalary(career: Career): SalaryDistribution[] {
  const units: PayUnit[] = ['annual', 'hourly'];
  return units.map((unit) => salaryDistribution(career, unit)).filter((found) => found !== undefined);
}

/**
 * The published percentiles in one unit. Hourly figures worked out from annual
 * pay and top-coded ones (only a floor on the true value) are left out.
 */
function salaryDistribution(career: Career, unit: PayUnit): SalaryDistribution | undefined {
  const figures = payFigures(career, unit);
  if (!career.pay || !figures) return undefined;
  const distribution: SalaryDistribution = {
    '@type': 'MonetaryAmountDistribution',
    name: 'base',
    currency: career.pay.currency,
    duration: DURATIONS[unit],
  };
  let count = 0;
  for (const key of PERCENTILE_KEYS) {
    const value = figures[key];
    if (value === undefined || figures.derived.includes(key) || figures.atLeast.includes(key)) continue;
    distribution[SCHEMA_PERCENTILES[key]] = value;
    count++;
  }
  return count ? distribution : undefined;
}

// Characters that could end or confuse a script element ("</script>", "<!--"), or
// that some older JavaScript parsers read as line ends, written as JSON escapes.
const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * JSON text to put inside a `<script>` element (JSON-LD, an inline dataset):
 * `<`, `>`, `&`, U+2028 and U+2029 are written as `\uXXXX` escapes, so no
 * publisher's text can close the element, yet JSON.parse gives back every
 * string unchanged.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    SCRIPT_UNSAFE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The JSON-LD text for a `<script type="application/ld+json">`: one object for one career, an array otherwise. */
export function structuredDataText(careers: readonly Career[]): string {
  return scriptSafeJson(careers.length === 1 ? occupationData(careers[0]) : careers.map(occupationData));
}
