import { LitElement, css } from 'lit';
import type { PropertyValues } from 'lit';
import { builtinDataset } from '../data/builtin.js';
import { mergeDatasets } from '../data/merge.js';
import { parseList, selectCareers } from '../data/select.js';
import type { Selection } from '../data/select.js';
import { validateDataset } from '../data/validate.js';
import type { Dataset } from '../data/types.js';
import { defineElement } from './define.js';
import { VERSION } from './version.js';

/** Detail of the `career-error` event. */
export interface CareerErrorDetail {
  message: string;
  cause?: unknown;
}

/**
 * What every career-compare element shares: the common attributes, the
 * dataset (built-in, merged with the `data` property), the careers chosen by
 * `careers`, error reporting, and the guarded `define`.
 */
export class CareerElement extends LitElement {
  /** The release this class belongs to; `define` compares it with an existing tag's. */
  static readonly version: string = VERSION;

  /** The tag `define()` uses when none is given. */
  static defaultTag = '';

  /** How many careers to show when `careers` is empty (undefined: all). */
  protected static defaultCareerCount: number | undefined = 2;

  /**
   * Registers the element under `tag` (default: its own tag name). Leaves an
   * existing definition alone, warns if it comes from another version, and
   * never throws, so the script can be loaded twice.
   */
  static define(tag: string = this.defaultTag, registry?: CustomElementRegistry): void {
    defineElement(tag, this, registry);
  }

  static override properties = {
    careers: { type: String },
    src: { type: String },
    locale: { type: String },
    theme: { type: String, reflect: true },
    data: { attribute: false },
  };

  static override styles = css`
    :host {
      display: block;
      font: inherit;
      color: inherit;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  /** Career ids, separated by spaces or commas. */
  declare careers: string;
  /** URL of a publisher dataset (JSON), merged over the built-in one by id. */
  declare src: string | undefined;
  /** BCP 47 language tag for numbers, currency and text. */
  declare locale: string | undefined;
  /** `light`, `dark` or `auto`; none inherits the page's colours. */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  /** A publisher dataset as an object, merged over the built-in one by id. */
  declare data: Dataset | undefined;

  /** The dataset in use: the built-in one, with the publisher's merged over it. */
  protected careerData: Dataset = builtinDataset;
  /** The careers chosen by `careers`, and the ids that were not found. */
  protected selection: Selection = { careers: [], unknown: [] };

  constructor() {
    super();
    this.careers = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data')) this.careerData = this.mergeData(this.data);
    if (changed.has('data') || changed.has('careers') || !this.hasUpdated) {
      const ctor = this.constructor as typeof CareerElement;
      this.selection = selectCareers(this.careerData, parseList(this.careers), ctor.defaultCareerCount);
      for (const id of this.selection.unknown) this.reportError(`Unknown career: '${id}'`);
    }
  }

  /** Validates a publisher dataset and merges it over the built-in one; a bad one is reported and ignored. */
  private mergeData(data: unknown): Dataset {
    if (data === undefined || data === null) return builtinDataset;
    const result = validateDataset(data);
    if (!result.ok) {
      this.reportError(`The dataset is not valid: ${result.errors[0]}`, result.errors);
      return builtinDataset;
    }
    return mergeDatasets(builtinDataset, result.dataset);
  }

  /** Fires `career-error`, which bubbles out of the shadow root. */
  protected reportError(message: string, cause?: unknown): void {
    this.dispatchEvent(
      new CustomEvent<CareerErrorDetail>('career-error', {
        detail: { message, cause },
        bubbles: true,
        composed: true,
      }),
    );
  }
}
