/**
 * Loading the built-in languages besides English (locales/), on first use.
 * It lives in shared/ so that core/ never imports a locale: core/strings.ts
 * only holds the tables it is given.
 */
import { addLanguage, hasLanguage } from '../core/strings.js';
import { builtInLanguages } from '../locales/index.js';

const loading = new Map<string, Promise<void>>();

/**
 * Loads the built-in strings for `locale`'s language if it has some and they
 * are not loaded yet; returns undefined when there is nothing to wait for.
 */
export function loadLanguage(locale: string): Promise<void> | undefined {
  const language = locale.toLowerCase().split('-')[0];
  const load = Object.hasOwn(builtInLanguages, language) ? builtInLanguages[language] : undefined;
  if (!load || hasLanguage(language)) return undefined;
  let request = loading.get(language);
  if (!request) {
    request = load().then(
      (strings) => addLanguage(language, strings),
      // A failed load leaves the element in English rather than broken.
      () => addLanguage(language, {}),
    );
    loading.set(language, request);
  }
  return request;
}
