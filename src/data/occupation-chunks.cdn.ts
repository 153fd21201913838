/**
 * The chunk loaders for the script-tag files (dist/career-compare.js and
 * .iife.js), which the CDN build uses in place of occupation-chunks.ts: the
 * same JSON, fetched from `occupations/` beside the script, so a CDN path or
 * a publisher's own copy of `dist/` serves the whole set.
 */
import { fetchBesideScript } from '../shared/beside-script.js';

export { OCCUPATION_GROUPS } from './occupation-groups.js';

/** The chunk of one SOC major group ("29"). */
export const loadChunk = (group: string): Promise<unknown> => fetchBesideScript(`occupations/${group}.json`);

/** Every occupation as [SOC code, title, jobs]: finds the chunk for a readable id. */
export const loadIndex = (): Promise<unknown> => fetchBesideScript('occupations/index.json');

/** Other titles per SOC code, for search. */
export const loadTitles = (): Promise<unknown> => fetchBesideScript('occupations/titles.json');
