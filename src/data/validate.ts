import { PERCENTILE_KEYS } from './types.js';
import type { Dataset, ValidationResult } from './types.js';
import { isSafeUrl } from './url.js';

/**
 * Checks an unknown value against the dataset format. Never throws: every
 * problem comes back as "path: what was expected", e.g.
 * `careers[medical-assistant].pay.annual.median: expected a number` (a career
 * or question is named by its id, or by its index when it has none).
 * Unknown fields are allowed, so newer datasets still load in older widgets.
 */
export function validateDataset(input: unknown): ValidationResult {
  const errors: string[] = [];
  try {
    if (isObject(input)) datasetFields(input, '', errors);
    else if (Array.isArray(input))
      errors.push('dataset: expected an object; for a list of careers, wrap it: {"version": 1, "careers": [...]}');
    else errors.push('dataset: expected an object');
  } catch (error) {
    // Exotic inputs (revoked proxies, throwing getters) must not escape.
    errors.push(`dataset: could not be read (${String(error)})`);
  }
  return errors.length === 0 ? { ok: true, dataset: input as Dataset, errors: [] } : { ok: false, errors };
}

/*
 * The format as a table of small checks. A check reports what it expected at
 * `path`; an object's fields are checked only when present, except those
 * whose name ends in "!", which are required.
 */
type Check = (value: unknown, path: string, errors: string[]) => void;
type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const fail = (errors: string[], path: string, expected: string) => errors.push(`${path}: expected ${expected}`);

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

const text: Check = (value, path, errors) => {
  if (typeof value !== 'string' || !value.trim()) fail(errors, path, 'a non-empty string');
};

const url: Check = (value, path, errors) => {
  if (typeof value !== 'string' || !isSafeUrl(value)) fail(errors, path, 'an http(s) or relative URL');
};

const matching =
  (pattern: RegExp, expected: string): Check =>
  (value, path, errors) => {
    if (typeof value !== 'string' || !pattern.test(value)) fail(errors, path, expected);
  };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = (example: string) => matching(SLUG, `a lowercase slug such as "${example}"`);

const number =
  (min = -Infinity, max = Infinity, whole = false): Check =>
  (value, path, errors) => {
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
      fail(errors, path, `a number, not text ("${value}" in quotes)`);
    else if (typeof value !== 'number' || !Number.isFinite(value)) fail(errors, path, 'a number');
    else if (whole && !Number.isInteger(value)) fail(errors, path, 'a whole number');
    else if (value < min || value > max)
      fail(errors, path, max === Infinity ? `a number of at least ${min}` : `a number from ${min} to ${max}`);
  };

const year = number(1900, 2100, true);

/** An object whose fields are checked by `fields`; "name!" marks a required field. */
const object =
  (fields: Record<string, Check>): Check =>
  (value, path, errors) => {
    if (!isObject(value)) return void fail(errors, path, 'an object');
    for (const [name, check] of Object.entries(fields)) {
      const key = name.replace('!', '');
      if (value[key] !== undefined) check(value[key], join(path, key), errors);
      else if (key !== name) errors.push(`${join(path, key)}: is required`);
    }
  };

/** An object of any keys, each value checked by `check`. */
const map =
  (check: Check): Check =>
  (value, path, errors) => {
    if (!isObject(value)) return void fail(errors, path, 'an object');
    for (const [key, item] of Object.entries(value)) check(item, join(path, key), errors);
  };

/**
 * A list of at least `min` items, each checked by `check`. With `duplicate`,
 * items have ids, which must not repeat, and an item is named by its id in
 * paths (`careers[dental-hygienist].pay`), by its index when it has no
 * usable id or shares it (`careers[3].id`).
 */
const list =
  (check: Check, expected = 'a list', min = 0, duplicate?: string): Check =>
  (value, path, errors) => {
    if (!Array.isArray(value) || value.length < min) return void fail(errors, path, expected);
    const ids = value.map((item) => (isObject(item) && typeof item.id === 'string' ? item.id : undefined));
    const seen = new Set<string>();
    value.forEach((item, i) => {
      const id = ids[i];
      const named =
        duplicate !== undefined && id !== undefined && SLUG.test(id) && ids.indexOf(id) === ids.lastIndexOf(id);
      check(item, `${path}[${named ? id : i}]`, errors);
      if (duplicate === undefined || id === undefined) return;
      if (seen.has(id)) errors.push(`${path}[${i}].id: duplicate ${duplicate}id "${id}"`);
      seen.add(id);
    });
  };

const percentileFields = object(Object.fromEntries(PERCENTILE_KEYS.map((key) => [key, number(0)])));

/** Pay percentiles: numbers of at least 0 that never decrease from p10 to p90. */
const percentiles: Check = (value, path, errors) => {
  percentileFields(value, path, errors);
  if (!isObject(value)) return;
  let highest = -Infinity;
  for (const key of PERCENTILE_KEYS) {
    const amount = value[key];
    if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) continue;
    if (amount < highest) errors.push(`${path}.${key}: percentiles must not decrease (p10 ≤ p25 ≤ median ≤ p75 ≤ p90)`);
    highest = Math.max(highest, amount);
  }
};

const source = object({ 'name!': text, shortName: text, url, attribution: text });
const levelNote = object({
  'level!': matching(/^(none|low|medium|high)$/, 'one of none, low, medium, high'),
  note: text,
});
const texts = list(text, 'a list of strings');

const career = object({
  'id!': slug('medical-assistant'),
  'title!': text,
  occupation: object({ 'name!': text, soc: text }),
  summary: text,
  description: object({ 'text!': text, release: text, 'source!': source }),
  editorial: source,
  workEnvironment: text,
  schedule: text,
  training: text,
  advancement: text,
  responsibilities: texts,
  skills: texts,
  education: object({
    summary: text,
    typicalEntry: text,
    workExperience: text,
    onTheJobTraining: text,
    period: text,
    source,
  }),
  certifications: list(object({ 'name!': text, abbreviation: text, issuer: text, url })),
  remoteWork: levelNote,
  patientContact: levelNote,
  pay: object({
    'currency!': matching(/^[A-Z]{3}$/, 'a three-letter ISO 4217 code such as "USD"'),
    annual: percentiles,
    hourly: percentiles,
    annualMean: number(0),
    topCoded: list(matching(/^(annual|hourly)\.(p10|p25|median|p75|p90)$/, 'a figure such as "annual.p90"')),
    'year!': year,
    period: text,
    'source!': source,
  }),
  outlook: object({ 'growthPercent!': number(-100), 'period!': text, openingsPerYear: number(0), 'source!': source }),
  employment: object({ 'count!': number(0, Infinity, true), 'year!': year, period: text, 'source!': source }),
  interests: object({
    onetCode: text,
    jobZone: number(1, 5, true),
    highPoints: texts,
    scores: map(number(1, 7)),
    release: text,
    'source!': source,
  }),
  links: list(object({ 'label!': text, 'href!': url })),
  traits: map(number(0, 1)),
  traitNotes: map(text),
});

/** A question's options: a like question's traits are weights of any sign, a level question's are levels, 0–1. */
const options = (weight: Check) =>
  list(object({ 'label!': text, 'traits!': map(weight), reason: text }), 'a list of at least two options', 2);

const question: Check = (value, path, errors) =>
  object({
    'id!': slug('setting'),
    'text!': text,
    topic: text,
    kind: matching(/^level$/, '"level" (or no kind)'),
    'options!': options(isObject(value) && value.kind === 'level' ? number(0, 1) : number()),
  })(value, path, errors);

const datasetFields = object({
  version: (value, path, errors) => value === 1 || fail(errors, path, '1'),
  'careers!': list(career, 'a list', 0, ''),
  quiz: object({
    title: text,
    intro: text,
    'questions!': list(question, 'a list of at least one question', 1, 'question '),
  }),
  sources: list(object({ 'name!': text, url, license: text, attribution: text })),
});
