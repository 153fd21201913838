/**
 * The built-in dataset, loaded on first use: a module of its own, so an
 * element's entry stays small and a page that brings all its own data never
 * downloads it. Once loaded it is kept here, so elements made after that
 * (and every element on a server, after `preload()`) have it at once.
 */
import type { Dataset } from '../data/types.js';

/** The built-in dataset as loaded, or `{ careers: [], failed: true }` if it could not be. */
export type BuiltinDataset = Dataset | (Dataset & { failed: true });

let request: Promise<BuiltinDataset> | undefined;
let loaded: BuiltinDataset | undefined;

/**
 * The built-in dataset, fetched at most once a page. If it cannot be loaded
 * (a script-tag file copied without its data folder), the elements go on with
 * no built-in careers and say so.
 */
export function loadBuiltinData(): Promise<BuiltinDataset> {
  request ??= import('../data/builtin.js')
    .then((module): BuiltinDataset => module.builtinDataset)
    .catch(() => ({ careers: [], failed: true }))
    .then((dataset) => (loaded = dataset));
  return request;
}

/** The built-in dataset if it has arrived, else undefined. */
export const builtinDataNow = (): BuiltinDataset | undefined => loaded;
