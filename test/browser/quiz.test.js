// <career-quiz>, as built in dist/: one question at a time, keyboard alone from
// the first question to the results and back again, focus and the live region,
// the event's ranking, publisher quizzes, safety and axe. Run `npm run build` first.
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { builtinDataset } from '../../dist/data/index.js';
import '../../dist/quiz/define.js';
import { $, $$, deepText, press } from './helpers.js';

const fixtureUrl = (name) => new URL(`../fixtures/quiz/${name}.json`, import.meta.url).href;
const readFixture = async (name) => (await fetch(fixtureUrl(name))).json();
const questions = builtinDataset.quiz.questions;

const active = (el) => el.shadowRoot.activeElement;
const live = (el) => $(el, '[aria-live]').textContent.trim();
const radios = (el) => $$(el, 'input[type="radio"]');
const checkedIndex = (el) => radios(el).findIndex((radio) => radio.checked);
const legend = (el) => $(el, 'legend').textContent.trim();
const progress = (el) => $(el, '[part~="progress"]').textContent.trim();

/** A button before the quiz, so Tab from it enters the quiz as a reader's would. */
async function quizAfterButton(template) {
  const wrapper = await fixture(html`<div><button type="button">Before the quiz</button>${template}</div>`);
  const el = wrapper.querySelector('career-quiz');
  await el.updateComplete;
  return { el, before: wrapper.querySelector('button') };
}

/**
 * Option indexes for the built-in quiz: for each interest trait the answer to
 * give ("I'd love it", …), "Not sure" for the other interests, and the training answer.
 */
function answersFor(feelings, training = 'No preference') {
  return questions.map((question) => {
    const trait = Object.keys(question.options.find((option) => Object.keys(option.traits).length).traits)[0];
    const label = question.kind === 'level' ? training : (feelings[trait] ?? 'Not sure');
    const index = question.options.findIndex((option) => option.label.startsWith(label));
    if (index < 0) throw new Error(`${question.id}: no option "${label}"`);
    return index;
  });
}

/**
 * Answers the current question with the keyboard alone: Tab into the radio
 * group, Space or ArrowDown to choose, Tab to Next, Enter. Focus starts on the
 * question's legend (or just before the quiz).
 */
async function answerByKeyboard(el, index) {
  await press('Tab');
  expect(active(el)?.type, 'Tab reaches the radio group').to.equal('radio');
  const from = Math.max(0, radios(el).indexOf(active(el)));
  if (index === from) await press(' '); // "Space" is unknown to Puppeteer's WebDriver BiDi keyboard
  for (let i = from; i < index; i++) await press('ArrowDown');
  await el.updateComplete;
  expect(checkedIndex(el)).to.equal(index);
  expect(active(el)).to.equal(radios(el)[index]);
  await press('Tab');
  expect(active(el)?.getAttribute('part')).to.include('next');
  await press('Enter');
  await el.updateComplete;
}

/** Answers the rest of the built-in quiz with the mouse-free path, given option indexes. */
async function finishByKeyboard(el, answers) {
  for (const index of answers) await answerByKeyboard(el, index);
}

// Readers who lean one way (see test/unit/builtin-quiz.test.ts).
const coderAnswers = answersFor(
  { conventional: "I'd love it", investigative: "I'd like it", enterprising: 'Not really' },
  'A year or two',
);
const socialAnswers = answersFor({ social: "I'd love it", realistic: "I'd like it", enterprising: 'Not really' });
const leaderAnswers = answersFor({ enterprising: "I'd love it", social: "I'd like it", realistic: 'Not really' });
const neutralAnswers = answersFor({});
const organising =
  "You chose “I'd love it” for organising records and data; organising — Conventional — is this job's strongest interest area in O*NET";

describe('<career-quiz>: questions', () => {
  it('shows the first question as a native radio group with progress, and no Back', async () => {
    const el = await fixture(html`<career-quiz></career-quiz>`);
    const fieldset = $(el, 'fieldset');
    expect(fieldset.querySelector('legend').textContent.trim()).to.equal(questions[0].text);
    expect(radios(el)).to.have.length(questions[0].options.length);
    expect(radios(el).every((radio) => radio.closest('label'))).to.equal(true);
    expect(deepText(fieldset)).to.include(questions[0].options[0].label);
    expect(progress(el)).to.equal(`Question 1 of ${questions.length}`);
    expect($(el, '[part~="progress-bar"]').getAttribute('aria-hidden')).to.equal('true');
    expect(parseFloat($(el, '[part~="progress-bar"] rect').getAttribute('width'))).to.be.closeTo(
      100 / questions.length,
      1e-9,
    );
    // An ordinary button, never marked unavailable: it explains itself when pressed too soon.
    expect($(el, '[part~="next"]').hasAttribute('aria-disabled')).to.equal(false);
    expect($(el, '[part~="back"]')).to.equal(null);
    expect(deepText(el)).to.include(builtinDataset.quiz.title);
  });

  it('does not take focus or announce anything when it first renders', async () => {
    const el = await fixture(html`<career-quiz></career-quiz>`);
    expect(document.activeElement).to.equal(document.body);
    expect(live(el)).to.equal('');
  });

  it('has its polite live region from the first render, before the data arrives, and keeps it', async () => {
    // Hold the dataset request so the first render (the loading state) can be inspected.
    const realFetch = window.fetch;
    let release;
    window.fetch = (...args) => new Promise((resolve) => (release = () => resolve(realFetch(...args))));
    let el;
    try {
      el = document.createElement('career-quiz');
      el.src = `${fixtureUrl('publisher')}?held=${Math.random()}`;
      document.body.append(el);
      while (!el.hasUpdated || !release) await aTimeout(0);
      expect($(el, '[part="loading"]'), 'still loading').to.exist;
      const region = $(el, '[aria-live="polite"]');
      expect(region).to.exist;
      expect(region.textContent.trim()).to.equal('');
      release();
      await el.updateComplete;
      expect(legend(el)).to.equal('What would you rather handle all day?');
      expect($(el, '[aria-live="polite"]')).to.equal(region);
      expect($$(el, '[aria-live]')).to.have.length(1);
    } finally {
      window.fetch = realFetch;
      el?.remove();
    }
  });

  it('never moves on when an option is chosen', async () => {
    const el = await fixture(html`<career-quiz></career-quiz>`);
    radios(el)[1].click();
    await el.updateComplete;
    expect(legend(el)).to.equal(questions[0].text);
    expect(checkedIndex(el)).to.equal(1);
  });

  it('explains itself when Next is pressed before choosing: the hint tied to the group, focus on the choices', async () => {
    const el = await fixture(html`<career-quiz></career-quiz>`);
    $(el, '[part~="next"]').click();
    await el.updateComplete;
    expect(legend(el)).to.equal(questions[0].text);
    const hint = $(el, '[part~="hint"]');
    expect(hint.textContent.trim()).to.equal('Choose an answer to go on.');
    expect($(el, 'fieldset').getAttribute('aria-describedby')).to.equal(hint.id);
    expect(radios(el).every((radio) => radio.getAttribute('aria-invalid') === 'true')).to.equal(true);
    expect(active(el), 'focus on the first choice').to.equal(radios(el)[0]);
    // Said once, where it applies: not also through the live region.
    expect(live(el)).to.equal('');
    radios(el)[0].click();
    await el.updateComplete;
    expect($(el, '[part~="hint"]')).to.equal(null);
    expect($(el, 'fieldset').hasAttribute('aria-describedby')).to.equal(false);
    expect(radios(el).some((radio) => radio.hasAttribute('aria-invalid'))).to.equal(false);
  });
});

describe('<career-quiz>: keyboard alone', function () {
  // Dozens of key presses, each a round trip to the browser driver: slow on a busy machine.
  this.timeout(40_000);

  it('completes the quiz: focus moves to each question, the live region announces it, the results are focused', async () => {
    const { el, before } = await quizAfterButton(html`<career-quiz></career-quiz>`);
    before.focus();
    const completed = oneEvent(el, 'career-quiz-complete');
    for (let n = 0; n < questions.length; n++) {
      if (n > 0) {
        expect(active(el), `focus on question ${n + 1}`).to.equal($(el, 'legend h3'));
        expect(legend(el)).to.equal(questions[n].text);
        expect(progress(el)).to.equal(`Question ${n + 1} of ${questions.length}`);
        // The focused heading reads the question; the live region only where the reader is.
        expect(live(el)).to.equal(`Question ${n + 1} of ${questions.length}`);
        expect(checkedIndex(el), 'a new question starts unanswered').to.equal(-1);
      }
      if (n === questions.length - 1) expect($(el, '[part~="next"]').textContent.trim()).to.equal('See my results');
      await answerByKeyboard(el, coderAnswers[n]);
    }
    const { detail } = await completed;
    const heading = $(el, '[part="results-heading"]');
    expect(active(el), 'focus on the results heading').to.equal(heading);
    expect(heading.textContent.trim()).to.equal('Your matches');
    const best = builtinDataset.careers.find((career) => career.id === detail.ranking[0].id);
    expect(live(el)).to.equal(`Your matches: ${best.title}, ${detail.ranking[0].score}% match`);
    expect(detail.ranking[0].id).to.equal('medical-coder');
  });

  it('goes Back with the earlier answer kept, and forward again', async () => {
    const { el, before } = await quizAfterButton(html`<career-quiz></career-quiz>`);
    before.focus();
    await finishByKeyboard(el, [2, 1]);
    expect(legend(el)).to.equal(questions[2].text);
    // Tab: radio group, Next, Back.
    await press('Tab');
    await press('Tab');
    await press('Tab');
    expect(active(el)?.getAttribute('part')).to.include('back');
    await press('Enter');
    await el.updateComplete;
    expect(active(el)).to.equal($(el, 'legend h3'));
    expect(legend(el)).to.equal(questions[1].text);
    expect(live(el)).to.equal(`Question 2 of ${questions.length}`);
    expect(checkedIndex(el), 'the answer given before').to.equal(1);
    // Tab lands on the chosen radio; change the answer and go on.
    await answerByKeyboard(el, 2);
    expect(legend(el)).to.equal(questions[2].text);
    expect(active(el)).to.equal($(el, 'legend h3'));
  });

  it('restarts from the results with cleared answers, focus on the first question', async () => {
    const { el, before } = await quizAfterButton(html`<career-quiz></career-quiz>`);
    before.focus();
    await finishByKeyboard(el, coderAnswers);
    expect(active(el)).to.equal($(el, '[part="results-heading"]'));
    // Tab through the calls to action to the restart button.
    // (Stop if focus leaves the quiz: keys pressed in the browser's own UI could navigate away.)
    while (document.activeElement === el && !active(el)?.getAttribute('part')?.includes('restart')) await press('Tab');
    expect(active(el)?.textContent.trim()).to.equal('Start again');
    await press('Enter');
    await el.updateComplete;
    expect(active(el)).to.equal($(el, 'legend h3'));
    expect(legend(el)).to.equal(questions[0].text);
    expect(live(el)).to.equal(`Question 1 of ${questions.length}`);
    expect(checkedIndex(el)).to.equal(-1);
    expect(el.ranking).to.equal(undefined);
  });
});

describe('<career-quiz>: any occupations, by keyboard', function () {
  this.timeout(60_000);

  for (const [leaning, answers, first] of [
    ['Conventional', coderAnswers, 'medical-coder'],
    ['Social', socialAnswers, 'medical-assistant'],
    ['Enterprising', leaderAnswers, 'healthcare-administrator'],
  ]) {
    it(`puts ${first} first for a ${leaning}-leaning reader, keyboard only`, async () => {
      const { el, before } = await quizAfterButton(
        html`<career-quiz careers="medical-assistant medical-coder healthcare-administrator"></career-quiz>`,
      );
      before.focus();
      const completed = oneEvent(el, 'career-quiz-complete');
      await finishByKeyboard(el, answers);
      const { detail } = await completed;
      expect(detail.ranking.map((r) => r.id)).to.have.members([
        'medical-assistant',
        'medical-coder',
        'healthcare-administrator',
      ]);
      expect(detail.ranking[0].id).to.equal(first);
      expect(detail.ranking[0].tied).to.equal(false);
      expect($(el, 'ol[part="ranking"] > li [part="career"]').textContent.trim()).to.equal(detail.ranking[0].title);
      expect(detail.ranking[0].reasons[0]).to.include(`— ${leaning} —`);
      await expect(el).to.be.accessible();
    });
  }

  it('ranks any occupations named by SOC code, with O*NET credited', async () => {
    const el = await fixture(html`<career-quiz careers="29-1292 31-9091 29-1021"></career-quiz>`);
    const completed = oneEvent(el, 'career-quiz-complete');
    // A reader who loves hands-on work and investigating, and wants a long training.
    for (const index of answersFor(
      { realistic: "I'd love it", investigative: "I'd love it", conventional: 'Not at all' },
      'Longer',
    )) {
      radios(el)[index].click();
      await el.updateComplete;
      $(el, '[part~="next"]').click();
      await el.updateComplete;
    }
    const { detail } = await completed;
    // Dental assistants are a built-in career, so they keep its title.
    expect(detail.ranking.map((r) => r.title)).to.have.members([
      'Dental Hygienists',
      'Dental Assistant',
      'Dentists, General',
    ]);
    expect(detail.ranking[0].title).to.equal('Dentists, General');
    expect($(el, '[part~="credit"]').textContent).to.include('O*NET 29.3 Database');
  });

  it("says the answers don't point one way, without a ranking, when every answer is neutral", async () => {
    const { el, before } = await quizAfterButton(
      html`<career-quiz careers="medical-assistant medical-coder healthcare-administrator"></career-quiz>`,
    );
    before.focus();
    const completed = oneEvent(el, 'career-quiz-complete');
    await finishByKeyboard(el, neutralAnswers);
    const { detail } = await completed;
    expect(detail).to.deep.equal({ ranking: [], flat: true });
    expect($(el, '[part="flat"]').textContent.trim()).to.equal(
      "Your answers don't point one way: you rated every kind of work alike. Explore these careers, or start again.",
    );
    expect($(el, '[part~="ranking"]')).to.equal(null);
    expect($(el, '[part~="score"]')).to.equal(null);
    expect($$(el, '[part="careers"] [part="career"]').map((c) => c.textContent.trim())).to.deep.equal([
      'Medical Assistant',
      'Medical Coding & Billing Specialist',
      'Healthcare Administrator',
    ]);
    expect(live(el)).to.include("Your answers don't point one way");
    expect(active(el)).to.equal($(el, '[part="results-heading"]'));
    await expect(el).to.be.accessible();
  });
});

describe('<career-quiz>: results', () => {
  /** Finishes the built-in quiz by clicking (the keyboard path is tested above). */
  async function finish(el, answers) {
    const completed = oneEvent(el, 'career-quiz-complete');
    for (const index of answers) {
      radios(el)[index].click();
      await el.updateComplete;
      $(el, '[part~="next"]').click();
      await el.updateComplete;
    }
    return (await completed).detail;
  }

  it("credits O*NET under the results, as its licence asks, since the careers' profiles draw on it", async () => {
    const el = await fixture(html`<career-quiz></career-quiz>`);
    expect($(el, '[part~="credit"]')).to.equal(null);
    await finish(el, coderAnswers);
    expect($(el, '[part~="credit"]').textContent).to.match(
      /^This page includes information from the O\*NET 29\.3 Database .* Used under the CC BY 4\.0 license\. O\*NET® is a trademark of USDOL\/ETA\.$/,
    );
  });

  it('fires career-quiz-complete with every candidate ranked best first, and exposes it as `ranking`', async () => {
    const el = await fixture(html`<career-quiz></career-quiz>`);
    const detail = await finish(el, coderAnswers);
    expect(detail.ranking.map((r) => r.id).sort()).to.deep.equal(builtinDataset.careers.map((c) => c.id).sort());
    expect(detail.ranking[0].id).to.equal('medical-coder');
    for (let i = 1; i < detail.ranking.length; i++) {
      expect(detail.ranking[i - 1].score).to.be.at.least(detail.ranking[i].score);
    }
    for (const { id, title, score, reasons, rank } of detail.ranking) {
      expect(title).to.equal(builtinDataset.careers.find((career) => career.id === id).title);
      expect(score).to.be.within(0, 100);
      expect(rank).to.be.a('number');
      expect(reasons).to.be.an('array');
      for (const reason of reasons) expect(reason).to.be.a('string');
    }
    expect(detail.ranking[0].reasons[0]).to.equal(organising);
    expect(detail.ranking[0].reasons).to.include(
      'You chose “A year or two: a certificate or an associate degree” for how long to train; this job usually needs medium preparation (O*NET Job Zone 3)',
    );
    expect(detail.flat).to.equal(false);
    expect(el.ranking).to.deep.equal(detail.ranking);
    expect(() => {
      el.ranking = [];
    }).to.throw();
  });

  it('bubbles the event out of the shadow root', async () => {
    const wrapper = await fixture(
      html`<div><career-quiz careers="medical-coder medical-assistant"></career-quiz></div>`,
    );
    const el = wrapper.querySelector('career-quiz');
    await el.updateComplete;
    const heard = oneEvent(wrapper, 'career-quiz-complete');
    await finish(el, coderAnswers);
    const event = await heard;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.ranking.map((r) => r.id)).to.deep.equal(['medical-coder', 'medical-assistant']);
  });

  it('shows every career with its match as text and a bar, two or three reasons, its links, and Restart', async () => {
    const el = await fixture(html`<career-quiz></career-quiz>`);
    const detail = await finish(el, coderAnswers);
    const items = $$(el, 'ol[part="ranking"] > li');
    expect(items).to.have.length(builtinDataset.careers.length);
    const top = items[0];
    expect(top.querySelector('[part="career"]').textContent.trim()).to.equal(
      builtinDataset.careers.find((c) => c.id === 'medical-coder').title,
    );
    const tied = detail.ranking[0].tied ? ', tied' : '';
    expect(top.querySelector('[part="score"]').textContent.trim()).to.equal(`${detail.ranking[0].score}% match${tied}`);
    const bar = top.querySelector('[part="bar"]');
    expect(bar.getAttribute('aria-hidden')).to.equal('true');
    expect(bar.querySelector('rect').getAttribute('width')).to.equal(`${detail.ranking[0].score}%`);
    const reasons = [...top.querySelectorAll('[part="reasons"] > li')].map((li) => li.textContent.trim());
    expect(reasons).to.deep.equal(detail.ranking[0].reasons);
    expect(reasons.length).to.be.within(2, 3);
    const link = top.querySelector('[part="links"] a');
    const coder = builtinDataset.careers.find((c) => c.id === 'medical-coder');
    expect(link.getAttribute('href')).to.equal(coder.links[0].href);
    expect(link.textContent.trim()).to.equal(coder.links[0].label);
    expect($(el, '[part~="restart"]').textContent.trim()).to.equal('Start again');
    expect(deepText(el)).to.include('not a test of ability');
    expect(deepText(el)).to.include('not for hiring or admission decisions');
    expect(deepText(el)).to.include('Your answers stay in this browser');
  });

  it('sends nothing over the network while the reader answers', async () => {
    const el = await fixture(html`<career-quiz></career-quiz>`);
    const realFetch = window.fetch;
    const realBeacon = navigator.sendBeacon;
    let calls = 0;
    window.fetch = (...args) => {
      calls++;
      return realFetch(...args);
    };
    navigator.sendBeacon = () => {
      calls++;
      return true;
    };
    try {
      await finish(el, coderAnswers);
    } finally {
      window.fetch = realFetch;
      navigator.sendBeacon = realBeacon;
    }
    expect(calls).to.equal(0);
  });

  it('shows close scores together as tied, sharing a place', async () => {
    const data = await readFixture('publisher');
    // Two careers with the same profile can only tie.
    data.careers.push({ ...data.careers[0], id: 'twin', title: 'Twin Technician' });
    const el = await fixture(
      html`<career-quiz careers="sterile-processing-technician twin medical-coder"></career-quiz>`,
    );
    const loaded = oneEvent(el, 'career-data-loaded');
    el.data = data;
    await loaded;
    await el.updateComplete;
    expect(progress(el)).to.equal('Question 1 of 3');
    const detail = await finish(el, [0, 0, 0]);
    expect(detail.ranking.slice(0, 2).map((r) => [r.id, r.rank, r.tied])).to.deep.equal([
      ['sterile-processing-technician', 1, true],
      ['twin', 1, true],
    ]);
    const items = $$(el, 'ol[part="ranking"] > li');
    expect(items[0].value).to.equal(1);
    expect(items[1].value).to.equal(1);
    expect(items[1].querySelector('[part="score"]').textContent).to.include('tied');
  });
});

describe('<career-quiz>: publisher data', () => {
  it('replaces the built-in quiz with a quiz from `src`', async () => {
    const el = await fixture(html`<career-quiz src=${fixtureUrl('publisher')}></career-quiz>`);
    expect($(el, '[part="title"]').textContent.trim()).to.equal('Instruments, records or patients?');
    expect($(el, '[part="intro"]').textContent.trim()).to.equal('Three quick questions from our training team.');
    expect(progress(el)).to.equal('Question 1 of 3');
    const completed = oneEvent(el, 'career-quiz-complete');
    for (const index of [0, 0, 0]) {
      radios(el)[index].click();
      await el.updateComplete;
      $(el, '[part~="next"]').click();
      await el.updateComplete;
    }
    const { detail } = await completed;
    expect(detail.ranking[0].id).to.equal('sterile-processing-technician');
    expect(detail.ranking[0].reasons).to.deep.equal([
      'You like following a checklist exactly — a missed step can put a patient at risk',
      "You'd rather handle instruments and equipment — the work is all instruments and machines",
      "You'd rather start within a year — this career offers that",
    ]);
    // The career without a profile is not a default candidate.
    expect(detail.ranking.map((r) => r.id)).not.to.include('unit-secretary');
    const link = $(el, 'ol > li [part="links"] a');
    expect(link.getAttribute('href')).to.equal('https://example.org/guides/sterile-processing');
  });

  it('reads a quiz from inline JSON', async () => {
    const json = JSON.stringify(await readFixture('publisher'));
    const wrapper = await fixture(html`<div></div>`);
    wrapper.innerHTML = `<career-quiz><script type="application/json">${json}</script></career-quiz>`;
    const el = wrapper.firstElementChild;
    await el.updateComplete;
    expect(legend(el)).to.equal('What would you rather handle all day?');
  });

  it('lists a named career with no quiz profile as not scored, instead of scoring it 0', async () => {
    const el = await fixture(
      html`<career-quiz
        careers="unit-secretary sterile-processing-technician"
        src=${fixtureUrl('publisher')}
      ></career-quiz>`,
    );
    const completed = oneEvent(el, 'career-quiz-complete');
    for (const index of [1, 1, 1]) {
      radios(el)[index].click();
      await el.updateComplete;
      $(el, '[part~="next"]').click();
      await el.updateComplete;
    }
    const { detail } = await completed;
    expect(detail.ranking.map((r) => r.id)).to.deep.equal(['sterile-processing-technician']);
    expect($(el, '[part="unscored"]').textContent.trim()).to.equal(
      'Unit Secretary was not scored: this quiz has no profile for it.',
    );
  });

  it('says when there is nothing to rank', async () => {
    const el = await fixture(html`<career-quiz careers="unit-secretary" src=${fixtureUrl('publisher')}></career-quiz>`);
    expect($(el, '[part="empty"]').textContent.trim()).to.equal('There is no quiz for these careers.');
    expect($(el, 'fieldset')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('renders question, option, reason and note text as text, never as markup', async () => {
    window.quizInjected = false;
    const el = await fixture(html`<career-quiz src=${fixtureUrl('markup')} careers="markup-career"></career-quiz>`);
    expect(legend(el)).to.equal('<img src=x onerror="window.quizInjected=true">Which <b>one</b>?');
    expect(deepText($(el, 'fieldset'))).to.include('<script>window.quizInjected=true</script>First');
    radios(el)[0].click();
    await el.updateComplete;
    $(el, '[part~="next"]').click();
    await el.updateComplete;
    const text = deepText(el);
    expect(text).to.include('<i>You like</i> detail — <img src=x onerror="window.quizInjected=true">notes');
    expect(text).to.include('<em>Markup</em> Career');
    expect($$(el, 'img, script, b, i, em, u')).to.have.length(0);
    await aTimeout(0);
    expect(window.quizInjected).to.equal(false);
  });

  it('names an unknown career in place and goes on with the others', async () => {
    const el = await fixture(html`<career-quiz careers="medical-coder no-such-job medical-assistant"></career-quiz>`);
    expect(deepText(el)).to.include("Unknown career: 'no-such-job'");
    expect(legend(el)).to.equal(questions[0].text);
    await expect(el).to.be.accessible();
  });

  it('falls back to the built-in quiz, with a message, when `src` fails', async () => {
    const el = await fixture(html`<career-quiz src=${fixtureUrl('does-not-exist')}></career-quiz>`);
    expect($(el, '[part="messages"]')).to.exist;
    expect(deepText(el)).to.include('Showing the built-in careers instead.');
    expect(legend(el)).to.equal(questions[0].text);
  });

  it('speaks Spanish with locale="es"', async () => {
    const el = await fixture(html`<career-quiz locale="es"></career-quiz>`);
    expect(progress(el)).to.equal(`Pregunta 1 de ${questions.length}`);
    expect($(el, '[part~="next"]').textContent.trim()).to.equal('Siguiente');
  });
});

describe('<career-quiz>: layout and accessibility', () => {
  it('fits a 320px column without overflowing sideways', async () => {
    const wrapper = await fixture(html`<div style="width: 320px"><career-quiz theme="light"></career-quiz></div>`);
    const el = wrapper.firstElementChild;
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    for (let n = 0; n < questions.length; n++) {
      radios(el)[0].click();
      await el.updateComplete;
      $(el, '[part~="next"]').click();
      await el.updateComplete;
    }
    expect(el.scrollWidth).to.be.at.most(320);
  });

  for (const theme of [undefined, 'light', 'dark']) {
    const name = theme ?? 'no theme';
    it(`passes axe on a question and on the results (${name})`, async () => {
      const el = await fixture(
        theme ? html`<career-quiz theme=${theme}></career-quiz>` : html`<career-quiz></career-quiz>`,
      );
      await expect(el).to.be.accessible();
      $(el, '[part~="next"]').click(); // the hint shown
      radios(el)[0].click();
      await el.updateComplete;
      $(el, '[part~="next"]').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      for (let n = 1; n < questions.length; n++) {
        radios(el)[n % 2].click();
        await el.updateComplete;
        $(el, '[part~="next"]').click();
        await el.updateComplete;
      }
      expect($(el, '[part="results-heading"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  }

  it('passes axe with a hint showing', async () => {
    const el = await fixture(html`<career-quiz theme="dark"></career-quiz>`);
    $(el, '[part~="next"]').click();
    await el.updateComplete;
    expect($(el, '[part~="hint"]')).to.exist;
    await expect(el).to.be.accessible();
  });
});
