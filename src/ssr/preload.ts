/**
 * Everything a server render needs, loaded in one `await`: a server renders
 * each element once, synchronously, so nothing can arrive afterwards.
 */
import { CareerCompare } from '../compare/define.js';
import { OCCUPATION_GROUPS } from '../data/occupation-groups.js';
import { builtInLanguages } from '../locales/index.js';
import { CareerQuiz } from '../quiz/define.js';
import { CareerSalaryChart } from '../salary-chart/define.js';
import { loadBuiltinData } from '../shared/builtin-data.js';
import { datasetLoader, occupationsLoader } from '../shared/career-data.js';
import { loadLanguage } from '../shared/languages.js';
import { CareerTable } from '../table/define.js';

/** The four elements, for a server's registry. */
export const ELEMENTS = [CareerCompare, CareerTable, CareerSalaryChart, CareerQuiz] as const;

/**
 * Loads the built-in careers, every BLS occupation, the dataset checker and
 * every built-in language, so that any element renders in full on a server
 * (`@lit-labs/ssr`): any career or SOC code, any `locale`, a `data` property.
 * Defines the elements if they were imported before the server's registry
 * existed. Safe to call more than once; about 1 MB of data, loaded once.
 */
export async function preload(): Promise<void> {
  const [, , occupations] = await Promise.all([
    loadBuiltinData(),
    datasetLoader(),
    occupationsLoader(),
    ...Object.keys(builtInLanguages).map(loadLanguage),
  ]);
  await occupations.loadOccupationData({ groups: [...OCCUPATION_GROUPS], index: true, titles: true });
  for (const element of ELEMENTS) element.define();
}
