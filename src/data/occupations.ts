/**
 * Every detailed occupation BLS publishes, loaded on demand: one chunk per
 * SOC minor group (data/occupations/29-1.json), an index of titles to find the
 * chunk for a readable id, and other titles for search. Loaded once per page,
 * whichever element asks first; a failed load is remembered with its cause
 * and tried again when an element asks after it has settled.
 */
import { loadChunk, loadIndex, loadTitles, OCCUPATION_GROUPS } from './occupation-chunks.js';
import { expandOccupation, isSocCode, occupationId } from './occupation-record.js';
import type { OccupationChunk } from './occupation-record.js';
import { buildSearchIndex, searchIndex } from './search.js';
import type { CareerMatch, SearchIndex, SearchOptions } from './search.js';
import type { Selection } from './select.js';
import type { Career } from './types.js';

/** One occupation in the index: SOC code, title, jobs. */
export type IndexEntry = [soc: string, title: string, jobs: number];

/** What a lookup could not do without more data. */
export interface Needs {
  /** SOC minor groups whose chunk is needed ("29-1"). */
  groups: string[];
  /** The index, for readable ids ("dental-hygienists"). */
  index: boolean;
  /** The search titles, for "did you mean". */
  titles: boolean;
}

/** Something that failed to load, and why. */
export interface OccupationLoadFailure {
  /** "29-1" for a chunk, "index" or "titles". */
  part: string;
  cause: unknown;
}

type Loaded<T> = { ok: true; value: T } | { ok: false; cause: unknown };

const groups = new Map<string, Loaded<Career[]>>();
let index: Loaded<IndexEntry[]> | undefined;
let titles: Loaded<Record<string, string[]>> | undefined;
const loading = new Map<string, Promise<void>>();

/** The occupation's career, when its chunk has arrived; `failed` when that chunk failed. */
export function occupationBySoc(soc: string): Career | 'failed' | 'missing' | undefined {
  const group = soc.slice(0, 4);
  if (!OCCUPATION_GROUPS.includes(group)) return undefined;
  const chunk = groups.get(group);
  if (!chunk) return 'missing';
  if (!chunk.ok) return 'failed';
  return chunk.value.find((career) => career.occupation?.soc === soc);
}

/** The SOC code of a readable id ("dental-hygienists" → "29-1292"); 'missing' before the index arrives. */
export function socForId(id: string): string | 'failed' | 'missing' | undefined {
  if (!index) return 'missing';
  if (!index.ok) return 'failed';
  return index.value.find(([, title]) => occupationId(title) === id)?.[0];
}

/** The index and the search titles, once both have arrived. */
export function searchData(): { index: IndexEntry[]; titles: Record<string, string[]> } | undefined {
  return index?.ok && titles?.ok ? { index: index.value, titles: titles.value } : undefined;
}

/** Whether the search data has been tried and failed. */
export const searchFailed = (): boolean => index?.ok === false || titles?.ok === false;

/** The failure that stopped `part`, if it failed. */
export function loadFailure(part: string): OccupationLoadFailure | undefined {
  const result = part === 'index' ? index : part === 'titles' ? titles : groups.get(part);
  return result && !result.ok ? { part, cause: result.cause } : undefined;
}

/** The first load that failed, if any. */
export const firstFailure = (): OccupationLoadFailure | undefined =>
  ['index', 'titles', ...OCCUPATION_GROUPS].map(loadFailure).find(Boolean);

/** Loads what `needs` names; never rejects (failures are remembered, see `loadFailure`). */
export async function loadOccupationData(needs: Needs): Promise<void> {
  const work = [
    ...needs.groups
      .filter((group) => !groups.get(group)?.ok)
      .map((group) =>
        once(group, () =>
          loadChunk(group).then(
            (chunk) => void groups.set(group, { ok: true, value: expandChunk(chunk) }),
            (cause: unknown) => void groups.set(group, { ok: false, cause }),
          ),
        ),
      ),
    needs.index &&
      !index?.ok &&
      once('index', () =>
        loadIndex().then(
          (value) => void (index = { ok: true, value: value as IndexEntry[] }),
          (cause: unknown) => void (index = { ok: false, cause }),
        ),
      ),
    needs.titles &&
      !titles?.ok &&
      once('titles', () =>
        loadTitles().then(
          (value) => void (titles = { ok: true, value: value as Record<string, string[]> }),
          (cause: unknown) => void (titles = { ok: false, cause }),
        ),
      ),
  ];
  await Promise.all(work);
}

/**
 * Forgets failed loads, so the next lookup tries them again: called by an
 * element created after the failure, as a failed `src` is.
 */
export function forgetFailures(): void {
  for (const [group, chunk] of groups) if (!chunk.ok) groups.delete(group);
  if (index && !index.ok) index = undefined;
  if (titles && !titles.ok) titles = undefined;
}

/** Runs `load` for `part` unless it is running already. */
function once(part: string, load: () => Promise<void>): Promise<void> {
  let running = loading.get(part);
  if (!running) {
    running = load().finally(() => loading.delete(part));
    loading.set(part, running);
  }
  return running;
}

function expandChunk(value: unknown): Career[] {
  const chunk = value as OccupationChunk;
  if (!chunk || !Array.isArray(chunk.occupations) || !chunk.releases) throw new Error('not an occupation chunk');
  return chunk.occupations.map((record) => expandOccupation(record, chunk.releases));
}

/** Is `id` one the occupation data may know: a SOC code or a readable id? */
export const mayBeOccupation = (id: string): boolean => isSocCode(id) || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id);

/** Every occupation, loaded (all chunks): for a build script, a test or a page that lists them all. */
export async function loadAllOccupations(): Promise<Career[]> {
  await loadOccupationData({ groups: [...OCCUPATION_GROUPS], index: false, titles: false });
  const failure = OCCUPATION_GROUPS.map(loadFailure).find(Boolean);
  if (failure) throw failure.cause;
  return OCCUPATION_GROUPS.flatMap((group) => {
    const chunk = groups.get(group)!;
    return chunk.ok ? chunk.value : [];
  });
}

let prepared: SearchIndex | undefined;

/** The search index, once its data has arrived. */
function preparedSearch(): SearchIndex | undefined {
  const data = searchData();
  if (data) prepared ??= buildSearchIndex(data.index, data.titles);
  return prepared;
}

/**
 * Occupations whose titles match `query`, best first, e.g.
 * `await searchCareers('hygienist', { limit: 5 })`. Loads the titles on first
 * use (rejects if they cannot be loaded); after that it answers in well under
 * a millisecond-scale keystroke budget (see `npm run bench`).
 */
export async function searchCareers(query: string, options?: SearchOptions): Promise<CareerMatch[]> {
  await loadOccupationData({ groups: [], index: true, titles: true });
  const search = preparedSearch();
  if (!search) throw (loadFailure('index') ?? loadFailure('titles'))?.cause;
  return searchIndex(search, query, options);
}

/**
 * The best match for a name that is not an id, when the search data has
 * arrived. A name with a slip at the end of a word ("software-developerz")
 * is tried again with each word cut back to its first letters.
 */
export function suggestCareer(query: string): CareerMatch | undefined {
  const search = preparedSearch();
  if (!search) return undefined;
  const words = query.split(/[\s_-]+/).filter(Boolean);
  const shortened = words.map((word) => word.slice(0, Math.max(4, word.length - 2)));
  for (const attempt of [words, shortened]) {
    const [best] = searchIndex(search, attempt.join(' '), { limit: 1 });
    if (best) return best;
  }
  return undefined;
}

/**
 * The names a selection did not find, each with the closest occupation. When
 * nothing named was found and the list reads as one name ("dental
 * hygienist", split on its space), that name is looked up whole.
 */
export function suggestCareers({ unknown, careers, failed }: Selection): { name: string; match?: CareerMatch }[] {
  const phrase = unknown.join(' ');
  const whole = unknown.length > 1 && careers.length === 0 && failed.length === 0 && suggestCareer(phrase);
  if (whole) return [{ name: phrase, match: whole }];
  return unknown.map((name) => ({ name, match: suggestCareer(name) }));
}

/** What an id resolved to: a career, what must load first, a failed load, or nothing. */
export type Resolved = { career: Career } | { need: 'index' | 'failed' | 'unknown' } | { need: 'group'; group: string };

/**
 * One lowercase id that is not a dataset id: a SOC code ("29-1292") or the
 * readable id of a BLS title ("dental-hygienists"). A dataset career counted
 * under that occupation (`bySoc`) is its face; otherwise the occupation itself.
 */
export function resolveOccupation(id: string, bySoc: Map<string, Career>): Resolved {
  let soc: string | undefined;
  if (isSocCode(id)) {
    soc = id;
  } else if (mayBeOccupation(id)) {
    const found = socForId(id);
    if (found === 'missing') return { need: 'index' };
    if (found === 'failed') return { need: 'failed' };
    soc = found;
  }
  if (!soc) return { need: 'unknown' };
  const face = bySoc.get(soc);
  if (face) return { career: face };
  const occupation = occupationBySoc(soc);
  if (occupation === 'missing') return { need: 'group', group: soc.slice(0, 4) };
  if (occupation === 'failed') return { need: 'failed' };
  return occupation ? { career: occupation } : { need: 'unknown' };
}
