/**
 * career-compare/data: the dataset, its validation and merging. No DOM: this
 * module runs in Node, a worker or a build script as well as in a page.
 */
export type * from './types.js';
export { builtinDataset, careers, getCareer } from './builtin.js';
export { validateDataset } from './validate.js';
export { mergeDatasets } from './merge.js';
export { isSafeUrl } from './url.js';
export { parseList, selectCareers } from './select.js';
export type { Selection } from './select.js';
