import { html } from 'lit';
import { CareerElement } from '../shared/career-element.js';
import { renderPlaceholder } from '../shared/placeholder.js';

/**
 * Salary chart. Placeholder until its issue lands: it lists the chosen careers.
 *
 * @customElement career-salary-chart
 *
 * @csspart base - The wrapper.
 * @csspart note - The placeholder note.
 * @csspart list - The list of chosen careers.
 * @csspart messages - The list of messages about bad input.
 * @csspart message - One message about bad input.
 * @csspart loading - The space held while data loads.
 */
export class CareerSalaryChart extends CareerElement {
  static override defaultTag = 'career-salary-chart';

  override render() {
    if (!this.careerData) return this.renderLoading();
    return html`${this.renderMessages()}${renderPlaceholder(this.selection.careers, 'Salary chart')}`;
  }
}
