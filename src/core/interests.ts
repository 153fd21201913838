/**
 * O*NET's interest areas (Holland's RIASEC codes) and the quiz profile a
 * career gets from them. No DOM; shared by the table's interest row and the
 * quiz.
 */
import type { Career } from '../data/types.js';

/** O*NET's six interest areas, in its order and spelling. */
export const INTEREST_AREAS = [
  'Realistic',
  'Investigative',
  'Artistic',
  'Social',
  'Enterprising',
  'Conventional',
] as const;

export type InterestArea = (typeof INTEREST_AREAS)[number];

/** The quiz trait for an interest area: its name in lower case, e.g. "conventional". */
export const interestTrait = (area: InterestArea): string => area.toLowerCase();

/** The quiz trait for O*NET's Job Zone: how much preparation the job asks for. */
export const PREPARATION = 'preparation';

/**
 * A career's quiz profile, trait → 0–1: each O*NET interest score (1–7) as
 * (score − 1) / 6 under its area's trait, and the Job Zone (1–5) as
 * (zone − 1) / 4 under `preparation`. Traits the career's data names itself
 * win, so a publisher can set or correct any of them.
 */
export function careerTraits(career: Career): Record<string, number> {
  const traits: Record<string, number> = {};
  const { scores, jobZone } = career.interests ?? {};
  for (const area of INTEREST_AREAS) {
    const score = scores?.[area];
    if (typeof score === 'number') traits[interestTrait(area)] = (score - 1) / 6;
  }
  if (typeof jobZone === 'number') traits[PREPARATION] = (jobZone - 1) / 4;
  return Object.assign(traits, career.traits);
}
