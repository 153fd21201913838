import type { Needs } from './occupations.js';
import type { Career, Dataset } from './types.js';

/** Splits a list attribute ("a b", "a, b") into its items. */
export function parseList(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

export interface Selection {
  /** The careers found, in the order asked for, without repeats. */
  careers: Career[];
  /** Ids asked for that name nothing: not in the dataset, not an occupation. */
  unknown: string[];
  /** Ids whose occupation data could not be loaded. */
  failed: string[];
  /**
   * What to load before the selection is complete: the occupations module
   * (`true`), then its data; undefined when nothing is missing.
   */
  needs?: Needs | true;
}

/**
 * What selecting needs of the occupation data (occupations.ts), a module of
 * its own so that a page naming only its dataset's careers never loads it.
 */
export type Occupations = Pick<typeof import('./occupations.js'), 'resolveOccupation' | 'searchData' | 'searchFailed'>;

/**
 * The careers a widget shows: those named in `ids`, or, when none are named,
 * the dataset's first `fallbackCount` (all of them when it is undefined).
 *
 * An id is matched, ignoring case, against the dataset's ids, then as a SOC
 * code ("29-1292") or the readable id of a BLS title ("dental-hygienists").
 * A career of the dataset counted under that occupation is its face (the
 * built-in `medical-coder` for 29-2072); otherwise the occupation itself is
 * shown, from its chunk. What is not loaded yet is listed in `needs`.
 */
export function selectCareers(
  dataset: Dataset,
  ids: string[],
  fallbackCount?: number,
  occupations?: Occupations,
): Selection {
  if (ids.length === 0) return { careers: dataset.careers.slice(0, fallbackCount), unknown: [], failed: [] };
  const byId = new Map(dataset.careers.map((career) => [career.id.toLowerCase(), career]));
  const bySoc = new Map<string, Career>();
  for (const career of dataset.careers) {
    const soc = career.occupation?.soc;
    if (soc && !bySoc.has(soc)) bySoc.set(soc, career);
  }
  const needs: Needs = { groups: [], index: false, titles: false };
  const found = new Set<Career>();
  const unknown: string[] = [];
  const failed: string[] = [];
  for (const asked of new Set(ids)) {
    const own = byId.get(asked.toLowerCase());
    if (own) {
      found.add(own);
      continue;
    }
    if (!occupations) return { careers: [...found], unknown, failed, needs: true };
    const result = occupations.resolveOccupation(asked.toLowerCase(), bySoc);
    if ('career' in result) found.add(result.career);
    else if (result.need === 'index') needs.index = true;
    else if (result.need === 'group') needs.groups.push(result.group);
    else if (result.need === 'failed') failed.push(asked);
    else unknown.push(asked);
  }
  // "Did you mean …?" for the unknown ones needs the search titles.
  if (unknown.length > 0 && occupations && !occupations.searchData() && !occupations.searchFailed()) {
    needs.index = needs.titles = true;
  }
  const complete = needs.groups.length === 0 && !needs.index && !needs.titles;
  return { careers: [...found], unknown, failed, ...(complete ? {} : { needs }) };
}
