import { CareerElement } from '../shared/career-element.js';
import { renderPlaceholder } from '../shared/placeholder.js';

/**
 * Career fit quiz. Placeholder until its issue lands: it lists the chosen careers.
 *
 * @customElement career-quiz
 *
 * @event career-error - An unknown career id, or a dataset that fails validation. `detail: { message, cause? }`
 * @csspart base - The wrapper.
 * @csspart note - The placeholder note.
 * @csspart list - The list of chosen careers.
 * @csspart error - A message about bad input.
 */
export class CareerQuiz extends CareerElement {
  static override defaultTag = 'career-quiz';
  protected static override defaultCareerCount: number | undefined = undefined;

  override render() {
    return renderPlaceholder(this.selection, 'Career fit quiz');
  }
}
