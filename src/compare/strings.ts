import { createCatalogue } from '../core/strings.js';

export const compareEnglish = {
  versus: '{a} vs. {b}',
  comparison: 'Career comparison',
  compareMatches: 'Compare your top matches in the table: {careers}',
  and: ' and ',
  views: 'Views',
  table: 'Table',
  salary: 'Pay',
  quiz: 'Quiz',
};

export const compareStrings = createCatalogue('compare', { en: compareEnglish });
