/**
 * Number, money and percentage formatting through Intl, for any locale.
 * Formatters are cached: building an Intl.NumberFormat costs far more than using one.
 */

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.NumberFormat(locale, options);
    } catch {
      // A malformed locale or currency from an attribute or a dataset must not break rendering:
      // en-US, keeping the currency if it is a real one, else USD.
      try {
        formatter = new Intl.NumberFormat('en-US', options);
      } catch {
        formatter = new Intl.NumberFormat('en-US', { ...options, currency: 'USD' });
      }
    }
    formatters.set(key, formatter);
  }
  return formatter;
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
  return numberFormat(locale, options).format(value);
}

/** "$35,020–$57,830": a range of money with an en dash. */
export function formatMoneyRange(low: number, high: number, options: MoneyOptions): string {
  return `${formatMoney(low, options)}–${formatMoney(high, options)}`;
}

/** "+12%", "−3%", "0%": a change in percent, signed. */
export function formatChange(percent: number, locale: string): string {
  if (!Number.isFinite(percent)) return '';
  return numberFormat(locale, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(
    percent / 100,
  );
}

/** "793,460": a count in the reader's locale. */
export function formatCount(value: number, locale: string): string {
  if (!Number.isFinite(value)) return '';
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

const MONTH_YEAR = { month: 'long', year: 'numeric' } as const;

/**
 * "2024–34": a period such as "2024-34" with a proper en dash. Given a
 * locale, a month as datasets write it ("May 2024") is put in the reader's
 * language ("mayo de 2024").
 */
export function formatPeriod(period: string, locale?: string): string {
  if (locale) {
    const month = new Date(period.replace(' ', ' 1, '));
    try {
      // Only a month written in English reads back the same (a parser also takes "Maybe 2024" as May).
      if (month.toLocaleString('en', MONTH_YEAR) === period) return month.toLocaleString(locale, MONTH_YEAR);
    } catch {
      // A malformed locale: the period as written.
    }
  }
  return period.replace(/(\d)\s*-\s*(?=\d)/g, '$1–');
}
