import { LitElement, ReactiveElement, html, isServer, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Selection } from '../data/select.js';
import type { Career, Dataset } from '../data/types.js';
import { enumValue } from './attributes.js';
import type { InvalidAttribute } from './attributes.js';
import { CareerDataController } from './career-data.js';
import { defineElement } from './define.js';
import { loadLanguage } from './languages.js';
import { resolveLocale } from './locale.js';
import { NearViewportController, yieldToBrowser } from './schedule.js';
import { commonStrings } from './strings.js';
import { themeStyles } from './theme.js';
import { VERSION } from './version.js';

/** Detail of the `career-error` event. */
export interface CareerErrorDetail {
  message: string;
  cause?: unknown;
}

/** Detail of the `career-data-loaded` event. */
export interface CareerDataLoadedDetail {
  careers: string[];
}

const THEMES = ['light', 'dark', 'auto'] as const;

/** The `loading` attribute's values; the first is the default. */
const LOADING = ['eager', 'lazy'] as const;

/** The heading levels `heading-level` takes; the first is the default. */
const HEADING_LEVELS = ['2', '1', '3', '4', '5', '6'] as const;

/**
 * What every career-compare element shares: the common attributes, the data
 * (a `CareerDataController`), the theme, the reader's locale, messages shown
 * in place, its events and the guarded `define`.
 *
 * @event career-error - Bad input: an unknown career id, or a dataset that fails to load or validate. `detail: { message, cause? }`
 * @event career-data-loaded - A `src`, inline or `data` dataset was loaded and validated. `detail: { careers: string[] }`
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

  static override styles = [themeStyles];

  /** Career ids or SOC codes, separated by spaces or commas. */
  @property() careers = '';

  /** URL of a publisher dataset (JSON), merged over the built-in one by id. */
  @property() src: string | undefined;

  /** BCP 47 language tag for numbers, currency and text; default: the nearest `lang`, then en-US. */
  @property() locale: string | undefined;

  /** `light`, `dark` or `auto`; none inherits the page's colours. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' | undefined;

  /**
   * The level of the element's top heading, 1–6 (default 2); headings inside
   * it go one level deeper. Kept as given, so a value that is not allowed is named as written.
   */
  @property({ attribute: 'heading-level' }) headingLevel: number | string = 2;

  /** A publisher dataset as an object, merged over the built-in one by id. */
  @property({ attribute: false }) data: Dataset | undefined;

  /**
   * `lazy`: render only once within about a screen of the viewport, showing the element's own
   * content (a fallback) until then, as `img` and `iframe` do; `eager` (default): at once.
   */
  @property() loading: 'eager' | 'lazy' = 'eager';

  /**
   * Describes the careers shown as schema.org `Occupation` data (JSON-LD), in a
   * `<script type="application/ld+json">` written just after the element, in the page.
   */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  /**
   * A dataset already loaded, validated and merged by an enclosing
   * `<career-compare>`, used in place of the built-in one so a page loads each
   * dataset once and reports each problem once.
   * @internal
   */
  @property({ attribute: false }) sharedData: Dataset | undefined;

  private readonly careerDataController = new CareerDataController(this, {
    defaultCareerCount: (this.constructor as typeof CareerElement).defaultCareerCount,
    locale: () => this.resolvedLocale,
    invalidAttributes: () => this.invalidAttributes(),
    onError: (message, cause) => this.reportError(message, cause),
    onLoaded: (careers) => this.emit<CareerDataLoadedDetail>('career-data-loaded', { careers }),
  });

  private readonly nearViewport = new NearViewportController(this);

  /** Shown until the first render: the space the element will take, with its own content (a fallback) in it. */
  private placeholder?: HTMLElement;

  /** The JSON-LD being written (`structured-data`); `updateComplete` waits for it. */
  private structuredDataWritten?: Promise<void>;
  /** The careers the JSON-LD was last written for. */
  private structuredDataCareers?: readonly Career[];

  /** Whether the element has rendered its content (not only the loading state). */
  private contentRendered = false;

  /**
   * Whether the shadow root came with the page, rendered on a server
   * (declarative shadow DOM). Its content stays until the data it shows has
   * arrived; then the element hydrates it (with `@lit-labs/ssr-client`'s
   * support loaded first, as the `career-compare.hydrate.js` file has) or
   * renders afresh in its place.
   */
  protected serverRendered = false;

  /** The dataset in use, once the built-in data and any `src` have arrived. */
  protected get careerData(): Dataset | undefined {
    return this.careerDataController.dataset;
  }

  /** The careers chosen by `careers`, and the ids that were not found. */
  protected get selection(): Selection {
    return this.careerDataController.selection;
  }

  /** The locale in use: `locale`, else the nearest `lang`, else en-US. */
  protected get resolvedLocale(): string {
    return resolveLocale(this, this.locale);
  }

  /**
   * Attribute values that are not allowed, named in place and reported like an
   * unknown id. Elements with attributes of their own add theirs to these.
   */
  protected invalidAttributes(): InvalidAttribute[] {
    return [
      ...enumValue('theme', this.theme, THEMES).invalid,
      ...enumValue('heading-level', String(this.headingLevel), HEADING_LEVELS).invalid,
      ...enumValue('loading', this.loading, LOADING).invalid,
    ];
  }

  /** The level of the element's top heading: `heading-level` when it is 1–6, else 2. */
  protected get headingLevelInUse(): number {
    return Number(enumValue('heading-level', String(this.headingLevel), HEADING_LEVELS).value);
  }

  /** Resolves once every pending load has arrived and the element has rendered it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    // Loads start during an update, so wait for the update first, then for
    // whatever it started, as often as that schedules another update.
    // A load that settles within the same microtasks as an update can request
    // the next one after this awaited: so also wait while an update is pending.
    let result = await super.getUpdateComplete();
    while (this.careerDataController.loading || this.isUpdatePending) {
      await this.careerDataController.settled();
      result = await super.getUpdateComplete();
    }
    await this.structuredDataWritten;
    return result;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.serverRendered = Boolean(this.shadowRoot?.hasChildNodes());
    const root = super.createRenderRoot();
    if (this.serverRendered) return root;
    this.placeholder = this.ownerDocument.createElement('div');
    this.placeholder.className = 'loading';
    this.placeholder.append(this.ownerDocument.createElement('slot'));
    root.append(this.placeholder);
    return root;
  }

  /**
   * Until its content has rendered, each update of the element waits: for the
   * viewport to come near with `loading="lazy"`, for `beforeFirstRender`, and
   * for a task of its own, so a page of widgets never runs all their first
   * renders in one long task. Later updates (attribute changes) run at once.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.contentRendered) {
      if (enumValue('loading', this.loading, LOADING).value === 'lazy') await this.nearViewport.near();
      await this.beforeFirstRender();
      await yieldToBrowser();
    }
    super.scheduleUpdate();
  }

  /** What the element needs before it first renders (the chart: its width). */
  protected beforeFirstRender(): Promise<void> | void {}

  protected override update(changed: PropertyValues<this>): void {
    if (this.serverRendered && !this.careerData) {
      // Keep the server's content while the data arrives: only reflect attributes, as
      // ReactiveElement's update does, and render nothing (the loading state would replace it).
      ReactiveElement.prototype['update'].call(this, changed);
      return;
    }
    if (this.serverRendered && !('litElementHydrateSupport' in globalThis)) {
      // No hydration support on the page: render afresh in the server content's place.
      this.renderRoot.replaceChildren();
      this.renderOptions.renderBefore = null;
    }
    this.serverRendered = false;
    this.placeholder?.remove();
    this.placeholder = undefined;
    super.update(changed);
    if (this.careerData) this.contentRendered = true;
    // Only an element that has (or just had) the attribute touches the page's JSON-LD: the others
    // load no code for it and leave alone a script `career-compare render --jsonld` wrote.
    const hadStructuredData = changed.get('structuredData') === true;
    if (this.careerData && (this.structuredData || hadStructuredData)) this.updateStructuredData();
  }

  /** Writes, updates or removes the JSON-LD after the element; its code loads on first use. */
  private updateStructuredData(): void {
    const careers = this.structuredData ? this.selection.careers : [];
    // The same career objects as last time (a hover, a toggle): the script already says it.
    const written = this.structuredDataCareers;
    if (written?.length === careers.length && careers.every((career, i) => career === written[i])) return;
    this.structuredDataCareers = careers;
    this.structuredDataWritten = import('./structured-data-script.js')
      .then(({ writeStructuredData }) => writeStructuredData(this, careers))
      .catch((cause: unknown) => this.reportError(String(cause), cause));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const language = loadLanguage(this.resolvedLocale);
    if (language) this.careerDataController.track(language);
    this.careerDataController.update(changed);
  }

  /** Fires `career-error`, which bubbles out of the shadow root. */
  protected reportError(message: string, cause?: unknown): void {
    this.emit<CareerErrorDetail>('career-error', { message, cause });
  }

  /** Fires one of the elements' events: they all bubble and cross shadow roots. */
  protected emit<Detail>(name: string, detail: Detail): void {
    // A server's render has no listeners, and its elements no events.
    if (isServer) return;
    this.dispatchEvent(new CustomEvent<Detail>(name, { detail, bubbles: true, composed: true }));
  }

  /** The messages list, shown above the element's content; nothing when all is well. */
  protected renderMessages(): TemplateResult | typeof nothing {
    const messages = this.careerDataController.messages();
    if (messages.length === 0) return nothing;
    return html`<div role="status">
      <ul class="messages" part="messages">
        ${messages.map((message) => html`<li class="message" part="message">${message}</li>`)}
      </ul>
    </div>`;
  }

  /** Space held while data loads, so the page does not jump when it arrives. */
  protected renderLoading(): TemplateResult {
    if (isServer) warnNotPreloaded(this.localName);
    return html`<div class="loading" part="loading" aria-busy="true">
      ${commonStrings(this.resolvedLocale)('loading')}
    </div>`;
  }
}

let warnedNotPreloaded = false;

/** A server render cannot wait for data: say once what makes it ready. */
function warnNotPreloaded(tag: string): void {
  if (warnedNotPreloaded) return;
  warnedNotPreloaded = true;
  console.warn(
    `career-compare: <${tag}> rendered on the server without its data; ` +
      `await preload() from 'career-compare/ssr' before rendering (a src dataset: pass it as data).`,
  );
}

/** The events every element fires; they bubble and are composed, so a page can listen on document or window too. */
interface CareerEventMap {
  'career-error': CustomEvent<CareerErrorDetail>;
  'career-data-loaded': CustomEvent<CareerDataLoadedDetail>;
}

// Empty on purpose: each global map takes the members of CareerEventMap.
/* eslint-disable @typescript-eslint/no-empty-object-type */
declare global {
  interface HTMLElementEventMap extends CareerEventMap {}
  interface DocumentEventMap extends CareerEventMap {}
  interface WindowEventMap extends CareerEventMap {}
}
/* eslint-enable @typescript-eslint/no-empty-object-type */
