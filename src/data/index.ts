/**
 * career-compare/data: the dataset, its validation and merging, and every BLS
 * occupation (loaded on demand, found by SOC code, readable id or search). No
 * DOM: this module runs in Node, a worker or a build script as well as in a page.
 */
export type * from './types.js';
export { builtinDataset, careers, getCareer } from './builtin.js';
export { validateDataset } from './validate.js';
export { mergeDatasets } from './merge.js';
export { isSafeUrl } from './url.js';
export { parseList, selectCareers } from './select.js';
export type { Selection } from './select.js';
export { loadAllOccupations, searchCareers } from './occupations.js';
export { loadCareers } from './load-careers.js';
export type { CareerMatch, SearchOptions } from './search.js';
export { isSocCode, occupationId } from './occupation-record.js';
export { rankCareers, scoreCareer, reasonsFor, quizTraits, TIE_MARGIN, LEVEL_SHARE } from '../core/scoring.js';
export type { QuizResult, CareerMatch as QuizMatch, Reason } from '../core/scoring.js';
export { careerTraits, INTEREST_AREAS } from '../core/interests.js';
