/**
 * The data behind an element, as a reactive controller (in the manner of
 * `@lit/task`): the built-in dataset, then `src`, inline JSON and the `data`
 * property merged over it by id; the careers `careers` names, with any BLS
 * occupations loaded on demand; the loads still pending; and each problem
 * reported once. The host calls `update` at the start of each update and
 * reads `dataset` and `selection`; until everything has arrived, `dataset` is
 * undefined and the host shows its loading state.
 */
import { isServer } from 'lit';
import type { PropertyValues, ReactiveController, ReactiveElement } from 'lit';
import { parseList, selectCareers } from '../data/select.js';
import type { Selection } from '../data/select.js';
import type { Dataset } from '../data/types.js';
import { builtinDataNow, loadBuiltinData } from './builtin-data.js';
import type { BuiltinDataset } from './builtin-data.js';
import type { LoadResult } from './load-dataset.js';
import { commonStrings } from './strings.js';

type DataOrigin = 'src' | 'inline' | 'data';

/** The attributes and properties of the host that choose its data. */
export interface CareerDataHost extends ReactiveElement {
  careers: string;
  src: string | undefined;
  data: Dataset | undefined;
  sharedData: Dataset | undefined;
}

export interface CareerDataOptions {
  /** How many careers to show when `careers` is empty (undefined: all). */
  defaultCareerCount: number | undefined;
  /** The locale for messages. */
  locale: () => string;
  /** Attribute values that are not allowed, as `[attribute, value]`. */
  invalidAttributes: () => [string, string][];
  /** Called once for each new problem (`career-error`). */
  onError: (message: string, cause?: unknown) => void;
  /** Called when a `src`, inline or `data` dataset has loaded and validated (`career-data-loaded`). */
  onLoaded: (careers: string[]) => void;
}

/**
 * The loader for publisher datasets (fetch, parse, validate, merge, say what
 * failed), loaded on first use: a page that brings no dataset of its own never
 * downloads it. Merging and messages are only needed once one has arrived.
 */
let loader: typeof import('./load-dataset.js') | undefined;
export const datasetLoader = () => import('./load-dataset.js').then((module) => (loader = module));

/**
 * Every BLS occupation (chunk loading, readable ids, search), loaded the first
 * time an element is asked for a career its dataset does not have.
 */
let occupations: typeof import('../data/occupations.js') | undefined;
export const occupationsLoader = () => import('../data/occupations.js').then((module) => (occupations = module));

export class CareerDataController implements ReactiveController {
  /** The dataset in use, once the built-in data and any `src` have arrived. */
  dataset: Dataset | undefined;
  /** The careers chosen by `careers`, and the ids that were not found. */
  selection: Selection = { careers: [], unknown: [], failed: [] };

  /** Already here when an element is made after it arrived (always, on a server after `preload()`). */
  private builtin: BuiltinDataset | undefined = builtinDataNow();
  private extras: Partial<Record<DataOrigin, Dataset>> = {};
  private loadErrors: Partial<Record<DataOrigin, LoadResult & { ok: false }>> = {};
  /** The load failures and messages last reported. */
  private reported = new Set<LoadResult | string>();
  private pending = new Set<Promise<unknown>>();

  constructor(
    private readonly host: CareerDataHost,
    private readonly options: CareerDataOptions,
  ) {
    host.addController(this);
  }

  /** True while a load is under way. */
  get loading(): boolean {
    return this.pending.size > 0;
  }

  /** Resolves when every load under way has settled (including loads they start). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all(this.pending);
  }

  hostConnected(): void {
    if (!this.builtin) this.track(loadBuiltinData().then((dataset) => (this.builtin = dataset)));
    // Occupation data that failed for an element before this one is tried again, like a failed `src`.
    occupations?.forgetFailures();
    this.readInlineData();
  }

  /** Starts the loads `changed` calls for, then, once nothing is pending, merges the data and selects the careers. */
  update(changed: PropertyValues): void {
    if (changed.has('src')) this.loadSrc();
    if (changed.has('data')) this.loadData();
    const base = this.host.sharedData ?? this.builtin;
    if (this.pending.size > 0 || !base) return;
    const { src, inline, data } = this.extras;
    const dataset = [src, inline, data].reduce<Dataset>(
      (merged, extra) => (extra && loader ? loader.mergeDatasets(merged, extra) : merged),
      base,
    );
    const ids = parseList(this.host.careers);
    const selection = selectCareers(dataset, ids, this.options.defaultCareerCount, occupations);
    if (selection.needs) {
      // Occupations named by SOC code or title: their code and chunk load, then this runs again.
      const needs = selection.needs;
      this.track(needs === true ? occupationsLoader() : occupations!.loadOccupationData(needs));
      return;
    }
    this.dataset = dataset;
    this.selection = selection;
    this.reportNewProblems();
  }

  /** Waits for `work`, then updates the host again; the host's `updateComplete` waits for it too. */
  track(work: Promise<unknown>): void {
    const tracked = work
      .catch((cause) => this.options.onError(String(cause), cause))
      .finally(() => {
        this.pending.delete(tracked);
        this.host.requestUpdate();
      });
    this.pending.add(tracked);
  }

  /** Messages to show in place: failed datasets, unknown careers, values that are not allowed. */
  messages(): string[] {
    const locale = this.options.locale();
    const usingBuiltIn = commonStrings(locale)('usingBuiltIn');
    return [
      // In the reader's language when it renders, even if the failure came before the strings.
      ...Object.values(this.loadErrors).map(
        ({ problem }) => `${loader!.describeProblem(problem, locale)} ${usingBuiltIn}`,
      ),
      ...this.inputProblems(),
    ];
  }

  /**
   * Reports each problem when it appears, now that everything (the reader's
   * strings too) has arrived: a failed load, an unknown id, a bad value.
   */
  private reportNewProblems(): void {
    const problems = [...Object.values(this.loadErrors), ...this.inputProblems()];
    for (const problem of problems) {
      if (this.reported.has(problem)) continue;
      if (typeof problem === 'string') this.options.onError(problem, this.occupationFailure());
      else this.options.onError(loader!.describeProblem(problem.problem, this.options.locale()), problem.cause);
    }
    this.reported = new Set(problems);
  }

  /** Unknown careers, occupation data that failed to load and values that are not allowed, in the reader's language. */
  private inputProblems(): string[] {
    const t = commonStrings(this.options.locale());
    return [
      ...(this.builtin && 'failed' in this.builtin ? [t('builtinFailed')] : []),
      ...this.unknownCareers(),
      ...this.selection.failed.map((id) => t('occupationsFailed', { id })),
      ...this.options.invalidAttributes().map(([name, value]) => t('badValue', { name, value })),
    ];
  }

  /**
   * "Unknown career: 'x'", with the closest occupation when the search finds
   * one; after a dataset failed, one message for them all instead, as they
   * were most likely in it (no knock-on "Unknown career" per id).
   */
  private unknownCareers(): string[] {
    const t = commonStrings(this.options.locale());
    const { unknown } = this.selection;
    if (unknown.length > 0 && Object.keys(this.loadErrors).length > 0) {
      return [t('inFailedDataset', { ids: unknown.map((id) => `'${id}'`).join(', ') })];
    }
    const suggestions: { name: string; match?: { id: string; title: string } }[] =
      occupations?.suggestCareers(this.selection) ?? this.selection.unknown.map((name) => ({ name }));
    return suggestions.map(({ name, match }) => {
      const message = t('unknownCareer', { id: name });
      return match ? `${message} ${t('didYouMean', { id: match.id, title: match.title })}` : message;
    });
  }

  /** Why occupation data failed to load, for `career-error`'s `cause`. */
  private occupationFailure(): unknown {
    if (this.selection.failed.length === 0) return undefined;
    return occupations?.firstFailure()?.cause;
  }

  /** Reads a child `<script type="application/json">`, the no-JavaScript-file way to pass a dataset. */
  private readInlineData(): void {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    if (!script) {
      // Defined by a script that ran before the page was parsed (no `defer`), the
      // element is connected before its children exist: look again once they do.
      const page = this.host.ownerDocument;
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
    const src = this.host.src;
    this.accept('src', undefined);
    if (!src) return;
    this.track(
      datasetLoader()
        .then((module) => module.loadDataset(src))
        .then((result) => {
          if (this.host.src === src) this.accept('src', result);
        }),
    );
  }

  private loadData(): void {
    const data = this.host.data;
    this.accept('data', undefined);
    if (data === undefined || data === null) return;
    // A server renders at once, with the checker `preload()` loaded.
    if (isServer && loader) return this.accept('data', loader.checkDatasetNow(data, 'property'));
    this.track(
      datasetLoader()
        .then((module) => module.checkDataset(data, 'property'))
        .then((result) => {
          if (this.host.data === data) this.accept('data', result);
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
      this.options.onLoaded(result.dataset.careers.map((career) => career.id));
    } else {
      this.loadErrors[origin] = result;
    }
  }
}
