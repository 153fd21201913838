import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LEVEL_SHARE,
  TIE_MARGIN,
  correlation,
  hasProfile,
  quizTraits,
  rankCareers,
  readerProfile,
  reasonsFor,
  scoreCareer,
} from '../../src/core/scoring.js';
import { careerTraits } from '../../src/core/interests.js';
import type { Career, QuizOption, QuizQuestion } from '../../src/data/types.js';

const career = (id: string, traits?: Record<string, number>, traitNotes?: Record<string, string>): Career => ({
  id,
  title: id.toUpperCase(),
  ...(traits && { traits }),
  ...(traitNotes && { traitNotes }),
});
const option = (traits: Record<string, number>, label = Object.keys(traits).join(' ') || 'neutral'): QuizOption => ({
  label,
  traits,
});
/** A like question per trait with a five-step scale, as the built-in quiz asks. */
const likeQuestion = (trait: string): QuizQuestion => ({
  id: trait,
  text: `How about ${trait}?`,
  topic: trait,
  options: [2, 1, 0, -1, -2].map((weight) => option(weight ? { [trait]: weight } : {}, `${weight}`)),
});
const levelQuestion: QuizQuestion = {
  id: 'preparation',
  text: 'How long?',
  kind: 'level',
  options: [option({ preparation: 0 }, 'short'), option({ preparation: 1 }, 'long'), option({}, 'any')],
};
const areas = ['a', 'b', 'c', 'd'];
const questions = [...areas.map(likeQuestion), levelQuestion];
/** Answers for the questions above: a weight per area (2 … −2), and the level option's label. */
const answer = (weights: number[], level = 'any'): QuizOption[] => [
  ...weights.map((weight, i) => questions[i].options.find((o) => o.label === `${weight}`)!),
  levelQuestion.options.find((o) => o.label === level)!,
];
const ids = (matches: { career: Career }[]) => matches.map((match) => match.career.id);

const level = fc.integer({ min: 0, max: 100 }).map((n) => n / 100);
const profile = fc.record({ a: level, b: level, c: level, d: level, preparation: level });
const careersArb = fc
  .uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z]{1,8}$/), traits: profile }), {
    minLength: 1,
    maxLength: 8,
    selector: (c) => c.id,
  })
  .map((list) => list.map((c) => career(c.id, c.traits)));
const weightArb = fc.constantFrom(2, 1, 0, -1, -2);
const answersArb = fc
  .tuple(fc.array(weightArb, { minLength: 4, maxLength: 4 }), fc.constantFrom('short', 'long', 'any'))
  .map(([weights, lvl]) => answer(weights, lvl));

describe('correlation', () => {
  it("is Pearson's r, 1 for the same shape at any height or spread, −1 for the mirror image", () => {
    expect(correlation([1, 2, 3], [1, 2, 3])).toBeCloseTo(1);
    expect(correlation([1, 2, 3], [10, 20, 30])).toBeCloseTo(1);
    expect(correlation([1, 2, 3], [6, 7, 8])).toBeCloseTo(1);
    expect(correlation([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1);
    // x = (−1, 0, 1), y = (1, 0, 0) centred (2/3, −1/3, −1/3): r = −1 / √(2 · 2/3) = −0.866
    expect(correlation([1, 2, 3], [1, 0, 0])).toBeCloseTo(-0.866);
  });

  it('is 0 when either list has no spread', () => {
    expect(correlation([1, 1, 1], [1, 2, 3])).toBe(0);
    expect(correlation([1, 2, 3], [0, 0, 0])).toBe(0);
  });
});

describe('scoreCareer: the formula', () => {
  it('is 100 · (r + 1) / 2 with no level answered', () => {
    const reader = readerProfile(questions, answer([2, 0, 0, -2]));
    expect([...reader.likes]).toEqual([
      ['a', 2],
      ['b', 0],
      ['c', 0],
      ['d', -2],
    ]);
    // Same shape as the reader: r = 1.
    expect(scoreCareer(career('x', { a: 0.9, b: 0.5, c: 0.5, d: 0.1 }), reader)).toBe(100);
    // The mirror image: r = −1.
    expect(scoreCareer(career('y', { a: 0.1, b: 0.5, c: 0.5, d: 0.9 }), reader)).toBe(0);
    // Reader (1, 0, 0, −1) against (1, 0, 0, 0) centred (¾, −¼, −¼, −¼): r = 1 / √(2 · ¾) = 0.816 → 91.
    expect(scoreCareer(career('z', { a: 1, b: 0, c: 0, d: 0 }), reader)).toBe(91);
  });

  it('matches the shape of a profile, not its height: a career high in everything gains nothing', () => {
    const reader = readerProfile(questions, answer([2, 1, 0, 0]));
    const peaked = career('peaked', { a: 0.6, b: 0.3, c: 0.1, d: 0.1 });
    const high = career('high', { a: 0.9, b: 0.9, c: 0.85, d: 0.85 });
    expect(scoreCareer(peaked, reader)).toBeGreaterThan(scoreCareer(high, reader));
    const raised = career('raised', { a: 0.9, b: 0.6, c: 0.4, d: 0.4 });
    expect(scoreCareer(raised, reader)).toBe(scoreCareer(peaked, reader));
  });

  it(`gives an answered level ${LEVEL_SHARE * 100}% of the score, by closeness`, () => {
    const traits = { a: 1, b: 0, c: 0, d: 0 };
    const near = career('near', { ...traits, preparation: 0.25 });
    const far = career('far', { ...traits, preparation: 1 });
    const reader = readerProfile(questions, answer([2, 0, 0, 0], 'short'));
    // r = 1: 0.75 · 1 + 0.25 · (1 − 0.25) = 0.9375 → 94; and 0.75 + 0.25 · 0 = 75.
    expect(scoreCareer(near, reader)).toBe(94);
    expect(scoreCareer(far, reader)).toBe(75);
    // "No preference" leaves the level out.
    expect(scoreCareer(far, readerProfile(questions, answer([2, 0, 0, 0])))).toBe(100);
    // A career without the level trait is scored on its interests alone.
    expect(scoreCareer(career('none', traits), reader)).toBe(100);
  });

  it('counts a like trait missing from the profile as 0', () => {
    const reader = readerProfile(questions, answer([2, 0, 0, -2]));
    expect(scoreCareer(career('x', { a: 1 }), reader)).toBe(
      scoreCareer(career('y', { a: 1, b: 0, c: 0, d: 0 }), reader),
    );
  });

  it('always lies between 0 and 100', () => {
    fc.assert(
      fc.property(careersArb, answersArb, (careers, answers) => {
        for (const match of rankCareers(careers, questions, answers).ranking) {
          expect(Number.isInteger(match.score)).toBe(true);
          expect(match.score).toBeGreaterThanOrEqual(0);
          expect(match.score).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it('stays finite for huge and odd weights', () => {
    const wild: QuizQuestion[] = [
      { id: 'w', text: 'w', options: [option({ a: 1e308, b: -1e308 }), option({ a: Number.MAX_VALUE })] },
      { id: 'v', text: 'v', options: [option({ a: 1e308 }), option({})] },
    ];
    const { ranking } = rankCareers([career('x', { a: 1, b: 0 })], wild, [wild[0].options[0], wild[1].options[0]]);
    expect(ranking[0].score).toBe(100);
  });
});

describe('careerTraits: a profile from O*NET', () => {
  const nurse: Career = {
    id: 'rn',
    title: 'RN',
    interests: {
      jobZone: 3,
      scores: { Realistic: 1, Investigative: 4, Artistic: 7, Social: 5.5, Enterprising: 2.5, Conventional: 4 },
      source: { name: 'O*NET' },
    },
  };

  it('scales the interest scores 1–7 and the Job Zone 1–5 to 0–1', () => {
    expect(careerTraits(nurse)).toEqual({
      realistic: 0,
      investigative: 0.5,
      artistic: 1,
      social: 0.75,
      enterprising: 0.25,
      conventional: 0.5,
      preparation: 0.5,
    });
  });

  it("lets the career's own traits win", () => {
    expect(careerTraits({ ...nurse, traits: { social: 0.1, night: 1 } })).toMatchObject({
      social: 0.1,
      night: 1,
      artistic: 1,
    });
  });
});

describe('rankCareers', () => {
  it('ranks the career strongest in a trait first when the answers point at that trait alone', () => {
    fc.assert(
      fc.property(careersArb, fc.integer({ min: 0, max: 3 }), fc.constantFrom(1, 2), (careers, area, weight) => {
        const weights = [0, 0, 0, 0];
        weights[area] = weight;
        const { ranking } = rankCareers(careers, questions, answer(weights));
        const trait = areas[area];
        // Pointing at one trait, r ranks by how far that trait stands above the career's own mean, in spreads.
        const standing = (c: Career) =>
          correlation(
            weights,
            areas.map((t) => c.traits![t]),
          );
        const best = Math.max(...careers.map(standing));
        expect(ranking[0].score).toBe(Math.round((100 * (best + 1)) / 2));
        // Among careers whose other traits are equal, that is the one highest in the trait.
        const others = (c: Career) =>
          areas
            .filter((t) => t !== trait)
            .map((t) => c.traits![t])
            .join();
        for (const c of careers) {
          if (others(c) === others(ranking[0].career))
            expect(c.traits![trait]).toBeLessThanOrEqual(ranking[0].career.traits![trait]);
        }
      }),
    );
    // Two careers of the same shape score the same, tied; the one higher in `a` (more pronounced) comes first.
    const { ranking } = rankCareers(
      [career('low', { a: 0.5, b: 0.2, c: 0.2, d: 0.2 }), career('high', { a: 0.9, b: 0.2, c: 0.2, d: 0.2 })],
      questions,
      answer([2, 0, 0, 0]),
    );
    expect(ids(ranking)).toEqual(['high', 'low']);
    expect(ranking.map((m) => [m.score, m.rank, m.tied])).toEqual([
      [100, 1, true],
      [100, 1, true],
    ]);
  });

  it('does not change the other careers’ scores when a career is added', () => {
    fc.assert(
      fc.property(careersArb, profile, answersArb, (careers, traits, answers) => {
        const before = new Map(rankCareers(careers, questions, answers).ranking.map((m) => [m.career.id, m.score]));
        const after = rankCareers([career('added-one', traits), ...careers], questions, answers).ranking;
        for (const match of after) {
          if (match.career.id !== 'added-one') expect(match.score).toBe(before.get(match.career.id));
        }
      }),
    );
  });

  it('leaves a career with no profile out, with a note, instead of scoring it 0', () => {
    const careers = [career('a', { a: 1 }), career('none'), career('other', { z: 1 }), career('b', { b: 1 })];
    const result = rankCareers(careers, questions, answer([2, 0, 0, 0]));
    expect(ids(result.ranking)).toEqual(['a', 'b']);
    expect(result.unscored.map((c) => c.id)).toEqual(['none', 'other']);
    expect(hasProfile(careers[1], quizTraits(questions).likes)).toBe(false);
  });

  it('is deterministic: same input, same output', () => {
    fc.assert(
      fc.property(careersArb, answersArb, (careers, answers) => {
        expect(rankCareers(careers, questions, answers)).toEqual(
          rankCareers(structuredClone(careers), structuredClone(questions), structuredClone(answers)),
        );
      }),
    );
  });

  it('orders by score, then by how pronounced the profile is, then by the order the careers came in', () => {
    fc.assert(
      fc.property(careersArb, answersArb, (list, answers) => {
        const ranked = rankCareers(list, questions, answers).ranking;
        for (let i = 1; i < ranked.length; i++) {
          const [prev, cur] = [ranked[i - 1], ranked[i]];
          expect(prev.score).toBeGreaterThanOrEqual(cur.score);
          const same = (c: Career) => areas.map((t) => c.traits![t]).join();
          // Same score and the same like profile: the order given.
          if (prev.score === cur.score && same(prev.career) === same(cur.career))
            expect(list.indexOf(prev.career)).toBeLessThan(list.indexOf(cur.career));
        }
      }),
    );
  });

  it(`treats scores within ${TIE_MARGIN} points of a group's first as tied, sharing its place`, () => {
    // One like question: r is ±1 or 0 with a single trait, so score with a level instead.
    const reader = answer([2, 0, 0, 0], 'long');
    const levels = [1, 0.92, 0.88, 0.84, 0.6, 0.56, 0];
    const careers = levels.map((preparation, i) => career(`c${i}`, { a: 1, b: 0, c: 0, d: 0, preparation }));
    const { ranking, flat } = rankCareers(careers, questions, reader);
    expect(ranking.map((m) => [m.score, m.rank, m.tied])).toEqual([
      [100, 1, true],
      [98, 1, true],
      [97, 3, true],
      [96, 3, true],
      [90, 5, true],
      [89, 5, true],
      [75, 7, false],
    ]);
    expect(flat).toBe(false);
  });

  it('says the answers point nowhere, and ranks nobody, when every like answer is the same', () => {
    const careers = [career('a', { a: 1 }), career('b', { b: 1 })];
    for (const weights of [
      [0, 0, 0, 0],
      [2, 2, 2, 2],
      [-1, -1, -1, -1],
    ]) {
      const result = rankCareers(careers, questions, answer(weights, 'long'));
      expect(result).toMatchObject({ flat: true, ranking: [] });
      expect(ids(result.scored.map((c) => ({ career: c })))).toEqual(['a', 'b']);
    }
    expect(rankCareers(careers, questions, []).flat).toBe(true);
    expect(rankCareers(careers, questions, answer([1, 0, 0, 0])).flat).toBe(false);
  });
});

describe('reasonsFor', () => {
  const notes = { a: 'this job is all about a' };
  const x = career('x', { a: 0.9, b: 0.6, c: 0.2, d: 0.1, preparation: 0.1 }, notes);

  it('credits a liked trait the career is high in, through the answer that liked it, likes first, strongest first', () => {
    const answers = answer([2, 1, 0, -2]);
    const reasons = reasonsFor(x, questions, answers);
    expect(reasons.map((r) => [r.trait, r.wanted, r.place, r.option.label])).toEqual([
      ['a', true, 1, '2'],
      ['b', true, 2, '1'],
      ['d', false, 4, '-2'],
    ]);
    expect(reasons[0].note).toBe('this job is all about a');
    expect(reasons[0].question.topic).toBe('a');
  });

  it('never credits an answer that points away from the career', () => {
    fc.assert(
      fc.property(careersArb, answersArb, (careers, answers) => {
        for (const c of careers) {
          for (const reason of reasonsFor(c, questions, answers)) {
            if (reason.question.kind === 'level') continue;
            const weight = reason.option.traits[reason.trait];
            const level = c.traits![reason.trait];
            const mean = areas.reduce((sum, t) => sum + c.traits![t], 0) / areas.length;
            // A liked trait the career has more of than its average, or a disliked one it has less of.
            expect(weight > 0 ? level > mean : level < mean).toBe(true);
            expect(reason.wanted).toBe(weight > 0);
          }
        }
      }),
    );
  });

  it('gives no reason through a trait that is low only because other answers were higher', () => {
    // d is below the reader's mean, but no answer disliked it.
    const reasons = reasonsFor(x, questions, answer([2, 0, 0, 0]));
    expect(reasons.map((r) => r.trait)).toEqual(['a']);
  });

  it('adds a level answer within half a step of the career, and only then', () => {
    expect(reasonsFor(x, questions, answer([2, 0, 0, 0], 'short')).map((r) => r.trait)).toEqual(['a', 'preparation']);
    expect(reasonsFor(x, questions, answer([2, 0, 0, 0], 'long')).map((r) => r.trait)).toEqual(['a']);
  });

  it('are attached to every ranked career, up to three', () => {
    const { ranking } = rankCareers([x], questions, answer([2, 1, -1, -2], 'short'));
    expect(ranking[0].reasons).toHaveLength(3);
  });
});
