import { validateDataset } from '../data/validate.js';

export { mergeDatasets } from '../data/merge.js';
import type { Dataset } from '../data/types.js';

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; message: string; cause?: unknown };

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
 * as `{ ok: false, message }` in words a publisher can act on.
 */
export function loadDataset(src: string, base: string = globalThis.document?.baseURI ?? ''): Promise<LoadResult> {
  let url: string;
  try {
    url = new URL(src, base || undefined).href;
  } catch (cause) {
    return Promise.resolve({ ok: false, message: `The dataset URL "${src}" is not valid.`, cause });
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
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), loadLimits.timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, headers: { accept: 'application/json' } });
    if (!response.ok) {
      return { ok: false, message: `The dataset at ${url} could not be loaded (HTTP ${response.status}).` };
    }
    const text = await readText(response, loadLimits.maxBytes);
    if (text === undefined) {
      controller.abort();
      return { ok: false, message: `The dataset at ${url} is larger than ${loadLimits.maxBytes} bytes.` };
    }
    return parseDataset(text, `The dataset at ${url}`);
  } catch (cause) {
    const timedOut = controller.signal.aborted;
    return {
      ok: false,
      message: timedOut
        ? `The dataset at ${url} did not arrive within ${loadLimits.timeoutMs / 1000} s.`
        : `The dataset at ${url} could not be loaded (network error).`,
      cause,
    };
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

/** Parses and validates dataset text; `what` names it in messages ("The inline dataset"). */
export function parseDataset(text: string, what: string): Promise<LoadResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    const looksLikeHtml = /^\s*</.test(text);
    return Promise.resolve({
      ok: false,
      message: looksLikeHtml ? `${what} is an HTML page, not JSON.` : `${what} is not valid JSON.`,
      cause,
    });
  }
  return checkDataset(json, what);
}

/** Validates a dataset object; `what` names it in the message. */
export async function checkDataset(value: unknown, what: string): Promise<LoadResult> {
  const result = validateDataset(value);
  if (result.ok) return { ok: true, dataset: result.dataset };
  const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more)` : '';
  return { ok: false, message: `${what} is not valid: ${result.errors[0]}${more}`, cause: result.errors };
}
