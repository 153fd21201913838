import { html, nothing, svg } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  fitTicks,
  gridSegments,
  labelledTicks,
  layoutChart,
  placeText,
  textBox,
  textWidth,
} from '../core/chart-layout.js';
import type { AxisTick, TextBox, TextPlace } from '../core/chart-layout.js';
import type { ChartLayout } from '../core/chart-layout.js';
import { formatMoney, formatPeriod } from '../core/format.js';
import { payFigures } from '../core/pay.js';
import type { PayFigures } from '../core/pay.js';
import { linearScale } from '../core/scale.js';
import { collectSources } from '../core/sources.js';
import { PERCENTILE_KEYS } from '../data/types.js';
import type { Career, PercentileKey } from '../data/types.js';
import { renderHeading } from '../shared/heading.js';
import { checked } from '../shared/checked.js';
import { renderLink } from '../shared/link.js';
import { CareerPayElement } from '../shared/pay-element.js';
import { commonStrings } from '../shared/strings.js';
import { chartStrings } from './strings.js';
import { chartStyles } from './styles.js';

/**
 * The content width and font size (px) a server lays the chart out to: a
 * blog's column, and 0.875 of 16px text. The browser lays it out again to its
 * own, which changes its height only where the labels move (a phone puts
 * them above the bars). Until then, and for a reader without JavaScript, the
 * SVG scales down to a narrower column.
 */
const SERVER_SIZE = { width: 640, em: 14 };

/** One career's bar: its pay figures in the unit shown, if it has any. */
interface PayBar {
  career: Career;
  figures?: PayFigures;
}

/** A median's figure and where it is written. */
interface MedianLabel {
  text: string;
  place: TextPlace;
}

type T = ReturnType<typeof chartStrings>;

/**
 * Pay per career as a chart: the median as a marker with its value, the
 * 10th–90th and 25th–75th percentiles as bands, on an axis of round figures.
 * Laid out to its own width; one tab stop, arrow keys move between careers and
 * show each one's figures; every figure is also in a table behind "Show as table".
 *
 * @customElement career-salary-chart
 *
 * @csspart base - The figure around everything but the messages.
 * @csspart title - The chart's title.
 * @csspart how - The line that says how to read the chart.
 * @csspart note - The note on hourly figures worked out from annual pay.
 * @csspart toggle - The label around the checkbox that switches to hourly pay.
 * @csspart chart - The SVG chart.
 * @csspart tooltip - The box with one career's figures, shown on hover and keyboard focus.
 * @csspart table - The "Show as table" disclosure (a `details` element) holding the table of every figure.
 * @csspart source - The source line under the chart.
 * @csspart link - A source link.
 * @csspart messages - The list of messages about bad input.
 * @csspart message - One message about bad input.
 * @csspart loading - The space held while data loads.
 *
 * @cssprop --career-text - Colour of text, axis labels and the median marker's outline.
 * @cssprop --career-background - Background colour.
 * @cssprop --career-accent - Colour of the bands.
 * @cssprop --career-accent-text - Fill of the median marker (it sits on the accent).
 * @cssprop --career-border - Colour of the gridlines and the axis.
 * @cssprop --career-focus - Colour of the focus ring and the highlighted career.
 * @cssprop --career-link-color - Colour of links, which stay underlined (default: the browser's link colour mixed with the text colour; a theme's accent).
 * @cssprop --career-spacing - Space between the parts.
 * @cssprop --career-font - Font family.
 * @cssprop --career-loading-height - Height held while data loads.
 */
export class CareerSalaryChart extends CareerPayElement {
  static override defaultTag = 'career-salary-chart';

  static override styles = [...CareerPayElement.styles, chartStyles];

  /** Hides the 10th–90th and 25th–75th percentile bands, leaving the medians. */
  @property({ type: Boolean, attribute: 'no-range' }) noRange = false;

  /** The career whose figures the tooltip shows; -1 for none. */
  @state() private active = -1;
  /** Whether the chart has keyboard focus (undefined until it first has). */
  private focused?: boolean;
  // Worked out by willUpdate whenever there is data, so before every render that uses them.
  private bars: PayBar[] = [];
  private chartLayout!: ChartLayout;
  private scale!: (value: number) => number;
  private ticks: AxisTick[] = [];
  /** Each bar's median figure and where it is written; worked out once per update, for the bars and the gridlines. */
  private medians: (MedianLabel | undefined)[] = [];
  /** The font size and content width laid out to: the server's, until the element has measured itself and, if server-rendered, hydrated. */
  private em = SERVER_SIZE.em;
  private width = SERVER_SIZE.width;
  /** The font size and content width as the resize observer last measured them. */
  private measuredSize?: { width: number; em: number };
  /** Resolves once the resize observer has measured the element (it does so after layout, never forcing it). */
  private measured = new Promise<void>((resolve) => (this.onMeasured = resolve));
  private onMeasured!: () => void;
  private observer?: ResizeObserver;
  /** Watches the "Show as table" region, which is a tab stop only while it scrolls. */
  private regionObserver?: ResizeObserver;
  private observedRegion?: Element;

  override connectedCallback(): void {
    super.connectedCallback();
    // The chart is laid out to its own content width and font size, read here, once the browser
    // has done its layout (reading them in an update would force one). A change lays it out
    // again in the next frame, as re-rendering inside the callback makes the browser report a
    // "ResizeObserver loop" error. A chart with no width (hidden) is laid out to 320px.
    this.observer ??= new ResizeObserver(([entry]) => {
      const width = Math.floor(entry.contentRect.width) || 320;
      // A detached element has no computed font size: 16px.
      const em = Math.max(12, 0.875 * (parseFloat(getComputedStyle(this).fontSize) || 16));
      this.measuredSize = { width, em };
      this.onMeasured();
      this.layOutAgainIfResized();
    });
    this.observer.observe(this);
    // The table's region is a tab stop only while it scrolls, so a keyboard can scroll it
    // (and no stop is wasted when it fits); measured after layout, never during an update.
    this.regionObserver ??= new ResizeObserver((entries) => {
      for (const { target } of entries) {
        const region = target as HTMLElement;
        if (region.scrollWidth > region.clientWidth) region.tabIndex = 0;
        else region.removeAttribute('tabindex');
      }
    });
    this.ownerDocument.addEventListener('keydown', this.onDocumentKey);
  }

  /** Lays the chart out again in the next frame if its measured size is not the one it was laid out to. */
  private layOutAgainIfResized(): void {
    const size = this.measuredSize;
    if (!this.hasUpdated || !size || (size.width === this.width && size.em === this.em)) return;
    requestAnimationFrame(() => this.requestUpdate());
  }

  protected override updated(): void {
    // After hydrating the server's layout, the chart takes its own size.
    this.layOutAgainIfResized();
    const region = this.renderRoot.querySelector('[role="region"]');
    if (this.isConnected && region && region !== this.observedRegion) {
      if (this.observedRegion) this.regionObserver?.unobserve(this.observedRegion);
      this.regionObserver?.observe(region);
      this.observedRegion = region;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.regionObserver?.disconnect();
    this.observedRegion = undefined;
    this.ownerDocument.removeEventListener('keydown', this.onDocumentKey);
  }

  /** The first render waits for the first measurement. */
  protected override beforeFirstRender(): Promise<void> {
    return this.measured;
  }

  /** Escape hides a tooltip shown by hovering, wherever focus is (WCAG 1.4.13: dismissible). */
  private onDocumentKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.active >= 0 && !this.focused) this.active = -1;
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.careerData) return;
    // Hovering, or moving between careers by keyboard, changes only the tooltip: the layout
    // stays, so answering the pointer costs a render, not a layout of the whole chart.
    const tooltipOnly = changed.size === 1 && (changed as Map<PropertyKey, unknown>).has('active');
    if (this.chartLayout && tooltipOnly) return;
    // Hydrating keeps the server's layout (the same values, or hydration fails); then the real size.
    if (this.measuredSize && !this.serverRendered) ({ width: this.width, em: this.em } = this.measuredSize);
    this.bars = this.selection.careers.map((career) => ({ career, figures: payFigures(career, this.payUnit) }));
    const keys = this.noRange ? (['median'] as const) : PERCENTILE_KEYS;
    const values = this.bars.flatMap(({ figures }) => keys.map((key) => figures?.[key] ?? NaN)).filter(isFinite);
    const range: [number, number] = [Math.min(...values), Math.max(...values)];
    // An axis figure: compact ("$40K") when the steps are whole thousands, so no two read the same.
    // Kept for this layout: fitting the ticks asks for the same labels several times over.
    const labels = new Map<string, string>();
    const currency = this.currency;
    const tickLabel = (value: number, step: number) => {
      const compact = step >= 1000;
      const key = `${value} ${compact}`;
      let label = labels.get(key);
      if (label === undefined) labels.set(key, (label = this.money(value, currency, compact)));
      return label;
    };
    // The room one tick label needs: the widest of the labels two ticks would have, as drawn.
    const rough = labelledTicks(range[0], range[1], 2, tickLabel).ticks;
    const widest = Math.max(0, ...rough.map(({ label }) => textWidth(label ?? '', this.em)));
    const gap = this.em;
    const titles = this.selection.careers.map((career) => career.title);
    this.chartLayout = layoutChart(this.width, titles, this.em, widest + gap);
    const axis = fitTicks(range, this.chartLayout.plot, this.chartLayout.tickCount, tickLabel, {
      fontSize: this.em,
      width: this.width,
      gap,
    });
    this.scale = linearScale(axis.domain, this.chartLayout.plot);
    this.ticks = axis.ticks;
    this.medians = this.bars.map((bar) => this.medianLabel(bar));
  }

  /** The currency of the first career with pay figures; the axis uses it. */
  private get currency(): string | undefined {
    return this.bars.find((bar) => bar.figures)?.career.pay?.currency;
  }

  private money(value: number, currency = 'USD', compact?: boolean): string {
    return formatMoney(value, { locale: this.resolvedLocale, currency, unit: this.payUnit, compact });
  }

  /** A figure as text: `*` marks one worked out from annual pay, `—` one missing, "or more" one at the source's ceiling. */
  private figure({ career, figures }: PayBar, key: PercentileKey): string {
    const value = figures?.[key];
    if (value === undefined) return '—';
    const amount = this.money(value, career.pay?.currency) + (figures?.derived.includes(key) ? '*' : '');
    return figures?.atLeast.includes(key) ? chartStrings(this.resolvedLocale)('orMore', { amount }) : amount;
  }

  /** On focus the tooltip shows (the first career's at first); on blur it hides. */
  private onFocus({ type }: FocusEvent): void {
    this.focused = type === 'focus';
    this.active = this.focused ? Math.max(0, this.active) : -1;
  }

  /** One tab stop: arrows, Home and End move between careers, Escape hides the tooltip. */
  private onKey(event: KeyboardEvent): void {
    const last = this.bars.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: this.active + 1,
      ArrowRight: this.active + 1,
      ArrowUp: this.active - 1,
      ArrowLeft: this.active - 1,
      Home: 0,
      End: last,
    };
    if (event.key === 'Escape') this.active = -1;
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.active = Math.max(0, Math.min(last, next));
  }

  private onToggle(event: Event): void {
    this.pay = (event.target as HTMLInputElement).checked ? 'hourly' : 'annual';
  }

  override render() {
    if (!this.careerData) return this.renderLoading();
    const t = chartStrings(this.resolvedLocale);
    if (this.bars.length === 0) {
      return html`${this.renderMessages()}
        <p>${commonStrings(this.resolvedLocale)('noCareers')}</p>`;
    }
    const title = t(this.payUnit);
    const medians = this.bars.map(
      (bar) => `${bar.career.title} ${bar.figures ? this.figure(bar, 'median') : t('noPay')}`,
    );
    const derived = this.bars.some((bar) => bar.figures?.derived.length);
    return html`${this.renderMessages()}
      <figure part="base">
        <figcaption>
          ${renderHeading(this.headingLevelInUse, title, { part: 'title' })}
          <p part="how">${t('readMedian')} ${this.noRange ? '' : t('readRange')}</p>
          ${derived ? html`<p part="note">${t('derived')}</p>` : nothing}
        </figcaption>
        <label part="toggle"
          ><input type="checkbox" ?checked=${checked(this.payUnit === 'hourly')} @change=${this.onToggle} />
          ${t('hourly')}</label
        >
        <div class="plot" @pointerleave=${() => this.focused || (this.active = -1)}>
          <svg
            part="chart"
            role="img"
            tabindex="0"
            aria-label=${t('summary', { title, list: medians.join(', ') })}
            aria-describedby="keys"
            width=${this.width}
            height=${this.chartLayout.height}
            viewBox="0 0 ${this.width} ${this.chartLayout.height}"
            font-size=${this.em}
            @keydown=${this.onKey}
            @focus=${this.onFocus}
            @blur=${this.onFocus}
          >
            ${this.renderTicks(t)} ${this.bars.map((bar, index) => this.renderBar(bar, index, t))}
          </svg>
          <span id="keys" hidden>${t('keys')}</span>
          ${this.renderTooltip(t)}
        </div>
        ${this.renderDataTable(title, t)} ${this.renderSources(t)}
      </figure>`;
  }

  /**
   * The gridlines and the axis as one path (one element, not one per stretch),
   * the gridlines stopping short of text, and the ticks' figures ("$40K").
   */
  private renderTicks(t: T) {
    const { scale, chartLayout, em, width } = this;
    const boxes = this.textBoxes(t);
    const round = (n: number) => Math.round(n * 10) / 10;
    const gridlines = this.ticks.flatMap(({ value }) =>
      gridSegments(scale(value), [0, chartLayout.axis], boxes, em / 4).map(
        ([y1, y2]) => `M${round(scale(value))} ${round(y1)}V${round(y2)}`,
      ),
    );
    const axis = `M${round(chartLayout.plot[0])} ${round(chartLayout.axis)}H${round(chartLayout.plot[1])}`;
    return svg`<path class="grid" d=${gridlines.join('') + axis}></path>
${this.ticks.map(({ value, label }) =>
  label === undefined
    ? nothing
    : this.renderText('tick', placeText(scale(value), label, em, width), chartLayout.tickLabel, label),
)}`;
  }

  /** Where the careers' names and figures sit, for the gridlines to stop short of. */
  private textBoxes(t: T): TextBox[] {
    const { em, chartLayout } = this;
    return this.bars.flatMap((bar, index) => {
      const { lines, label, band, value } = chartLayout.rows[index];
      const start = (x: number): TextPlace => ({ x, anchor: 'start' });
      const boxes = lines.map((line, n) => textBox(start(0), line, label + n * chartLayout.lineHeight, em));
      const median = this.medians[index];
      if (median) boxes.push(textBox(median.place, median.text, value, em));
      if (!bar.figures) boxes.push(textBox(start(chartLayout.plot[0]), t('noPay'), band + 0.35 * em, em));
      return boxes;
    });
  }

  /** The median's figure and where it goes, under its marker; undefined for a career without one. */
  private medianLabel(bar: PayBar): MedianLabel | undefined {
    const median = bar.figures?.median;
    if (median === undefined) return undefined;
    const text = this.figure(bar, 'median');
    return { text, place: placeText(this.scale(median), text, this.em, this.width) };
  }

  /** A figure on the chart (a tick's, a median's), placed by `placeText`. */
  private renderText(className: string, { x, anchor }: TextPlace, y: number, text: string) {
    const classes = anchor === 'middle' ? className : `${className} anchor-${anchor}`;
    return svg`<text class=${classes} x=${x} y=${y}>${text}</text>`;
  }

  /** One career: its label, bands, median marker and value, or a note that it has no pay figures. */
  private renderBar(bar: PayBar, index: number, t: T) {
    const { width, em, chartLayout } = this;
    const { top, height, lines, label, band } = chartLayout.rows[index];
    const show = () => (this.active = index);
    return svg`<g class=${index === this.active ? 'active' : ''} @pointerenter=${show} @click=${show}>
<rect class="hit" x="1" y=${top + 1} width=${width - 2} height=${height - 2}></rect>
<text y=${label}>${lines.map((line, n) => svg`<tspan x="0" dy=${n === 0 ? 0 : chartLayout.lineHeight}>${line}</tspan>`)}</text>
${bar.figures ? this.renderFigures(bar, index) : svg`<text x=${chartLayout.plot[0]} y=${band + 0.35 * em}>${t('noPay')}</text>`}
</g>`;
  }

  /** A career's two bands and its median marker with the median written above it. */
  private renderFigures(bar: PayBar, index: number) {
    const { em } = this;
    const { band, value } = this.chartLayout.rows[index];
    const x = (key: PercentileKey) => this.scale(bar.figures?.[key] ?? NaN);
    /** A band, `height` tall; it needs both ends (NaN for a missing one fails the comparison). */
    const renderBand = (name: string, low: PercentileKey, high: PercentileKey, height: number) => {
      if (this.noRange || !(x(low) <= x(high))) return nothing;
      return svg`<rect class=${name} x=${x(low)} y=${band - height / 2} width=${x(high) - x(low)} height=${height}></rect>`;
    };
    const bands = svg`${renderBand('range', 'p10', 'p90', em / 2)}
${renderBand('middle', 'p25', 'p75', em)}`;
    const median = this.medians[index];
    if (!median) return bands;
    return svg`${bands}
<rect class="median" x=${x('median') - 2.5} y=${band - 0.8 * em} width="5" height=${1.6 * em} rx="1"></rect>
${this.renderText('value', median.place, value, median.text)}`;
  }

  /** The box with the active career's five figures, under its marks; empty when none is active. */
  private renderTooltip(t: T) {
    const bar = this.bars[this.active];
    // A string through the CSSOM (style.cssText), which a strict CSP allows, unlike a style attribute.
    // --at slides the box so its point over the median stays inside.
    const position = bar
      ? `--at:${this.scale(bar.figures?.median ?? NaN) / this.width};top:${this.chartLayout.rows[this.active].value + this.em / 2}px`
      : '';
    return html`<div
      class="tip"
      aria-live="polite"
      aria-atomic="true"
      .style=${position as unknown as CSSStyleDeclaration}
    >
      ${
        bar
          ? html`<div part="tooltip">
              <strong>${bar.career.title}</strong>${
                bar.figures
                  ? PERCENTILE_KEYS.map((key) => html`<br />${t(key)}: ${this.figure(bar, key)}`)
                  : html`<br />${t('noPay')}`
              }
            </div>`
          : nothing
      }
    </div>`;
  }

  /** Every figure as a table, behind "Show as table". */
  private renderDataTable(title: string, t: T) {
    return html`<details part="table">
      <summary>${t('table')}</summary>
      <div role="region" aria-label=${title}>
        <table>
          <caption>
            ${title}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('career')}</th>
              ${PERCENTILE_KEYS.map((key) => html`<th scope="col">${t(key)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${this.bars.map(
              (bar) =>
                html`<tr>
                  <th scope="row">${bar.career.title}</th>
                  ${
                    bar.figures
                      ? PERCENTILE_KEYS.map((key) => html`<td>${this.figure(bar, key)}</td>`)
                      : html`<td colspan="5">${t('noPay')}</td>`
                  }
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>`;
  }

  /** The source line: each pay source with its release. */
  private renderSources(t: T) {
    const sources = collectSources(this.selection.careers, ['pay']);
    if (sources.length === 0) return nothing;
    const links = sources.map(({ source, reference }) => {
      const text = `${source.shortName ?? source.name}, ${formatPeriod(reference ?? '', this.resolvedLocale)}`;
      return renderLink(source.url, text);
    });
    return html`<p part="source">${t('source')} ${links.map((link, i) => html`${i ? '; ' : ''}${link}`)}</p>`;
  }
}
