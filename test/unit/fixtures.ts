/// <reference types="node" />
/**
 * Shared fixtures for the data-module tests: a career with every field, the
 * JSON files in data/, and fast-check arbitraries for valid and near-valid
 * datasets (`validDatasetArb`, `nearValidDatasetArb`).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { PERCENTILE_KEYS } from '../../src/data/types.js';
import type {
  Career,
  Certification,
  Credit,
  Description,
  Dataset,
  Education,
  Employment,
  Interests,
  LevelNote,
  Link,
  Outlook,
  Pay,
  PayPercentiles,
  Quiz,
  QuizOption,
  QuizQuestion,
  Source,
} from '../../src/data/types.js';

/** Parses a JSON file, given its path from the repository root. */
export function readJson(pathFromRoot: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../${pathFromRoot}`, import.meta.url), 'utf8'));
}

/** A JSON Schema document, loosely typed for walking. */
export type SchemaNode = { [keyword: string]: unknown };

/** data/schema.json. */
export const schema = readJson('data/schema.json') as SchemaNode;

/** data/careers.json exactly as publishers and the build see it. */
export const builtinJson: unknown = readJson('data/careers.json');

/** A deep copy of `value` for a test to break; use `any` so wrong types can be written in. */
// Tests take a deep copy and then break it on purpose, so the copy is untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function copy<T>(value: T): any {
  return structuredClone(value);
}

// ---------------------------------------------------------------------------
// One object of each type with every field filled in. `satisfies Required<T>`
// makes the type checker fail if types.ts gains or loses a field, and the
// schema test compares these keys with the schema's properties.

export const fullSource = {
  name: 'BLS Occupational Employment and Wage Statistics',
  shortName: 'BLS OEWS',
  url: 'https://www.bls.gov/oes/current/oes319092.htm',
  attribution: 'Credit as the licence asks.',
} satisfies Required<Source>;

export const fullPercentiles = {
  p10: 34000,
  p25: 38000,
  median: 44200,
  p75: 50000,
  p90: 57000,
} satisfies Required<PayPercentiles>;

export const fullPay = {
  currency: 'USD',
  annual: fullPercentiles,
  hourly: { p10: 16.35, p25: 18.27, median: 21.25, p75: 24.04, p90: 27.4 },
  annualMean: 45760,
  topCoded: [],
  year: 2024,
  period: 'May 2024',
  source: fullSource,
} satisfies Required<Pay>;

export const fullOutlook = {
  growthPercent: 12,
  period: '2024-34',
  openingsPerYear: 119800,
  source: { name: 'BLS Employment Projections', url: 'https://www.bls.gov/emp/' },
} satisfies Required<Outlook>;

export const fullEmployment = {
  count: 764400,
  year: 2024,
  period: 'May 2024',
  source: { name: 'BLS Employment Projections' },
} satisfies Required<Employment>;

export const fullEducation = {
  summary: 'Most complete a certificate program of about a year.',
  typicalEntry: 'Postsecondary nondegree award',
  workExperience: 'None',
  onTheJobTraining: 'None',
  period: '2024-34',
  source: { name: 'BLS Occupational Outlook Handbook' },
} satisfies Required<Education>;

export const fullDescription = {
  text: 'Record vital signs and help physicians with examinations.',
  release: '29.3',
  source: { name: 'O*NET 29.3 Database' },
} satisfies Required<Description>;

export const fullCertification = {
  name: 'Certified Medical Assistant',
  abbreviation: 'CMA',
  issuer: 'AAMA',
  url: '/certifications/cma',
} satisfies Required<Certification>;

export const fullLevelNote = {
  level: 'low',
  note: 'Most of the work is done on site.',
} satisfies Required<LevelNote>;

export const fullInterests = {
  onetCode: '31-9092.00',
  jobZone: 3,
  highPoints: ['Conventional', 'Social'],
  scores: { Realistic: 3.2, Investigative: 2.5, Artistic: 1.4, Social: 5.1, Enterprising: 2.8, Conventional: 5.6 },
  release: '29.3',
  source: { name: 'O*NET OnLine', url: 'https://www.onetonline.org/' },
} satisfies Required<Interests>;

export const fullLink = {
  label: 'Read the guide',
  href: 'guide.html#pay',
} satisfies Required<Link>;

export const fullCareer = {
  id: 'medical-assistant',
  title: 'Medical Assistant',
  occupation: { name: 'Medical Assistants', soc: '31-9092' },
  summary: 'Medical assistants keep clinics running.',
  description: fullDescription,
  editorial: { name: 'Example editors' },
  responsibilities: ['Take vital signs', 'Schedule appointments'],
  workEnvironment: 'Clinics and hospitals.',
  schedule: 'Mostly full time, some evenings.',
  education: fullEducation,
  training: 'A certificate program or on-the-job training.',
  certifications: [fullCertification],
  skills: ['Attention to detail'],
  advancement: 'Office manager or nursing school.',
  remoteWork: { level: 'none' },
  patientContact: { level: 'high', note: 'All day.' },
  pay: fullPay,
  outlook: fullOutlook,
  employment: fullEmployment,
  interests: fullInterests,
  links: [fullLink, { label: 'Jobs', href: 'https://jobs.example/ma' }],
  traits: { patients: 0.9, remote: 0 },
  traitNotes: { patients: 'You would spend the day with patients.' },
} satisfies Required<Career>;

export const fullQuizOption = {
  label: 'Working with patients',
  traits: { patients: 1, remote: -0.5 },
  reason: "You'd rather work with patients",
} satisfies Required<QuizOption>;

/** A like question: every field but `kind`, which only a level question has. */
export const likeQuizQuestion = {
  id: 'setting',
  text: 'Where would you like to work?',
  topic: 'where to work',
  options: [fullQuizOption, { label: 'From home', traits: { remote: 1 } }],
} satisfies Omit<Required<QuizQuestion>, 'kind'>;

/** A level question, with every field. */
export const fullQuizQuestion = {
  id: 'training',
  text: 'How long would you like to train?',
  topic: 'how long to train',
  kind: 'level',
  options: [
    { label: 'A year or two', traits: { preparation: 0.5 }, reason: 'You would rather train for a year or two' },
    { label: 'No preference', traits: {} as Record<string, number> },
  ],
} satisfies Required<QuizQuestion>;

export const fullQuiz = {
  title: 'Which career fits you?',
  intro: 'Three questions.',
  questions: [likeQuizQuestion, fullQuizQuestion],
} satisfies Required<Quiz>;

export const fullCredit = {
  name: 'O*NET OnLine',
  url: 'https://www.onetonline.org/',
  license: 'CC BY 4.0',
  attribution: 'O*NET® is a trademark of USDOL/ETA.',
} satisfies Required<Credit>;

/** A dataset with every field of every type. */
export const fullDataset = {
  version: 1,
  careers: [fullCareer, { id: 'phlebotomist', title: 'Phlebotomist' }],
  quiz: fullQuiz,
  sources: [fullCredit],
} satisfies Required<Dataset>;

// ---------------------------------------------------------------------------
// Arbitraries.

/** Trait names shared by careers and quiz options, so quizzes and careers overlap. */
const TRAITS = ['patients', 'remote', 'hands-on', 'desk', 'outdoors', 'numbers'] as const;

type Wrap = <T>(arbitrary: fc.Arbitrary<T>) => fc.Arbitrary<T>;

/**
 * Builds the dataset arbitrary. `wrap` is applied to every node, leaves and
 * branches alike; `valid` keeps the cross-field rules (unique ids, sorted
 * percentiles) that a per-node wrapper cannot.
 */
function datasetArbitrary(wrap: Wrap, valid: boolean): fc.Arbitrary<Dataset> {
  const record = <T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }, requiredKeys: (keyof T)[]) =>
    wrap(fc.record(model, { requiredKeys, noNullPrototype: true }) as unknown as fc.Arbitrary<T>);
  const list = <T>(item: fc.Arbitrary<T>, minLength = 0, maxLength = 3) =>
    wrap(fc.array(item, { minLength, maxLength }));

  const text = wrap(
    fc.oneof(
      fc.constantFrom('Medical Assistant', 'May 2024', 'BLS', '2024-34', 'Ça va — 日本'),
      fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''),
    ),
  );
  const slug = wrap(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom('a', 'b', 'c', 'medical-assistant', 'nurse', 'x-1') },
      { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,6}){0,2}$/) },
    ),
  );
  const url = wrap(
    fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.constantFrom('/careers/nurse', 'guide.html', './a', '../b', '?q=1', '#pay', 'HTTPS://X.EXAMPLE'),
    ),
  );
  const number = (min: number, max: number) => wrap(fc.double({ min, max, noNaN: true, noDefaultInfinity: true }));
  const integer = (min: number, max: number) => wrap(fc.integer({ min, max }));
  const money = number(0, 1e7);
  const year = integer(1900, 2100);
  const traitName = fc.oneof(fc.constantFrom(...TRAITS), fc.string({ minLength: 1, maxLength: 6 }));
  const map = <T>(value: fc.Arbitrary<T>) =>
    wrap(fc.dictionary(traitName, value, { maxKeys: 4, noNullPrototype: true }));

  const source = record<Source>({ name: text, shortName: text, url }, ['name']);
  const rawPercentiles = fc.record(
    { p10: money, p25: money, median: money, p75: money, p90: money },
    { requiredKeys: [], noNullPrototype: true },
  );
  // Valid percentiles hold their numbers in increasing order.
  const percentiles = wrap(
    valid
      ? rawPercentiles.map((raw) => {
          const keys = PERCENTILE_KEYS.filter((key) => key in raw);
          const amounts = keys.map((key) => raw[key] as number).sort((a, b) => a - b);
          return Object.fromEntries(keys.map((key, i) => [key, amounts[i]])) as PayPercentiles;
        })
      : (rawPercentiles as fc.Arbitrary<PayPercentiles>),
  );
  const pay = record<Pay>(
    {
      currency: wrap(fc.constantFrom('USD', 'EUR', 'GBP', 'CAD')),
      annual: percentiles,
      hourly: percentiles,
      annualMean: money,
      year,
      period: text,
      source,
    },
    ['currency', 'year', 'source'],
  );
  const outlook = record<Outlook>({ growthPercent: number(-100, 500), period: text, openingsPerYear: money, source }, [
    'growthPercent',
    'period',
    'source',
  ]);
  const employment = record<Employment>({ count: integer(0, 5_000_000), year, source }, ['count', 'year', 'source']);
  const education = record<Education>(
    { summary: text, typicalEntry: text, workExperience: text, onTheJobTraining: text, source },
    [],
  );
  const certification = record<Certification>({ name: text, abbreviation: text, issuer: text, url }, ['name']);
  const levelNote = record<LevelNote>({ level: wrap(fc.constantFrom('none', 'low', 'medium', 'high')), note: text }, [
    'level',
  ]);
  const interests = record<Interests>(
    {
      onetCode: text,
      jobZone: integer(1, 5),
      highPoints: list(text),
      scores: map(number(1, 7)),
      release: text,
      source,
    },
    ['source'],
  );
  const link = record<Link>({ label: text, href: url }, ['label', 'href']);
  const career = record<Career>(
    {
      id: slug,
      title: text,
      occupation: record<{ name: string; soc?: string }>({ name: text, soc: text }, ['name']),
      summary: text,
      responsibilities: list(text),
      workEnvironment: text,
      schedule: text,
      education,
      training: text,
      certifications: list(certification),
      skills: list(text),
      advancement: text,
      remoteWork: levelNote,
      patientContact: levelNote,
      pay,
      outlook,
      employment,
      interests,
      links: list(link),
      traits: map(number(0, 1)),
      traitNotes: map(text),
    },
    ['id', 'title'],
  );
  const option = record<QuizOption>({ label: text, traits: map(number(-5, 5)), reason: text }, ['label', 'traits']);
  const levelOption = record<QuizOption>({ label: text, traits: map(number(0, 1)), reason: text }, ['label', 'traits']);
  const question = fc.oneof(
    record<QuizQuestion>({ id: slug, text, topic: text, options: list(option, 2, 4) }, ['id', 'text', 'options']),
    record<QuizQuestion>(
      { id: slug, text, topic: text, kind: fc.constant('level' as const), options: list(levelOption, 2, 4) },
      ['id', 'text', 'kind', 'options'],
    ),
  );
  const quiz = record<Quiz>(
    {
      title: text,
      intro: text,
      questions: valid
        ? wrap(fc.uniqueArray(question, { selector: (q) => q.id, minLength: 1, maxLength: 3 }))
        : list(question, 1, 3),
    },
    ['questions'],
  );
  const credit = record<Credit>({ name: text, url, license: text, attribution: text }, ['name']);
  const careers = valid ? wrap(fc.uniqueArray(career, { selector: (c) => c.id, maxLength: 4 })) : list(career, 0, 4);

  return record<Dataset>({ version: wrap(fc.constant(1 as const)), careers, quiz, sources: list(credit) }, ['careers']);
}

/** Datasets that pass `validateDataset` and the schema. */
export const validDatasetArb: fc.Arbitrary<Dataset> = datasetArbitrary((arbitrary) => arbitrary, true);

/**
 * Dataset-shaped values in which any node, deep or shallow, may have been
 * replaced by an arbitrary value (and ids may repeat, percentiles may
 * decrease), so the validator's deep paths get exercised. Often still valid.
 */
export const nearValidDatasetArb: fc.Arbitrary<unknown> = datasetArbitrary(
  <T>(arbitrary: fc.Arbitrary<T>) =>
    fc.oneof({ weight: 40, arbitrary }, { weight: 1, arbitrary: fc.anything() as fc.Arbitrary<T> }),
  false,
);
