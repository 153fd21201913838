/**
 * Number, money, date and list formatting for any locale: through Intl, but
 * US English figures by hand (format-en.ts: the first Intl.NumberFormat a
 * page makes costs about 50 ms). Every Intl formatter is made once per
 * locale and options, on first use, and reused: making one costs far more
 * than using it.
 */

import { formatUsEnglish, isUsEnglish, listUsEnglish, parseEnglishMonth } from './format-en.js';

const formatters = new Map<string, unknown>();

/**
 * The formatter `make` builds for `locale` and `options`, made once. A
 * malformed locale (or currency) from an attribute or a dataset must not
 * break rendering: then `fallback`'s, made the same way.
 */
function cached<F>(kind: string, locale: string, options: object, make: (locale: string) => F, fallback?: () => F): F {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  if (!formatters.has(key)) {
    let formatter: F;
    try {
      formatter = make(locale);
    } catch (error) {
      if (!fallback) throw error;
      formatter = fallback();
    }
    formatters.set(key, formatter);
  }
  return formatters.get(key) as F;
}

/** `value` in `locale` with `options`: by hand in US English where format-en.ts can, else through Intl. */
function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions): string {
  return (
    (isUsEnglish(locale) ? formatUsEnglish(value, options) : undefined) ?? numberFormat(locale, options).format(value)
  );
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  // The fallback: en-US, keeping the currency if it is a real one, else USD.
  return cached(
    'number',
    locale,
    options,
    (tag) => new Intl.NumberFormat(tag, options),
    () => {
      try {
        return new Intl.NumberFormat('en-US', options);
      } catch {
        return new Intl.NumberFormat('en-US', { ...options, currency: 'USD' });
      }
    },
  );
}

/** Dates in `locale` (en-US when it is malformed). */
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(
    'date',
    locale,
    options,
    (tag) => new Intl.DateTimeFormat(tag, options),
    () => new Intl.DateTimeFormat('en-US', options),
  );
}

/** Lists ("B and C", "B, C, and D") in `locale`'s own way: a conjunction (English when the locale is malformed). */
export function formatList(items: string[], locale: string): string {
  if (isUsEnglish(locale)) return listUsEnglish(items);
  const list = cached(
    'list',
    locale,
    {},
    (tag) => new Intl.ListFormat(tag),
    () => new Intl.ListFormat('en'),
  );
  return list.format(items);
}

export type PayUnit = 'annual' | 'hourly';

export interface MoneyOptions {
  locale: string;
  currency: string;
  /** Short form for axis ticks: "$40K". */
  compact?: boolean;
  /** Cents are shown for hourly pay and left off for annual pay. */
  unit?: PayUnit;
}

/** "$44,200", "$21.25", compact "$44K"; in the reader's locale. */
export function formatMoney(
  value: number,
  { locale, currency, compact = false, unit = 'annual' }: MoneyOptions,
): string {
  if (!Number.isFinite(value)) return '';
  const options: Intl.NumberFormatOptions = { style: 'currency', currency };
  if (compact) {
    Object.assign(options, {
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: unit === 'hourly' ? 1 : 0,
    });
    // Compact notation keeps small numbers whole; hourly ticks such as $22.50 need their cents.
    if (unit === 'hourly' && Math.abs(value) < 1000) options.notation = 'standard';
  } else {
    const digits = unit === 'hourly' ? 2 : 0;
    Object.assign(options, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  }
  return formatNumber(value, locale, options);
}

/** "$35,020–$57,830": a range of money with an en dash. */
export function formatMoneyRange(low: number, high: number, options: MoneyOptions): string {
  return `${formatMoney(low, options)}–${formatMoney(high, options)}`;
}

/** "+12%", "−3%", "0%": a change in percent, signed. */
export function formatChange(percent: number, locale: string): string {
  if (!Number.isFinite(percent)) return '';
  return formatNumber(percent / 100, locale, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 });
}

/** "793,460": a count in the reader's locale. */
export function formatCount(value: number, locale: string): string {
  if (!Number.isFinite(value)) return '';
  return formatNumber(value, locale, { maximumFractionDigits: 0 });
}

const MONTH_YEAR = { month: 'long', year: 'numeric' } as const;

/**
 * "2024–34": a period such as "2024-34" with a proper en dash. Given a
 * locale, a month as datasets write it ("May 2024") is put in the reader's
 * language ("mayo de 2024").
 */
export function formatPeriod(period: string, locale?: string): string {
  const month = parseEnglishMonth(period);
  if (locale && month && !isUsEnglish(locale)) {
    return dateFormat(locale, MONTH_YEAR).format(new Date(month.year, month.month, 1));
  }
  return period.replace(/(\d)\s*-\s*(?=\d)/g, '$1–');
}
