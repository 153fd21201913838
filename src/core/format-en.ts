/**
 * US English figures and lists written without Intl. In Chromium the first
 * Intl formatter a page makes, of any kind, costs 50–90 ms (ICU starting
 * up; four times that on a slow phone): a long task on its own, on every
 * page. The shapes the widgets use in their default locale (money, compact
 * money, signed percentages, counts, "A, B, and C") are simple enough to
 * write here; unit tests check them against Intl. Anything else goes to Intl.
 */

/** `en` and `en-US`, in any case: the locales written here. */
export const isUsEnglish = (locale: string): boolean => /^en(-us)?$/i.test(locale);

/** Compact units, largest first, as en-US writes them ("$40K"): the power of ten and the letter. */
const UNITS: [number, string][] = [
  [12, 'T'],
  [9, 'B'],
  [6, 'M'],
  [3, 'K'],
];

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * `amount` (0 or more) × 10^`power`, rounded to `max` decimals as Intl
 * rounds: the number as written in its shortest form ("0.15", where toFixed
 * sees 0.1499…), scaled in decimal, halves away from zero.
 */
function fixed(amount: number, max: number, power: number): string {
  // Most figures are whole dollars ("$45,690", "$40K"): when the scaled value is a whole number
  // that a double holds exactly, it needs no rounding (this way a figure takes half the time).
  const whole = power >= 0 ? amount * 10 ** power : amount / 10 ** -power;
  if (Number.isInteger(amount) && Number.isSafeInteger(whole) && (power >= 0 || amount % 10 ** -power === 0)) {
    return max > 0 ? `${whole}.${'0'.repeat(max)}` : String(whole);
  }
  const [mantissa, exponent] = amount.toExponential().split('e');
  const written = mantissa.replace('.', '');
  // The value is written × 10^(exponent − its decimals + power); with `max` decimals kept, that × 10^max.
  const shift = Number(exponent) - (written.length - 1) + power + max;
  let scaled: bigint;
  if (shift >= 0) scaled = BigInt(written + '0'.repeat(shift));
  else {
    const kept = written.slice(0, Math.max(0, written.length + shift));
    const firstDropped = written.length + shift >= 0 ? written[written.length + shift] : '0';
    scaled = BigInt(kept || '0') + (firstDropped >= '5' ? 1n : 0n);
  }
  const text = scaled.toString().padStart(max + 1, '0');
  return max > 0 ? `${text.slice(0, -max)}.${text.slice(-max)}` : text;
}

/** "1,234.5": `amount` (0 or more) × 10^`power` with between `min` and `max` decimals and commas between thousands. */
function digits(amount: number, min: number, max: number, power = 0): string {
  let [whole, fraction = ''] = fixed(amount, max, power).split('.');
  while (fraction.length > min && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${whole}.${fraction}` : whole;
}

/** `amount` in compact notation ("40K", "1.5M"), rounded to between `min` and `max` decimals. */
function compact(amount: number, min: number, max: number): string {
  let unit = UNITS.findIndex(([power]) => amount >= 10 ** power);
  if (unit < 0) unit = UNITS.length;
  const power = (index: number) => (index < UNITS.length ? -UNITS[index][0] : 0);
  let text = digits(amount, min, max, power(unit));
  // Rounding up to 1,000 of a unit reads as one of the next ("$999.6K" is "$1M").
  if (unit > 0 && Number(text.replace(/,/g, '')) >= 1000) {
    unit -= 1;
    text = digits(amount, min, max, power(unit));
  }
  return unit < UNITS.length ? `${text}${UNITS[unit][1]}` : text;
}

/** The Intl.NumberFormat options formatUsEnglish follows; any other leaves the figure to Intl. */
const OPTIONS_WRITTEN = new Set([
  'style',
  'currency',
  'notation',
  'signDisplay',
  'minimumFractionDigits',
  'maximumFractionDigits',
]);

/**
 * `value` as `Intl.NumberFormat('en-US', options)` writes it, for decimals,
 * percentages and US dollars, standard or compact; undefined for anything
 * else (another currency, other options, numbers too large for toFixed).
 */
export function formatUsEnglish(value: number, options: Intl.NumberFormatOptions): string | undefined {
  const { style = 'decimal', currency, notation = 'standard', signDisplay = 'auto' } = options;
  const known =
    (style === 'decimal' || style === 'percent' || (style === 'currency' && currency === 'USD')) &&
    (notation === 'standard' || (notation === 'compact' && style !== 'percent')) &&
    (signDisplay === 'auto' || signDisplay === 'exceptZero') &&
    Object.keys(options).every((key) => OPTIONS_WRITTEN.has(key));
  if (!known || !Number.isFinite(value) || Math.abs(value) >= 1e15) return undefined;
  // Intl's defaults: two decimals for dollars, none for percentages, up to three otherwise.
  const [defaultMin, defaultMax] = style === 'currency' ? [2, 2] : style === 'percent' ? [0, 0] : [0, 3];
  const max = options.maximumFractionDigits ?? Math.max(options.minimumFractionDigits ?? 0, defaultMax);
  const min = options.minimumFractionDigits ?? Math.min(defaultMin, max);
  const amount = Math.abs(value);
  // A percentage is the value × 100, scaled in decimal (as Intl does), not by a float multiplication.
  const text =
    notation === 'compact' ? compact(amount, min, max) : digits(amount, min, max, style === 'percent' ? 2 : 0);
  const isZero = !/[1-9]/.test(text);
  const negative = value < 0 || Object.is(value, -0);
  const sign = signDisplay === 'exceptZero' ? (isZero ? '' : negative ? '-' : '+') : negative ? '-' : '';
  return `${sign}${style === 'currency' ? '$' : ''}${text}${style === 'percent' ? '%' : ''}`;
}

/** "May 2025" as a month and year (0-based month), if it is one written in English; else undefined. */
export function parseEnglishMonth(period: string): { year: number; month: number } | undefined {
  const match = /^([A-Z][a-z]+) (\d{4})$/.exec(period);
  const month = match ? MONTHS.indexOf(match[1]) : -1;
  return match && month >= 0 ? { year: Number(match[2]), month } : undefined;
}

/** "A", "A and B", "A, B, and C": a list as `Intl.ListFormat('en-US')` joins it. */
export function listUsEnglish(items: string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1]}`;
}
