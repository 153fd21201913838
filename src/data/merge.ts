import type { Career, Dataset } from './types.js';

/**
 * Lays a publisher's dataset over a base one. A career whose id is already in
 * `base` replaces it in place, field by field: the publisher's fields win and
 * the base's other fields stay (so a publisher can add `links` to a built-in
 * career without repeating its figures). New careers follow in their own order.
 * The extra's quiz, when given, replaces the base's whole; credits are joined.
 * Pure and total: both inputs are left untouched, and it never throws on
 * datasets that passed `validateDataset`.
 */
export function mergeDatasets(base: Dataset, extra: Partial<Dataset>): Dataset {
  const extraCareers = Array.isArray(extra.careers) ? extra.careers : [];
  const overrides = new Map<string, Career>(extraCareers.map((career) => [career.id, career]));
  const careers = (base.careers ?? []).map((career) => {
    const override = overrides.get(career.id);
    if (!override) return career;
    overrides.delete(career.id);
    return { ...career, ...override };
  });
  careers.push(...overrides.values());

  const merged: Dataset = { ...base, version: 1, careers };
  const quiz = extra.quiz ?? base.quiz;
  if (quiz) merged.quiz = quiz;
  const sources = [...(base.sources ?? []), ...(extra.sources ?? [])];
  if (sources.length > 0) {
    merged.sources = sources.filter((credit, i) => sources.findIndex((other) => other.name === credit.name) === i);
  }
  return merged;
}
