import { CareerSalaryChart } from './career-salary-chart.js';
import { defineOnLoad } from '../shared/define-on-load.js';

export { CareerSalaryChart };

defineOnLoad(() => CareerSalaryChart.define());

declare global {
  interface HTMLElementTagNameMap {
    'career-salary-chart': CareerSalaryChart;
  }
}
