import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatCount,
  formatList,
  formatMoney,
  formatMoneyRange,
  formatPeriod,
} from '../../src/core/format.js';

const usd = { locale: 'en-US', currency: 'USD' };

describe('formatMoney', () => {
  it.each([
    [44200, usd, '$44,200'],
    [21.25, { ...usd, unit: 'hourly' as const }, '$21.25'],
    [22, { ...usd, unit: 'hourly' as const }, '$22.00'],
    [40000, { ...usd, compact: true }, '$40K'],
    [117960, { ...usd, compact: true }, '$118K'],
    [22.5, { ...usd, compact: true, unit: 'hourly' as const }, '$22.5'],
    [44200, { locale: 'es-ES', currency: 'EUR' }, '44.200 €'],
  ])('formats %d with %j as %s', (value, options, expected) => {
    expect(formatMoney(value, options).replace(/\u00a0/g, ' ')).toBe(expected);
  });

  it('formats dollars the Spanish way for a Spanish reader', () => {
    expect(formatMoney(44200, { locale: 'es-ES', currency: 'USD' }).replace(/\u00a0/g, ' ')).toBe('44.200 US$');
  });

  it('returns an empty string for a number that is not finite', () => {
    expect(formatMoney(Number.NaN, usd)).toBe('');
    expect(formatMoney(Infinity, usd)).toBe('');
  });

  it('falls back to en-US and USD instead of throwing on a bad locale or currency', () => {
    expect(formatMoney(1000, { locale: 'not a locale!', currency: 'USD' })).toBe('$1,000');
    expect(formatMoney(1000, { locale: 'en-US', currency: 'dollars' })).toBe('$1,000');
  });
});

describe('formatMoneyRange', () => {
  it('joins two amounts with an en dash', () => {
    expect(formatMoneyRange(35020, 57830, usd)).toBe('$35,020–$57,830');
  });
});

describe('formatChange', () => {
  it.each([
    [12, 'en-US', '+12%'],
    [-3, 'en-US', '-3%'],
    [0, 'en-US', '0%'],
    [7.5, 'en-US', '+7.5%'],
  ])('formats %d in %s as %s', (value, locale, expected) => {
    expect(formatChange(value, locale)).toBe(expected);
  });

  it('uses the locale', () => {
    expect(formatChange(12, 'es-ES').replace(/\u00a0/g, ' ')).toBe('+12 %');
  });
});

describe('formatCount and formatPeriod', () => {
  it('groups digits by locale', () => {
    expect(formatCount(793460, 'en-US')).toBe('793,460');
    expect(formatCount(793460, 'es-ES').replace(/\u00a0/g, ' ')).toBe('793.460');
  });
  it('writes a period with an en dash', () => {
    expect(formatPeriod('2024-34')).toBe('2024–34');
    expect(formatPeriod('2024 - 2034')).toBe('2024–2034');
    expect(formatPeriod('May 2024')).toBe('May 2024');
  });

  it("puts a month in the reader's language when given a locale, and leaves anything else as written", () => {
    expect(formatPeriod('May 2024', 'es')).toBe('mayo de 2024');
    expect(formatPeriod('May 2024', 'en-US')).toBe('May 2024');
    expect(formatPeriod('December 2023', 'de-DE')).toBe('Dezember 2023');
    expect(formatPeriod('May 2024', 'not a locale!')).toBe('May 2024');
    expect(formatPeriod('Maybe 2024', 'es')).toBe('Maybe 2024');
    expect(formatPeriod('May 2024 and 2025', 'es')).toBe('May 2024 and 2025');
    expect(formatPeriod('2024-34', 'es')).toBe('2024–34');
  });
});

describe('formatters', () => {
  /** Counts the Intl formatters `run` constructs, by kind. */
  function countConstructions(run: () => void): Record<string, number> {
    const counts: Record<string, number> = {};
    const saved = { NumberFormat: Intl.NumberFormat, DateTimeFormat: Intl.DateTimeFormat, ListFormat: Intl.ListFormat };
    for (const [name, Original] of Object.entries(saved)) {
      // A subclass that counts, standing in for the real constructor while `run` runs.
      const Counting = class extends (Original as unknown as new (...args: unknown[]) => object) {
        constructor(...args: unknown[]) {
          counts[name] = (counts[name] ?? 0) + 1;
          super(...args);
        }
      };
      Object.defineProperty(Intl, name, { value: Counting, configurable: true, writable: true });
    }
    try {
      run();
    } finally {
      for (const [name, Original] of Object.entries(saved)) {
        Object.defineProperty(Intl, name, { value: Original, configurable: true, writable: true });
      }
    }
    return counts;
  }

  it('are made once per locale and options, on first use, then reused', () => {
    // A locale no other test uses, so nothing is cached yet.
    const locale = 'en-NZ';
    const renderLikeATable = () => {
      for (let i = 0; i < 50; i++) {
        formatMoney(40_000 + i, { locale, currency: 'USD' });
        formatMoney(20 + i / 10, { locale, currency: 'USD', unit: 'hourly' });
        formatCount(1_000 + i, locale);
        formatChange(i / 10, locale);
        formatPeriod('May 2025', locale);
        formatList(['A', 'B', 'C'], locale);
      }
    };
    // Four number formats (annual, hourly, count, change), one list format, and one date
    // format for the locale (the English one that reads the dataset's month may be cached already).
    const first = countConstructions(renderLikeATable);
    expect(first).toMatchObject({ NumberFormat: 4, ListFormat: 1 });
    expect(first.DateTimeFormat).toBeOneOf([1, 2]);
    expect(countConstructions(renderLikeATable)).toEqual({});
  });

  it('fall back for a malformed locale, once', () => {
    const counts = countConstructions(() => {
      for (let i = 0; i < 3; i++) {
        expect(formatPeriod('May 2025', 'not a locale?')).toBe('May 2025');
        expect(formatList(['A', 'B'], 'not a locale?')).toBe('A and B');
      }
    });
    // Each kind: the failed attempt and the fallback, then nothing.
    expect(counts.ListFormat).toBe(2);
    expect(counts.DateTimeFormat).toBe(2);
  });
});
