import { createCatalogue } from '../core/strings.js';

export const tableEnglish = {
  caption: '{first} compared with {others}',
  summary: 'Overview',
  pay: 'Pay',
  payYear: 'Median pay, per year',
  payHour: 'Median pay, per hour',
  range: 'Middle 80%: {range}',
  derivedAll: 'Worked out from annual pay ÷ {hours} hours',
  derivedRange: 'Range worked out from annual pay ÷ {hours} hours',
  outlook: 'Job growth',
  employment: 'Jobs',
  jobs: '{count} jobs',
  education: 'Education',
  typicalEntry: 'Typical entry: {value}',
  training: 'Training and certification',
  certifications: 'Certifications: {list}',
  'work-environment': 'Work setting',
  schedule: 'Schedule',
  responsibilities: 'Responsibilities',
  skills: 'Skills',
  remote: 'Remote work',
  'patient-contact': 'Patient contact',
  advancement: 'Advancement',
  links: 'Learn more',
  'level-none': 'None',
  'level-low': 'A little',
  'level-medium': 'Some',
  'level-high': 'A lot',
  notListed: 'Not listed',
  sources: 'Sources',
  newTab: 'opens in a new tab',
};

/** The comparison table's words; row labels are keyed by row key. */
export const tableStrings = createCatalogue('table', { en: tableEnglish });
