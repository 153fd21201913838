/**
 * data/schema.json documents the format for publishers; validateDataset
 * enforces it. These tests keep the two in agreement.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSafeUrl } from '../../src/data/url.js';
import { validateDataset } from '../../src/data/validate.js';
import {
  builtinJson,
  copy,
  fullCareer,
  fullCertification,
  fullCredit,
  fullDataset,
  fullEducation,
  fullEmployment,
  fullInterests,
  fullLevelNote,
  fullLink,
  fullOutlook,
  fullPay,
  fullPercentiles,
  fullQuiz,
  fullQuizOption,
  fullQuizQuestion,
  fullSource,
  nearValidDatasetArb,
  schema,
  validDatasetArb,
  type SchemaNode,
} from './fixtures.js';

// strict: true makes ajv refuse unknown keywords and other schema mistakes.
const ajv = new Ajv2020({ allErrors: true, strict: true });
const schemaAccepts = ajv.compile(schema);
const urlAccepts = ajv.compile({ $ref: `${String(schema.$id)}#/$defs/Url` });

/** A dataset of one career: id "a", title "A", plus `fields`. */
function oneCareer(fields: Record<string, unknown> = {}): unknown {
  return { careers: [{ id: 'a', title: 'A', ...fields }] };
}

/** fullDataset after `change`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the change breaks the dataset on purpose
function full(change: (dataset: any) => void): unknown {
  const dataset = copy(fullDataset);
  change(dataset);
  return dataset;
}

const valid: [string, unknown][] = [
  ['the minimal dataset', { careers: [] }],
  ['version 1', { version: 1, careers: [] }],
  ['a career with only id and title', oneCareer()],
  ['a dataset with every field', fullDataset],
  [
    'unknown fields everywhere',
    full((d) => {
      d.publisher = 'Example';
      d.careers[0].color = 'teal';
      d.careers[0].pay.source.retrieved = '2025-05-01';
      d.quiz.questions[0].options[0].image = 'a.png';
    }),
  ],
  ['a quiz and no careers', { careers: [], quiz: { questions: [fullQuizQuestion] } }],
  [
    'an option with no traits to add',
    full((d) => {
      d.quiz.questions[0].options[1].traits = {};
    }),
  ],
  [
    'negative option weights',
    full((d) => {
      d.quiz.questions[0].options[0].traits = { remote: -3.5 };
    }),
  ],
  [
    'a level question with levels from 0 to 1',
    full((d) => {
      d.quiz.questions[1].options[0].traits = { preparation: 1, pace: 0 };
    }),
  ],
  ['sources only with a name', { careers: [], sources: [{ name: 'BLS' }, { name: 'O*NET' }] }],
  [
    'pay with only the required fields',
    oneCareer({ pay: { currency: 'EUR', year: 2023, source: { name: 'Eurostat' } } }),
  ],
  [
    'pay of zero',
    oneCareer({ pay: { currency: 'USD', year: 2024, annual: { p10: 0, median: 0 }, source: { name: 'X' } } }),
  ],
  [
    'equal percentiles',
    oneCareer({ pay: { currency: 'USD', year: 2024, annual: { p10: 5, p90: 5 }, source: { name: 'X' } } }),
  ],
  ['a shrinking career', oneCareer({ outlook: { growthPercent: -100, period: '2024-34', source: { name: 'BLS' } } })],
  [
    'years 1900 and 2100',
    full((d) => {
      d.careers[0].pay.year = 1900;
      d.careers[0].employment.year = 2100;
    }),
  ],
  [
    'traits at 0 and 1, scores at 1 and 7',
    oneCareer({ traits: { a: 0, b: 1 }, interests: { scores: { S: 1, C: 7 }, source: { name: 'O*NET' } } }),
  ],
  [
    'relative and upper-case links',
    oneCareer({
      links: [
        { label: 'x', href: '/a' },
        { label: 'y', href: '?q=1' },
        { label: 'z', href: 'HTTPS://A.EXAMPLE' },
      ],
    }),
  ],
  ['text with spaces around it', oneCareer({ title: '  A  ' })],
  ['a built-in career id with more hyphens', oneCareer({ id: 'health-information-technologist-2' })],
];

const invalid: [string, unknown][] = [
  ['null', null],
  ['a list', []],
  ['a string', 'careers'],
  ['no careers', {}],
  ['careers not a list', { careers: {} }],
  ['a career that is a string', { careers: ['nurse'] }],
  ['a career without id', { careers: [{ title: 'A' }] }],
  ['a career without title', { careers: [{ id: 'a' }] }],
  ['an id with spaces', oneCareer({ id: 'medical assistant' })],
  ['an upper-case id', oneCareer({ id: 'Nurse' })],
  ['an id with a double hyphen', oneCareer({ id: 'a--b' })],
  ['an id ending in a hyphen', oneCareer({ id: 'a-' })],
  ['an empty title', oneCareer({ title: '' })],
  ['a whitespace title', oneCareer({ title: ' \t\n ' })],
  ['a numeric title', oneCareer({ title: 7 })],
  ['a null summary', oneCareer({ summary: null })],
  ['an empty responsibility', oneCareer({ responsibilities: ['Chart', ' '] })],
  ['skills not a list', oneCareer({ skills: 'Typing' })],
  ['an occupation without name', oneCareer({ occupation: { soc: '31-9092' } })],
  [
    'a negative median',
    full((d) => {
      d.careers[0].pay.annual.median = -1;
    }),
  ],
  [
    'a string median',
    full((d) => {
      d.careers[0].pay.annual.median = '44200';
    }),
  ],
  [
    'a null p90',
    full((d) => {
      d.careers[0].pay.hourly.p90 = null;
    }),
  ],
  [
    'a negative mean',
    full((d) => {
      d.careers[0].pay.annualMean = -5;
    }),
  ],
  [
    'a lower-case currency',
    full((d) => {
      d.careers[0].pay.currency = 'usd';
    }),
  ],
  [
    'a currency symbol',
    full((d) => {
      d.careers[0].pay.currency = '$';
    }),
  ],
  [
    'pay without currency',
    full((d) => {
      delete d.careers[0].pay.currency;
    }),
  ],
  [
    'pay without year',
    full((d) => {
      delete d.careers[0].pay.year;
    }),
  ],
  [
    'pay without source',
    full((d) => {
      delete d.careers[0].pay.source;
    }),
  ],
  [
    'a source without name',
    full((d) => {
      d.careers[0].pay.source = { url: 'https://x.example' };
    }),
  ],
  [
    'year 1800',
    full((d) => {
      d.careers[0].pay.year = 1800;
    }),
  ],
  [
    'year 2101',
    full((d) => {
      d.careers[0].employment.year = 2101;
    }),
  ],
  [
    'a fractional year',
    full((d) => {
      d.careers[0].pay.year = 2024.5;
    }),
  ],
  [
    'a year as a string',
    full((d) => {
      d.careers[0].pay.year = '2024';
    }),
  ],
  [
    'growth below -100%',
    full((d) => {
      d.careers[0].outlook.growthPercent = -101;
    }),
  ],
  [
    'outlook without period',
    full((d) => {
      delete d.careers[0].outlook.period;
    }),
  ],
  [
    'negative openings',
    full((d) => {
      d.careers[0].outlook.openingsPerYear = -1;
    }),
  ],
  [
    'a fractional job count',
    full((d) => {
      d.careers[0].employment.count = 10.5;
    }),
  ],
  [
    'a negative job count',
    full((d) => {
      d.careers[0].employment.count = -10;
    }),
  ],
  [
    'jobZone 7',
    full((d) => {
      d.careers[0].interests.jobZone = 7;
    }),
  ],
  [
    'jobZone 0',
    full((d) => {
      d.careers[0].interests.jobZone = 0;
    }),
  ],
  [
    'a fractional jobZone',
    full((d) => {
      d.careers[0].interests.jobZone = 2.5;
    }),
  ],
  [
    'an O*NET score of 0',
    full((d) => {
      d.careers[0].interests.scores.Social = 0;
    }),
  ],
  [
    'an O*NET score of 8',
    full((d) => {
      d.careers[0].interests.scores.Social = 8;
    }),
  ],
  [
    'interests without source',
    full((d) => {
      delete d.careers[0].interests.source;
    }),
  ],
  ['trait 1.5', oneCareer({ traits: { patients: 1.5 } })],
  ['trait -0.1', oneCareer({ traits: { patients: -0.1 } })],
  ['a trait as a string', oneCareer({ traits: { patients: 'high' } })],
  ['an empty trait note', oneCareer({ traitNotes: { patients: '' } })],
  ['level "very high"', oneCareer({ remoteWork: { level: 'very high' } })],
  ['a level note without level', oneCareer({ patientContact: { note: 'Some' } })],
  ['a javascript: link', oneCareer({ links: [{ label: 'x', href: 'javascript:alert(1)' }] })],
  ['a JavaScript: link', oneCareer({ links: [{ label: 'x', href: 'JavaScript:alert(1)' }] })],
  ['a data: link', oneCareer({ links: [{ label: 'x', href: 'data:text/html,<script>alert(1)</script>' }] })],
  ['an ftp: link', oneCareer({ links: [{ label: 'x', href: 'ftp://files.example/a' }] })],
  ['a mailto: link', oneCareer({ links: [{ label: 'x', href: 'mailto:a@b.example' }] })],
  ['https: without slashes', oneCareer({ links: [{ label: 'x', href: 'https:evil.example' }] })],
  ['an empty href', oneCareer({ links: [{ label: 'x', href: '' }] })],
  ['a link without href', oneCareer({ links: [{ label: 'x' }] })],
  ['a link without label', oneCareer({ links: [{ href: '/a' }] })],
  ['links not a list', oneCareer({ links: { label: 'x', href: '/a' } })],
  [
    'a javascript: source url',
    full((d) => {
      d.careers[0].pay.source.url = 'javascript:void 0';
    }),
  ],
  ['a certification without name', oneCareer({ certifications: [{ abbreviation: 'CMA' }] })],
  ['a vbscript: certification url', oneCareer({ certifications: [{ name: 'C', url: 'vbscript:x' }] })],
  ['version 2', { version: 2, careers: [] }],
  ['version "1"', { version: '1', careers: [] }],
  ['a quiz without questions', { careers: [], quiz: { title: 'Quiz' } }],
  [
    'a level above 1 in a level question',
    full((d) => {
      d.quiz.questions[1].options[0].traits = { preparation: 1.5 };
    }),
  ],
  [
    'an unknown question kind',
    full((d) => {
      d.quiz.questions[0].kind = 'scale';
    }),
  ],
  ['empty questions', { careers: [], quiz: { questions: [] } }],
  [
    'a question with one option',
    full((d) => {
      d.quiz.questions[0].options.length = 1;
    }),
  ],
  [
    'a question id with capitals',
    full((d) => {
      d.quiz.questions[0].id = 'Setting';
    }),
  ],
  [
    'a question without text',
    full((d) => {
      delete d.quiz.questions[0].text;
    }),
  ],
  [
    'an option without traits',
    full((d) => {
      delete d.quiz.questions[0].options[1].traits;
    }),
  ],
  [
    'an option weight as a string',
    full((d) => {
      d.quiz.questions[0].options[0].traits.remote = '1';
    }),
  ],
  [
    'an option without label',
    full((d) => {
      delete d.quiz.questions[0].options[0].label;
    }),
  ],
  ['sources not a list', { careers: [], sources: { name: 'BLS' } }],
  ['a credit without name', { careers: [], sources: [{ url: 'https://x.example' }] }],
  ['a data: credit url', { careers: [], sources: [{ name: 'X', url: 'data:,x' }] }],
];

describe('data/schema.json', () => {
  it('is a draft 2020-12 schema with an $id, title and description', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://cdn.jsdelivr.net/npm/career-compare/data/schema.json');
    expect(schema.title).toEqual(expect.stringMatching(/\S/));
    expect(schema.description).toEqual(expect.stringMatching(/\S/));
  });

  it('describes every property in plain words', () => {
    const undescribed: string[] = [];
    let count = 0;
    const walk = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return;
      const fields = node as SchemaNode;
      if (typeof fields.properties === 'object' && fields.properties !== null) {
        for (const [name, property] of Object.entries(fields.properties as SchemaNode)) {
          count += 1;
          const description = (property as SchemaNode).description;
          if (typeof description !== 'string' || description.trim() === '') {
            undescribed.push(`${path}.properties.${name}`);
          }
        }
      }
      for (const [key, child] of Object.entries(fields)) walk(child, `${path}.${key}`);
    };
    walk(schema, '#');
    expect(undescribed).toEqual([]);
    expect(count).toBeGreaterThan(80); // the walk really found the properties
  });

  it('is valid against the draft 2020-12 meta-schema', () => {
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('gives examples that pass the part of the schema they illustrate', () => {
    const failures: string[] = [];
    let count = 0;
    const walk = (node: unknown, pointer: string): void => {
      if (typeof node !== 'object' || node === null) return;
      const fields = node as SchemaNode;
      if (Array.isArray(fields.examples)) {
        const check = ajv.getSchema(`${String(schema.$id)}#${pointer}`)!;
        for (const example of fields.examples) {
          count += 1;
          if (!check(example)) failures.push(`${pointer}: ${JSON.stringify(example)}`);
        }
      }
      for (const [key, child] of Object.entries(fields)) {
        if (key !== 'examples') walk(child, `${pointer}/${key}`);
      }
    };
    walk(schema, '');
    expect(failures).toEqual([]);
    expect(count).toBeGreaterThan(30);
  });

  it('has a $defs entry for every type in types.ts', () => {
    expect(Object.keys(schema.$defs as SchemaNode)).toEqual(
      expect.arrayContaining([
        'Source',
        'PayPercentiles',
        'Pay',
        'Outlook',
        'Employment',
        'Education',
        'Certification',
        'LevelNote',
        'Interests',
        'Link',
        'Career',
        'QuizOption',
        'QuizQuestion',
        'Quiz',
        'Credit',
      ]),
    );
  });

  // Each fixture has every field its type declares (checked by the compiler).
  it.each([
    ['Source', fullSource],
    ['PayPercentiles', fullPercentiles],
    ['Pay', fullPay],
    ['Outlook', fullOutlook],
    ['Employment', fullEmployment],
    ['Education', fullEducation],
    ['Certification', fullCertification],
    ['LevelNote', fullLevelNote],
    ['Interests', fullInterests],
    ['Link', fullLink],
    ['Career', fullCareer],
    ['QuizOption', fullQuizOption],
    ['QuizQuestion', fullQuizQuestion],
    ['Quiz', fullQuiz],
    ['Credit', fullCredit],
  ])('$defs.%s has the same fields as types.ts', (name, full) => {
    const def = (schema.$defs as Record<string, SchemaNode>)[name];
    expect(Object.keys(def.properties as SchemaNode).sort()).toEqual(Object.keys(full).sort());
  });

  it('has the same top-level fields as Dataset', () => {
    expect(Object.keys(schema.properties as SchemaNode).sort()).toEqual(Object.keys(fullDataset).sort());
  });
});

describe('the schema and validateDataset agree', () => {
  it('has enough cases', () => {
    expect(valid.length).toBeGreaterThanOrEqual(12);
    expect(invalid.length).toBeGreaterThanOrEqual(25);
  });

  it.each(valid)('both accept %s', (_name, dataset) => {
    const result = validateDataset(dataset);
    expect(result.errors).toEqual([]);
    expect(schemaAccepts(dataset), JSON.stringify(schemaAccepts.errors)).toBe(true);
  });

  it.each(invalid)('both reject %s', (_name, dataset) => {
    expect(validateDataset(dataset).ok).toBe(false);
    expect(schemaAccepts(dataset)).toBe(false);
  });

  it('both accept every generated valid dataset', () => {
    fc.assert(
      fc.property(validDatasetArb, (dataset) => {
        expect(validateDataset(dataset).errors).toEqual([]);
        expect(schemaAccepts(dataset), JSON.stringify(schemaAccepts.errors)).toBe(true);
      }),
    );
  });

  // Only the validator's own rules (unique ids, ordered percentiles) may make
  // it reject a JSON dataset the schema accepts; otherwise the verdicts match.
  it('give the same verdict on generated near-valid JSON datasets', () => {
    const validatorOnly = /duplicate (question )?id|percentiles must not decrease/;
    fc.assert(
      fc.property(nearValidDatasetArb, (value) => {
        const json = JSON.stringify(value);
        if (json === undefined) return;
        const dataset: unknown = JSON.parse(json);
        const { errors } = validateDataset(dataset);
        if (schemaAccepts(dataset)) {
          expect(errors.filter((error) => !validatorOnly.test(error))).toEqual([]);
        } else {
          expect(errors.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});

/**
 * Rules JSON Schema cannot express: uniqueness of a field across list items,
 * and ordering between sibling numbers. The schema documents them in its
 * descriptions and accepts these datasets; the validator rejects them.
 */
describe('rules only the validator enforces', () => {
  const validatorOnly: [string, unknown][] = [
    [
      'duplicate career ids',
      {
        careers: [
          { id: 'a', title: 'A' },
          { id: 'a', title: 'B' },
        ],
      },
    ],
    [
      'duplicate question ids',
      full((d) => {
        d.quiz.questions.push(copy(d.quiz.questions[0]));
      }),
    ],
    [
      'a median below p25',
      full((d) => {
        d.careers[0].pay.annual.median = 30000;
      }),
    ],
    [
      'an hourly p90 below p10',
      oneCareer({ pay: { currency: 'USD', year: 2024, hourly: { p10: 20, p90: 19.99 }, source: { name: 'X' } } }),
    ],
  ];

  it.each(validatorOnly)('the schema accepts and the validator rejects %s', (_name, dataset) => {
    expect(schemaAccepts(dataset)).toBe(true);
    expect(validateDataset(dataset).ok).toBe(false);
  });
});

/**
 * The schema's URL pattern mirrors isSafeUrl exactly, including the browser
 * rule that tabs, newlines and other control characters inside a URL are
 * ignored ("java\tscript:" is "javascript:") and protocol-relative "//host".
 */
describe('the schema URL pattern matches isSafeUrl', () => {
  const urls = [
    'https://a.example/x',
    'http://a.example',
    'HTTP://A.EXAMPLE',
    ' https://a.example',
    'https://a.example/x y',
    '/path',
    './x',
    '../x',
    'page.html',
    '?q=1',
    '#frag',
    'a:b/../c',
    '1a:b',
    'ja va',
    '\u00a0javascript:x',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\u0000script:x',
    'javascript\u007f:x',
    'data:text/html,x',
    'vbscript:x',
    'ftp://x',
    'mailto:a@b.example',
    '//evil.example',
    ' //evil.example',
    '/\t/evil.example',
    '\\evil',
    '/\\evil',
    'https:evil',
    'https:/evil',
    'https:///evil',
    'https://\\evil',
    'ht\ttps://a.example',
    'https:\t//a.example',
    '',
    ' ',
    '\t\n',
    'http://',
    'http:// a',
  ];

  it.each(urls.map((url) => [JSON.stringify(url), url]))('on %s', (_name, url) => {
    expect(urlAccepts(url)).toBe(isSafeUrl(url));
  });

  it('on random strings made of the characters that matter', () => {
    const piece = fc.constantFrom(
      'h',
      't',
      'p',
      's',
      'H',
      'T',
      'P',
      'S',
      'j',
      'a',
      'v',
      'x',
      '1',
      '+',
      '-',
      '.',
      ':',
      '/',
      '\\',
      '?',
      '#',
      ' ',
      '\t',
      '\n',
      '\u0000',
      '\u001f',
      '\u007f',
      '\u00a0',
      'é',
      'http',
      'https',
      '://',
      'javascript:',
      '//',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join('')),
        (url) => {
          expect(urlAccepts(url)).toBe(isSafeUrl(url));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (url) => {
        expect(urlAccepts(url)).toBe(isSafeUrl(url));
      }),
    );
  });
});

describe('data/careers.json', () => {
  it('passes the schema', () => {
    expect(schemaAccepts(builtinJson), JSON.stringify(schemaAccepts.errors)).toBe(true);
  });

  it('passes validateDataset', () => {
    expect(validateDataset(builtinJson).errors).toEqual([]);
  });
});
