/**
 * Files the script-tag builds fetch from beside themselves (the occupation
 * chunks, the Spanish strings): only the `*.cdn.ts` modules use this.
 */

// Read once, while the script runs: in the classic script, rollup turns this
// into `document.currentScript.src`, which is gone after the first run.
const scriptUrl = import.meta.url;

/** A file that has not arrived by then is given up on, like a publisher's `src`. */
const TIMEOUT_MS = 10_000;

/**
 * The folder the script's files are in. jsDelivr and unpkg also serve the
 * package at a URL with no file (".../npm/career-compare@1"), which stands for
 * the package root: the files are then under `dist/`.
 */
export function scriptFolder(url: string = scriptUrl): string {
  const { pathname } = new URL(url);
  return /\.m?js$/.test(pathname) ? new URL('./', url).href : `${url.replace(/\/$/, '')}/dist/`;
}

/** Fetches `path` (relative to the script's folder) as JSON; rejects on any failure. */
export async function fetchBesideScript(path: string): Promise<unknown> {
  const url = new URL(path, scriptFolder()).href;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return await response.json();
  } finally {
    clearTimeout(timer);
  }
}
