// Checked by `tsc -p tsconfig.test.json` (the type-check step of npm test):
// the elements' JSX types for React 19 accept real usage and refuse mistakes.
import type {} from '../../src/react.js';
import type { Dataset } from '../../src/data/types.js';

const dataset: Dataset = { careers: [{ id: 'practice-manager', title: 'Practice Manager' }] };

export const page = (
  <>
    <career-compare careers="medical-assistant medical-coder" heading-level={3} views="table quiz" />
    <career-table
      careers="medical-assistant"
      rows="pay outlook"
      layout="cards"
      pay="hourly"
      data={dataset}
      oncareer-error={(event) => console.log(event.detail.message)}
    />
    <career-salary-chart no-range theme="dark" />
    <career-quiz oncareer-quiz-complete={(event) => console.log(event.detail.ranking[0]?.id)} />
  </>
);

// @ts-expect-error: layout is auto, table or cards
export const badLayout = <career-table layout="grid" />;
// @ts-expect-error: data must be a dataset, not a string
export const badData = <career-table data="medical-assistant" />;
