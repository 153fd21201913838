/**
 * UI strings. Each element keeps its own catalogue (English and Spanish built
 * in) made with `createCatalogue`; a publisher adds a language or changes a
 * string for every element with `setStrings`.
 */

export type StringTable = Record<string, string>;

/** One language's built-in strings: namespace → key → string. */
export type Language = Record<string, StringTable>;

/** Publisher overrides: locale → namespace → key → string. */
const overrides = new Map<string, Map<string, StringTable>>();

/** Built-in languages loaded so far (see shared/languages.ts), by language code. */
const loadedLanguages = new Map<string, Language>();

/** Makes a loaded language's built-in strings available to every catalogue. */
export function addLanguage(language: string, strings: Language): void {
  loadedLanguages.set(language, strings);
}

/** True once a language's built-in strings have been added. */
export const hasLanguage = (language: string): boolean => loadedLanguages.has(language);

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
 * built-in language (given here, or added by `addLanguage`), for the locale
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
