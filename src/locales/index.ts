/**
 * The built-in languages besides English, each one module holding every
 * element's strings, loaded the first time an element speaks it: a page in
 * English never downloads them. (The script-tag files use index.cdn.ts.)
 */
import type { Language } from '../core/strings.js';

export const builtInLanguages: Record<string, () => Promise<Language>> = {
  es: () => import('./es.js').then((module) => module.default),
};
