import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { parseList, selectCareers } from '../data/select.js';
import type { Selection } from '../data/select.js';
import type { Dataset } from '../data/types.js';
import { defineElement } from './define.js';
import type { LoadResult } from './load-dataset.js';
import { resolveLocale } from './locale.js';
import { loadLanguage } from '../core/strings.js';
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

type DataOrigin = 'src' | 'inline' | 'data';

let builtinRequest: Promise<Dataset> | undefined;

/**
 * The built-in dataset, loaded on first use. It is a module of its own so an
 * element's entry stays small and a page that brings all its own data, or
 * several elements, fetch it at most once.
 */
function loadBuiltinDataset(): Promise<Dataset> {
  builtinRequest ??= import('../data/builtin.js').then((module) => module.builtinDataset);
  return builtinRequest;
}

/**
 * The loader for publisher datasets (fetch, parse, validate, merge, say what
 * failed), loaded on first use: a page that brings no dataset of its own never
 * downloads it. Merging and messages are only needed once one has arrived.
 */
let loader: typeof import('./load-dataset.js') | undefined;
const datasetLoader = () => import('./load-dataset.js').then((module) => (loader = module));

/**
 * Every BLS occupation (chunk loading, readable ids, search), loaded the first
 * time an element is asked for a career its dataset does not have.
 */
let occupations: typeof import('../data/occupations.js') | undefined;
const occupationsLoader = () => import('../data/occupations.js').then((module) => void (occupations = module));

/**
 * What every career-compare element shares: the common attributes, the
 * dataset (built-in, then `src`, inline JSON and the `data` property merged
 * over it by id), the careers chosen by `careers`, messages shown in place,
 * `career-error` and `career-data-loaded`, the theme and the guarded `define`.
 *
 * @attr {string} careers - Career ids, separated by spaces or commas.
 * @attr {string} src - URL of a publisher dataset (JSON).
 * @attr {string} locale - BCP 47 language tag.
 * @attr {"light" | "dark" | "auto"} theme - Colour palette; none inherits the page's colours.
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

  static override properties = {
    careers: { type: String },
    src: { type: String },
    locale: { type: String },
    theme: { type: String, reflect: true },
    data: { attribute: false },
    sharedData: { attribute: false },
  };

  static override styles = [themeStyles];

  /** Career ids, separated by spaces or commas. */
  declare careers: string;
  /** URL of a publisher dataset (JSON), merged over the built-in one by id. */
  declare src: string | undefined;
  /** BCP 47 language tag for numbers, currency and text; default: the nearest `lang`, then en-US. */
  declare locale: string | undefined;
  /** `light`, `dark` or `auto`; none inherits the page's colours. */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  /** A publisher dataset as an object, merged over the built-in one by id. */
  declare data: Dataset | undefined;
  /**
   * A dataset already loaded, validated and merged by an enclosing
   * `<career-compare>`, used in place of the built-in one so a page loads each
   * dataset once and reports each problem once.
   * @internal
   * @ignore
   */
  declare sharedData: Dataset | undefined;

  /** The dataset in use, once the built-in data and any `src` have arrived. */
  protected careerData: Dataset | undefined;
  /** The careers chosen by `careers`, and the ids that were not found. */
  protected selection: Selection = { careers: [], unknown: [], failed: [] };

  private builtin: Dataset | undefined;
  private extras: Partial<Record<DataOrigin, Dataset>> = {};
  private loadErrors: Partial<Record<DataOrigin, LoadResult & { ok: false }>> = {};
  /** The load failures and messages last reported by `career-error`. */
  private reported = new Set<LoadResult | string>();
  private pending = new Set<Promise<unknown>>();

  constructor() {
    super();
    this.careers = '';
  }

  /** The locale in use: `locale`, else the nearest `lang`, else en-US. */
  protected get resolvedLocale(): string {
    return resolveLocale(this, this.locale);
  }

  /**
   * Attribute values that are not allowed, as `[attribute, value]`: named in
   * place and reported like an unknown id. Subclasses set it before `super.willUpdate`.
   */
  protected badValues: [string, string][] = [];

  /** Unknown careers, occupation data that failed to load and values that are not allowed, in the reader's language. */
  private get inputProblems(): string[] {
    const t = commonStrings(this.resolvedLocale);
    return [
      ...this.unknownCareers(),
      ...this.selection.failed.map((id) => t('occupationsFailed', { id })),
      ...this.badValues.map(([name, value]) => t('badValue', { name, value })),
    ];
  }

  /** "Unknown career: 'x'", with the closest occupation when the search finds one. */
  private unknownCareers(): string[] {
    const t = commonStrings(this.resolvedLocale);
    const suggestions: { name: string; match?: { id: string; title: string } }[] =
      occupations?.suggestCareers(this.selection) ?? this.selection.unknown.map((name) => ({ name }));
    return suggestions.map(({ name, match }) => {
      const message = t('unknownCareer', { id: name });
      return match ? `${message} ${t('didYouMean', { id: match.id, title: match.title })}` : message;
    });
  }

  /** Messages shown in place: failed datasets, unknown careers, values that are not allowed. */
  protected get messages(): string[] {
    const locale = this.resolvedLocale;
    return [
      // In the reader's language when it renders, even if the failure came before the strings.
      ...Object.values(this.loadErrors).map(
        ({ problem }) => `${loader!.describeProblem(problem, locale)} ${commonStrings(locale)('usingBuiltIn')}`,
      ),
      ...this.inputProblems,
    ];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.builtin) this.track(loadBuiltinDataset().then((dataset) => (this.builtin = dataset)));
    // Occupation data that failed for an element before this one is tried again, like a failed `src`.
    occupations?.forgetFailures();
    this.readInlineData();
  }

  /** Resolves once every pending dataset has arrived and the element has rendered it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    // Loads start during an update, so wait for the update first, then for
    // whatever it started, as often as that schedules another update.
    // A load that settles within the same microtasks as an update can request
    // the next one after this awaited: so also wait while an update is pending.
    let result = await super.getUpdateComplete();
    while (this.pending.size > 0 || this.isUpdatePending) {
      await Promise.all(this.pending);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const language = loadLanguage(this.resolvedLocale);
    if (language) this.track(language);
    if (changed.has('src')) this.loadSrc();
    if (changed.has('data')) this.loadData();
    const base = this.sharedData ?? this.builtin;
    if (this.pending.size > 0 || !base) return;
    const { src, inline, data } = this.extras;
    const careerData = [src, inline, data].reduce<Dataset>(
      (merged, extra) => (extra && loader ? loader.mergeDatasets(merged, extra) : merged),
      base,
    );
    const ctor = this.constructor as typeof CareerElement;
    const selection = selectCareers(careerData, parseList(this.careers), ctor.defaultCareerCount, occupations);
    if (selection.needs) {
      // Occupations named by SOC code or title: their code and chunk load, then this runs again.
      const needs = selection.needs;
      this.track(needs === true ? occupationsLoader() : occupations!.loadOccupationData(needs));
      return;
    }
    this.careerData = careerData;
    this.selection = selection;
    // Each problem is reported when it appears, now that everything (the
    // reader's strings too) has arrived: a failed load, an unknown id, a bad value.
    const problems = [...Object.values(this.loadErrors), ...this.inputProblems];
    for (const problem of problems) {
      if (this.reported.has(problem)) continue;
      if (typeof problem === 'string') this.reportError(problem, this.occupationFailure());
      else this.reportError(loader!.describeProblem(problem.problem, this.resolvedLocale), problem.cause);
    }
    this.reported = new Set(problems);
  }

  /** Why occupation data failed to load, for `career-error`'s `cause`. */
  private occupationFailure(): unknown {
    if (this.selection.failed.length === 0) return undefined;
    return occupations?.firstFailure()?.cause;
  }

  /** Reads a child `<script type="application/json">`, the no-JavaScript-file way to pass a dataset. */
  private readInlineData(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) {
      // Defined by a script that ran before the page was parsed (no `defer`), the
      // element is connected before its children exist: look again once they do.
      const page = this.ownerDocument;
      if (page.readyState === 'loading') {
        const parsed = new Promise((done) => page.addEventListener('DOMContentLoaded', done, { once: true }));
        this.track(parsed.then(() => this.readInlineData()));
      }
      return;
    }
    const text = script.textContent ?? '';
    this.track(
      datasetLoader()
        .then((module) => module.parseDataset(text, 'inline'))
        .then((result) => this.accept('inline', result)),
    );
  }

  private loadSrc(): void {
    const src = this.src;
    this.accept('src', undefined);
    if (!src) return;
    this.track(
      datasetLoader()
        .then((module) => module.loadDataset(src))
        .then((result) => {
          if (this.src === src) this.accept('src', result);
        }),
    );
  }

  private loadData(): void {
    const data = this.data;
    this.accept('data', undefined);
    if (data === undefined || data === null) return;
    this.track(
      datasetLoader()
        .then((module) => module.checkDataset(data, 'property'))
        .then((result) => {
          if (this.data === data) this.accept('data', result);
        }),
    );
  }

  /** Takes one origin's dataset (or clears it): keeps a failure to report, announces a success. */
  private accept(origin: DataOrigin, result: LoadResult | undefined): void {
    delete this.extras[origin];
    delete this.loadErrors[origin];
    if (!result) return;
    if (result.ok) {
      this.extras[origin] = result.dataset;
      this.emit<CareerDataLoadedDetail>('career-data-loaded', {
        careers: result.dataset.careers.map((career) => career.id),
      });
    } else {
      this.loadErrors[origin] = result;
    }
  }

  /** Waits for `work`, then renders again; `updateComplete` waits for it too. */
  private track(work: Promise<unknown>): void {
    const tracked = work
      .catch((cause) => this.reportError(String(cause), cause))
      .finally(() => {
        this.pending.delete(tracked);
        this.requestUpdate();
      });
    this.pending.add(tracked);
  }

  /** Fires `career-error`, which bubbles out of the shadow root. */
  protected reportError(message: string, cause?: unknown): void {
    this.emit<CareerErrorDetail>('career-error', { message, cause });
  }

  /** Fires one of the elements' events: they all bubble and cross shadow roots. */
  protected emit<Detail>(name: string, detail: Detail): void {
    this.dispatchEvent(new CustomEvent<Detail>(name, { detail, bubbles: true, composed: true }));
  }

  /** The messages list, shown above the element's content; nothing when all is well. */
  protected renderMessages(): TemplateResult | typeof nothing {
    const messages = this.messages;
    if (messages.length === 0) return nothing;
    return html`<div role="status">
      <ul class="messages" part="messages">
        ${messages.map((message) => html`<li class="message" part="message">${message}</li>`)}
      </ul>
    </div>`;
  }

  /** Space held while data loads, so the page does not jump when it arrives. */
  protected renderLoading(): TemplateResult {
    return html`<div class="loading" part="loading" aria-busy="true">
      ${commonStrings(this.resolvedLocale)('loading')}
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'career-error': CustomEvent<CareerErrorDetail>;
    'career-data-loaded': CustomEvent<CareerDataLoadedDetail>;
  }
}
