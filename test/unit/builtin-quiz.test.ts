/**
 * The built-in quiz: interests and preparation in the project's own words,
 * the six O*NET interest areas asked evenly, and sensible results for the
 * readers the articles describe.
 */
import { describe, expect, it } from 'vitest';
import { INTEREST_AREAS, PREPARATION, interestTrait } from '../../src/core/interests.js';
import { quizTraits, rankCareers } from '../../src/core/scoring.js';
import { builtinDataset, getCareer } from '../../src/data/builtin.js';
import type { QuizOption } from '../../src/data/types.js';

const quiz = builtinDataset.quiz!;
const likes = quiz.questions.filter((question) => question.kind !== 'level');
const areaTraits = INTEREST_AREAS.map(interestTrait);

/** Answers: for each interest trait the label to choose ("I'd love it", …); every other like question "Not sure", no preference on training. */
function answers(feelings: Record<string, string>, training = 'No preference'): QuizOption[] {
  return quiz.questions.map((question) => {
    const trait = Object.keys(question.options.find((o) => Object.keys(o.traits).length)!.traits)[0];
    const label = question.kind === 'level' ? training : (feelings[trait] ?? 'Not sure');
    const option = question.options.find((o) => o.label.startsWith(label));
    if (!option) throw new Error(`${question.id}: no option "${label}"`);
    return option;
  });
}

describe('the built-in quiz', () => {
  it('is short: at most 12 questions, every one with a topic for the reasons', () => {
    expect(quiz.questions.length).toBeLessThanOrEqual(12);
    for (const question of quiz.questions) expect(question.topic).toBeTruthy();
  });

  it('asks about each of the six interest areas the same number of times, in both directions', () => {
    const asked = new Map(areaTraits.map((trait) => [trait, { questions: 0, up: 0, down: 0 }]));
    for (const question of likes) {
      const traits = new Set(question.options.flatMap((option) => Object.keys(option.traits)));
      for (const trait of traits) {
        const count = asked.get(trait);
        expect(count, `${question.id} asks about ${trait}, which is not an interest area`).toBeDefined();
        count!.questions++;
        if (question.options.some((option) => option.traits[trait] > 0)) count!.up++;
        if (question.options.some((option) => option.traits[trait] < 0)) count!.down++;
      }
      // A neutral answer, so a reader is never forced to lean.
      expect(question.options.some((option) => Object.keys(option.traits).length === 0)).toBe(true);
    }
    const counts = [...asked.values()];
    expect(counts[0].questions).toBeGreaterThan(0);
    for (const count of counts) expect(count).toEqual({ ...counts[0] });
    expect(counts[0].up).toBe(counts[0].questions);
    expect(counts[0].down).toBe(counts[0].questions);
  });

  it('has one level question, on preparation, that maps its answers to Job Zones and allows no preference', () => {
    const levels = quiz.questions.filter((question) => question.kind === 'level');
    expect(levels).toHaveLength(1);
    expect(quizTraits(quiz.questions).levels).toEqual([PREPARATION]);
    const wanted = levels[0].options.map((option) => option.traits[PREPARATION]);
    // Job Zones 1–2, 3, 4 and 5 on the 0–1 scale ((zone − 1) / 4), then no preference.
    expect(wanted).toEqual([0.125, 0.5, 0.75, 1, undefined]);
  });

  it('says the result is a starting point, not a test of ability, and not for hiring or admission', () => {
    expect(quiz.intro).toMatch(/starting point/);
    expect(quiz.intro).toMatch(/not a test of ability/);
    expect(quiz.intro).toMatch(/hiring or admission/);
  });

  it('leaves the built-in careers without hand-made traits: their profiles come from O*NET', () => {
    for (const career of builtinDataset.careers) {
      expect(career.traits).toBeUndefined();
      expect(career.interests?.scores).toBeDefined();
      expect(career.interests?.jobZone).toBeDefined();
    }
  });

  const trio = ['medical-assistant', 'medical-coder', 'healthcare-administrator'].map((id) => getCareer(id)!);
  for (const [leaning, feelings, first] of [
    [
      'Conventional',
      { conventional: "I'd love it", investigative: "I'd like it", enterprising: 'Not really' },
      'medical-coder',
    ],
    ['Social', { social: "I'd love it", realistic: "I'd like it", enterprising: 'Not really' }, 'medical-assistant'],
    [
      'Enterprising',
      { enterprising: "I'd love it", social: "I'd like it", realistic: 'Not really' },
      'healthcare-administrator',
    ],
  ] as const) {
    it(`puts ${first} first, untied, for a ${leaning}-leaning reader`, () => {
      const { ranking, flat } = rankCareers(trio, quiz.questions, answers(feelings));
      expect(flat).toBe(false);
      expect(ranking[0].career.id).toBe(first);
      expect(ranking[0].tied).toBe(false);
      // The first reason is the leaning, at its true place among the career's O*NET scores.
      const scores = ranking[0].career.interests!.scores!;
      const place = 1 + Object.values(scores).filter((value) => value > scores[leaning]).length;
      expect(ranking[0].reasons[0]).toMatchObject({ trait: leaning.toLowerCase(), wanted: true, place });
    });
  }

  it('gives the "don\'t point one way" result for all-neutral answers, or the same answer everywhere', () => {
    expect(rankCareers(trio, quiz.questions, answers({})).flat).toBe(true);
    const loveAll = Object.fromEntries(areaTraits.map((trait) => [trait, "I'd love it"]));
    expect(rankCareers(trio, quiz.questions, answers(loveAll, 'A four-year degree')).flat).toBe(true);
  });
});
