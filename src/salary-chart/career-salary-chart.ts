import { html, nothing, svg } from 'lit';
import type { PropertyValues } from 'lit';
import { centreText, fitText, layoutChart, textWidth } from '../core/chart-layout.js';
import type { ChartLayout } from '../core/chart-layout.js';
import { formatMoney, formatPeriod } from '../core/format.js';
import type { PayUnit } from '../core/format.js';
import { payFigures, payUnit } from '../core/pay.js';
import type { PayFigures } from '../core/pay.js';
import { linearScale, niceTicks } from '../core/scale.js';
import { collectSources } from '../core/sources.js';
import { PERCENTILE_KEYS } from '../data/types.js';
import type { Career, PercentileKey } from '../data/types.js';
import { CareerElement } from '../shared/career-element.js';
import { renderLink } from '../shared/link.js';
import { commonStrings } from '../shared/strings.js';
import { chartStrings } from './strings.js';
import { chartStyles } from './styles.js';

interface Row {
  career: Career;
  figures?: PayFigures;
}

/**
 * Pay per career as a chart: the median as a marker with its value, the
 * 10th–90th and 25th–75th percentiles as bands, on an axis of round figures.
 * Laid out to its own width; one tab stop, arrow keys move between careers and
 * show each one's figures; every figure is also in a table behind "Show as table".
 *
 * @customElement career-salary-chart
 * @attr {"annual" | "hourly"} pay - Annual or hourly pay.
 * @attr {boolean} no-range - Hides the percentile bands.
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
 * @cssprop --career-spacing - Space between the parts.
 * @cssprop --career-font - Font family.
 * @cssprop --career-loading-height - Height held while data loads.
 */
export class CareerSalaryChart extends CareerElement {
  static override defaultTag = 'career-salary-chart';

  static override properties = {
    ...CareerElement.properties,
    pay: { type: String, reflect: true },
    noRange: { type: Boolean, attribute: 'no-range' },
    active: { state: true, attribute: false },
  };

  static override styles = [...CareerElement.styles, chartStyles];

  /** `annual` or `hourly`: which pay figures to show; the chart's own checkbox sets it too. */
  declare pay: string | undefined;
  /** Hides the 10th–90th and 25th–75th percentile bands, leaving the medians. */
  declare noRange: boolean;

  /** The career whose figures the tooltip shows; -1 for none. */
  declare private active: number;
  /** Whether the chart has keyboard focus (undefined until it first has). */
  private focused?: boolean;
  // Worked out by willUpdate whenever there is data, so before every render that uses them.
  private rows!: Row[];
  private layout!: ChartLayout;
  private scale!: (value: number) => number;
  private ticks!: number[];
  private em!: number;
  /** The width laid out to; the resize observer compares it with the new one. */
  private width = 0;
  private observer?: ResizeObserver;

  constructor() {
    super();
    this.noRange = false;
    this.active = -1;
  }

  private get unit(): PayUnit {
    return payUnit(this.pay);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Lay out again when the element's own width changes, not the window's;
    // in the next frame, as re-rendering inside the callback makes the
    // browser report a "ResizeObserver loop" error.
    this.observer ??= new ResizeObserver(([entry]) => {
      if (Math.floor(entry.contentRect.width) !== this.width) requestAnimationFrame(() => this.requestUpdate());
    });
    this.observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const pay = this.pay;
    // `unit` is `pay` when it is one of the two.
    this.badValues = pay && pay !== this.unit ? [['pay', pay]] : [];
    super.willUpdate(changed);
    if (!this.careerData) return;
    const style = getComputedStyle(this);
    this.width = Math.floor(this.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)) || 320;
    // A detached element has no computed font size: fall back to 16px.
    this.em = Math.max(12, 0.875 * (parseFloat(style.fontSize) || 16));
    this.rows = this.selection.careers.map((career) => ({ career, figures: payFigures(career, this.unit) }));
    const keys = this.noRange ? (['median'] as const) : PERCENTILE_KEYS;
    const values = this.rows.flatMap(({ figures }) => keys.map((key) => figures?.[key] ?? NaN)).filter(isFinite);
    const currency = this.rows.find((row) => row.figures)?.career.pay?.currency;
    // Tick labels are at most as long as the largest figure written out in full.
    const tickWidth = textWidth(this.money(Math.max(...values, 0), currency), this.em) + 1.5 * this.em;
    this.layout = layoutChart(
      this.width,
      this.selection.careers.map((career) => career.title),
      this.em,
      tickWidth,
    );
    const { domain, ticks } = niceTicks(Math.min(...values), Math.max(...values), this.layout.tickCount);
    this.scale = linearScale(domain, this.layout.plot);
    this.ticks = ticks;
  }

  private money(value: number, currency = 'USD', compact?: boolean): string {
    return formatMoney(value, { locale: this.resolvedLocale, currency, unit: this.unit, compact });
  }

  /** A figure as text: `*` marks one worked out from annual pay, `—` one missing, "or more" one at the source's ceiling. */
  private figure({ career, figures }: Row, key: PercentileKey): string {
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
    const { key } = event;
    const { active } = this;
    const last = this.rows.length - 1;
    const next = (
      {
        ArrowDown: active + 1,
        ArrowRight: active + 1,
        ArrowUp: active - 1,
        ArrowLeft: active - 1,
        Home: 0,
        End: last,
      } as Record<string, number>
    )[key];
    if (key === 'Escape') this.active = -1;
    if (next === undefined) return;
    event.preventDefault();
    this.active = Math.max(0, Math.min(last, next));
  }

  override render() {
    if (!this.careerData) return this.renderLoading();
    const { rows, layout, width, em, scale, unit, active } = this;
    const locale = this.resolvedLocale;
    const t = chartStrings(locale);
    if (!rows.length)
      return html`${this.renderMessages()}
        <p>${commonStrings(locale)('noCareers')}</p>`;
    const title = t(unit);
    const tip = rows[active];
    const currency = rows.find((row) => row.figures)?.career.pay?.currency;
    // Compact ticks ("$40K") only when steps are whole thousands, so no two read the same.
    const compact = this.ticks[1] - this.ticks[0] >= 1000;
    const list = rows.map((row) => `${row.career.title} ${row.figures ? this.figure(row, 'median') : t('noPay')}`);
    const sources = collectSources(this.selection.careers, ['pay']);
    /** One career: its label, bands, median marker and value, or a note that it has no pay figures. */
    const renderRow = (row: Row, index: number) => {
      const { label, band, value } = layout.rows[index];
      const figures = row.figures;
      const x = (key: PercentileKey) => scale(figures?.[key] ?? NaN);
      // A band, `height` tall, needs both ends; NaN for a missing one fails the comparison.
      const bandRect = (name: string, low: PercentileKey, high: PercentileKey, height: number) =>
        !this.noRange && x(low) <= x(high)
          ? svg`<rect class=${name} x=${x(low)} y=${band - height / 2} width=${x(high) - x(low)} height=${height}></rect>`
          : nothing;
      const median = this.figure(row, 'median');
      const show = () => (this.active = index);
      // The label is cut to the width, which only one above its bands can need:
      // one in the left column fits in 40% of it.
      return svg`<g class=${index === active ? 'active' : ''} @pointerenter=${show} @click=${show}>
<rect class="hit" x="1" y=${index * layout.rowHeight + 1} width=${width - 2} height=${layout.rowHeight - 2}></rect>
<text y=${label}>${fitText(row.career.title, width, em)}</text>
${
  figures
    ? svg`${bandRect('range', 'p10', 'p90', em / 2)}
${bandRect('middle', 'p25', 'p75', em)}
${
  figures.median === undefined
    ? nothing
    : svg`<rect class="median" x=${x('median') - 2.5} y=${band - 0.8 * em} width="5" height=${1.6 * em} rx="1"></rect>
<text class="value" x=${centreText(x('median'), median, em, width)} y=${value}>${median}</text>`
}`
    : svg`<text x=${layout.plot[0]} y=${band + 0.35 * em}>${t('noPay')}</text>`
}
</g>`;
    };
    return html`${this.renderMessages()}
      <figure part="base">
        <figcaption>
          <p part="title"><strong>${title}</strong></p>
          <p part="how">${t('readMedian')} ${this.noRange ? '' : t('readRange')}</p>
          ${rows.some((row) => row.figures?.derived.length) ? html`<p part="note">${t('derived')}</p>` : nothing}
        </figcaption>
        <label part="toggle"
          ><input
            type="checkbox"
            .checked=${unit === 'hourly'}
            @change=${(event: Event) => (this.pay = (event.target as HTMLInputElement).checked ? 'hourly' : 'annual')}
          />
          ${t('hourly')}</label
        >
        <div class="plot" @pointerleave=${() => this.focused || (this.active = -1)}>
          <svg
            part="chart"
            role="img"
            tabindex="0"
            aria-label=${t('summary', { title, list: list.join(', ') })}
            aria-describedby="keys"
            width=${width}
            height=${layout.height}
            font-size=${em}
            @keydown=${this.onKey}
            @focus=${this.onFocus}
            @blur=${this.onFocus}
          >
            ${this.ticks.map(
              (value) => svg`<line class="grid" x1=${scale(value)} x2=${scale(value)} y2=${layout.axis}></line>
<text class="tick" x=${scale(value)} y=${layout.tickLabel}>${this.money(value, currency, compact)}</text>`,
            )}
            <line class="grid" x1=${layout.plot[0]} x2=${layout.plot[1]} y1=${layout.axis} y2=${layout.axis}></line>
            ${rows.map(renderRow)}
          </svg>
          <span id="keys" class="visually-hidden">${t('keys')}</span>
          <div
            class="tip"
            aria-live="polite"
            .style=${
              // A string through the CSSOM (style.cssText), which a strict CSP allows, unlike a style attribute.
              (tip
                ? // Under the career's marks; --at slides the box so its point over the median stays inside.
                  `--at:${scale(tip.figures?.median ?? NaN) / width};top:${layout.rows[active].value + em / 2}px`
                : '') as unknown as CSSStyleDeclaration
            }
          >
            ${
              tip
                ? html`<div part="tooltip">
                    <strong>${tip.career.title}</strong>${
                      tip.figures
                        ? PERCENTILE_KEYS.map((key) => html`<br />${t(key)}: ${this.figure(tip, key)}`)
                        : html`<br />${t('noPay')}`
                    }
                  </div>`
                : nothing
            }
          </div>
        </div>
        <details part="table">
          <summary>${t('table')}</summary>
          <div role="region" tabindex="0" aria-label=${title}>
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
                ${rows.map(
                  (row) =>
                    html`<tr>
                      <th scope="row">${row.career.title}</th>
                      ${
                        row.figures
                          ? PERCENTILE_KEYS.map((key) => html`<td>${this.figure(row, key)}</td>`)
                          : html`<td colspan="5">${t('noPay')}</td>`
                      }
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>
        </details>
        ${
          sources.length
            ? html`<p part="source">
                ${t('source')}
                ${sources.map(
                  ({ source, reference }, i) =>
                    html`${i ? '; ' : ''}${renderLink(source.url, `${source.shortName ?? source.name}, ${formatPeriod(reference ?? '', locale)}`)}`,
                )}
              </p>`
            : nothing
        }
      </figure>`;
  }
}
