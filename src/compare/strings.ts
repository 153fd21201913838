import { createCatalogue } from '../core/strings.js';

export const compareEnglish = {
  versus: '{a} vs. {b}',
  comparison: 'Career comparison',
  compareMatches: 'Compare your top matches in the table: {careers}',
  and: ' and ',
};

export const compareStrings = createCatalogue('compare', { en: compareEnglish });
