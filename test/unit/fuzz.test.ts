/**
 * Properties over the pure logic with hostile input: whatever a publisher's
 * dataset (once validated), an attribute or a reader's answers hold, scoring,
 * formatting, rows, strings and the data pipeline never throw, and keep their
 * invariants (scores are whole numbers from 0 to 100, rows have one cell per
 * career, formatted figures are text). Runs are bounded to keep the step fast.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatChange, formatCount, formatMoney, formatMoneyRange, formatPeriod } from '../../src/core/format.js';
import { payFigures } from '../../src/core/pay.js';
import { PERCENTILE_KEYS } from '../../src/data/types.js';
import { formatList } from '../../src/core/format.js';
import { ROW_KEYS, buildRows, captionText, parseRows, sourceKinds } from '../../src/core/rows.js';
import { linearScale, niceTicks, tickStep } from '../../src/core/scale.js';
import { rankCareers, readerProfile, reasonsFor, scoreCareer } from '../../src/core/scoring.js';
import { collectSources } from '../../src/core/sources.js';
import { createCatalogue, fill } from '../../src/core/strings.js';
import { loadLanguage } from '../../src/shared/languages.js';
import { mergeDatasets } from '../../src/data/merge.js';
import { parseList, selectCareers } from '../../src/data/select.js';
import type { Career, Dataset, QuizOption, QuizQuestion } from '../../src/data/types.js';
import { validateDataset } from '../../src/data/validate.js';
import { tableStrings } from '../../src/table/strings.js';
import { builtinJson, nearValidDatasetArb, validDatasetArb } from './fixtures.js';

const RUNS = { numRuns: 200 };

/** Names that look up something on Object.prototype when used as a plain key. */
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'];

const keyArb = fc.oneof(fc.constantFrom('patients', 'remote', 'desk', ...PROTOTYPE_KEYS), fc.string({ maxLength: 8 }));

/** Locale strings from attributes and `lang`: real tags, malformed ones and plain junk. */
const localeArb = fc.oneof(
  fc.constantFrom(
    'en-US',
    'es',
    'es-MX',
    'de-DE',
    'ar-EG',
    'hi-IN-u-nu-deva',
    'zh-Hant-TW',
    'en-US-u-nu-thai',
    'EN-us',
    'und',
    'i-klingon',
    'x-private',
    '',
    ' ',
    '-',
    'xx-!!',
    'en_US',
    'e'.repeat(300),
    ...PROTOTYPE_KEYS,
  ),
  fc.string({ maxLength: 20 }),
);

const currencyArb = fc.oneof(
  fc.constantFrom('USD', 'EUR', 'JPY', 'BHD', 'usd', 'XXX', 'US', 'DOLLARS', '', '€', ...PROTOTYPE_KEYS),
  fc.string({ maxLength: 5 }),
);

const anyNumberArb = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, NaN, Infinity, -Infinity, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 1e21, 0.005),
);

/** Any finite number, as the validator lets through for quiz weights. */
const finiteArb = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, 1e300, -1e300, Number.MIN_VALUE, -Number.MIN_VALUE, 1e18, 0, -0),
);

/** Careers with any trait names, with levels the validator accepts (0..1). */
const careersArb = fc.uniqueArray(
  fc.record(
    {
      id: fc.stringMatching(/^[a-z]{1,6}$/),
      title: fc.string({ minLength: 1, maxLength: 8 }),
      traits: fc.dictionary(keyArb, fc.double({ min: 0, max: 1, noNaN: true }), { maxKeys: 5 }),
      traitNotes: fc.dictionary(keyArb, fc.string({ minLength: 1, maxLength: 8 }), { maxKeys: 3 }),
    },
    { requiredKeys: ['id', 'title'] },
  ),
  { selector: (career) => career.id, maxLength: 6 },
) as fc.Arbitrary<Career[]>;

/** Chosen options with any trait names and any finite weights. */
const answersArb = fc.array(
  fc.record(
    {
      label: fc.string({ maxLength: 8 }),
      traits: fc.dictionary(keyArb, finiteArb, { maxKeys: 4 }),
      reason: fc.string({ minLength: 1, maxLength: 8 }),
    },
    { requiredKeys: ['label', 'traits'] },
  ),
  { maxLength: 6 },
) as fc.Arbitrary<QuizOption[]>;

/** A question for each answer (every third a level question), so the answers are the chosen options. */
const questionsFor = (answers: QuizOption[]): QuizQuestion[] =>
  answers.map((option, i) => ({
    id: `q${i}`,
    text: `Question ${i}`,
    ...(i % 3 === 2 && { kind: 'level' as const }),
    options: [option, { label: 'No preference', traits: {} }],
  }));

describe('scoring on any careers and answers', () => {
  it('gives every career a whole-number score from 0 to 100, whatever the trait names and weights', () => {
    fc.assert(
      fc.property(careersArb, answersArb, (careers, answers) => {
        const reader = readerProfile(questionsFor(answers), answers);
        for (const career of careers) {
          const score = scoreCareer(career, reader);
          expect(Number.isInteger(score), `score ${score}`).toBe(true);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('ranks consistently: places from 1, scores never rising, every profiled career once', () => {
    fc.assert(
      fc.property(careersArb, answersArb, (careers, answers) => {
        const { ranking, scored, unscored, flat } = rankCareers(careers, questionsFor(answers), answers);
        expect(scored.length + unscored.length).toBe(careers.length);
        expect(ranking.map((match) => match.career)).toEqual(flat ? [] : expect.arrayContaining(scored));
        expect(ranking).toHaveLength(flat ? 0 : scored.length);
        ranking.forEach((match, index) => {
          expect(match.rank).toBeGreaterThanOrEqual(1);
          expect(match.rank).toBeLessThanOrEqual(index + 1);
          if (index > 0) expect(match.score).toBeLessThanOrEqual(ranking[index - 1].score);
        });
      }),
      RUNS,
    );
  });

  it('gives up to three reasons, each naming a chosen answer, with a note that is text or nothing', () => {
    fc.assert(
      fc.property(careersArb, answersArb, (careers, answers) => {
        for (const career of careers) {
          const reasons = reasonsFor(career, questionsFor(answers), answers);
          expect(reasons.length).toBeLessThanOrEqual(3);
          for (const reason of reasons) {
            expect(answers).toContain(reason.option);
            expect(reason.note === undefined || typeof reason.note === 'string', `note ${String(reason.note)}`).toBe(
              true,
            );
          }
        }
      }),
      RUNS,
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(careersArb, answersArb, (careers, answers) => {
        expect(rankCareers(careers, questionsFor(answers), answers)).toEqual(
          rankCareers(careers, questionsFor(answers), answers),
        );
      }),
      RUNS,
    );
  });

  it('never throws on values the validator would refuse (NaN, infinities, levels out of range)', () => {
    const wild = fc.dictionary(keyArb, anyNumberArb, { maxKeys: 4 });
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.string(), title: fc.string(), traits: wild }), { maxLength: 4 }),
        fc.array(fc.record({ label: fc.string(), traits: wild }), { maxLength: 4 }),
        (careers, answers) => {
          rankCareers(careers as Career[], questionsFor(answers), answers);
        },
      ),
      RUNS,
    );
  });
});

describe('formatting with any number, locale and currency', () => {
  it('never throws, and gives text for every finite number', () => {
    fc.assert(
      fc.property(
        anyNumberArb,
        localeArb,
        currencyArb,
        fc.boolean(),
        fc.constantFrom('annual' as const, 'hourly' as const),
        (value, locale, currency, compact, unit) => {
          const money = formatMoney(value, { locale, currency, compact, unit });
          const range = formatMoneyRange(value, value, { locale, currency, compact, unit });
          const change = formatChange(value, locale);
          const count = formatCount(value, locale);
          for (const text of [money, range, change, count]) expect(typeof text).toBe('string');
          if (Number.isFinite(value)) {
            expect(money).not.toBe('');
            expect(change).not.toBe('');
            expect(count).not.toBe('');
          } else {
            expect([money, change, count]).toEqual(['', '', '']);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('formats periods of any text: text without digit-dash-digit is left alone, and formatting twice changes nothing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('2024-34', '2024 - 2034', '1-2-3', 'May 2024')), (period) => {
        const formatted = formatPeriod(period);
        if (!/\d\s*-\s*\d/.test(period)) expect(formatted).toBe(period);
        expect(formatPeriod(formatted)).toBe(formatted);
      }),
      RUNS,
    );
  });
});

describe('strings for any locale', () => {
  const catalogue = createCatalogue('fuzz', {
    en: { hello: 'Hello {name}', name: 'Name' },
    es: { hello: 'Hola {name}' },
  });

  it('loadLanguage never throws and gives nothing or a promise that resolves', async () => {
    await fc.assert(
      fc.asyncProperty(localeArb, async (locale) => {
        const loading = loadLanguage(locale);
        expect(loading === undefined || loading instanceof Promise).toBe(true);
        await loading;
      }),
      RUNS,
    );
  });

  it('every key gives its text, never something inherited from Object.prototype', () => {
    fc.assert(
      fc.property(localeArb, fc.string(), (locale, name) => {
        const t = catalogue(locale);
        expect(t('hello', { name })).toMatch(/^(Hello|Hola) /);
        expect(t('name')).toBe('Name');
        expect(typeof t('constructor' as 'name')).toBe('string');
      }),
      RUNS,
    );
  });

  it('fill leaves text without placeholders alone and never throws', () => {
    fc.assert(
      fc.property(fc.string(), fc.dictionary(keyArb, fc.oneof(fc.string(), fc.double())), (template, values) => {
        const filled = fill(template, values);
        expect(typeof filled).toBe('string');
        if (!template.includes('{')) expect(filled).toBe(template);
      }),
      RUNS,
    );
  });
});

describe('rows for any attribute and locale', () => {
  it('parseRows keeps the known keys in order and names the rest', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...ROW_KEYS, ...PROTOTYPE_KEYS), fc.string())), (requested) => {
        const { keys, unknown } = parseRows(requested);
        for (const key of keys) expect(ROW_KEYS).toContain(key);
        expect(new Set(keys).size).toBe(keys.length);
        expect(unknown).toEqual(requested.filter((key) => !(ROW_KEYS as readonly string[]).includes(key)));
      }),
      RUNS,
    );
  });

  it('buildRows never throws on a valid dataset, and gives one cell per career in every row', () => {
    fc.assert(
      fc.property(
        validDatasetArb,
        fc.string(),
        localeArb,
        fc.constantFrom('annual' as const, 'hourly' as const),
        (dataset, rowsAttribute, locale, unit) => {
          const { keys } = parseRows(parseList(rowsAttribute));
          const careers = dataset.careers;
          const rows = buildRows(careers, { keys, unit, locale, t: tableStrings(locale) });
          for (const row of rows) {
            expect(keys).toContain(row.key);
            expect(typeof row.label).toBe('string');
            expect(row.cells).toHaveLength(careers.length);
            expect(row.cells.some(Boolean)).toBe(true);
            for (const cell of row.cells) {
              if (cell?.text !== undefined) expect(typeof cell.text).toBe('string');
              for (const note of cell?.notes ?? []) expect(typeof note).toBe('string');
            }
          }
          expect(
            typeof captionText(
              careers.map((career) => career.title),
              { locale, t: tableStrings(locale) },
            ),
          ).toBe('string');
          collectSources(careers, sourceKinds(rows));
        },
      ),
      RUNS,
    );
  });

  it('formatList never throws for any locale', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 4 }), localeArb, (items, locale) => {
        expect(typeof formatList(items, locale)).toBe('string');
      }),
      RUNS,
    );
  });
});

describe('scale with any numbers', () => {
  it('never throws or hangs, and gives a bounded number of ticks, for any finite domain and tick count', () => {
    fc.assert(
      fc.property(
        finiteArb,
        finiteArb,
        fc.oneof(fc.integer({ min: -5, max: 40 }), fc.constantFrom(NaN, 0.5)),
        (a, b, count) => {
          const { ticks, domain } = niceTicks(Math.min(a, b), Math.max(a, b), count);
          expect(ticks.length).toBeLessThanOrEqual(2 * Math.max(1, count || 1) + 2);
          const scale = linearScale(domain, [0, 100]);
          for (const tick of ticks) scale(tick);
          expect(tickStep(a, b, count)).toBeGreaterThan(0);
        },
      ),
      {
        numRuns: 500,
        examples: [
          // A span that underflows the step to 0, and ticks past 2^53 where k + 1 === k: both used to loop forever.
          [5e-324, -5e-324, 1],
          [1e18, 1e18 + 256, 5],
        ],
      },
    );
  });
});

describe('the data pipeline end to end', () => {
  const builtin = validateDataset(builtinJson);
  if (!builtin.ok) throw new Error('the built-in dataset must be valid');

  it('whatever validates also merges over the built-in data into a valid dataset that every view can use', () => {
    fc.assert(
      fc.property(
        fc.oneof(validDatasetArb, nearValidDatasetArb),
        fc.array(
          fc.oneof(
            fc.constantFrom('medical-assistant', 'medical-coder', 'a', 'b', 'nope', ...PROTOTYPE_KEYS),
            fc.string(),
          ),
        ),
        fc.array(fc.nat(), { maxLength: 4 }),
        localeArb,
        (input, ids, picks, locale) => {
          const result = validateDataset(input);
          if (!result.ok) return;
          const merged: Dataset = mergeDatasets(builtin.dataset, result.dataset);
          expect(validateDataset(merged).errors).toEqual([]);
          const { careers, unknown } = selectCareers(merged, ids, 2);
          expect(careers.length + unknown.length).toBeLessThanOrEqual(new Set(ids).size || 2);
          for (const unit of ['annual', 'hourly'] as const) {
            buildRows(careers, { keys: ROW_KEYS, unit, locale, t: tableStrings(locale) });
            for (const career of careers) {
              const figures = payFigures(career, unit);
              for (const key of PERCENTILE_KEYS) {
                const value = figures?.[key];
                if (value !== undefined) formatMoney(value, { locale, currency: career.pay!.currency, unit });
              }
            }
          }
          const questions = merged.quiz?.questions ?? [];
          const chosen = questions.map((question, i) => question.options[(picks[i] ?? 0) % question.options.length]);
          for (const match of rankCareers(merged.careers, questions, chosen).ranking) {
            expect(Number.isInteger(match.score)).toBe(true);
            expect(match.score).toBeGreaterThanOrEqual(0);
            expect(match.score).toBeLessThanOrEqual(100);
          }
        },
      ),
      RUNS,
    );
  });
});
