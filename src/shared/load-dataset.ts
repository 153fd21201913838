import { validateDataset } from '../data/validate.js';
import { createCatalogue } from '../core/strings.js';

export { mergeDatasets } from '../data/merge.js';
import type { Dataset } from '../data/types.js';

/**
 * What went wrong, in English: `{what}` names the dataset ("The dataset at
 * {url}", "The inline dataset" or "The data property"). In this chunk, not the
 * elements' entries, as only a page with its own dataset can need them.
 */
export const loadEnglish = {
  badUrl: 'The dataset URL "{src}" is not valid.',
  http: '{what} could not be loaded (HTTP {status}).',
  network: '{what} could not be loaded (network error).',
  timeout: '{what} did not arrive within {seconds} s.',
  tooLarge: '{what} is larger than {bytes} bytes.',
  html: '{what} is an HTML page, not JSON.',
  notJson: '{what} is not valid JSON.',
  notJsonAt: '{what} is not valid JSON (line {line}, column {column}).',
  invalid: '{what} is not valid: {error}{more}.',
  more: ' ({count} more problems)',
  moreOne: ' (1 more problem)',
  url: 'The dataset at {url}',
  inline: 'The inline dataset',
  property: 'The data property',
};

type LoadKey = keyof typeof loadEnglish;

const loadStrings = createCatalogue('load', { en: loadEnglish });

/** A failure as a message key and its values, so each element can say it in its own language. */
export interface LoadProblem {
  key: LoadKey;
  /** `what` is the key naming the dataset; `count` is how many validation errors follow the first. */
  values: Record<string, string | number>;
}

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; problem: LoadProblem; cause?: unknown };

/** A failure in `locale`'s language (English where it has no strings). */
export function describeProblem({ key, values }: LoadProblem, locale: string): string {
  const t = loadStrings(locale);
  return t(key, {
    ...values,
    what: values.what ? t(values.what as LoadKey, values) : '',
    more: values.count ? t(values.count === 1 ? 'moreOne' : 'more', values) : '',
  });
}

/** A failed result; each element says its problem in the reader's language (`describeProblem`). */
function failure(key: LoadKey, values: LoadProblem['values'], cause?: unknown): LoadResult {
  return { ok: false, problem: { key, values }, cause };
}

/** Limits for a publisher's `src`; tests shorten the timeout. */
export const loadLimits = {
  /** A server that has not answered by then is given up on. */
  timeoutMs: 10_000,
  /** Datasets are a few kilobytes; anything past this is not one. */
  maxBytes: 2_000_000,
};

/**
 * One request per URL for the whole page, however many elements use it. A
 * failed one is forgotten once it settles, so an element added later, or a
 * `src` set again, tries again (elements created together share the failure).
 */
const requests = new Map<string, Promise<LoadResult>>();

/**
 * Fetches, parses and validates a publisher dataset. Never rejects: every
 * failure (network, HTTP status, timeout, size, not JSON, invalid) comes back
 * as `{ ok: false, problem }`, which `describeProblem` puts in words a publisher can act on.
 */
export function loadDataset(src: string, base: string = globalThis.document?.baseURI ?? ''): Promise<LoadResult> {
  let url: string;
  try {
    url = new URL(src, base || undefined).href;
  } catch (cause) {
    return Promise.resolve(failure('badUrl', { src }, cause));
  }
  let request = requests.get(url);
  if (!request) {
    const fetching = fetchDataset(url);
    requests.set(url, fetching);
    void fetching.then((result) => {
      if (!result.ok && requests.get(url) === fetching) requests.delete(url);
    });
    request = fetching;
  }
  return request;
}

/** Forgets every loaded URL, so the next load fetches again. */
export function clearDatasetCache(): void {
  requests.clear();
}

async function fetchDataset(url: string): Promise<LoadResult> {
  const what = { what: 'url', url } as const;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), loadLimits.timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, headers: { accept: 'application/json' } });
    if (!response.ok) {
      return failure('http', { ...what, status: response.status });
    }
    const text = await readText(response, loadLimits.maxBytes);
    if (text === undefined) {
      controller.abort();
      return failure('tooLarge', { ...what, bytes: loadLimits.maxBytes });
    }
    return parseDataset(text, what);
  } catch (cause) {
    return controller.signal.aborted
      ? failure('timeout', { ...what, seconds: loadLimits.timeoutMs / 1000 }, cause)
      : failure('network', what, cause);
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the body up to `limit` bytes; undefined if it is longer. */
async function readText(response: Response, limit: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > limit) return undefined;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** Names the dataset in messages: `inline`, `property`, or `{ what: 'url', url }` for one from `src`. */
type What = 'inline' | 'property' | { what: 'url'; url: string };

const named = (what: What) => (typeof what === 'string' ? { what } : what);

/**
 * Where JSON.parse gave up, as a 1-based line and column, from its error's
 * message: Firefox says "line 3 column 5", Chromium "position 41" (and often
 * the line and column too); WebKit says neither, and then this is undefined.
 */
export function jsonErrorPlace(text: string, error: unknown): { line: number; column: number } | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return undefined;
  const lines = text.slice(0, Number(position[1])).split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** Parses and validates dataset text; `what` names it in messages. */
export function parseDataset(text: string, what: What): Promise<LoadResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    if (/^\s*</.test(text)) return Promise.resolve(failure('html', named(what), cause));
    const place = jsonErrorPlace(text, cause);
    return Promise.resolve(failure(place ? 'notJsonAt' : 'notJson', { ...named(what), ...place }, cause));
  }
  return checkDataset(json, what);
}

/** Validates a dataset object; `what` names it in the message. */
export const checkDataset = async (value: unknown, what: What): Promise<LoadResult> => checkDatasetNow(value, what);

/** `checkDataset` at once, for a server's render, which cannot wait. */
export function checkDatasetNow(value: unknown, what: What): LoadResult {
  const result = validateDataset(value);
  if (result.ok) return { ok: true, dataset: result.dataset };
  // Field paths stay as they are in every language: they name the publisher's JSON.
  return failure(
    'invalid',
    { ...named(what), error: result.errors[0], count: result.errors.length - 1 },
    result.errors,
  );
}
