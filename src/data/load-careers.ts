import { builtinDataset } from './builtin.js';
import { loadOccupationData, resolveOccupation, searchData, searchFailed } from './occupations.js';
import { selectCareers } from './select.js';
import type { Career, Dataset } from './types.js';

/**
 * The careers `ids` name, as the elements resolve them (dataset ids, SOC
 * codes, readable ids, ignoring case), loading whatever chunks they need:
 * e.g. `await loadCareers(['29-1292', 'medical-coder'])` in Node or a build script.
 */
export async function loadCareers(
  ids: string[],
  dataset: Dataset = builtinDataset,
): Promise<{ careers: Career[]; unknown: string[]; failed: string[] }> {
  for (;;) {
    const selection = selectCareers(dataset, ids, 0, { resolveOccupation, searchData, searchFailed });
    if (!selection.needs || selection.needs === true) return selection;
    await loadOccupationData(selection.needs);
  }
}
