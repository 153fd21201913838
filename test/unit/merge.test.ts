import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeDatasets } from '../../src/data/merge.js';
import type { Career, Dataset } from '../../src/data/types.js';
import { validateDataset } from '../../src/data/validate.js';
import { fullCareer, fullPay, fullQuiz, fullQuizQuestion, validDatasetArb } from './fixtures.js';

/** Freezes `value` and everything in it, so any write by the code under test throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Merges deep-frozen copies, and checks the inputs are unchanged. */
function merge(base: Dataset, extra: Partial<Dataset>): Dataset {
  const [baseCopy, extraCopy] = [structuredClone(base), structuredClone(extra)];
  const merged = mergeDatasets(deepFreeze(baseCopy), deepFreeze(extraCopy));
  expect(baseCopy).toEqual(base);
  expect(extraCopy).toEqual(extra);
  return merged;
}

const ids = (dataset: Dataset) => dataset.careers.map((career) => career.id);
const career = (id: string, fields: Partial<Career> = {}): Career => ({ id, title: id.toUpperCase(), ...fields });
const otherQuiz = { questions: [{ ...fullQuizQuestion, id: 'pace' }] };

describe('mergeDatasets', () => {
  it('lays an extra career over the base career with its id, field by field', () => {
    const base = { careers: [career('a', { pay: fullPay, summary: 'Base summary' })] };
    const extra = {
      careers: [career('a', { summary: 'Publisher summary', links: [{ label: 'Apply', href: '/apply' }] })],
    };
    expect(merge(base, extra).careers).toEqual([
      {
        id: 'a',
        title: 'A',
        pay: fullPay, // kept from base
        summary: 'Publisher summary', // extra wins
        links: [{ label: 'Apply', href: '/apply' }], // added by extra
      },
    ]);
  });

  it("keeps base order and appends new careers in the extra's order", () => {
    const base = { careers: [career('a'), career('b'), career('c')] };
    const extra = { careers: [career('e'), career('b', { title: 'Bee' }), career('d')] };
    const merged = merge(base, extra);
    expect(ids(merged)).toEqual(['a', 'b', 'c', 'e', 'd']);
    expect(merged.careers[1].title).toBe('Bee');
    expect(merged.careers[0]).toEqual(career('a'));
  });

  it.each([
    ['replaces the base quiz with the extra quiz', fullQuiz, otherQuiz, otherQuiz],
    ['keeps the base quiz when the extra has none', fullQuiz, undefined, fullQuiz],
    ['takes the extra quiz when the base has none', undefined, otherQuiz, otherQuiz],
    ['leaves the quiz out when neither has one', undefined, undefined, undefined],
  ])('%s', (_name, baseQuiz, extraQuiz, expected) => {
    const base: Dataset = { careers: [], ...(baseQuiz && { quiz: baseQuiz }) };
    const extra: Partial<Dataset> = { careers: [], ...(extraQuiz && { quiz: extraQuiz }) };
    const merged = merge(base, extra);
    expect(merged.quiz).toEqual(expected);
    expect('quiz' in merged).toBe(expected !== undefined);
  });

  it('joins sources, listing a name once, as the base has it', () => {
    const base = { careers: [], sources: [{ name: 'BLS', url: 'https://www.bls.gov/' }, { name: 'O*NET' }] };
    const extra = {
      careers: [],
      sources: [{ name: 'BLS', license: 'Public domain' }, { name: 'State data' }, { name: 'State data' }],
    };
    expect(merge(base, extra).sources).toEqual([
      { name: 'BLS', url: 'https://www.bls.gov/' },
      { name: 'O*NET' },
      { name: 'State data' },
    ]);
  });

  it('leaves sources out when neither has any', () => {
    expect('sources' in merge({ careers: [] }, { careers: [] })).toBe(false);
  });

  it('accepts an extra without careers', () => {
    const base = { careers: [fullCareer] };
    expect(merge(base, { quiz: fullQuiz })).toEqual({ version: 1, careers: [fullCareer], quiz: fullQuiz });
  });

  it('marks the result as version 1', () => {
    expect(merge({ careers: [] }, { careers: [] }).version).toBe(1);
  });
});

describe('mergeDatasets on any valid datasets', () => {
  const pair = fc.tuple(validDatasetArb, validDatasetArb);

  it('never throws, leaves its inputs alone and returns a valid dataset', () => {
    fc.assert(
      fc.property(pair, ([base, extra]) => {
        expect(validateDataset(merge(base, extra)).errors).toEqual([]);
      }),
    );
  });

  it('keeps the careers when merged with an empty dataset, either way round', () => {
    fc.assert(
      fc.property(validDatasetArb, (dataset) => {
        expect(merge(dataset, { careers: [] }).careers).toEqual(dataset.careers);
        expect(merge({ careers: [] }, dataset).careers).toEqual(dataset.careers);
      }),
    );
  });

  it("gives unique ids: the base's in order, then the extra's new ones", () => {
    fc.assert(
      fc.property(pair, ([base, extra]) => {
        const baseIds = ids(base);
        const added = ids(extra).filter((id) => !baseIds.includes(id));
        expect(ids(merge(base, extra))).toEqual([...baseIds, ...added]);
      }),
    );
  });

  it("gives each career the extra's fields over the base's", () => {
    fc.assert(
      fc.property(pair, ([base, extra]) => {
        const merged = merge(base, extra);
        for (const result of merged.careers) {
          const before = base.careers.find((c) => c.id === result.id);
          const over = extra.careers.find((c) => c.id === result.id);
          expect(result).toEqual({ ...before, ...over });
        }
      }),
    );
  });
});
