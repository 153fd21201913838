import json from '../../data/careers.json';
import type { Career, Dataset } from './types.js';

/** The built-in dataset: careers with sourced figures, and the built-in quiz. */
export const builtinDataset = json as unknown as Dataset;

/** The built-in careers. */
export const careers: readonly Career[] = builtinDataset.careers;

/** A built-in career by id, or undefined. */
export function getCareer(id: string, dataset: Dataset = builtinDataset): Career | undefined {
  return dataset.careers.find((career) => career.id === id);
}
