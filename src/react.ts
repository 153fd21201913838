/**
 * Types for using the elements in React 19's JSX (TSX):
 *
 *   import type {} from 'career-compare/react';
 *
 * React 19 sets a prop as a property when the element has it (so `data`
 * takes an object) and listens to `on<event-name>` props, case kept:
 * `oncareer-quiz-complete`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CareerCompare } from './compare/career-compare.js';
import type { CareerQuiz, CareerQuizCompleteDetail } from './quiz/career-quiz.js';
import type { CareerSalaryChart } from './salary-chart/career-salary-chart.js';
import type { CareerTable } from './table/career-table.js';
import type { CareerDataLoadedDetail, CareerElement, CareerErrorDetail } from './shared/career-element.js';

/** What every element takes: its attributes, the `data` property and the shared events. */
type CareerProps<Element extends CareerElement> = DetailedHTMLProps<HTMLAttributes<Element>, Element> &
  Partial<Pick<Element, 'careers' | 'src' | 'locale' | 'theme' | 'data'>> & {
    'oncareer-error'?: (event: CustomEvent<CareerErrorDetail>) => void;
    'oncareer-data-loaded'?: (event: CustomEvent<CareerDataLoadedDetail>) => void;
  };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'career-table': CareerProps<CareerTable> & Partial<Pick<CareerTable, 'rows' | 'layout' | 'pay'>>;
      'career-salary-chart': CareerProps<CareerSalaryChart> &
        Partial<Pick<CareerSalaryChart, 'pay' | 'noRange'>> & { 'no-range'?: boolean };
      'career-quiz': CareerProps<CareerQuiz> & {
        'oncareer-quiz-complete'?: (event: CustomEvent<CareerQuizCompleteDetail>) => void;
      };
      'career-compare': CareerProps<CareerCompare> &
        Partial<Pick<CareerCompare, 'views' | 'heading' | 'headingLevel' | 'rows' | 'pay'>> & {
          'heading-level'?: number | string;
          'oncareer-quiz-complete'?: (event: CustomEvent<CareerQuizCompleteDetail>) => void;
        };
    }
  }
}
