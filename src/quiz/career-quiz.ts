import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatCount } from '../core/format.js';
import { INTEREST_AREAS, PREPARATION, interestTrait } from '../core/interests.js';
import { hasProfile, quizTraits, rankCareers } from '../core/scoring.js';
import type { QuizResult, Reason } from '../core/scoring.js';
import { parseList } from '../data/select.js';
import type { Career, Quiz } from '../data/types.js';
import { buttonStyles } from '../shared/button-styles.js';
import { CareerElement } from '../shared/career-element.js';
import { checked } from '../shared/checked.js';
import { renderHeading } from '../shared/heading.js';
import { renderLink } from '../shared/link.js';
import { quizStrings } from './strings.js';
import { quizStyles } from './styles.js';

/** One career in the quiz's result. */
export interface QuizRank {
  id: string;
  /** The career's title, as the quiz shows it. */
  title: string;
  /** 0–100. */
  score: number;
  /** Why the career fits, in words, from the reader's answers. */
  reasons: string[];
  /** Place, 1 = best; tied careers share a place. */
  rank: number;
  /** True when the career shares its place with another (scores within 2 points). */
  tied: boolean;
}

/** Detail of the `career-quiz-complete` event. */
export interface CareerQuizCompleteDetail {
  /** Every scored career, best first; empty when the answers point nowhere. */
  ranking: QuizRank[];
  /** True when the answers point at no interest (all the same, e.g. all "Not sure"). */
  flat: boolean;
}

type T = ReturnType<typeof quizStrings>;

/**
 * A short fit quiz: one question at a time as a native radio group, then every
 * candidate career ranked with a 0–100 match and the reasons, in words, from
 * the answers. The built-in quiz asks about the six O*NET interest areas and
 * preparation, and ranks any careers with O*NET interest profiles (the
 * `careers` named, or the built-in careers). Scoring lives in
 * `core/scoring.ts`. Answers never leave the page.
 *
 * @customElement career-quiz
 *
 * @event career-quiz-complete - The reader finished the quiz. `detail: { ranking: [{ id, title, score, reasons, rank, tied }], flat }`, best first; `flat: true` (and no ranking) when the answers point nowhere.
 *
 * @csspart credit - The credit O*NET's licence asks for, under the results.
 * @csspart base - The quiz section.
 * @csspart needs-script - The note that the quiz needs JavaScript, shown only in server-rendered HTML until the script runs.
 * @csspart title - The quiz's title.
 * @csspart intro - The quiz's introduction.
 * @csspart progress - "Question 2 of 8".
 * @csspart progress-bar - The bar under the progress text.
 * @csspart question - The fieldset of one question.
 * @csspart legend - The question's legend.
 * @csspart question-heading - The question's text, a heading inside the legend.
 * @csspart option - One answer (a label around a radio button).
 * @csspart hint - "Choose an answer to go on", shown when Next is pressed too soon.
 * @csspart button - Every button.
 * @csspart next - The Next (or "See my results") button.
 * @csspart back - The Back button.
 * @csspart restart - The "Start again" button.
 * @csspart results-heading - The heading over the results.
 * @csspart note - What the result means (a starting point, not a test).
 * @csspart flat - The note shown when the answers point nowhere.
 * @csspart careers - The careers listed, unranked, when the answers point nowhere.
 * @csspart ranking - The ordered list of careers.
 * @csspart match - One career in the ranking.
 * @csspart career - A career's title in the ranking.
 * @csspart score - "82% match".
 * @csspart bar - The bar showing the match.
 * @csspart reasons - The list of reasons for one career.
 * @csspart links - A career's calls to action.
 * @csspart link - One call to action.
 * @csspart unscored - Careers left out for lack of an interest profile.
 * @csspart empty - The message shown when there is no quiz or nothing to rank.
 * @csspart messages - The list of messages about bad input.
 * @csspart message - One message about bad input.
 * @csspart loading - The space held while data loads.
 *
 * @cssprop --career-text - Text colour.
 * @cssprop --career-muted - Secondary text colour (progress).
 * @cssprop --career-background - Background.
 * @cssprop --career-accent - Buttons, bars and the chosen answer.
 * @cssprop --career-accent-text - Text on the accent colour.
 * @cssprop --career-border - Borders of answers, buttons and bars.
 * @cssprop --career-focus - Focus ring.
 * @cssprop --career-link-color - Colour of links, which stay underlined (default: the browser's link colour mixed with the text colour; a theme's accent).
 * @cssprop --career-radius - Corner radius.
 * @cssprop --career-spacing - Base spacing.
 * @cssprop --career-font - Font.
 * @cssprop --career-heading-font - Font of the headings.
 */
export class CareerQuiz extends CareerElement {
  static override defaultTag = 'career-quiz';
  protected static override defaultCareerCount: number | undefined = undefined;

  static override styles = [...CareerElement.styles, buttonStyles, quizStyles];

  // Internal state is kept in plain fields (each change calls requestUpdate), so the
  // manifest lists no attributes for it.
  /** Index of the question shown; the number of questions means the results. */
  private step = 0;
  /** The chosen option's index per question. */
  private answers: number[] = [];
  /** Whether Next was pressed before an answer was chosen. */
  private hint?: boolean;
  /** The live region's text. */
  private announcement = '';
  private quiz: Quiz | undefined;
  private result: QuizResult | undefined;
  private moveFocus?: boolean;
  /** Whether focus should go to the first choice after the next render (Next pressed too soon). */
  private focusChoices?: boolean;

  /** The result once the reader has finished, best first; undefined before. */
  get ranking(): QuizRank[] | undefined {
    const t = quizStrings(this.resolvedLocale);
    // `rest` is the score, rank and tied, in that order.
    return this.result?.ranking.map(({ career, reasons, ...rest }) => ({
      id: career.id,
      title: career.title,
      ...rest,
      reasons: reasons.map((reason) => describe(reason, career, t)),
    }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const quiz = this.careerData?.quiz;
    if (quiz !== this.quiz) {
      this.quiz = quiz;
      this.step = 0;
      this.answers = [];
      this.hint = false;
    }
    // Kept in step with `careers` and the data while the results show.
    this.result = quiz && this.step >= quiz.questions.length ? this.score(quiz) : undefined;
  }

  protected override updated(): void {
    if (this.focusChoices) this.renderRoot.querySelector<HTMLElement>('input[type="radio"]')?.focus();
    else if (this.moveFocus) this.renderRoot.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
    this.moveFocus = this.focusChoices = false;
  }

  /** The careers to rank: those named, or every career with a quiz profile. */
  private score(quiz: Quiz): QuizResult {
    const named = parseList(this.careers).length > 0;
    const { likes } = quizTraits(quiz.questions);
    const answers = quiz.questions.map((question, i) => question.options[this.answers[i]]);
    return rankCareers(
      this.selection.careers.filter((career) => named || hasProfile(career, likes)),
      quiz.questions,
      answers,
    );
  }

  private go(step: number): void {
    const quiz = this.quiz!;
    const total = quiz.questions.length;
    const t = quizStrings(this.resolvedLocale);
    this.step = step;
    this.hint = false;
    this.moveFocus = true;
    this.requestUpdate();
    // Focus moves to the question, which reads it; the live region adds only where the reader is.
    if (step < total) {
      this.announcement = t('progress', { n: step + 1, total });
      return;
    }
    this.result = this.score(quiz);
    const [best] = this.result.ranking;
    const summary = best ? `${best.career.title}, ${this.percent(best.score, t)}` : t('flat');
    this.announcement = `${t('results')}: ${summary}`;
    this.emit<CareerQuizCompleteDetail>('career-quiz-complete', { ranking: this.ranking!, flat: this.result.flat });
  }

  /** Goes on; with no answer chosen, shows the hint, tied to the group, and takes the reader to the choices. */
  private next(): void {
    if (this.answers[this.step] !== undefined) {
      this.go(this.step + 1);
      return;
    }
    this.hint = true;
    this.focusChoices = true;
    this.requestUpdate();
  }

  private choose(index: number): void {
    this.answers[this.step] = index;
    this.hint = false;
    this.requestUpdate();
  }

  private restart(): void {
    this.answers = [];
    this.go(0);
  }

  /** "72% match" in the reader's locale. */
  private percent(score: number, t: T): string {
    return t('match', { score: formatCount(score, this.resolvedLocale) });
  }

  // The live region is there from the first render, so screen readers have registered it before it speaks.
  override render() {
    return html`${this.careerData ? this.renderQuiz() : this.renderLoading()}
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>`;
  }

  private renderQuiz() {
    const t = quizStrings(this.resolvedLocale);
    const quiz = this.quiz;
    return html`${this.renderMessages()}${
      quiz?.questions.length &&
      this.selection.careers.some((career) => hasProfile(career, quizTraits(quiz.questions).likes))
        ? html`<section part="base" aria-labelledby="title">
            ${renderHeading(this.headingLevelInUse, quiz.title || t('title'), { part: 'title', id: 'title' })}
            <p part="needs-script" class="needs-script">${t('needsScript')}</p>
            ${quiz.intro ? html`<p part="intro">${quiz.intro}</p>` : nothing}
            ${this.result ? this.renderResults(this.result, t) : this.renderQuestion(quiz, t)}
          </section>`
        : html`<p part="empty">${t('empty')}</p>`
    }`;
  }

  private renderQuestion(quiz: Quiz, t: T) {
    const { step } = this;
    const total = quiz.questions.length;
    const question = quiz.questions[step];
    const answer = this.answers[step];
    // Focus moves to the question's heading on each move (Firefox cannot focus a new legend
    // itself); choosing an option never moves on by itself.
    return html`<p part="progress" class="muted">${t('progress', { n: step + 1, total })}</p>
      ${bar(((step + 1) / total) * 100, 'progress-bar')}
      <fieldset part="question" aria-describedby=${this.hint ? 'hint' : nothing}>
        <legend part="legend">
          ${renderHeading(this.headingLevelInUse + 1, question.text, { part: 'question-heading', focusable: true })}
        </legend>
        ${question.options.map(
          (option, i) =>
            html`<label part="option"
              ><input
                type="radio"
                name="answer"
                aria-invalid=${ifDefined(this.hint ? 'true' : undefined)}
                ?checked=${checked(answer === i)}
                @change=${() => this.choose(i)}
              /><span>${option.label}</span></label
            >`,
        )}
        ${this.hint ? html`<p part="hint" id="hint">${t('choose')}</p>` : nothing}
      </fieldset>
      <div class="actions">
        <button type="button" part="button next" @click=${this.next}>${t(step + 1 < total ? 'next' : 'finish')}</button>
        ${
          step
            ? html`<button type="button" part="button back" class="secondary" @click=${() => this.go(step - 1)}>
                ${t('back')}
              </button>`
            : nothing
        }
      </div>`;
  }

  private renderResults(result: QuizResult, t: T) {
    const { unscored, flat } = result;
    const heading = renderHeading(this.headingLevelInUse + 1, t('results'), {
      part: 'results-heading',
      focusable: true,
    });
    return html`${heading}
      <p part="note">${t('note')}</p>
      ${flat ? html`<p part="flat">${t('flat')}</p>` : nothing}
      ${flat ? this.renderUnranked(result.scored) : this.renderRanking(result, t)}
      ${
        unscored.length
          ? html`<ul part="unscored">
              ${unscored.map((career) => html`<li>${t('unscored', { title: career.title })}</li>`)}
            </ul>`
          : nothing
      }
      ${this.renderCredit(result.scored)}
      <button type="button" part="button restart" class="secondary" @click=${this.restart}>${t('restart')}</button>`;
  }

  private renderRanking({ ranking }: QuizResult, t: T) {
    return html`<ol part="ranking">
      ${ranking.map(
        ({ career, score, rank, tied, reasons }) =>
          html`<li part="match" value=${rank}>
            <p class="head">
              <strong part="career">${career.title}</strong>
              <span part="score">${this.percent(score, t)}${tied ? `, ${t('tied')}` : ''}</span>
            </p>
            ${bar(score, 'bar')}
            <ul part="reasons">
              ${
                reasons.length
                  ? reasons.map((reason) => html`<li>${describe(reason, career, t)}</li>`)
                  : html`<li>${t('noReasons')}</li>`
              }
            </ul>
            ${renderLinks(career)}
          </li>`,
      )}
    </ol>`;
  }

  /** The careers, in the order given, with no score: for answers that point nowhere. */
  private renderUnranked(careers: Career[]) {
    return html`<ul part="careers">
      ${careers.map((career) => html`<li><strong part="career">${career.title}</strong>${renderLinks(career)}</li>`)}
    </ul>`;
  }

  /** The credit O*NET's licence asks for, since the careers' quiz profiles and notes draw on its interests. */
  private renderCredit(careers: Career[]) {
    const credit = careers.map((career) => career.interests?.source.attribution).find(Boolean);
    return credit ? html`<p part="credit" class="muted">${credit}</p>` : nothing;
  }
}

function renderLinks(career: Career) {
  if (!career.links?.length) return nothing;
  return html`<ul part="links">
    ${career.links.map((link) => html`<li>${renderLink(link.href, link.label)}</li>`)}
  </ul>`;
}

/**
 * A reason in words: the reader's answer, then what the career has to match
 * it: its own note, its place among O*NET's interest areas, or its Job Zone.
 */
export function describe(reason: Reason, career: Career, t: T): string {
  const { question, option, trait, wanted, place, of, note } = reason;
  const answer = question.topic
    ? t('choseFor', { label: option.label, topic: question.topic })
    : option.reason || t('chose', { label: option.label });
  if (note) return `${answer} — ${note}`;
  const area = INTEREST_AREAS.find((name) => interestTrait(name) === trait);
  if (area && place) {
    let key: 'place1' | 'place2' | 'place3' | 'stronger' | 'weakest' | 'weaker';
    if (!wanted) key = place === of ? 'weakest' : 'weaker';
    else key = place <= 3 ? (`place${place}` as 'place1') : 'stronger';
    return `${answer}; ${t('interestPlace', { word: t(`word${area}`), area: t(`area${area}`), place: t(key) })}`;
  }
  const zone = career.interests?.jobZone;
  // Validation keeps a Job Zone a whole number from 1 to 5.
  if (trait === PREPARATION && zone) {
    return `${answer}; ${t('jobZone', { amount: t(`zone${zone as 1}`), zone })}`;
  }
  return `${answer} — ${t(wanted ? 'offers' : 'little')}`;
}

/** A bar for a 0–100 value, hidden from assistive technology: the number is always given as text beside it. */
function bar(value: number, part: string) {
  return html`<svg class="bar" part=${part} aria-hidden="true"><rect height="100%" width="${value}%" /></svg>`;
}
