import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ValidationResult } from '../../src/data/types.js';
import { validateDataset } from '../../src/data/validate.js';
import { builtinJson, copy, fullCareer, fullDataset, nearValidDatasetArb } from './fixtures.js';

const career = (id: string, fields: Record<string, unknown> = {}) => ({ id, title: id.toUpperCase(), ...fields });
const pay = (fields: Record<string, unknown>) => ({ currency: 'USD', year: 2024, source: { name: 'BLS' }, ...fields });
const question = (
  id: string,
  options: unknown = [
    { label: 'Yes', traits: {} },
    { label: 'No', traits: {} },
  ],
) => ({
  id,
  text: 'Question?',
  options,
});
const DECREASING = 'percentiles must not decrease (p10 ≤ p25 ≤ median ≤ p75 ≤ p90)';

/** Each dataset breaks exactly one rule, so `errors` is exactly the one message. */
const cases: [unknown, string][] = [
  [null, 'dataset: expected an object'],
  [
    [{ id: 'a', title: 'A' }],
    'dataset: expected an object; for a list of careers, wrap it: {"version": 1, "careers": [...]}',
  ],
  [{}, 'careers: is required'],
  [{ careers: [], version: 2 }, 'version: expected 1'],
  [{ careers: [career('a'), 'b'] }, 'careers[1]: expected an object'],
  // A career is named by its id; by its index when it has none, a malformed one or a shared one.
  [{ careers: [career('a'), { title: 'B' }] }, 'careers[1].id: is required'],
  [
    { careers: [career('a'), career('b'), career('c', { pay: pay({ annual: { median: 'x' } }) })] },
    'careers[c].pay.annual.median: expected a number',
  ],
  [{ careers: [career('a'), career('a')] }, 'careers[1].id: duplicate id "a"'],
  [{ careers: [career('a'), career('b'), career('a')] }, 'careers[2].id: duplicate id "a"'],
  [
    { careers: [{ id: 'Nurse', title: 'Nurse' }] },
    'careers[0].id: expected a lowercase slug such as "medical-assistant"',
  ],
  [{ careers: [{ id: 'a' }] }, 'careers[a].title: is required'],
  [{ careers: [career('a', { title: '   ' })] }, 'careers[a].title: expected a non-empty string'],
  [{ careers: [career('a', { occupation: {} })] }, 'careers[a].occupation.name: is required'],
  [
    { careers: [career('a', { responsibilities: ['x', ''] })] },
    'careers[a].responsibilities[1]: expected a non-empty string',
  ],
  [{ careers: [career('a', { skills: 'x' })] }, 'careers[a].skills: expected a list of strings'],
  [
    { careers: [career('a', { education: { typicalEntry: 3 } })] },
    'careers[a].education.typicalEntry: expected a non-empty string',
  ],
  [{ careers: [career('a', { certifications: {} })] }, 'careers[a].certifications: expected a list'],
  [
    { careers: [career('a', { certifications: [{ name: 'C', url: 'data:,x' }] })] },
    'careers[a].certifications[0].url: expected an http(s) or relative URL',
  ],
  [
    { careers: [career('a', { remoteWork: { level: 'some' } })] },
    'careers[a].remoteWork.level: expected one of none, low, medium, high',
  ],
  [
    { careers: [career('a', { pay: pay({ currency: 'usd' }) })] },
    'careers[a].pay.currency: expected a three-letter ISO 4217 code such as "USD"',
  ],
  [
    { careers: [career('a', { pay: pay({ year: 1800 }) })] },
    'careers[a].pay.year: expected a number from 1900 to 2100',
  ],
  [{ careers: [career('a', { pay: pay({ year: 2024.5 }) })] }, 'careers[a].pay.year: expected a whole number'],
  [
    { careers: [career('a', { pay: pay({ year: '2024' }) })] },
    'careers[a].pay.year: expected a number, not text ("2024" in quotes)',
  ],
  [
    { careers: [career('a', { pay: pay({ annualMean: -1 }) })] },
    'careers[a].pay.annualMean: expected a number of at least 0',
  ],
  [{ careers: [career('a', { pay: pay({ source: undefined }) })] }, 'careers[a].pay.source: is required'],
  [{ careers: [career('a', { pay: pay({ source: { url: '/x' } }) })] }, 'careers[a].pay.source.name: is required'],
  [
    { careers: [career('a', { pay: pay({ annual: { p10: 50, median: 40 } }) })] },
    `careers[a].pay.annual.median: ${DECREASING}`,
  ],
  [
    { careers: [career('a', { pay: pay({ hourly: { p25: 20, p75: 30, p90: 29 } }) })] },
    `careers[a].pay.hourly.p90: ${DECREASING}`,
  ],
  [
    { careers: [career('a', { outlook: { growthPercent: -120, period: '2024-34', source: { name: 'BLS' } } })] },
    'careers[a].outlook.growthPercent: expected a number of at least -100',
  ],
  [
    { careers: [career('a', { employment: { count: 1.5, year: 2024, source: { name: 'BLS' } } })] },
    'careers[a].employment.count: expected a whole number',
  ],
  [
    { careers: [career('a', { interests: { scores: { Social: 9 }, source: { name: 'O*NET' } } })] },
    'careers[a].interests.scores.Social: expected a number from 1 to 7',
  ],
  [
    { careers: [career('a', { traits: { patients: 2 } })] },
    'careers[a].traits.patients: expected a number from 0 to 1',
  ],
  [
    { careers: [career('a', { traitNotes: { patients: 1 } })] },
    'careers[a].traitNotes.patients: expected a non-empty string',
  ],
  [
    { careers: [career('a', { links: [{ label: 'Go', href: 'javascript:alert(1)' }] })] },
    'careers[a].links[0].href: expected an http(s) or relative URL',
  ],
  [{ careers: [career('a', { links: [{ href: '/x' }] })] }, 'careers[a].links[0].label: is required'],
  [{ careers: [], quiz: {} }, 'quiz.questions: is required'],
  [{ careers: [], quiz: { questions: [] } }, 'quiz.questions: expected a list of at least one question'],
  [
    { careers: [], quiz: { questions: [question('a'), question('a')] } },
    'quiz.questions[1].id: duplicate question id "a"',
  ],
  [
    { careers: [], quiz: { questions: [question('A')] } },
    'quiz.questions[0].id: expected a lowercase slug such as "setting"',
  ],
  [
    { careers: [], quiz: { questions: [question('a'), question('b', [{ label: 'Only', traits: {} }])] } },
    'quiz.questions[b].options: expected a list of at least two options',
  ],
  [
    { careers: [], quiz: { questions: [question('a', [{ label: 'Yes', traits: {} }, { label: 'No' }])] } },
    'quiz.questions[a].options[1].traits: is required',
  ],
  [
    {
      careers: [],
      quiz: {
        questions: [
          question('a', [
            { label: 'Yes', traits: { x: '1' } },
            { label: 'No', traits: {} },
          ]),
        ],
      },
    },
    'quiz.questions[a].options[0].traits.x: expected a number, not text ("1" in quotes)',
  ],
  [
    { careers: [], sources: [{ name: 'A' }, { name: 'B', url: 'ftp://b' }] },
    'sources[1].url: expected an http(s) or relative URL',
  ],
  [{ careers: [], sources: {} }, 'sources: expected a list'],
];

describe('validateDataset error messages', () => {
  it.each(cases.map(([dataset, error]) => [error, dataset] as const))('%s', (error, dataset) => {
    expect(validateDataset(dataset)).toEqual({ ok: false, errors: [error] });
  });

  it('reports every problem, not only the first', () => {
    const result = validateDataset({
      version: 3,
      careers: [
        { id: 'a', title: '' },
        { id: 'a', title: 'A', traits: { x: -1 } },
      ],
    });
    expect(result.errors).toEqual([
      'version: expected 1',
      'careers[0].title: expected a non-empty string',
      'careers[1].traits.x: expected a number from 0 to 1',
      'careers[1].id: duplicate id "a"',
    ]);
  });
});

describe('validateDataset on valid data', () => {
  it.each([
    ['the minimal dataset', { careers: [] }],
    ['a career with only id and title', { careers: [career('a')] }],
    ['a dataset with every field', copy(fullDataset)],
    ['unknown fields', { careers: [{ ...copy(fullCareer), extra: { nested: true } }], future: 1 }],
  ])('returns ok and the same object for %s', (_name, dataset) => {
    const result = validateDataset(dataset);
    expect(result).toEqual({ ok: true, dataset, errors: [] });
    expect(result.dataset).toBe(dataset);
  });
});

/** A result is either ok with no errors, or not ok with at least one string error. */
function expectWellFormed(result: ValidationResult): void {
  if (result.ok) {
    expect(result.errors).toEqual([]);
    expect(result.dataset).toBeDefined();
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) expect(error).toMatch(/^\S.*: \S/);
    expect(result.dataset).toBeUndefined();
  }
}

describe('validateDataset never throws', () => {
  const exotic = {
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withTypedArray: true,
    withSparseArray: true,
  } satisfies Parameters<typeof fc.anything>[0];

  it.each([
    ['fc.anything()', fc.anything()],
    ['fc.anything() with exotic values', fc.anything(exotic)],
    ['fc.jsonValue()', fc.jsonValue()],
    ['near-valid datasets', nearValidDatasetArb],
  ] as const)('on %s', (_name, arbitrary) => {
    fc.assert(
      fc.property(arbitrary as fc.Arbitrary<unknown>, (value) => {
        expectWellFormed(validateDataset(value));
      }),
      { numRuns: 300 },
    );
  });

  it('reaches deep paths with near-valid datasets', () => {
    // Guards the generator: it must break nodes deep in the tree, not only at the top.
    let deepest = 0;
    fc.assert(
      fc.property(nearValidDatasetArb, (value) => {
        for (const error of validateDataset(value).errors) {
          // "careers[0].pay.annual.median: ..." has 5 steps.
          deepest = Math.max(deepest, error.slice(0, error.indexOf(': ')).split(/\.|\[/).length);
        }
      }),
      { numRuns: 300 },
    );
    expect(deepest).toBeGreaterThanOrEqual(5);
  });

  const throwing = new Proxy(
    {},
    {
      get() {
        throw new Error('getter');
      },
      ownKeys() {
        throw new Error('ownKeys');
      },
      getPrototypeOf() {
        throw new Error('getPrototypeOf');
      },
    },
  );
  const revocable = Proxy.revocable({ careers: [] }, {});
  revocable.revoke();
  const getterCareer = Object.defineProperty({ id: 'a' }, 'title', {
    enumerable: true,
    get() {
      throw new Error('title');
    },
  });
  const throwingList = new Proxy([career('a')], {
    get(target, key) {
      if (key === 'forEach' || key === 'length') throw new Error('list');
      return Reflect.get(target, key);
    },
  });

  it.each([
    ['a proxy whose traps throw', throwing],
    ['a revoked proxy', revocable.proxy],
    ['careers holding a revoked proxy', { careers: [revocable.proxy] }],
    ['a career with a throwing proxy for pay', { careers: [career('a', { pay: throwing })] }],
    ['a career whose getter throws', { careers: [getterCareer] }],
    ['a careers list whose methods throw', { careers: throwingList }],
    ['traits whose keys cannot be listed', { careers: [career('a', { traits: throwing })] }],
  ])('on %s', (_name, value) => {
    let result: ValidationResult | undefined;
    expect(() => {
      result = validateDataset(value);
    }).not.toThrow();
    expect(result?.ok).toBe(false);
    expectWellFormed(result!);
  });
});

// ---------------------------------------------------------------------------
// The built-in data: every figure has a source and a reference year.

/** The field that dates each section's figures. */
const REFERENCE: Record<string, string> = { pay: 'year', employment: 'year', outlook: 'period', interests: 'release' };

function hasNumber(value: unknown): boolean {
  if (typeof value === 'number') return true;
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some(hasNumber);
}

/** Problems with the sourcing of one career's figures; empty when every figure is sourced and dated. */
function unsourcedFigures(value: unknown): string[] {
  const problems: string[] = [];
  const fields = value as Record<string, unknown>;
  for (const [section, reference] of Object.entries(REFERENCE)) {
    const figures = fields[section] as Record<string, unknown> | undefined;
    if (!hasNumber(figures)) continue;
    const source = figures!.source as Record<string, unknown> | undefined;
    if (typeof source?.name !== 'string' || source.name.trim() === '')
      problems.push(`${fields.id}.${section}: no source`);
    if (figures![reference] === undefined) problems.push(`${fields.id}.${section}: no ${reference}`);
  }
  return problems;
}

describe('unsourcedFigures', () => {
  it.each([
    [
      'pay without source',
      { id: 'a', pay: { currency: 'USD', annual: { median: 1 }, year: 2024 } },
      ['a.pay: no source'],
    ],
    [
      'pay without year',
      { id: 'a', pay: { currency: 'USD', annual: { median: 1 }, source: { name: 'X' } } },
      ['a.pay: no year'],
    ],
    [
      'outlook without period',
      { id: 'a', outlook: { growthPercent: 3, source: { name: 'X' } } },
      ['a.outlook: no period'],
    ],
    [
      'employment without either',
      { id: 'a', employment: { count: 3 } },
      ['a.employment: no source', 'a.employment: no year'],
    ],
    [
      'scores without release',
      { id: 'a', interests: { scores: { Social: 5 }, source: { name: 'X' } } },
      ['a.interests: no release'],
    ],
    ['interests with no figures', { id: 'a', interests: { highPoints: ['Social'], source: { name: 'X' } } }, []],
    ['the full career', fullCareer, []],
  ])('flags %s', (_name, value, problems) => {
    expect(unsourcedFigures(value)).toEqual(problems);
  });
});

describe('data/careers.json', () => {
  const careers = (builtinJson as { careers: unknown[] }).careers;

  it('is a valid dataset', () => {
    expect(validateDataset(builtinJson).errors).toEqual([]);
  });

  it('gives every figure a source and a reference year', () => {
    expect(careers.flatMap(unsourcedFigures)).toEqual([]);
  });
});
