import { html } from 'lit';
import { CareerElement } from '../shared/career-element.js';
import { renderPlaceholder } from '../shared/placeholder.js';

/**
 * Career comparison. Placeholder until its issue lands: it lists the chosen careers.
 *
 * @customElement career-compare
 *
 * @csspart base - The wrapper.
 * @csspart note - The placeholder note.
 * @csspart list - The list of chosen careers.
 * @csspart messages - The list of messages about bad input.
 * @csspart message - One message about bad input.
 * @csspart loading - The space held while data loads.
 */
export class CareerCompare extends CareerElement {
  static override defaultTag = 'career-compare';

  override render() {
    if (!this.careerData) return this.renderLoading();
    return html`${this.renderMessages()}${renderPlaceholder(this.selection.careers, 'Career comparison')}`;
  }
}
