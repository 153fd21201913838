import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatPeriod } from '../core/format.js';
import { buildRows, captionText, parseRows, sourceKinds } from '../core/rows.js';
import type { Cell, Row } from '../core/rows.js';
import { collectSources, creditsFor, occupationNotes } from '../core/sources.js';
import { parseList } from '../data/select.js';
import type { Career } from '../data/types.js';
import { enumValue } from '../shared/attributes.js';
import type { InvalidAttribute } from '../shared/attributes.js';
import { renderHeading } from '../shared/heading.js';
import { renderLink, renderNewTabLink } from '../shared/link.js';
import { CareerPayElement } from '../shared/pay-element.js';
import { commonStrings } from '../shared/strings.js';
import { tableStyles } from './styles.js';
import { tableStrings } from './strings.js';

/** The `layout` attribute's values; the first is the default. */
const LAYOUTS = ['auto', 'table', 'stacked', 'cards'] as const;

/**
 * The side-by-side comparison table: a caption, one column per career, one
 * row per field, and the sources of its figures under it. In a narrow
 * container (`layout="auto"`) two or three careers stay side by side, each
 * row's label on a line of its own above their values; four or more, or
 * three in a very narrow one, become one card per career.
 *
 * @customElement career-table
 *
 * @csspart table - The `<table>`, and the stacked one (also `stacked`).
 * @csspart stacked - The stacked table: each row's label on a line of its own, the careers' values side by side under it.
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
 * @cssprop --career-link-color - Colour of links, which stay underlined (default: the browser's link colour mixed with the text colour; a theme's accent).
 * @cssprop --career-radius - Corner radius of cards and of a themed element.
 * @cssprop --career-spacing - Base spacing; cells are padded by half of it.
 * @cssprop --career-font - Font family (default: inherited).
 * @cssprop --career-heading-font - Font family of the caption.
 * @cssprop --career-column-width - Minimum column width with `layout="table"` (default 10rem).
 * @cssprop --career-loading-height - Space held while data loads (default 30rem).
 */
export class CareerTable extends CareerPayElement {
  static override defaultTag = 'career-table';

  static override styles = [...CareerPayElement.styles, tableStyles];

  /** Row keys to show, in that order; default: all of `summary pay outlook employment education training work-environment schedule responsibilities skills remote patient-contact advancement links` that have data. */
  @property() rows = '';

  /**
   * `auto` (the table where it fits; below that the stacked table for two or three careers, cards for more),
   * `table` (scrolls in its own box), `stacked` (each row's label above the careers' values, side by side) or `cards`.
   */
  @property() layout: 'auto' | 'table' | 'stacked' | 'cards' = 'auto';

  /** The table's rows for the careers shown; set by every willUpdate before render reads them. */
  private tableRows: Row[] = [];

  /**
   * Moves focus to the comparison itself: the table, or the cards where they
   * show, each of which has a role and a name. (`<career-compare>` does this
   * when the reader asks to compare their quiz matches.)
   */
  override focus(options?: FocusOptions): void {
    const shown = [...this.renderRoot.querySelectorAll<HTMLElement>('table, .stack')].find(
      (candidate) => candidate.getClientRects().length > 0,
    );
    if (shown) shown.focus(options);
    else super.focus(options);
  }

  private get layoutInUse(): (typeof LAYOUTS)[number] {
    return enumValue('layout', this.layout, LAYOUTS).value;
  }

  protected override invalidAttributes(): InvalidAttribute[] {
    const unknownRows = parseRows(parseList(this.rows)).unknown.map((key): InvalidAttribute => ['rows', key]);
    return [...unknownRows, ...enumValue('layout', this.layout, LAYOUTS).invalid, ...super.invalidAttributes()];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.careerData) return;
    const locale = this.resolvedLocale;
    const { keys } = parseRows(parseList(this.rows));
    this.tableRows = buildRows(this.selection.careers, { keys, unit: this.payUnit, locale, t: tableStrings(locale) });
  }

  override render() {
    if (!this.careerData) return this.renderLoading();
    const careers = this.selection.careers;
    if (careers.length === 0) {
      return html`${this.renderMessages()}
        <p>${commonStrings(this.resolvedLocale)('noCareers')}</p>`;
    }
    const layout = this.layoutInUse;
    const caption = captionText(
      careers.map((career) => career.title),
      { locale: this.resolvedLocale, t: tableStrings(this.resolvedLocale) },
    );
    // layout="auto" renders the table and what it becomes when narrow; a container query shows one.
    const auto = layout === 'auto';
    const stacked = layout === 'stacked' || (auto && careers.length <= 3);
    const cards = layout === 'cards' || (auto && careers.length >= 3);
    return html`${this.renderMessages()}
      <div class="wrap ${layout}" data-careers=${Math.min(Math.max(careers.length, 2), 4)}>
        <p class="caption" id="title" part="caption" aria-hidden="true">${caption}</p>
        ${auto || layout === 'table' ? this.renderTable(careers, caption, layout === 'table') : nothing}
        ${stacked ? this.renderStacked(careers, caption) : nothing} ${cards ? this.renderCards(careers) : nothing}
        ${this.renderSources(careers, this.tableRows)}
      </div>`;
  }

  /** The table; with `scrolls`, in a labelled region that scrolls by keyboard too. */
  private renderTable(careers: Career[], caption: string, scrolls: boolean) {
    return html`<div
      class="scroll"
      part="scroll"
      role=${ifDefined(scrolls ? 'region' : undefined)}
      aria-labelledby=${ifDefined(scrolls ? 'title' : undefined)}
      tabindex=${ifDefined(scrolls ? 0 : undefined)}
    >
      <table part="table" tabindex="-1">
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
          ${this.tableRows.map(
            (row) =>
              html`<tr class=${row.figure ? 'figure' : ''}>
                <th scope="row" part="row-header">${row.label}</th>
                ${row.cells.map((cell) => html`<td part="cell">${this.renderCell(cell)}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  /**
   * The table for a narrow column: the careers' names as column headers, then
   * each row's label on a line of its own and the values side by side under
   * it; `headers` ties every value to its career and its label.
   */
  private renderStacked(careers: Career[], caption: string) {
    return html`<table class="stacked" part="table stacked" tabindex="-1">
      <caption class="visually-hidden">
        ${caption}
      </caption>
      <thead>
        <tr>
          ${careers.map((career, index) => html`<th scope="col" id="career-${index}" part="header">${career.title}</th>`)}
        </tr>
      </thead>
      ${this.tableRows.map(
        (row, r) =>
          html`<tbody class=${row.figure ? 'figure' : ''}>
            <tr>
              <th colspan=${careers.length} id="row-${r}" part="row-header">${row.label}</th>
            </tr>
            <tr>
              ${row.cells.map((cell, i) => html`<td headers="career-${i} row-${r}" part="cell">${this.renderCell(cell)}</td>`)}
            </tr>
          </tbody>`,
      )}
    </table>`;
  }

  /** One card per career, each keeping the row labels as a description list. */
  private renderCards(careers: Career[]) {
    return html`<div class="stack" role="group" aria-labelledby="title" tabindex="-1">
      ${careers.map(
        (career, index) =>
          html`<div class="card" part="card" role="group" aria-labelledby="card-${index}">
            ${renderHeading(this.headingLevelInUse, career.title, { part: 'header', id: `card-${index}`, className: 'title' })}
            <dl>
              ${this.tableRows.map(
                (row) =>
                  html`<div class=${row.figure ? 'figure' : ''}>
                    <dt part="row-header">${row.label}</dt>
                    <dd part="cell">${this.renderCell(row.cells[index])}</dd>
                  </div>`,
              )}
            </dl>
          </div>`,
      )}
    </div>`;
  }

  /** One career's value in one row: its text, list, notes and links, or "not listed". */
  private renderCell(cell: Cell | undefined) {
    if (!cell) {
      const notListed = tableStrings(this.resolvedLocale)('notListed');
      return html`<span class="none" aria-hidden="true">—</span><span class="visually-hidden">${notListed}</span>`;
    }
    const links = cell.links?.map((link) => renderLink(link.href, link.label));
    return html`${cell.text ? html`<p class="main">${cell.text}</p>` : nothing}${renderList(cell.items)}
    ${cell.notes?.map((note) => html`<p class="note" part="note">${note}</p>`)}${renderList(links, 'links')}`;
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

/** A list of items, or nothing when there are none. */
function renderList(items: unknown[] | undefined, className = '') {
  if (!items?.length) return nothing;
  return html`<ul class=${className}>
    ${items.map((item) => html`<li>${item}</li>`)}
  </ul>`;
}
