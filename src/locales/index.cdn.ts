/**
 * The built-in languages for the script-tag files: the same strings as
 * index.ts, built into `locales/es.json` beside the script and fetched the
 * first time an element speaks the language.
 */
import { fetchBesideScript } from '../shared/beside-script.js';

export type Language = Record<string, Record<string, string>>;

export const builtInLanguages: Record<string, () => Promise<Language>> = {
  es: () => fetchBesideScript('locales/es.json') as Promise<Language>,
};
