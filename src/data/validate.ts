import type { Dataset, ValidationResult } from './types.js';
import { isSafeUrl } from './url.js';

/**
 * Checks an unknown value against the dataset format. Never throws: every
 * problem comes back as "path: what was expected", e.g.
 * `careers[2].pay.annual.median: expected a number`.
 * Unknown fields are allowed, so newer datasets still load in older widgets.
 */
export function validateDataset(input: unknown): ValidationResult {
  const errors: string[] = [];
  try {
    checkDataset(input, errors);
  } catch (error) {
    // Exotic inputs (revoked proxies, throwing getters) must not escape.
    errors.push(`dataset: could not be read (${String(error)})`);
  }
  return errors.length === 0 ? { ok: true, dataset: input as Dataset, errors: [] } : { ok: false, errors };
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CURRENCY = /^[A-Z]{3}$/;
const PERCENTILES = ['p10', 'p25', 'median', 'p75', 'p90'] as const;
const LEVELS = ['none', 'low', 'medium', 'high'];

type Errors = string[];
type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Returns the object at `path`, or reports it and returns undefined. */
function object(value: unknown, path: string, errors: Errors): Fields | undefined {
  if (isObject(value)) return value;
  errors.push(`${path}: expected an object`);
  return undefined;
}

function string(value: unknown, path: string, errors: Errors, required = false): void {
  if (value === undefined && !required) return;
  if (typeof value !== 'string' || value.trim() === '') {
    errors.push(`${path}: expected a non-empty string`);
  }
}

function number(
  value: unknown,
  path: string,
  errors: Errors,
  { required = false, min = -Infinity, max = Infinity, integer = false } = {},
): void {
  if (value === undefined && !required) return;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    errors.push(`${path}: expected a number`);
  } else if (integer && !Number.isInteger(value)) {
    errors.push(`${path}: expected a whole number`);
  } else if (value < min || value > max) {
    errors.push(
      max === Infinity
        ? `${path}: expected a number of at least ${min}`
        : `${path}: expected a number from ${min} to ${max}`,
    );
  }
}

function url(value: unknown, path: string, errors: Errors, required = false): void {
  if (value === undefined && !required) return;
  if (typeof value !== 'string' || !isSafeUrl(value)) {
    errors.push(`${path}: expected an http(s) or relative URL`);
  }
}

function stringList(value: unknown, path: string, errors: Errors): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) {
    errors.push(`${path}: expected a list of strings`);
    return;
  }
  value.forEach((item, i) => string(item, `${path}[${i}]`, errors, true));
}

/** A map of name → number, each checked with `check`. */
function numberMap(value: unknown, path: string, errors: Errors, limits: { min?: number; max?: number }): void {
  if (value === undefined) return;
  const map = object(value, path, errors);
  if (!map) return;
  for (const [key, weight] of Object.entries(map)) {
    number(weight, `${path}.${key}`, errors, { required: true, ...limits });
  }
}

function source(value: unknown, path: string, errors: Errors, required = false): void {
  if (value === undefined && !required) return;
  const fields = object(value, path, errors);
  if (!fields) return;
  string(fields.name, `${path}.name`, errors, true);
  string(fields.shortName, `${path}.shortName`, errors);
  url(fields.url, `${path}.url`, errors);
}

function percentiles(value: unknown, path: string, errors: Errors): void {
  if (value === undefined) return;
  const fields = object(value, path, errors);
  if (!fields) return;
  const known: number[] = [];
  for (const key of PERCENTILES) {
    const before = errors.length;
    number(fields[key], `${path}.${key}`, errors, { min: 0 });
    if (errors.length === before && fields[key] !== undefined) {
      const amount = fields[key] as number;
      if (known.some((lower) => lower > amount)) {
        errors.push(`${path}.${key}: percentiles must not decrease (p10 ≤ p25 ≤ median ≤ p75 ≤ p90)`);
      }
      known.push(amount);
    }
  }
}

function pay(value: unknown, path: string, errors: Errors): void {
  const fields = object(value, path, errors);
  if (!fields) return;
  if (typeof fields.currency !== 'string' || !CURRENCY.test(fields.currency)) {
    errors.push(`${path}.currency: expected a three-letter ISO 4217 code such as "USD"`);
  }
  percentiles(fields.annual, `${path}.annual`, errors);
  percentiles(fields.hourly, `${path}.hourly`, errors);
  number(fields.annualMean, `${path}.annualMean`, errors, { min: 0 });
  number(fields.year, `${path}.year`, errors, { required: true, min: 1900, max: 2100, integer: true });
  string(fields.period, `${path}.period`, errors);
  source(fields.source, `${path}.source`, errors, true);
}

function outlook(value: unknown, path: string, errors: Errors): void {
  const fields = object(value, path, errors);
  if (!fields) return;
  number(fields.growthPercent, `${path}.growthPercent`, errors, { required: true, min: -100 });
  string(fields.period, `${path}.period`, errors, true);
  number(fields.openingsPerYear, `${path}.openingsPerYear`, errors, { min: 0 });
  source(fields.source, `${path}.source`, errors, true);
}

function employment(value: unknown, path: string, errors: Errors): void {
  const fields = object(value, path, errors);
  if (!fields) return;
  number(fields.count, `${path}.count`, errors, { required: true, min: 0, integer: true });
  number(fields.year, `${path}.year`, errors, { required: true, min: 1900, max: 2100, integer: true });
  source(fields.source, `${path}.source`, errors, true);
}

function education(value: unknown, path: string, errors: Errors): void {
  const fields = object(value, path, errors);
  if (!fields) return;
  for (const key of ['summary', 'typicalEntry', 'workExperience', 'onTheJobTraining']) {
    string(fields[key], `${path}.${key}`, errors);
  }
  source(fields.source, `${path}.source`, errors);
}

function certifications(value: unknown, path: string, errors: Errors): void {
  if (!Array.isArray(value)) {
    errors.push(`${path}: expected a list`);
    return;
  }
  value.forEach((item, i) => {
    const at = `${path}[${i}]`;
    const fields = object(item, at, errors);
    if (!fields) return;
    string(fields.name, `${at}.name`, errors, true);
    string(fields.abbreviation, `${at}.abbreviation`, errors);
    string(fields.issuer, `${at}.issuer`, errors);
    url(fields.url, `${at}.url`, errors);
  });
}

function levelNote(value: unknown, path: string, errors: Errors): void {
  const fields = object(value, path, errors);
  if (!fields) return;
  if (!LEVELS.includes(fields.level as string)) {
    errors.push(`${path}.level: expected one of ${LEVELS.join(', ')}`);
  }
  string(fields.note, `${path}.note`, errors);
}

function interests(value: unknown, path: string, errors: Errors): void {
  const fields = object(value, path, errors);
  if (!fields) return;
  string(fields.onetCode, `${path}.onetCode`, errors);
  number(fields.jobZone, `${path}.jobZone`, errors, { min: 1, max: 5, integer: true });
  stringList(fields.highPoints, `${path}.highPoints`, errors);
  numberMap(fields.scores, `${path}.scores`, errors, { min: 1, max: 7 });
  string(fields.release, `${path}.release`, errors);
  source(fields.source, `${path}.source`, errors, true);
}

function links(value: unknown, path: string, errors: Errors): void {
  if (!Array.isArray(value)) {
    errors.push(`${path}: expected a list`);
    return;
  }
  value.forEach((item, i) => {
    const at = `${path}[${i}]`;
    const fields = object(item, at, errors);
    if (!fields) return;
    string(fields.label, `${at}.label`, errors, true);
    url(fields.href, `${at}.href`, errors, true);
  });
}

function stringMap(value: unknown, path: string, errors: Errors): void {
  if (value === undefined) return;
  const map = object(value, path, errors);
  if (!map) return;
  for (const [key, text] of Object.entries(map)) string(text, `${path}.${key}`, errors, true);
}

function career(value: unknown, path: string, errors: Errors): void {
  const fields = object(value, path, errors);
  if (!fields) return;
  if (typeof fields.id !== 'string' || !SLUG.test(fields.id)) {
    errors.push(`${path}.id: expected a lowercase slug such as "medical-assistant"`);
  }
  string(fields.title, `${path}.title`, errors, true);
  if (fields.occupation !== undefined) {
    const occupation = object(fields.occupation, `${path}.occupation`, errors);
    if (occupation) {
      string(occupation.name, `${path}.occupation.name`, errors, true);
      string(occupation.soc, `${path}.occupation.soc`, errors);
    }
  }
  for (const key of ['summary', 'workEnvironment', 'schedule', 'training', 'advancement']) {
    string(fields[key], `${path}.${key}`, errors);
  }
  stringList(fields.responsibilities, `${path}.responsibilities`, errors);
  stringList(fields.skills, `${path}.skills`, errors);
  const sections: Record<string, (value: unknown, path: string, errors: Errors) => void> = {
    education,
    certifications,
    remoteWork: levelNote,
    patientContact: levelNote,
    pay,
    outlook,
    employment,
    interests,
    links,
  };
  for (const [key, check] of Object.entries(sections)) {
    if (fields[key] !== undefined) check(fields[key], `${path}.${key}`, errors);
  }
  numberMap(fields.traits, `${path}.traits`, errors, { min: 0, max: 1 });
  stringMap(fields.traitNotes, `${path}.traitNotes`, errors);
}

function quiz(value: unknown, path: string, errors: Errors): void {
  const fields = object(value, path, errors);
  if (!fields) return;
  string(fields.title, `${path}.title`, errors);
  string(fields.intro, `${path}.intro`, errors);
  if (!Array.isArray(fields.questions) || fields.questions.length === 0) {
    errors.push(`${path}.questions: expected a list of at least one question`);
    return;
  }
  const ids = new Set<string>();
  fields.questions.forEach((item, i) => {
    const at = `${path}.questions[${i}]`;
    const question = object(item, at, errors);
    if (!question) return;
    if (typeof question.id !== 'string' || !SLUG.test(question.id)) {
      errors.push(`${at}.id: expected a lowercase slug such as "setting"`);
    } else if (ids.has(question.id)) {
      errors.push(`${at}.id: duplicate question id "${question.id}"`);
    } else {
      ids.add(question.id);
    }
    string(question.text, `${at}.text`, errors, true);
    if (!Array.isArray(question.options) || question.options.length < 2) {
      errors.push(`${at}.options: expected a list of at least two options`);
      return;
    }
    question.options.forEach((optionValue, j) => {
      const optionPath = `${at}.options[${j}]`;
      const option = object(optionValue, optionPath, errors);
      if (!option) return;
      string(option.label, `${optionPath}.label`, errors, true);
      if (option.traits === undefined) errors.push(`${optionPath}.traits: expected an object`);
      numberMap(option.traits, `${optionPath}.traits`, errors, {});
      string(option.reason, `${optionPath}.reason`, errors);
    });
  });
}

function checkDataset(input: unknown, errors: Errors): void {
  const fields = object(input, 'dataset', errors);
  if (!fields) return;
  if (fields.version !== undefined && fields.version !== 1) errors.push('version: expected 1');
  if (!Array.isArray(fields.careers)) {
    errors.push('careers: expected a list');
  } else {
    const ids = new Set<string>();
    fields.careers.forEach((item, i) => {
      career(item, `careers[${i}]`, errors);
      const id = isObject(item) ? item.id : undefined;
      if (typeof id !== 'string') return;
      if (ids.has(id)) errors.push(`careers[${i}].id: duplicate id "${id}"`);
      ids.add(id);
    });
  }
  if (fields.quiz !== undefined) quiz(fields.quiz, 'quiz', errors);
  if (fields.sources !== undefined) {
    if (!Array.isArray(fields.sources)) {
      errors.push('sources: expected a list');
    } else {
      fields.sources.forEach((item, i) => {
        const at = `sources[${i}]`;
        const credit = object(item, at, errors);
        if (!credit) return;
        string(credit.name, `${at}.name`, errors, true);
        url(credit.url, `${at}.url`, errors);
        string(credit.license, `${at}.license`, errors);
        string(credit.attribution, `${at}.attribution`, errors);
      });
    }
  }
}
