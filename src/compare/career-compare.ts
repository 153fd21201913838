import { css, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { parseList } from '../data/select.js';
import type { CareerQuizCompleteDetail } from '../quiz/career-quiz.js';
// The views' tags and their types (compare/define.ts defines them).
import type {} from '../quiz/define.js';
import type {} from '../salary-chart/define.js';
import type {} from '../table/define.js';
import { enumValue } from '../shared/attributes.js';
import type { InvalidAttribute } from '../shared/attributes.js';
import { buttonStyles } from '../shared/button-styles.js';
import { renderHeading } from '../shared/heading.js';
import type { CareerElement } from '../shared/career-element.js';
import { CareerPayElement } from '../shared/pay-element.js';
import { commonStrings } from '../shared/strings.js';
import { compareStrings } from './strings.js';

/** The views `<career-compare>` can show, in their default order. */
export const VIEWS = ['table', 'salary', 'quiz'] as const;
export type View = (typeof VIEWS)[number];

/** The `layout` attribute's values; the first is the default. */
const LAYOUTS = ['sections', 'tabs'] as const;

/**
 * The all-in-one embed: a heading ("A vs. B"), then the comparison table, the
 * salary chart and the fit quiz for the chosen careers. The dataset is loaded
 * once here and handed to the views, so each problem is reported once.
 * When the reader finishes the quiz, a button offers to compare their top
 * matches in the table. With `layout="tabs"` the views share one place,
 * behind a tab list (arrow keys move between the tabs).
 *
 * @customElement career-compare
 *
 * @slot - Fallback content: shown before the element is defined and when scripts are off; hidden once it renders.
 * @csspart heading - The heading.
 * @csspart table - The `<career-table>` view.
 * @csspart salary - The `<career-salary-chart>` view.
 * @csspart quiz - The `<career-quiz>` view.
 * @csspart handoff - The button that compares the quiz's top matches in the table.
 * @csspart tabs - The tab list (`layout="tabs"`).
 * @csspart tab - One tab; the chosen one is also `tab-selected`.
 * @csspart tab-selected - The chosen tab.
 * @csspart panel - The panel that holds one view (`layout="tabs"`).
 * @csspart messages - The list of messages about bad input.
 * @csspart message - One message about bad input.
 * @csspart loading - The space held while data loads.
 * @cssprop --career-spacing - Space between the views.
 * @cssprop --career-heading-font - Font of the heading.
 * @cssprop --career-link-color - Colour of links in every view (see `<career-table>`).
 */
export class CareerCompare extends CareerPayElement {
  static override defaultTag = 'career-compare';

  static override styles = [
    ...CareerPayElement.styles,
    buttonStyles,
    css`
      .views {
        display: grid;
        /* minmax(0, …): a wide view (the chart's table) scrolls inside, never widens the page. */
        grid-template-columns: minmax(0, 1fr);
        gap: calc(2 * var(--_space));
      }
      h1,
      h2,
      h3,
      h4,
      h5,
      h6 {
        margin: 0 0 var(--_space);
        font-family: var(--_heading-font);
        line-height: 1.2;
      }
      [role='tablist'] {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em;
        margin-bottom: var(--_space);
        border-bottom: 1px solid var(--_border);
      }
      /* A tab looks like a tab, not like the quiz's buttons: the chosen one is underlined in the accent. */
      [role='tab'] {
        min-height: 2.75em;
        padding: 0.4em 1em;
        border: 0;
        border-bottom: 3px solid transparent;
        border-radius: 0;
        background: none;
        color: inherit;
      }
      [role='tab'][aria-selected='true'] {
        border-bottom-color: var(--_accent);
        font-weight: 700;
      }
      [role='tabpanel'] {
        min-width: 0;
      }
      /* One title: this element's heading says what the table's caption says, which stays for screen readers. */
      career-table::part(caption) {
        display: none;
      }
      /* The views share this element's box: no second padding inside it. */
      career-table,
      career-salary-chart,
      career-quiz {
        padding: 0;
      }
    `,
  ];

  /** Which views to show, in order: any of `table salary quiz`. */
  @property() views = VIEWS.join(' ');

  /** The heading; default "A vs. B" from the careers' titles. */
  @property() heading: string | undefined;

  /** Table rows to show, in order (see `<career-table>`). */
  @property() rows: string | undefined;

  /** `sections` (the views one after another) or `tabs` (one view at a time, chosen from a tab list). */
  @property() layout: 'sections' | 'tabs' = 'sections';

  /** The view whose tab is chosen (`layout="tabs"`); the first view shown when it is not among them. */
  @state() private tab: View | undefined;

  /** The quiz's best matches, offered for the table once the reader finishes. */
  private topMatchIds: string[] = [];

  /** The views asked for, known ones only, without repeats. */
  private get shownViews(): View[] {
    // A removed `views` attribute leaves null: show the default views again.
    const asked = new Set(parseList((this.views ?? VIEWS.join(' ')).toLowerCase()));
    return [...asked].flatMap((view) => ((VIEWS as readonly string[]).includes(view) ? [view as View] : []));
  }

  protected override invalidAttributes(): InvalidAttribute[] {
    const asked = new Set(parseList((this.views ?? '').toLowerCase()));
    const unknownViews = [...asked].flatMap((view) => enumValue('views', view, VIEWS).invalid);
    return [...super.invalidAttributes(), ...unknownViews, ...enumValue('layout', this.layout, LAYOUTS).invalid];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('careers')) this.topMatchIds = [];
  }

  /** Resolves once this element and the views in it have rendered (each view renders in a task of its own). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    const views = this.renderRoot.querySelectorAll<CareerElement>('career-table, career-salary-chart, career-quiz');
    await Promise.all([...views].map((view) => view.updateComplete));
    return result;
  }

  private onQuizComplete(event: CustomEvent<CareerQuizCompleteDetail>): void {
    this.topMatchIds = event.detail.ranking.slice(0, 2).map((entry) => entry.id);
    this.requestUpdate();
  }

  /** Shows the quiz's top matches in the table and takes the reader there. */
  private compareTopMatches(): void {
    this.careers = this.topMatchIds.join(' ');
    this.tab = 'table';
    void this.updateComplete.then(() => {
      const table = this.renderRoot.querySelector<HTMLElement>('career-table');
      table?.scrollIntoView({ block: 'start' });
      table?.focus();
    });
  }

  override render() {
    if (!this.careerData) return this.renderLoading();
    const t = compareStrings(this.resolvedLocale);
    const careers = this.selection.careers;
    const titles = careers.map((career) => career.title);
    const text =
      this.heading ??
      (titles.length === 2 ? t('versus', { a: titles[0], b: titles[1] }) : titles.join(', ') || t('comparison'));
    const level = this.headingLevelInUse;
    const heading = renderHeading(level, text, { part: 'heading' });
    // `careers` names nothing that exists: the message, and no careers in any view (never the defaults).
    if (careers.length === 0 && parseList(this.careers).length > 0) {
      return html`${heading} ${this.renderMessages()}
        <p>${commonStrings(this.resolvedLocale)('noCareers')}</p>`;
    }
    const locale = this.locale ?? this.resolvedLocale;
    const byId = new Map(this.careerData.careers.map((career) => [career.id, career.title]));
    // An occupation from its chunk goes to the views by SOC code, which needs no index to find.
    const ids = careers
      .map((career) => (byId.has(career.id) ? career.id : (career.occupation?.soc ?? career.id)))
      .join(' ');
    const pay = this.payUnit;
    // The views' headings nest under this one.
    const viewLevel = Math.min(6, level + 1);
    const views = {
      table: html`<career-table
        part="table"
        heading-level=${viewLevel}
        .sharedData=${this.careerData}
        careers=${ids}
        rows=${ifDefined(this.rows)}
        pay=${pay}
        locale=${locale}
        theme=${ifDefined(this.theme)}
      ></career-table>`,
      salary: html`<career-salary-chart
        part="salary"
        heading-level=${viewLevel}
        .sharedData=${this.careerData}
        careers=${ids}
        pay=${pay}
        locale=${locale}
        theme=${ifDefined(this.theme)}
      ></career-salary-chart>`,
      quiz: html`<career-quiz
          part="quiz"
          heading-level=${viewLevel}
          .sharedData=${this.careerData}
          locale=${locale}
          theme=${ifDefined(this.theme)}
          @career-quiz-complete=${this.onQuizComplete}
        ></career-quiz>
        ${
          this.topMatchIds.length > 0 && this.shownViews.includes('table')
            ? html`<p>
                <button part="handoff" type="button" @click=${this.compareTopMatches}>
                  ${t('compareMatches', { careers: this.topMatchIds.map((id) => byId.get(id) ?? id).join(t('and')) })}
                </button>
              </p>`
            : nothing
        }`,
    };
    const shown = this.shownViews;
    if (enumValue('layout', this.layout, LAYOUTS).value === 'tabs' && shown.length > 1) {
      return html`${heading} ${this.renderMessages()} ${this.renderTabs(shown, views)}`;
    }
    return html`
      ${heading} ${this.renderMessages()}
      <div class="views">${shown.map((view) => html`<div>${views[view]}</div>`)}</div>
    `;
  }

  /** The views behind a tab list (WAI-ARIA tabs pattern); hidden panels keep their state, such as quiz answers. */
  private renderTabs(shown: View[], views: Record<View, unknown>) {
    const t = compareStrings(this.resolvedLocale);
    const selected = this.tab && shown.includes(this.tab) ? this.tab : shown[0];
    return html`<div role="tablist" part="tabs" aria-label=${t('views')} @keydown=${this.onTabKey}>
        ${shown.map(
          (view) =>
            html`<button
              type="button"
              role="tab"
              id="tab-${view}"
              part=${view === selected ? 'tab tab-selected' : 'tab'}
              aria-selected=${view === selected ? 'true' : 'false'}
              aria-controls="panel-${view}"
              tabindex=${view === selected ? 0 : -1}
              @click=${() => (this.tab = view)}
            >
              ${t(view)}
            </button>`,
        )}
      </div>
      ${shown.map(
        (view) =>
          html`<div
            role="tabpanel"
            part="panel"
            id="panel-${view}"
            aria-labelledby="tab-${view}"
            ?hidden=${view !== selected}
          >
            ${views[view]}
          </div>`,
      )}`;
  }

  /** Arrow keys move to the previous or next tab (round the ends), Home and End to the first and last; each is chosen as it is reached. */
  private onTabKey(event: KeyboardEvent): void {
    const tabs = [...this.renderRoot.querySelectorAll<HTMLElement>('[role="tab"]')];
    const at = tabs.indexOf(event.target as HTMLElement);
    const moves: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 };
    if (at < 0 || !(event.key in moves)) return;
    event.preventDefault();
    const next = tabs[(moves[event.key] + tabs.length) % tabs.length];
    this.tab = next.id.replace('tab-', '') as View;
    void this.updateComplete.then(() => next.focus());
  }
}
