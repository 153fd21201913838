import { CareerSalaryChart } from './career-salary-chart.js';

export { CareerSalaryChart };

CareerSalaryChart.define();

declare global {
  interface HTMLElementTagNameMap {
    'career-salary-chart': CareerSalaryChart;
  }
}
