/**
 * career-compare: defines every element and re-exports their classes and the data API.
 * Import a single element's entry (e.g. `career-compare/table`) to load less.
 */
export { CareerTable } from './table/define.js';
export { CareerSalaryChart } from './salary-chart/define.js';
export { CareerQuiz } from './quiz/define.js';
export type { CareerQuizCompleteDetail, QuizRank } from './quiz/define.js';
export { CareerCompare } from './compare/define.js';
export { CareerElement } from './shared/career-element.js';
export type { CareerDataLoadedDetail, CareerErrorDetail } from './shared/career-element.js';
export { setStrings } from './core/strings.js';
export { defineElement } from './shared/define.js';
export { VERSION } from './shared/version.js';
export * from './data/index.js';
