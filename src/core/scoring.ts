/**
 * Quiz scoring: how well each career fits the reader's answers, and why.
 * Pure data in, data out; the element only renders the result.
 *
 * For each trait t the reader's want is W_t, the sum of the chosen options'
 * weights for t. A career's trait value c_t is 0..1 (0 when its profile does
 * not name t). Each trait the reader asked about counts by |W_t|:
 *
 *   match_t = c_t        when W_t > 0 (the reader wants the trait)
 *   match_t = 1 − c_t    when W_t < 0 (the reader wants to avoid it)
 *   fit     = Σ_t |W_t| · match_t / Σ_t |W_t|
 *   score   = round(100 · fit)          (0 when no answer carries a weight)
 *
 * Traits the reader did not ask about count neither for nor against a
 * career, and a career's score depends on its own profile alone, so adding
 * or removing a career never changes the others' scores.
 */
import type { Career, QuizOption } from '../data/types.js';

/** Scores this close to the score at the head of their group count as tied. */
export const TIE_MARGIN = 3;

/** At most this many reasons are given per career. */
const MAX_REASONS = 3;

/** A want counts at most this much either way, so sums of huge weights stay finite. */
const MAX_WANT = 1e100;

/** One answer that moved a career up, in data: the chosen option and the trait it shares with the career. */
export interface Reason {
  option: QuizOption;
  trait: string;
  /** The career's note for the trait, when its profile has one. */
  note?: string;
  /** True when the reader wants the trait, false when they want to avoid it. */
  wanted: boolean;
}

export interface CareerMatch {
  career: Career;
  /** 0–100. */
  score: number;
  /** Place in the ranking, 1 = best; tied careers share the place of the first among them. */
  rank: number;
  /** True when the career shares its place with another. */
  tied: boolean;
  /** The answers that moved this career most, strongest first (up to three). */
  reasons: Reason[];
}

export interface QuizResult {
  /** The careers with a quiz profile, best first. */
  ranking: CareerMatch[];
  /** The careers left out because they have no quiz profile. */
  unscored: Career[];
  /** True when no clear match emerged: no answer carried a weight, or every career is tied. */
  flat: boolean;
}

/** True when the career has a quiz profile (at least one trait). */
export function hasProfile(career: Career): boolean {
  return Object.keys(career.traits ?? {}).length > 0;
}

/** The reader's want per trait: the sum of the chosen options' weights. */
export function readerWants(chosen: QuizOption[]): Map<string, number> {
  const wants = new Map<string, number>();
  for (const option of chosen) {
    for (const [trait, weight] of Object.entries(option.traits)) {
      wants.set(trait, Math.max(-MAX_WANT, Math.min(MAX_WANT, (wants.get(trait) ?? 0) + weight)));
    }
  }
  return wants;
}

/** The record's own value for the key: a trait named "constructor" must not find Object's. */
function own<V>(record: Record<string, V> | undefined, key: string): V | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** How far the career meets one want, 0..1: how much it has the trait, or for an unwanted trait the lack of it. */
function meets(career: Career, trait: string, weight: number): number {
  const level = Math.min(1, Math.max(0, own(career.traits, trait) || 0));
  return weight > 0 ? level : 1 - level;
}

/** The career's 0–100 score for the reader's wants (see the module comment). */
export function scoreCareer(career: Career, wants: Map<string, number>): number {
  let total = 0;
  let fit = 0;
  for (const [trait, weight] of wants) {
    total += Math.abs(weight);
    fit += Math.abs(weight) * meets(career, trait, weight);
  }
  return total > 0 ? Math.round(100 * (fit / total)) : 0;
}

/**
 * The answers that moved a career most. Each (chosen option, trait) pair adds
 * |weight| · match to the career's fit; pairs where the career meets the want
 * at least halfway are taken, largest first (ties: question order, then the
 * option's trait order), using each option and each trait once, up to three.
 */
export function reasonsFor(career: Career, chosen: QuizOption[]): Reason[] {
  const pairs: { option: QuizOption; trait: string; weight: number; part: number }[] = [];
  for (const option of chosen) {
    for (const [trait, weight] of Object.entries(option.traits)) {
      const match = meets(career, trait, weight);
      if (weight !== 0 && match >= 0.5) pairs.push({ option, trait, weight, part: Math.abs(weight) * match });
    }
  }
  pairs.sort((a, b) => b.part - a.part);
  const reasons: Reason[] = [];
  // The options and traits used so far: objects and strings, so one set holds both apart.
  const used = new Set<QuizOption | string>();
  for (const { option, trait, weight } of pairs) {
    if (reasons.length === MAX_REASONS) break;
    if (used.has(option) || used.has(trait)) continue;
    used.add(option).add(trait);
    reasons.push({ option, trait, note: own(career.traitNotes, trait), wanted: weight > 0 });
  }
  return reasons;
}

/**
 * Ranks the careers for the chosen options. Careers without a profile are
 * left out (listed in `unscored`), not scored 0. Order: by score, highest
 * first, then by the order `careers` came in. Ties: walking down the
 * ranking, a career within TIE_MARGIN points of the first career of the
 * current group joins that group and shares its place; otherwise it starts a
 * new group at its own position (1, 1, 3, …).
 */
export function rankCareers(careers: Career[], chosen: QuizOption[]): QuizResult {
  const wants = readerWants(chosen);
  const scored = careers.filter(hasProfile);
  const ranking: CareerMatch[] = scored
    .map((career) => ({
      career,
      score: scoreCareer(career, wants),
      rank: 1,
      tied: false,
      reasons: reasonsFor(career, chosen),
    }))
    .sort((a, b) => b.score - a.score);
  let head: CareerMatch | undefined;
  ranking.forEach((match, index) => {
    if (head && head.score - match.score <= TIE_MARGIN) {
      match.rank = head.rank;
      match.tied = head.tied = true;
    } else {
      head = match;
      match.rank = index + 1;
    }
  });
  return {
    ranking,
    unscored: careers.filter((career) => !hasProfile(career)),
    // Every career tied: the last one shares the first one's place.
    flat:
      ![...wants.values()].some((weight) => weight !== 0) ||
      (ranking.length > 1 && ranking[ranking.length - 1].rank === 1),
  };
}
