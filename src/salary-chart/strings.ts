import { createCatalogue } from '../core/strings.js';

export const chartEnglish = {
  annual: 'Annual pay',
  hourly: 'Hourly pay',
  summary: '{title}, median: {list}',
  readMedian: 'Marker: the median, what the worker in the middle earns.',
  readRange: 'Thin band: the middle 80% (10th–90th percentile). Thick band: the middle half (25th–75th).',
  keys: 'Arrow keys move between careers, Home and End go to the first and last, Escape hides the figures.',
  derived: '* Worked out as annual pay ÷ 2,080 hours.',
  orMore: '{amount} or more',
  career: 'Career',
  p10: '10th percentile',
  p25: '25th percentile',
  median: 'Median',
  p75: '75th percentile',
  p90: '90th percentile',
  noPay: 'No pay figures',
  table: 'Show as table',
  source: 'Source:',
};

/** The salary chart's UI strings; publishers override them with `setStrings(locale, { salaryChart: {...} })`. */
export const chartStrings = createCatalogue('salaryChart', { en: chartEnglish });
