import { CareerQuiz } from './career-quiz.js';

export { CareerQuiz };

CareerQuiz.define();

declare global {
  interface HTMLElementTagNameMap {
    'career-quiz': CareerQuiz;
  }
}
