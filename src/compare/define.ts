import { CareerCompare } from './career-compare.js';

export { CareerCompare };

CareerCompare.define();

declare global {
  interface HTMLElementTagNameMap {
    'career-compare': CareerCompare;
  }
}
