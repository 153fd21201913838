import { CareerElement } from '../shared/career-element.js';
import { renderPlaceholder } from '../shared/placeholder.js';

/**
 * Salary chart. Placeholder until its issue lands: it lists the chosen careers.
 *
 * @customElement career-salary-chart
 *
 * @event career-error - An unknown career id, or a dataset that fails validation. `detail: { message, cause? }`
 * @csspart base - The wrapper.
 * @csspart note - The placeholder note.
 * @csspart list - The list of chosen careers.
 * @csspart error - A message about bad input.
 */
export class CareerSalaryChart extends CareerElement {
  static override defaultTag = 'career-salary-chart';

  override render() {
    return renderPlaceholder(this.selection, 'Salary chart');
  }
}
