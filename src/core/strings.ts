/**
 * UI strings. Each element keeps its own catalogue (English and Spanish built
 * in) made with `createCatalogue`; a publisher adds a language or changes a
 * string for every element with `setStrings`.
 */

import { builtInLanguages } from '../locales/index.js';
import type { Language } from '../locales/index.js';

export type StringTable = Record<string, string>;

/** Publisher overrides: locale → namespace → key → string. */
const overrides = new Map<string, Map<string, StringTable>>();

const loadedLanguages = new Map<string, Language>();
const loadingLanguages = new Map<string, Promise<void>>();

/**
 * Loads the built-in strings for `locale`'s language if it has some and they
 * are not loaded yet; returns undefined when there is nothing to wait for.
 */
export function loadLanguage(locale: string): Promise<void> | undefined {
  const language = locale.toLowerCase().split('-')[0];
  const load = Object.hasOwn(builtInLanguages, language) ? builtInLanguages[language] : undefined;
  if (!load || loadedLanguages.has(language)) return undefined;
  let loading = loadingLanguages.get(language);
  if (!loading) {
    loading = load().then(
      (strings) => void loadedLanguages.set(language, strings),
      // A failed chunk leaves the element in English rather than broken.
      () => void loadedLanguages.set(language, {}),
    );
    loadingLanguages.set(language, loading);
  }
  return loading;
}

/**
 * Adds or replaces UI strings for a locale, e.g.
 * `setStrings('fr', { common: { unknownCareer: "Métier inconnu : « {id} »" } })`.
 * Applies to elements rendered from then on.
 */
export function setStrings(locale: string, strings: Record<string, StringTable>): void {
  const key = locale.toLowerCase();
  const byNamespace = overrides.get(key) ?? new Map<string, StringTable>();
  for (const [namespace, table] of Object.entries(strings)) {
    byNamespace.set(namespace, { ...byNamespace.get(namespace), ...table });
  }
  overrides.set(key, byNamespace);
}

/** "es-MX" → ["es-mx", "es"]: the locale, then its language (twice for "es": harmless). */
function lookupChain(locale: string): string[] {
  const lower = locale.toLowerCase();
  return [lower, lower.split('-')[0]];
}

/** Fills "{name}" placeholders from `values`. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

export type Translate<Keys extends string> = (key: Keys, values?: Record<string, string | number>) => string;

/**
 * A namespace of strings with English as the fallback: `catalogue(locale)`
 * returns a `t(key, values)` that looks in the publisher's overrides, then the
 * built-in language (given here, or loaded by `loadLanguage`), for the locale
 * and then its base language, then English.
 */
export function createCatalogue<Keys extends string>(
  namespace: string,
  builtIn: { en: Record<Keys, string> } & Record<string, Partial<Record<Keys, string>>>,
): (locale: string) => Translate<Keys> {
  return (locale) => {
    const tables: Partial<Record<Keys, string>>[] = [];
    for (const code of [...lookupChain(locale), 'en']) {
      const override = overrides.get(code)?.get(namespace);
      if (override) tables.push(override as Partial<Record<Keys, string>>);
      const table =
        (Object.hasOwn(builtIn, code) ? builtIn[code] : undefined) ?? loadedLanguages.get(code)?.[namespace];
      if (table) tables.push(table as Partial<Record<Keys, string>>);
    }
    return (key, values) => {
      const template = tables.find((table) => typeof table[key] === 'string')?.[key] ?? key;
      return fill(template, values);
    };
  };
}
