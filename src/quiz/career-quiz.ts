import { html } from 'lit';
import { CareerElement } from '../shared/career-element.js';
import { renderPlaceholder } from '../shared/placeholder.js';

/**
 * Career fit quiz. Placeholder until its issue lands: it lists the chosen careers.
 *
 * @customElement career-quiz
 *
 * @csspart base - The wrapper.
 * @csspart note - The placeholder note.
 * @csspart list - The list of chosen careers.
 * @csspart messages - The list of messages about bad input.
 * @csspart message - One message about bad input.
 * @csspart loading - The space held while data loads.
 */
export class CareerQuiz extends CareerElement {
  static override defaultTag = 'career-quiz';
  protected static override defaultCareerCount: number | undefined = undefined;

  override render() {
    if (!this.careerData) return this.renderLoading();
    return html`${this.renderMessages()}${renderPlaceholder(this.selection.careers, 'Career fit quiz')}`;
  }
}
