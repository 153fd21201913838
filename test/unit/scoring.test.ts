import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TIE_MARGIN, hasProfile, rankCareers, readerWants, reasonsFor, scoreCareer } from '../../src/core/scoring.js';
import type { Career, QuizOption } from '../../src/data/types.js';

const career = (id: string, traits?: Record<string, number>, traitNotes?: Record<string, string>): Career => ({
  id,
  title: id.toUpperCase(),
  ...(traits && { traits }),
  ...(traitNotes && { traitNotes }),
});
const option = (traits: Record<string, number>, reason?: string): QuizOption => ({
  label: `label ${Object.keys(traits).join(' ')}`,
  traits,
  ...(reason && { reason }),
});
const ids = (careers: { career: Career }[]) => careers.map((match) => match.career.id);

const traitName = fc.constantFrom('patient-care', 'desk-work', 'detail', 'leadership', 'remote', 'degree');
// Trait levels in hundredths, as datasets write them (scores are whole percentages).
const traitLevel = fc.integer({ min: 0, max: 100 }).map((n) => n / 100);
const profile = fc.dictionary(traitName, traitLevel, { minKeys: 1 });
const careersArb = fc
  .uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z]{1,8}$/), traits: profile }), {
    minLength: 1,
    maxLength: 8,
    selector: (c) => c.id,
  })
  .map((list) => list.map((c) => career(c.id, c.traits)));
const answersArb = fc.array(
  fc.record({ label: fc.string(), traits: fc.dictionary(traitName, fc.double({ min: -2, max: 2, noNaN: true })) }),
  { maxLength: 8 },
);

describe('scoreCareer: the formula', () => {
  it('is Σ |W_t|·match_t / Σ |W_t|, as a rounded percentage', () => {
    // W = { a: 2, b: 1 }; c = { a: 0.5, b: 1 } → (2·0.5 + 1·1) / 3 = 0.667
    const wants = readerWants([option({ a: 1, b: 1 }), option({ a: 1 })]);
    expect(wants).toEqual(
      new Map([
        ['a', 2],
        ['b', 1],
      ]),
    );
    expect(scoreCareer(career('x', { a: 0.5, b: 1 }), wants)).toBe(67);
  });

  it('counts a trait missing from the profile as 0', () => {
    expect(scoreCareer(career('x', { a: 1 }), readerWants([option({ a: 1 }), option({ b: 1 })]))).toBe(50);
  });

  it('ignores traits the reader did not ask about', () => {
    const wants = readerWants([option({ a: 1 })]);
    expect(scoreCareer(career('x', { a: 0.8 }), wants)).toBe(80);
    expect(scoreCareer(career('y', { a: 0.8, b: 1, c: 0 }), wants)).toBe(80);
  });

  it('rewards lacking a trait the reader wants to avoid (negative weight)', () => {
    const wants = readerWants([option({ remote: -1 })]);
    expect(scoreCareer(career('onsite', { remote: 0.1 }), wants)).toBe(90);
    expect(scoreCareer(career('home', { remote: 0.9 }), wants)).toBe(10);
  });

  it('is 0 when no answer carries a weight', () => {
    expect(scoreCareer(career('x', { a: 1 }), readerWants([option({}), option({ a: 0 })]))).toBe(0);
  });

  it('always lies between 0 and 100', () => {
    fc.assert(
      fc.property(careersArb, answersArb, (careers, answers) => {
        for (const match of rankCareers(careers, answers).ranking) {
          expect(Number.isInteger(match.score)).toBe(true);
          expect(match.score).toBeGreaterThanOrEqual(0);
          expect(match.score).toBeLessThanOrEqual(100);
        }
      }),
    );
  });
});

describe('rankCareers', () => {
  it('ranks the career strongest in a trait first when every answer points at that trait', () => {
    fc.assert(
      fc.property(
        careersArb,
        traitName,
        fc.array(fc.double({ min: 0.1, max: 3, noNaN: true }), { minLength: 1, maxLength: 8 }),
        (careers, trait, weights) => {
          const { ranking } = rankCareers(
            careers,
            weights.map((weight) => option({ [trait]: weight })),
          );
          const strongest = Math.max(...careers.map((c) => c.traits?.[trait] ?? 0));
          expect(ranking[0].career.traits?.[trait] ?? 0).toBe(strongest);
          // The score is then the career's own level in the trait.
          for (const match of ranking) expect(match.score).toBe(Math.round(100 * (match.career.traits?.[trait] ?? 0)));
        },
      ),
    );
  });

  it('does not change the other careers’ scores when a career is added', () => {
    fc.assert(
      fc.property(careersArb, profile, answersArb, (careers, traits, answers) => {
        const before = new Map(rankCareers(careers, answers).ranking.map((m) => [m.career.id, m.score]));
        const after = rankCareers([career('added-one', traits), ...careers], answers).ranking;
        expect(after).toHaveLength(careers.length + 1);
        for (const match of after) {
          if (match.career.id !== 'added-one') expect(match.score).toBe(before.get(match.career.id));
        }
      }),
    );
  });

  it('leaves a career with no profile out, with a note, instead of scoring it 0', () => {
    const careers = [career('a', { x: 1 }), career('none'), career('empty', {}), career('b', { x: 0.2 })];
    const result = rankCareers(careers, [option({ x: 1 })]);
    expect(ids(result.ranking)).toEqual(['a', 'b']);
    expect(result.unscored.map((c) => c.id)).toEqual(['none', 'empty']);
    expect(hasProfile(careers[1])).toBe(false);
    expect(hasProfile(careers[2])).toBe(false);
  });

  it('is deterministic: same input, same output', () => {
    fc.assert(
      fc.property(careersArb, answersArb, (careers, answers) => {
        expect(rankCareers(careers, answers)).toEqual(rankCareers(structuredClone(careers), structuredClone(answers)));
      }),
    );
  });

  it('orders by score, then by the order the careers came in', () => {
    const careers = [
      career('c', { x: 0.5 }),
      career('a', { x: 0.9 }),
      career('b', { x: 0.5 }),
      career('d', { x: 0.1 }),
    ];
    const { ranking } = rankCareers(careers, [option({ x: 1 })]);
    expect(ids(ranking)).toEqual(['a', 'c', 'b', 'd']);
    fc.assert(
      fc.property(careersArb, answersArb, (list, answers) => {
        const ranked = rankCareers(list, answers).ranking;
        for (let i = 1; i < ranked.length; i++) {
          const [prev, cur] = [ranked[i - 1], ranked[i]];
          expect(prev.score).toBeGreaterThanOrEqual(cur.score);
          if (prev.score === cur.score) expect(list.indexOf(prev.career)).toBeLessThan(list.indexOf(cur.career));
        }
      }),
    );
  });

  it(`treats scores within ${TIE_MARGIN} points of a group's first as tied, sharing its place`, () => {
    const careers = [90, 88, 87, 86, 80, 79, 50].map((score, i) => career(`c${i}`, { x: score / 100 }));
    const { ranking, flat } = rankCareers(careers, [option({ x: 1 })]);
    expect(ranking.map((m) => [m.score, m.rank, m.tied])).toEqual([
      [90, 1, true],
      [88, 1, true],
      [87, 1, true],
      [86, 4, false],
      [80, 5, true],
      [79, 5, true],
      [50, 7, false],
    ]);
    expect(flat).toBe(false);
  });

  it('says no clear match emerged when no answer carries a weight', () => {
    const careers = [career('a', { x: 1 }), career('b', { x: 0 })];
    const result = rankCareers(careers, [option({}), option({})]);
    expect(result.flat).toBe(true);
    expect(result.ranking.map((m) => m.score)).toEqual([0, 0]);
    expect(rankCareers([career('a', { x: 1 })], []).flat).toBe(true);
  });

  it('says no clear match emerged when every career is tied', () => {
    const careers = [career('a', { x: 0.6, y: 0.4 }), career('b', { x: 0.4, y: 0.6 })];
    expect(rankCareers(careers, [option({ x: 1 }), option({ y: 1 })]).flat).toBe(true);
    expect(rankCareers(careers, [option({ x: 1 })]).flat).toBe(false);
    expect(rankCareers([careers[0]], [option({ x: 1 })]).flat).toBe(false);
  });
});

describe('reasonsFor', () => {
  const patients = option({ 'patient-care': 1, people: 0.5 }, "You'd rather spend your day with patients");
  const desk = option({ 'desk-work': 1, detail: 0.5 }, "You'd rather work at a computer");
  const team = option({ people: 0.8 }, "You'd rather work with a team");
  const quick = option({ 'quick-start': 1 }, "You'd rather start soon");
  const assistant = career(
    'ma',
    { 'patient-care': 0.95, people: 0.85, 'quick-start': 0.9, 'desk-work': 0.35, detail: 0.6 },
    { 'patient-care': 'assistants spend much of the day with patients' },
  );

  it('gives the answers that added most to the career, strongest first, each answer and trait once, up to three', () => {
    const reasons = reasonsFor(assistant, [patients, desk, team, quick]);
    expect(reasons.map((r) => [r.option, r.trait])).toEqual([
      [patients, 'patient-care'], // 1 × 0.95
      [quick, 'quick-start'], // 1 × 0.9
      [team, 'people'], // 0.8 × 0.85 (patients' people share is the same option, already used)
    ]);
    expect(reasons[0].note).toBe('assistants spend much of the day with patients');
    expect(reasons[1].note).toBeUndefined();
    expect(reasons.every((r) => r.wanted)).toBe(true);
  });

  it('leaves out answers the career meets less than halfway', () => {
    const reasons = reasonsFor(assistant, [desk]);
    expect(reasons.map((r) => r.trait)).toEqual(['detail']); // desk-work 0.35 is left out
    expect(reasonsFor(career('x', { a: 0.2 }), [option({ a: 1 })])).toEqual([]);
  });

  it('explains an avoided trait the career lacks', () => {
    const [reason] = reasonsFor(career('x', { remote: 0 }), [
      option({ remote: -1 }, "You'd rather not work from home"),
    ]);
    expect(reason).toMatchObject({ trait: 'remote', wanted: false });
  });

  it('are attached to every ranked career', () => {
    const { ranking } = rankCareers([assistant], [patients, quick]);
    expect(ranking[0].reasons.map((r) => r.trait)).toEqual(['patient-care', 'quick-start']);
  });
});
