import { CareerTable } from './career-table.js';
import { defineOnLoad } from '../shared/define-on-load.js';

export { CareerTable };

defineOnLoad(() => CareerTable.define());

declare global {
  interface HTMLElementTagNameMap {
    'career-table': CareerTable;
  }
}
