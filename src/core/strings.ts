/**
 * UI strings. Each element keeps its own catalogue (English and Spanish built
 * in) made with `createCatalogue`; a publisher adds a language or changes a
 * string for every element with `setStrings`.
 */

export type StringTable = Record<string, string>;

/** Publisher overrides: locale → namespace → key → string. */
const overrides = new Map<string, Map<string, StringTable>>();

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

/** "es-MX" → ["es-mx", "es"]: the locale, then its language. */
function lookupChain(locale: string): string[] {
  const lower = locale.toLowerCase();
  const language = lower.split('-')[0];
  return language === lower ? [lower] : [lower, language];
}

/** Fills "{name}" placeholders from `values`. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

export type Translate<Keys extends string> = (key: Keys, values?: Record<string, string | number>) => string;

/**
 * A namespace of strings with English as the fallback: `catalogue(locale)`
 * returns a `t(key, values)` that looks in the publisher's overrides, then the
 * built-in language, for the locale and then its base language, then English.
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
      const table = builtIn[code];
      if (table) tables.push(table);
    }
    return (key, values) => {
      const template = tables.find((table) => typeof table[key] === 'string')?.[key] ?? key;
      return fill(template, values);
    };
  };
}
