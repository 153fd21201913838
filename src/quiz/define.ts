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
}
