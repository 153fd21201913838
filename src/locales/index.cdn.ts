/**
 * The built-in languages for the script-tag files: the same strings as
 * index.ts, built into `locales/es.json` beside the script and fetched the
 * first time an element speaks the language.
 */
import type { Language } from '../core/strings.js';
import { fetchBesideScript } from '../shared/beside-script.js';

export const builtInLanguages: Record<string, () => Promise<Language>> = {
  es: () => fetchBesideScript('locales/es.json') as Promise<Language>,
};
