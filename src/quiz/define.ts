import { CareerQuiz } from './career-quiz.js';
import type { CareerQuizCompleteDetail } from './career-quiz.js';

export { CareerQuiz };
export type { CareerQuizCompleteDetail, QuizRank } from './career-quiz.js';

CareerQuiz.define();

declare global {
  interface HTMLElementTagNameMap {
    'career-quiz': CareerQuiz;
  }
  interface HTMLElementEventMap {
    'career-quiz-complete': CustomEvent<CareerQuizCompleteDetail>;
  }
  // It bubbles and is composed: a page can listen on document or window.
  interface DocumentEventMap {
    'career-quiz-complete': CustomEvent<CareerQuizCompleteDetail>;
  }
  interface WindowEventMap {
    'career-quiz-complete': CustomEvent<CareerQuizCompleteDetail>;
  }
}
