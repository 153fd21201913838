/**
 * Quiz scoring: how well each career fits the reader's answers, and why.
 * Pure data in, data out; the element only renders the result.
 *
 * A quiz asks two kinds of question. A like question's options carry weights
 * (trait → number: + the reader likes it, − dislikes it); the chosen options'
 * weights add up to the reader's profile over every trait the like questions
 * name. A level question (`kind: "level"`) asks how much of a trait the reader
 * wants; the chosen option gives that level, 0–1.
 *
 * A career's profile is `careerTraits`: O*NET's interest scores and Job Zone
 * scaled to 0–1, under the career's own `traits`. Then, per career:
 *
 *   shape = r, the Pearson correlation between the reader's profile and the
 *           career's over the like traits (a trait the career lacks counts 0;
 *           r = 0 when the career's values are all equal). It compares the
 *           profiles' shapes: adding the same amount to every value of either
 *           one changes nothing, so a career high in everything gains nothing.
 *   level = the mean, over the answered level traits the career has, of
 *           1 − |wanted level − the career's level|
 *   fit   = (1 − L)·(r + 1)/2 + L·level, with L = LEVEL_SHARE
 *           (fit = (r + 1)/2 when there is no level to compare)
 *   score = round(100 · fit)
 *
 * A reader whose like answers are all equal (all "not sure", say) points at
 * no trait: the result is flat and ranks nobody. A career's score depends on
 * its own profile alone, so adding or removing a career never changes the
 * others' scores.
 */
import type { Career, QuizOption, QuizQuestion } from '../data/types.js';
import { careerTraits } from './interests.js';

/** Scores this close to the score at the head of their group count as tied. */
export const TIE_MARGIN = 2;

/** The share of the score that a level question (e.g. preparation) decides when answered. */
export const LEVEL_SHARE = 0.25;

/** At most this many reasons are given per career. */
const MAX_REASONS = 3;

/** A level answer within this distance of the career's level (one Job Zone step is 0.25) is a reason. */
const LEVEL_REASON_DISTANCE = 0.125;

/** A sum of weights counts at most this much either way, so huge weights stay finite. */
const MAX_WEIGHT = 1e100;

/** One answer that speaks for a career: the chosen option and the trait it shares with the career. */
export interface Reason {
  question: QuizQuestion;
  option: QuizOption;
  trait: string;
  /**
   * True when the reader liked the trait more than their average, or asked
   * for about the career's level; false when they liked it less and the career has little of it.
   */
  wanted: boolean;
  /** The trait's place among the career's like traits, 1 = its strongest (undefined for a level). */
  place?: number;
  /** How many like traits the quiz has, so `place === of` is the career's weakest. */
  of: number;
  /** The career's own note for the trait, when its data has one. */
  note?: string;
}

export interface CareerMatch {
  career: Career;
  /** 0–100. */
  score: number;
  /** Place in the ranking, 1 = best; tied careers share the place of the first among them. */
  rank: number;
  /** True when the career shares its place with another. */
  tied: boolean;
  /** The answers that speak for this career most, strongest first (up to three). */
  reasons: Reason[];
}

export interface QuizResult {
  /** The careers with a quiz profile, best first; empty when the answers point nowhere. */
  ranking: CareerMatch[];
  /** The careers with a profile, in the order given (the ones a flat result leaves unranked). */
  scored: Career[];
  /** The careers left out because they have no quiz profile. */
  unscored: Career[];
  /** True when the answers point at no trait: every like trait got the same total. */
  flat: boolean;
}

/** The traits a quiz asks about: those of its like questions and those of its level questions. */
export function quizTraits(questions: readonly QuizQuestion[]): { likes: string[]; levels: string[] } {
  const likes = new Set<string>();
  const levels = new Set<string>();
  for (const question of questions) {
    for (const option of question.options) {
      for (const trait of Object.keys(option.traits)) (question.kind === 'level' ? levels : likes).add(trait);
    }
  }
  return { likes: [...likes], levels: [...levels] };
}

/** The record's own value for the key: a trait named "constructor" must not find Object's. */
function own<V>(record: Record<string, V> | undefined, key: string): V | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A number kept within ±MAX_WEIGHT, with anything not finite as 0. */
function finite(value: number): number {
  return Number.isFinite(value) ? Math.max(-MAX_WEIGHT, Math.min(MAX_WEIGHT, value)) : 0;
}

/** True when the career has a value for at least one of the quiz's like traits. */
export function hasProfile(career: Career, likes: readonly string[]): boolean {
  const traits = careerTraits(career);
  return likes.some((trait) => typeof own(traits, trait) === 'number');
}

/** The reader's like profile (every like trait, 0 when no answer named it) and wanted levels. */
export function readerProfile(
  questions: readonly QuizQuestion[],
  answers: readonly (QuizOption | undefined)[],
): { likes: Map<string, number>; levels: Map<string, number> } {
  const traits = quizTraits(questions);
  const likes = new Map(traits.likes.map((trait) => [trait, 0]));
  const levels = new Map<string, number>();
  questions.forEach((question, i) => {
    for (const [trait, weight] of Object.entries(answers[i]?.traits ?? {})) {
      if (question.kind === 'level') levels.set(trait, Math.min(1, Math.max(0, finite(weight))));
      else likes.set(trait, finite(likes.get(trait)! + finite(weight)));
    }
  });
  return { likes, levels };
}

/** Each value minus the values' mean, scaled so the largest is ±1 (all 0 when the values are equal). */
function deviations(values: number[]): number[] {
  const mean = values.reduce((sum, value) => sum + value / values.length, 0);
  const centred = values.map((value) => value - mean);
  const largest = Math.max(...centred.map(Math.abs));
  return centred.map((value) => (largest > 1e-9 * (Math.abs(mean) || 1) ? value / largest : 0));
}

/** Pearson's correlation of two equally long lists; 0 when either has no spread. */
export function correlation(a: number[], b: number[]): number {
  const [x, y] = [deviations(a), deviations(b)];
  let [xy, xx, yy] = [0, 0, 0];
  x.forEach((value, i) => {
    xy += value * y[i];
    xx += value * value;
    yy += y[i] * y[i];
  });
  return xx && yy ? Math.max(-1, Math.min(1, xy / Math.sqrt(xx * yy))) : 0;
}

/** True when the reader's like profile points at no trait (all values equal, or none). */
export function isFlat(likes: Map<string, number>): boolean {
  return deviations([...likes.values()]).every((value) => value === 0);
}

/**
 * The career's 0–100 score for the reader's profile (see the module comment),
 * and how strongly its profile leans the reader's way: r times the range of
 * its like values, which orders careers of equal score (of two careers with
 * the same shape, the more pronounced one first).
 */
export function matchCareer(
  career: Career,
  reader: { likes: Map<string, number>; levels: Map<string, number> },
): { score: number; strength: number } {
  const traits = careerTraits(career);
  const values = [...reader.likes.keys()].map((trait) => own(traits, trait) ?? 0);
  const shape = correlation([...reader.likes.values()], values);
  const strength = shape * (Math.max(...values) - Math.min(...values));
  const closeness = [...reader.levels]
    .filter(([trait]) => typeof own(traits, trait) === 'number')
    .map(([trait, wanted]) => 1 - Math.abs(wanted - Math.min(1, Math.max(0, own(traits, trait)!))));
  const interestFit = (shape + 1) / 2;
  if (!closeness.length) return { score: Math.round(100 * interestFit), strength };
  const levelFit = closeness.reduce((sum, value) => sum + value, 0) / closeness.length;
  return { score: Math.round(100 * ((1 - LEVEL_SHARE) * interestFit + LEVEL_SHARE * levelFit)), strength };
}

/** The career's 0–100 score for the reader's profile (see the module comment). */
export const scoreCareer = (career: Career, reader: Parameters<typeof matchCareer>[1]): number =>
  matchCareer(career, reader).score;

/**
 * The answers that speak for a career. A like trait counts when the reader
 * and the career are both above, or both below, their own averages in it, by
 * how much (the product of the two deviations), and only through an answer
 * that moved the trait that way: a liked trait through an option that liked
 * it, a low one through an option that disliked it; each answer once. A
 * level answer counts when it is within about half a Job Zone of the career.
 * Order: liked traits (strongest first), the level, disliked traits; up to three.
 */
export function reasonsFor(
  career: Career,
  questions: readonly QuizQuestion[],
  answers: readonly (QuizOption | undefined)[],
): Reason[] {
  const likes = likeReasons(career, questions, answers);
  const levels = levelReasons(career, questions, answers, quizTraits(questions).likes.length);
  // What the reader likes reads best as a reason, then the level they asked for, then what they would avoid.
  const [liked, avoided] = [likes.filter((r) => r.wanted), likes.filter((r) => !r.wanted)];
  return [...liked, ...levels, ...avoided].slice(0, MAX_REASONS);
}

/** The like answers that speak for the career, strongest first, each answer once (see `reasonsFor`). */
function likeReasons(
  career: Career,
  questions: readonly QuizQuestion[],
  answers: readonly (QuizOption | undefined)[],
): Reason[] {
  const reader = readerProfile(questions, answers);
  const traits = careerTraits(career);
  const names = [...reader.likes.keys()];
  const mine = deviations(names.map((trait) => own(traits, trait) ?? 0));
  const theirs = deviations([...reader.likes.values()]);
  // Places: 1 for the career's highest like trait; equal values share a place.
  const sorted = [...mine].sort((a, b) => b - a);
  const candidates: (Reason & { strength: number })[] = [];
  names.forEach((trait, t) => {
    const strength = mine[t] * theirs[t];
    if (strength <= 0) return;
    const direction = Math.sign(theirs[t]);
    let best: { question: QuizQuestion; option: QuizOption; weight: number } | undefined;
    questions.forEach((question, q) => {
      const option = answers[q];
      const weight = question.kind === 'level' ? 0 : direction * (own(option?.traits, trait) ?? 0);
      if (option && weight > 0 && weight > (best?.weight ?? 0)) best = { question, option, weight };
    });
    if (!best) return;
    const { question, option } = best;
    candidates.push({
      question,
      option,
      trait,
      wanted: direction > 0,
      place: sorted.indexOf(mine[t]) + 1,
      of: names.length,
      note: own(career.traitNotes, trait),
      strength,
    });
  });
  candidates.sort((a, b) => b.strength - a.strength);
  const used = new Set<QuizOption>();
  return candidates.flatMap(({ strength: _, ...reason }) => {
    if (used.has(reason.option)) return [];
    used.add(reason.option);
    return [reason];
  });
}

/** The level answers within LEVEL_REASON_DISTANCE of the career's own level. */
function levelReasons(
  career: Career,
  questions: readonly QuizQuestion[],
  answers: readonly (QuizOption | undefined)[],
  of: number,
): Reason[] {
  const traits = careerTraits(career);
  const reasons: Reason[] = [];
  questions.forEach((question, q) => {
    const option = answers[q];
    if (question.kind !== 'level' || !option) return;
    const trait = Object.keys(option.traits).find((name) => {
      const level = own(traits, name);
      return typeof level === 'number' && Math.abs(level - option.traits[name]) <= LEVEL_REASON_DISTANCE;
    });
    if (trait) reasons.push({ question, option, trait, wanted: true, of, note: own(career.traitNotes, trait) });
  });
  return reasons;
}

/**
 * Ranks the careers for the answers (one per question, undefined when
 * skipped). Careers without a profile are left out (listed in `unscored`),
 * not scored 0. Order: by score, highest first, then by the order `careers`
 * came in, except that of equal scores the more pronounced profile (see
 * `matchCareer`) comes first. Ties: walking down the ranking, a career
 * within TIE_MARGIN points of the first career of the current group joins
 * that group and shares its place; otherwise it starts a new group at its
 * own position (1, 1, 3, …).
 */
export function rankCareers(
  careers: readonly Career[],
  questions: readonly QuizQuestion[],
  answers: readonly (QuizOption | undefined)[],
): QuizResult {
  const reader = readerProfile(questions, answers);
  const likes = [...reader.likes.keys()];
  const scored = careers.filter((career) => hasProfile(career, likes));
  const unscored = careers.filter((career) => !scored.includes(career));
  if (isFlat(reader.likes)) return { ranking: [], scored, unscored, flat: true };
  const ranking: (CareerMatch & { strength: number })[] = scored
    .map((career) => ({
      career,
      ...matchCareer(career, reader),
      rank: 1,
      tied: false,
      reasons: reasonsFor(career, questions, answers),
    }))
    .sort((a, b) => b.score - a.score || b.strength - a.strength);
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
  return { ranking: ranking.map(({ strength: _, ...match }) => match), scored, unscored, flat: false };
}
