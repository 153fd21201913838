import fc from 'fast-check';
import type { Occupation, WithContext } from 'schema-dts';
import { describe, expect, it } from 'vitest';
import { occupationData, structuredDataText } from '../../src/core/structured-data.js';
import { careers } from '../../src/data/builtin.js';
import { PERCENTILE_KEYS } from '../../src/data/types.js';
import type { Career, PayPercentiles } from '../../src/data/types.js';

const SCHEMA_NAMES = {
  p10: 'percentile10',
  p25: 'percentile25',
  median: 'median',
  p75: 'percentile75',
  p90: 'percentile90',
} as const;

/** The percentiles a unit publishes, under their schema.org names. */
function schemaPercentiles(percentiles: PayPercentiles): Record<string, number> {
  const entries = PERCENTILE_KEYS.filter((key) => percentiles[key] !== undefined).map((key) => [
    SCHEMA_NAMES[key],
    percentiles[key],
  ]);
  return Object.fromEntries(entries);
}

const source = { name: 'BLS OEWS' };
const base: Career = { id: 'x', title: 'X' };

describe('occupationData', () => {
  it.each(careers.map((career) => [career.id, career] as const))('describes %s with its own figures', (_id, career) => {
    // Assignment checks the shape against schema-dts at type-check time.
    const data: WithContext<Occupation> = occupationData(career);
    const pay = career.pay!;
    const units = [
      ['P1Y', pay.annual],
      ['PT1H', pay.hourly],
    ] as const;
    const expected = units.flatMap(([duration, percentiles]) =>
      percentiles
        ? [
            {
              '@type': 'MonetaryAmountDistribution',
              name: 'base',
              currency: pay.currency,
              duration,
              ...schemaPercentiles(percentiles),
            },
          ]
        : [],
    );
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Occupation',
      name: career.title,
      occupationalCategory: { '@type': 'CategoryCode', codeValue: career.occupation!.soc },
    });
    expect(occupationData(career).estimatedSalary).toEqual(expected);
  });

  it('leaves out what the data lacks', () => {
    expect(occupationData(base)).toEqual({ '@context': 'https://schema.org', '@type': 'Occupation', name: 'X' });
  });

  it('has no estimatedSalary without pay figures', () => {
    const career: Career = { ...base, pay: { currency: 'USD', year: 2024, source } };
    expect(occupationData(career)).not.toHaveProperty('estimatedSalary');
  });

  it('omits a missing percentile, hourly figures derived from annual ones and top-coded figures', () => {
    const career: Career = {
      ...base,
      pay: {
        currency: 'USD',
        annual: { p10: 35000, median: 50000, p90: 239200 },
        topCoded: ['annual.p90'],
        year: 2024,
        source,
      },
    };
    expect(occupationData(career).estimatedSalary).toEqual([
      {
        '@type': 'MonetaryAmountDistribution',
        name: 'base',
        currency: 'USD',
        duration: 'P1Y',
        percentile10: 35000,
        median: 50000,
      },
    ]);
  });

  it('takes education and the summary, or the official description without one', () => {
    const description = { text: 'Official words.', source };
    const career: Career = { ...base, education: { typicalEntry: "Bachelor's degree" }, description };
    expect(occupationData(career)).toMatchObject({
      educationRequirements: "Bachelor's degree",
      description: 'Official words.',
    });
    expect(occupationData({ ...career, summary: 'Own words.' }).description).toBe('Own words.');
  });
});

describe('structuredDataText', () => {
  it('gives one object for one career and an array for more', () => {
    expect(JSON.parse(structuredDataText([careers[0]]))).toEqual(occupationData(careers[0]));
    expect(JSON.parse(structuredDataText(careers))).toEqual(careers.map(occupationData));
  });

  it('cannot close or confuse the script element, and keeps the text', () => {
    const title = 'A </script><script>alert(1)</script> <!-- & \u2028\u2029 -->';
    const text = structuredDataText([{ ...base, title }]);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text).name).toBe(title);
  });

  it('escapes and round-trips any title and summary', () => {
    const hostile = fc.constantFrom('<', '>', '&', '</script>', '<!--', '-->', '\u2028', '\u2029', '"', '\\');
    const text = fc
      .array(fc.oneof(hostile, fc.string({ unit: 'binary' })), { maxLength: 8 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (title, summary) => {
        const json = structuredDataText([{ ...base, title, summary }]);
        expect(json).not.toMatch(/[<>&\u2028\u2029]/);
        const parsed = JSON.parse(json);
        expect(parsed.name).toBe(title);
        expect(parsed.description).toBe(summary || undefined);
      }),
    );
  });
});
