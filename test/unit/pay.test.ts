import { describe, expect, it } from 'vitest';
import { payFigures } from '../../src/core/pay.js';
import { collectSources } from '../../src/core/sources.js';
import type { Career } from '../../src/data/types.js';

const source = { name: 'BLS OEWS' };
const assistant: Career = {
  id: 'a',
  title: 'A',
  pay: {
    currency: 'USD',
    annual: { p10: 35020, p25: 37610, median: 44200, p75: 48160, p90: 57830 },
    hourly: { median: 21.25 },
    year: 2024,
    period: 'May 2024',
    source,
  },
  outlook: { growthPercent: 12, period: '2024-34', source: { name: 'BLS EP' } },
};

describe('payFigures', () => {
  it('gives the published annual figures', () => {
    expect(payFigures(assistant, 'annual')).toEqual({ ...assistant.pay!.annual, derived: [], atLeast: [] });
  });
  it('uses a published hourly figure and derives the rest from annual ÷ 2,080, naming them', () => {
    expect(payFigures(assistant, 'hourly')).toEqual({
      p10: 16.84,
      p25: 18.08,
      median: 21.25,
      p75: 23.15,
      p90: 27.8,
      derived: ['p10', 'p25', 'p75', 'p90'],
      atLeast: [],
    });
  });
  it('is undefined for a career without pay', () => {
    expect(payFigures({ id: 'b', title: 'B' }, 'annual')).toBeUndefined();
  });
});

describe('collectSources', () => {
  it('lists each source once per kind and reference, in the order of kinds', () => {
    const coder: Career = { ...assistant, id: 'c', outlook: undefined };
    expect(collectSources([assistant, coder], ['pay', 'outlook'])).toEqual([
      { kind: 'pay', source, reference: 'May 2024' },
      { kind: 'outlook', source: { name: 'BLS EP' }, reference: '2024-34' },
    ]);
  });
});
