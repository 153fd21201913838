// <career-compare> is made of the three other elements: define them too.
import '../table/define.js';
import '../salary-chart/define.js';
import '../quiz/define.js';
import { CareerCompare } from './career-compare.js';
import { defineOnLoad } from '../shared/define-on-load.js';

export { CareerCompare };

defineOnLoad(() => CareerCompare.define());

declare global {
  interface HTMLElementTagNameMap {
    'career-compare': CareerCompare;
  }
}
