/**
 * The built-in dataset, loaded on first use: a module of its own, so an
 * element's entry stays small and a page that brings all its own data never
 * downloads it.
 */
import type { Dataset } from '../data/types.js';

export const loadBuiltinData = (): Promise<Dataset> =>
  import('../data/builtin.js').then((module) => module.builtinDataset);
