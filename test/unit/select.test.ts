import { describe, expect, it } from 'vitest';
import { parseList, selectCareers } from '../../src/data/select.js';
import type { Dataset } from '../../src/data/types.js';

const dataset: Dataset = {
  version: 1,
  careers: [
    { id: 'a', title: 'A' },
    { id: 'b', title: 'B' },
    { id: 'c', title: 'C' },
  ],
};

describe('parseList', () => {
  it.each([
    ['a b', ['a', 'b']],
    ['a,b', ['a', 'b']],
    [' a ,  b\n c ', ['a', 'b', 'c']],
    ['', []],
    [null, []],
    [undefined, []],
  ])('splits %j on spaces and commas', (value, expected) => {
    expect(parseList(value)).toEqual(expected);
  });
});

describe('selectCareers', () => {
  it('keeps the order asked for and drops repeats', () => {
    expect(selectCareers(dataset, ['c', 'a', 'c']).careers.map((c) => c.id)).toEqual(['c', 'a']);
  });
  it('asks for the occupations module when an id is not in the dataset', () => {
    expect(selectCareers(dataset, ['a', 'x', 'y'])).toEqual({
      careers: [dataset.careers[0]],
      unknown: [],
      failed: [],
      needs: true,
    });
  });
  it('matches ids whatever their case', () => {
    expect(selectCareers(dataset, ['B', 'a']).careers.map((c) => c.id)).toEqual(['b', 'a']);
  });
  it('falls back to the first careers when none are asked for', () => {
    expect(selectCareers(dataset, [], 2).careers.map((c) => c.id)).toEqual(['a', 'b']);
    expect(selectCareers(dataset, []).careers).toHaveLength(3);
  });
});
