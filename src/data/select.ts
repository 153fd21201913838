import type { Career, Dataset } from './types.js';

/** Splits a list attribute ("a b", "a, b") into its items. */
export function parseList(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

export interface Selection {
  /** The careers found, in the order asked for, without repeats. */
  careers: Career[];
  /** Ids asked for that the dataset does not have. */
  unknown: string[];
}

/**
 * The careers a widget shows: those named in `ids`, or, when none are named,
 * the dataset's first `fallbackCount` (all of them when it is undefined).
 */
export function selectCareers(dataset: Dataset, ids: string[], fallbackCount?: number): Selection {
  if (ids.length === 0) return { careers: dataset.careers.slice(0, fallbackCount), unknown: [] };
  const byId = new Map(dataset.careers.map((career) => [career.id, career]));
  const careers: Career[] = [];
  const unknown: string[] = [];
  for (const id of new Set(ids)) {
    const career = byId.get(id);
    if (career) careers.push(career);
    else unknown.push(id);
  }
  return { careers, unknown };
}
