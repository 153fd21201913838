import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PropertyValues } from 'lit';
import { buildRows, captionText, parseRows, sourceKinds } from '../core/rows.js';
import type { Cell, Row } from '../core/rows.js';
import { formatPeriod } from '../core/format.js';
import type { PayUnit } from '../core/format.js';
import { collectSources, creditsFor, occupationNotes } from '../core/sources.js';
import type { Career } from '../data/types.js';
import { parseList } from '../data/select.js';
import { CareerElement } from '../shared/career-element.js';
import { renderLink, renderNewTabLink } from '../shared/link.js';
import { commonStrings } from '../shared/strings.js';
import { tableStyles } from './styles.js';
import { tableStrings } from './strings.js';

const LAYOUTS = ['auto', 'table', 'cards'];
const PAY_UNITS = ['annual', 'hourly'];

/**
 * The side-by-side comparison table: a caption, one column per career, one
 * row per field, and the sources of its figures under it. In a narrow
 * container (`layout="auto"`) it becomes one card per career.
 *
 * @customElement career-table
 * @attr {string} rows - Row keys to show, in order.
 * @attr {"auto" | "table" | "cards"} layout - Table, cards, or the table where it fits.
 * @attr {"annual" | "hourly"} pay - Annual or hourly pay.
 *
 * @csspart table - The `<table>`.
 * @csspart caption - The title above the table or cards ("A compared with B"); the table's own caption says the same to screen readers.
 * @csspart scroll - The box around the table; with `layout="table"`, the scrolling region.
 * @csspart header - A career's column header (a card's title in the stacked layout).
 * @csspart row-header - A row's label.
 * @csspart cell - One career's value in one row.
 * @csspart note - A smaller line in a cell: the pay range, a note, how a figure was worked out.
 * @csspart card - One career's card in the stacked layout.
 * @csspart link - A career's call-to-action link.
 * @csspart sources - The footnote that names the sources.
 * @csspart source - One source in the footnote.
 * @csspart source-link - A source's link.
 * @csspart credit - The credit a source's licence asks for (O*NET's CC BY sentence).
 * @csspart messages - The list of messages about bad input.
 * @csspart message - One message about bad input.
 * @csspart loading - The space held while data loads.
 *
 * @cssprop --career-text - Text colour (default: inherited, or the theme's).
 * @cssprop --career-muted - Colour of notes and sources.
 * @cssprop --career-background - Background; with no theme, also the sticky column's (default `Canvas`).
 * @cssprop --career-surface - Background of the column headers and card titles.
 * @cssprop --career-accent - The line under the column headers.
 * @cssprop --career-border - Cell and card borders.
 * @cssprop --career-focus - Focus ring.
 * @cssprop --career-radius - Corner radius of cards and of a themed element.
 * @cssprop --career-spacing - Base spacing; cells are padded by half of it.
 * @cssprop --career-font - Font family (default: inherited).
 * @cssprop --career-heading-font - Font family of the caption.
 * @cssprop --career-column-width - Minimum column width with `layout="table"` (default 10rem).
 * @cssprop --career-loading-height - Space held while data loads (default 30rem).
 */
export class CareerTable extends CareerElement {
  static override defaultTag = 'career-table';

  static override properties = {
    ...CareerElement.properties,
    rows: { type: String },
    layout: { type: String },
    pay: { type: String },
  };

  static override styles = [...CareerElement.styles, tableStyles];

  /** Row keys to show, in that order; default: all of `summary pay outlook employment education training work-environment schedule responsibilities skills remote patient-contact advancement links` that have data. */
  declare rows: string;
  /** `auto` (table where it fits, cards where it does not), `table` (scrolls in its own box) or `cards`. */
  declare layout: 'auto' | 'table' | 'cards';
  /** `annual` or `hourly` pay figures. */
  declare pay: 'annual' | 'hourly';

  // Set by every willUpdate before render reads them.
  private tableRows!: Row[];
  private mode!: string;

  constructor() {
    super();
    this.rows = '';
    this.layout = 'auto';
    this.pay = 'annual';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { keys, unknown } = parseRows(parseList(this.rows));
    const bad = unknown.map((value): [string, string] => ['rows', value]);
    /** An allowed value as given, else the first (the default); a value that is not allowed is reported. */
    const pick = (name: string, value: string | null, allowed: string[]) => {
      if (value && allowed.includes(value)) return value;
      if (value) bad.push([name, value]);
      return allowed[0];
    };
    this.mode = pick('layout', this.layout, LAYOUTS);
    const unit = pick('pay', this.pay, PAY_UNITS) as PayUnit;
    this.badValues = bad;
    super.willUpdate(changed);
    const locale = this.resolvedLocale;
    if (this.careerData)
      this.tableRows = buildRows(this.selection.careers, { keys, unit, locale, t: tableStrings(locale) });
  }

  override render() {
    if (!this.careerData) return this.renderLoading();
    const locale = this.resolvedLocale;
    const t = tableStrings(locale);
    const careers = this.selection.careers;
    if (!careers.length)
      return html`${this.renderMessages()}
        <p>${commonStrings(locale)('noCareers')}</p>`;
    const rows = this.tableRows;
    const layout = this.mode;
    const scrolls = layout === 'table';
    const caption = captionText(
      careers.map((career) => career.title),
      { locale, t },
    );
    const list = (items: unknown[] | undefined, type = '') =>
      items?.length
        ? html`<ul class=${type}>
            ${items.map((item) => html`<li>${item}</li>`)}
          </ul>`
        : nothing;
    const cell = (value?: Cell) =>
      value
        ? html`${value.text ? html`<p class="main">${value.text}</p>` : nothing}${list(value.items)}${value.notes?.map(
            (note) => html`<p class="note" part="note">${note}</p>`,
          )}${list(
            value.links?.map((link) => renderLink(link.href, link.label)),
            'links',
          )}`
        : html`<span class="none" aria-hidden="true">—</span><span class="visually-hidden">${t('notListed')}</span>`;
    // Both layouts are rendered for layout="auto"; a container query shows one.
    const table = html`<div
      class="scroll"
      part="scroll"
      role=${ifDefined(scrolls ? 'region' : undefined)}
      aria-labelledby=${ifDefined(scrolls ? 'title' : undefined)}
      tabindex=${ifDefined(scrolls ? 0 : undefined)}
    >
      <table part="table">
        <caption class="visually-hidden">
          ${caption}
        </caption>
        <thead>
          <tr>
            <td></td>
            ${careers.map((career) => html`<th scope="col" part="header">${career.title}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) =>
              html`<tr class=${row.figure ? 'figure' : ''}>
                <th scope="row" part="row-header">${row.label}</th>
                ${row.cells.map((value) => html`<td part="cell">${cell(value)}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
    const cards = html`<div class="stack" role="group" aria-labelledby="title">
      ${careers.map(
        (career, index) =>
          html`<div class="card" part="card" role="group" aria-labelledby="card-${index}">
            <p class="title" id="card-${index}" part="header">${career.title}</p>
            <dl>
              ${rows.map(
                (row) =>
                  html`<div class=${row.figure ? 'figure' : ''}>
                    <dt part="row-header">${row.label}</dt>
                    <dd part="cell">${cell(row.cells[index])}</dd>
                  </div>`,
              )}
            </dl>
          </div>`,
      )}
    </div>`;
    return html`${this.renderMessages()}
      <div class="wrap ${layout} n${Math.min(Math.max(careers.length, 2), 4)}">
        <p class="caption" id="title" part="caption" aria-hidden="true">${caption}</p>
        ${layout === 'cards' ? nothing : table}${scrolls ? nothing : cards}${this.renderSources(careers, rows)}
      </div>`;
  }

  /**
   * The footnote: each source with its release, which BLS occupation a
   * renamed career's figures are for, and the credit a licence asks for.
   */
  private renderSources(careers: Career[], rows: Row[]) {
    const locale = this.resolvedLocale;
    const t = tableStrings(locale);
    const sources = collectSources(careers, sourceKinds(rows));
    if (sources.length === 0) return nothing;
    const renamed = rows.some((row) => row.figure) ? occupationNotes(careers) : [];
    return html`<div class="sources" part="sources">
      <p>${t('sources')}</p>
      <ul>
        ${sources.map(
          (note) =>
            html`<li part="source">
              ${t(note.kind)}:
              ${renderNewTabLink(note.source.url, note.source.name, 'source-link', t('newTab'))}${
                note.reference ? `, ${formatPeriod(note.reference, locale)}` : ''
              }
            </li>`,
        )}
        ${renamed.map((note) => html`<li part="source">${t('occupationNote', { ...note, soc: note.soc ?? '' })}</li>`)}
      </ul>
      ${creditsFor(sources).map((credit) => html`<p class="credit" part="credit">${credit}</p>`)}
    </div>`;
  }
}
