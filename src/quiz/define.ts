import { CareerQuiz } from './career-quiz.js';
import type { CareerQuizCompleteDetail } from './career-quiz.js';
import { defineOnLoad } from '../shared/define-on-load.js';

export { CareerQuiz };
export type { CareerQuizCompleteDetail, QuizRank } from './career-quiz.js';

defineOnLoad(() => CareerQuiz.define());

/** The quiz's own event; it bubbles and is composed, so a page can listen on document or window too. */
interface QuizEventMap {
  'career-quiz-complete': CustomEvent<CareerQuizCompleteDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'career-quiz': CareerQuiz;
  }
  // Empty on purpose, as in shared/career-element.ts: each map takes QuizEventMap's members.
  /* eslint-disable @typescript-eslint/no-empty-object-type */
  interface HTMLElementEventMap extends QuizEventMap {}
  interface DocumentEventMap extends QuizEventMap {}
  interface WindowEventMap extends QuizEventMap {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}
