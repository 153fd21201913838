import { PERCENTILE_KEYS } from '../data/types.js';
import type { Career, PayPercentiles, PercentileKey } from '../data/types.js';
import type { PayUnit } from './format.js';

/** Hours in a full-time work year: the factor BLS uses between annual and hourly wages. */
export const HOURS_PER_YEAR = 2080;

export interface PayFigures extends PayPercentiles {
  /** Keys whose value was worked out from annual pay (÷ 2,080) rather than published. */
  derived: PercentileKey[];
  /** Keys at the source's ceiling: the true figure is that much or more (`pay.topCoded`). */
  atLeast: PercentileKey[];
}

/**
 * A career's pay percentiles in one unit. Hourly figures are the published
 * ones where the dataset has them; any other is annual ÷ 2,080 and listed in
 * `derived`, so the element can say so on screen. Undefined without pay.
 */
export function payFigures(career: Career, unit: PayUnit): PayFigures | undefined {
  const pay = career.pay;
  if (!pay) return undefined;
  const published = (unit === 'hourly' ? pay.hourly : pay.annual) ?? {};
  const figures: PayFigures = { derived: [], atLeast: [] };
  const topCoded = pay.topCoded ?? [];
  for (const key of PERCENTILE_KEYS) {
    const value = published[key];
    if (value !== undefined) {
      figures[key] = value;
      if (topCoded.includes(`${unit}.${key}`)) figures.atLeast.push(key);
    } else if (unit === 'hourly' && pay.annual?.[key] !== undefined) {
      figures[key] = Math.round((pay.annual[key] / HOURS_PER_YEAR) * 100) / 100;
      figures.derived.push(key);
      if (topCoded.includes(`annual.${key}`)) figures.atLeast.push(key);
    }
  }
  // Any figure at all? Only defined ones were set, beside `derived` and `atLeast`.
  return Object.keys(figures).length > 2 ? figures : undefined;
}
