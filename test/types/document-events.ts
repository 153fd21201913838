// Type test (checked by `tsc -p tsconfig.test.json`, the type check in `npm test`):
// the events bubble and are composed, so listeners on document and window get
// their detail types, as on an element. Without the DocumentEventMap and
// WindowEventMap declarations, `event.detail` here does not compile.
import type { CareerErrorDetail, CareerQuizCompleteDetail } from '../../src/index.js';

document.addEventListener('career-error', (event) => {
  const detail: CareerErrorDetail = event.detail;
  const message: string = detail.message;
  void message;
});

window.addEventListener('career-data-loaded', (event) => {
  const careers: string[] = event.detail.careers;
  void careers;
});

document.addEventListener('career-quiz-complete', (event) => {
  const detail: CareerQuizCompleteDetail = event.detail;
  void detail.ranking;
});
