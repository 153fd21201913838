import { CareerTable } from './career-table.js';

export { CareerTable };

CareerTable.define();

declare global {
  interface HTMLElementTagNameMap {
    'career-table': CareerTable;
  }
}
