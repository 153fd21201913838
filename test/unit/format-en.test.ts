import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatUsEnglish, isUsEnglish, listUsEnglish, parseEnglishMonth } from '../../src/core/format-en.js';

/** Every option shape the widgets format numbers with (src/core/format.ts). */
const SHAPES: Intl.NumberFormatOptions[] = [
  { style: 'currency', currency: 'USD', minimumFractionDigits: 0, maximumFractionDigits: 0 },
  { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 },
  { style: 'currency', currency: 'USD', notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 0 },
  { style: 'currency', currency: 'USD', notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 },
  { style: 'currency', currency: 'USD', notation: 'standard', minimumFractionDigits: 0, maximumFractionDigits: 1 },
  { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 },
  { maximumFractionDigits: 0 },
  {},
  { style: 'currency', currency: 'USD' },
];

const intl = (value: number, options: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat('en-US', options).format(value);

describe('formatUsEnglish', () => {
  it.each([
    [44200, SHAPES[0], '$44,200'],
    [21.25, SHAPES[1], '$21.25'],
    [117960, SHAPES[2], '$118K'],
    [999_600, SHAPES[2], '$1M'],
    [1_250_000, SHAPES[3], '$1.3M'],
    [22.5, SHAPES[4], '$22.5'],
    [0.125, SHAPES[5], '+12.5%'],
    [-0.03, SHAPES[5], '-3%'],
    [0, SHAPES[5], '0%'],
    [0.0001, SHAPES[5], '0%'],
    [793460, SHAPES[6], '793,460'],
  ])('writes %s as Intl does (%j): %s', (value, options, expected) => {
    expect(formatUsEnglish(value, options)).toBe(expected);
    expect(intl(value, options)).toBe(expected);
  });

  it('matches Intl for every shape the widgets use, over pay-sized and other numbers (property)', () => {
    const value = fc.oneof(
      fc.integer({ min: 0, max: 1_000_000 }),
      fc.integer({ min: 0, max: 50_000 }).map((cents) => cents / 100),
      fc.double({ min: -1e12, max: 1e12, noNaN: true }),
      fc.constantFrom(0, -0, 999.5, 999_500, 999_499.99, 0.05, 0.95, 1e12 - 1, 2.5, -2.5, 0.005, 1.005),
    );
    fc.assert(
      fc.property(value, fc.constantFrom(...SHAPES), (number, options) => {
        expect(formatUsEnglish(number, options)).toBe(intl(number, options));
      }),
      { numRuns: 20_000 },
    );
  });

  it('leaves to Intl what it does not write: another currency, other options, huge numbers', () => {
    expect(formatUsEnglish(1, { style: 'currency', currency: 'EUR' })).toBeUndefined();
    expect(formatUsEnglish(1, { style: 'unit', unit: 'hour' })).toBeUndefined();
    expect(formatUsEnglish(1, { useGrouping: false })).toBeUndefined();
    expect(formatUsEnglish(1, { notation: 'scientific' })).toBeUndefined();
    expect(formatUsEnglish(1e16, {})).toBeUndefined();
    expect(formatUsEnglish(0.5, { style: 'percent', notation: 'compact' })).toBeUndefined();
  });
});

describe('isUsEnglish', () => {
  it('takes en and en-US in any case, nothing else', () => {
    expect(['en', 'en-US', 'EN-us'].map(isUsEnglish)).toEqual([true, true, true]);
    expect(['en-GB', 'es', 'en-US-x-a', 'english', ''].map(isUsEnglish)).toEqual([false, false, false, false, false]);
  });
});

describe('parseEnglishMonth', () => {
  it('reads a month written in English, and nothing else', () => {
    expect(parseEnglishMonth('May 2025')).toEqual({ year: 2025, month: 4 });
    expect(parseEnglishMonth('December 1999')).toEqual({ year: 1999, month: 11 });
    for (const other of ['Maybe 2024', 'may 2024', '2024-34', 'May 24', 'May 2024 ', 'Mayo 2024']) {
      expect(parseEnglishMonth(other), other).toBeUndefined();
    }
  });
});

describe('listUsEnglish', () => {
  it('joins as Intl.ListFormat does in en-US', () => {
    const lists = [
      [],
      ['A'],
      ['A', 'B'],
      ['A', 'B', 'C'],
      ['A', 'B', 'C', 'D'],
      ['Medical Coding & Billing Specialist', 'x'],
    ];
    for (const items of lists) expect(listUsEnglish(items)).toBe(new Intl.ListFormat('en-US').format(items));
  });
});
