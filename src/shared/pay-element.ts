import { property } from 'lit/decorators.js';
import type { PayUnit } from '../core/format.js';
import { enumValue } from './attributes.js';
import type { InvalidAttribute } from './attributes.js';
import { CareerElement } from './career-element.js';

/** The `pay` attribute's values; the first is the default. */
const PAY_UNITS: readonly PayUnit[] = ['annual', 'hourly'];

/**
 * An element that shows pay (the table, the chart and `<career-compare>`):
 * the `pay` attribute, defined and checked once here.
 */
export class CareerPayElement extends CareerElement {
  /**
   * `annual` (the default) or `hourly` pay. Reflected, so the chart's own
   * hourly checkbox shows in the attribute too.
   */
  @property({ reflect: true }) pay: 'annual' | 'hourly' | undefined;

  /** The pay unit in use: `pay` when it is one of the two, else annual. */
  protected get payUnit(): PayUnit {
    return enumValue('pay', this.pay, PAY_UNITS).value;
  }

  protected override invalidAttributes(): InvalidAttribute[] {
    return [...super.invalidAttributes(), ...enumValue('pay', this.pay, PAY_UNITS).invalid];
  }
}
