/**
 * How evenly a quiz hands out first place among a set of careers. Every answer
 * pattern (one option per question) is scored, or, when there are more than
 * `limit` patterns, the same seeded random sample of `limit` of them on every run.
 * For a publisher checking their own quiz, and for the project's fairness test
 * and bench. No DOM.
 */
import type { Career, QuizOption, QuizQuestion } from '../data/types.js';
import { TIE_MARGIN, hasProfile, isFlat, quizTraits, readerProfile, scoreCareer } from './scoring.js';

export interface CareerFairness {
  career: Career;
  /** Share of the patterns that point somewhere in which the career comes first; a tie of k counts 1/k each. */
  share: number;
  /** How many patterns put the career first on its own, not tied. */
  alone: number;
}

export interface QuizFairness {
  /** How many answer patterns were scored. */
  patterns: number;
  /** True when the patterns are a random sample rather than all of them. */
  sampled: boolean;
  /** How many patterns point nowhere (the flat result). */
  flat: number;
  /** The careers with a profile, in the order given. */
  careers: CareerFairness[];
}

/** A small seeded generator (mulberry32), so a sample is the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every answer pattern in order, or `limit` random ones when there are more. */
function* patterns(questions: readonly QuizQuestion[], limit: number, seed: number): Generator<QuizOption[]> {
  const sizes = questions.map((question) => question.options.length);
  const total = sizes.reduce((product, size) => product * size, 1);
  if (total > limit) {
    const next = random(seed);
    for (let n = 0; n < limit; n++) yield questions.map((q) => q.options[Math.floor(next() * q.options.length)]);
    return;
  }
  for (let n = 0; n < total; n++) {
    let rest = n;
    yield questions.map((question, i) => {
      const option = question.options[rest % sizes[i]];
      rest = Math.floor(rest / sizes[i]);
      return option;
    });
  }
}

/** First-place shares of the careers over the quiz's answer patterns (see the module comment). */
export function quizFairness(
  careers: readonly Career[],
  questions: readonly QuizQuestion[],
  { limit = 200_000, seed = 1 }: { limit?: number; seed?: number } = {},
): QuizFairness {
  const { likes } = quizTraits(questions);
  const scored = careers.filter((career) => hasProfile(career, likes));
  const shares = scored.map(() => 0);
  const alone = scored.map(() => 0);
  let [count, flat] = [0, 0];
  for (const answers of patterns(questions, limit, seed)) {
    count++;
    const reader = readerProfile(questions, answers);
    if (isFlat(reader.likes)) {
      flat++;
      continue;
    }
    const scores = scored.map((career) => scoreCareer(career, reader));
    const best = Math.max(...scores);
    const first = scores.flatMap((score, i) => (best - score <= TIE_MARGIN ? [i] : []));
    for (const i of first) shares[i] += 1 / first.length;
    if (first.length === 1) alone[first[0]]++;
  }
  const pointing = count - flat;
  return {
    patterns: count,
    sampled: count < questions.reduce((product, question) => product * question.options.length, 1),
    flat,
    careers: scored.map((career, i) => ({ career, share: pointing ? shares[i] / pointing : 0, alone: alone[i] })),
  };
}
