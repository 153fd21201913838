import { createCatalogue } from '../core/strings.js';

export const commonEnglish = {
  unknownCareer: "Unknown career: '{id}'",
  didYouMean: "Did you mean '{id}' ({title})?",
  inFailedDataset: 'Not shown, as the dataset that failed may have had them: {ids}.',
  occupationsFailed: "The data for '{id}' could not be loaded.",
  builtinFailed: 'The built-in careers could not be loaded.',
  loading: 'Loading careers…',
  noCareers: 'No careers to show.',
  usingBuiltIn: 'Showing the built-in careers instead.',
  badValue: "Unknown value for {name}: '{value}'",
};

/** Strings every element uses. */
export const commonStrings = createCatalogue('common', { en: commonEnglish });
