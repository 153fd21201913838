// <career-compare>, as built in dist/: the views it shows and in which order,
// the heading, the attributes it hands to the nested views, the hand-off from
// the quiz to the table, inline and `data` datasets, fallback content, Spanish,
// axe and 320px, and layout="tabs". Loading `src` (one request per URL, every failure) is in
// data-loading.test.js. Run `npm run build` first: this imports dist/.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { CareerCompare } from '../../dist/compare/define.js';
import { builtinDataset, getCareer } from '../../dist/data/index.js';
import {
  $,
  $$,
  VIEW_TAGS,
  attach,
  create as createElement,
  deepText,
  money,
  press,
  recordCareerEvents,
  rowCells,
  settle,
  text,
  until,
} from './helpers.js';

const [assistant, coder, administrator] = ['medical-assistant', 'medical-coder', 'healthcare-administrator'].map((id) =>
  getCareer(id),
);
const questions = builtinDataset.quiz.questions;

/** The nested views in the compare's shadow root, in document order. */
const views = (el) => $$(el, VIEW_TAGS);
const view = (el, tag) => $(el, tag);

/** Makes a compare (not attached yet) with attributes and children, so listeners can go on first. */
const create = (attributes = {}, children = [], tag = 'career-compare') => createElement(tag, attributes, children);

/** A `<script type="application/json">` holding `dataset`. */
function jsonScript(dataset) {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(dataset);
  return script;
}

/** The nested table's parts. */
function tableParts(el) {
  const table = view(el, 'career-table');
  const inner = $(table, 'table');
  return {
    element: table,
    columns: [...inner.querySelectorAll('thead th')].map(text),
    rowLabels: [...inner.querySelectorAll('tbody th')].map(text),
    cells: (label) => rowCells(inner, label),
  };
}

afterEach(() => {
  for (const el of document.querySelectorAll('body > career-compare, body > late-compare')) el.remove();
});

describe('<career-compare> views and heading', () => {
  it('shows the table, the salary chart and the quiz, in that order, by default', async () => {
    const el = await fixture(html`<career-compare></career-compare>`);
    await settle(el);
    expect(views(el).map((node) => node.localName)).to.deep.equal([
      'career-table',
      'career-salary-chart',
      'career-quiz',
    ]);
    expect(views(el).map((node) => node.getAttribute('part'))).to.deep.equal(['table', 'salary', 'quiz']);
    // Each view has rendered its own content, not a loading state.
    expect($(view(el, 'career-table'), 'table')).to.exist;
    expect($(view(el, 'career-salary-chart'), 'svg')).to.exist;
    expect($(view(el, 'career-quiz'), 'fieldset legend')).to.exist;
  });

  it('shows one title: its heading, with the table caption kept for screen readers only', async () => {
    const el = await fixture(
      html`<career-compare views="table" careers="medical-assistant medical-coder"></career-compare>`,
    );
    await settle(el);
    const table = view(el, 'career-table');
    expect($(el, '[part="heading"]').getClientRects().length, 'the heading shows').to.be.above(0);
    expect($(table, '[part="caption"]').getClientRects().length, 'the visible caption is gone').to.equal(0);
    expect(text($(table, 'table > caption'))).to.equal(
      'Medical Assistant compared with Medical Coding & Billing Specialist',
    );
    // A table on its own keeps its visible title.
    const alone = await fixture(html`<career-table careers="medical-assistant medical-coder"></career-table>`);
    await settle(alone);
    expect($(alone, '[part="caption"]').getClientRects().length).to.be.above(0);
  });

  it('shows only the views named in `views`, in that order, and follows changes', async () => {
    const el = await fixture(html`<career-compare views="quiz table"></career-compare>`);
    await settle(el);
    expect(views(el).map((node) => node.localName)).to.deep.equal(['career-quiz', 'career-table']);
    el.views = 'salary';
    await settle(el);
    expect(views(el).map((node) => node.localName)).to.deep.equal(['career-salary-chart']);
  });

  it('goes back to the default views when `views` is removed', async () => {
    const el = await fixture(html`<career-compare views="quiz"></career-compare>`);
    await settle(el);
    expect(views(el).map((node) => node.localName)).to.deep.equal(['career-quiz']);
    el.removeAttribute('views');
    await settle(el);
    expect(views(el).map((node) => node.localName)).to.deep.equal([
      'career-table',
      'career-salary-chart',
      'career-quiz',
    ]);
  });

  it('reports an unknown career and a bad `pay` once each, not once per view', async () => {
    const el = create({ careers: 'medical-assistant no-such-career', pay: 'weekly' });
    const { errors, stop } = await attach(el);
    stop();
    expect(errors).to.have.length(2);
    expect(errors).to.include("Unknown career: 'no-such-career'");
    expect(errors.find((message) => message.includes('weekly'))).to.match(/pay/);
    // Named once, by the compare; the views are given annual pay.
    expect($$(el, '[part="message"]').map(text)).to.deep.equal([
      "Unknown career: 'no-such-career'",
      "Unknown value for pay: 'weekly'",
    ]);
    // The views show what they can: the known career, annual pay.
    expect(tableParts(el).columns).to.deep.equal([assistant.title]);
    expect(tableParts(el).rowLabels).to.include('Median pay, per year');
    expect(text($(view(el, 'career-salary-chart'), '[part="title"]'))).to.equal('Annual pay');
    expect(text($(el, '[part="heading"]'))).to.equal(assistant.title);
  });

  it('reports unknown view names in place, ignores repeats, and shows the rest', async () => {
    const el = create({ views: 'chart salary bogus TABLE salary chart' });
    const { errors, stop } = await attach(el);
    stop();
    const expected = ["Unknown value for views: 'chart'", "Unknown value for views: 'bogus'"];
    expect(errors).to.deep.equal(expected);
    expect($$(el, '[part="message"]').map(text)).to.deep.equal(expected);
    expect(views(el).map((node) => node.localName)).to.deep.equal(['career-salary-chart', 'career-table']);
  });

  it('names the two careers in an h2 by default', async () => {
    const el = await fixture(html`<career-compare careers="medical-assistant medical-coder"></career-compare>`);
    const heading = $(el, '[part="heading"]');
    expect(heading.localName).to.equal('h2');
    expect(text(heading)).to.equal('Medical Assistant vs. Medical Coding & Billing Specialist');
    expect($$(el, 'h1, h2, h3, h4, h5, h6')[0]).to.equal(heading);
  });

  it('follows the careers in the default heading', async () => {
    const el = await fixture(html`<career-compare careers="healthcare-administrator medical-coder"></career-compare>`);
    expect(text($(el, '[part="heading"]'))).to.equal(`${administrator.title} vs. ${coder.title}`);
    el.careers = `${coder.id} ${assistant.id} ${administrator.id}`;
    await settle(el);
    expect(text($(el, '[part="heading"]'))).to.equal(`${coder.title}, ${assistant.title}, ${administrator.title}`);
  });

  it('uses `heading` and `heading-level`, naming a level outside 1–6 and using h2', async () => {
    const el = await fixture(html`<career-compare heading="Our pick" heading-level="3"></career-compare>`);
    let heading = $(el, '[part="heading"]');
    expect(heading.localName).to.equal('h3');
    expect(text(heading)).to.equal('Our pick');
    for (const [level, tag, message] of [
      ['9', 'h2', "Unknown value for heading-level: '9'"],
      ['0', 'h2', "Unknown value for heading-level: '0'"],
      ['-4', 'h2', "Unknown value for heading-level: '-4'"],
      ['1', 'h1', undefined],
      ['two', 'h2', "Unknown value for heading-level: 'two'"],
    ]) {
      el.setAttribute('heading-level', level);
      await el.updateComplete;
      heading = $(el, '[part="heading"]');
      expect(heading.localName, `heading-level="${level}"`).to.equal(tag);
      expect($$(el, '[part="message"]').map(text), `heading-level="${level}"`).to.deep.equal(message ? [message] : []);
      expect(text(heading)).to.equal('Our pick');
      expect($$(el, 'h1, h2, h3, h4, h5, h6')).to.have.length.at.least(1);
    }
  });

  it('hands careers, rows, pay, locale and theme to the nested views', async () => {
    const el = await fixture(
      html`<career-compare
        careers="healthcare-administrator medical-coder"
        rows="pay skills"
        pay="hourly"
        locale="en-GB"
        theme="dark"
      ></career-compare>`,
    );
    await settle(el);
    const table = view(el, 'career-table');
    const chart = view(el, 'career-salary-chart');
    const quiz = view(el, 'career-quiz');
    expect(table.getAttribute('careers')).to.equal('healthcare-administrator medical-coder');
    expect(table.getAttribute('rows')).to.equal('pay skills');
    expect(table.getAttribute('pay')).to.equal('hourly');
    expect(chart.getAttribute('careers')).to.equal('healthcare-administrator medical-coder');
    expect(chart.getAttribute('pay')).to.equal('hourly');
    for (const nested of [table, chart, quiz]) {
      expect(nested.locale, nested.localName).to.equal('en-GB');
      expect(nested.getAttribute('theme'), nested.localName).to.equal('dark');
    }
    // The table shows the chosen careers, only the chosen rows, and hourly pay in British English.
    const parts = tableParts(el);
    expect(parts.columns).to.deep.equal([administrator.title, coder.title]);
    expect(parts.rowLabels).to.deep.equal(['Median pay, per hour', 'Skills']);
    const [adminPay, coderPay] = parts.cells('Median pay, per hour');
    expect(text(adminPay.querySelector('.main'))).to.equal(
      text({ textContent: money('en-GB', administrator.pay.hourly.median, 2) }),
    );
    expect(text(coderPay.querySelector('.main'))).to.equal(
      text({ textContent: money('en-GB', coder.pay.hourly.median, 2) }),
    );
    // The chart shows hourly pay for the same careers.
    expect(text($(chart, '[part="title"]'))).to.equal('Hourly pay');
    expect(deepText(chart)).to.include(administrator.title).and.include(coder.title);
    expect(deepText(chart)).not.to.include(assistant.title);
  });

  it('passes changes on: pay back to annual, other careers, no theme', async () => {
    const el = await fixture(html`<career-compare pay="hourly" theme="light" rows="pay"></career-compare>`);
    await settle(el);
    el.pay = 'annual';
    el.careers = 'medical-coder healthcare-administrator';
    el.removeAttribute('theme');
    await settle(el);
    const table = view(el, 'career-table');
    expect(table.hasAttribute('theme')).to.equal(false);
    expect(tableParts(el).columns).to.deep.equal([coder.title, administrator.title]);
    expect(text(tableParts(el).cells('Median pay, per year')[0].querySelector('.main'))).to.equal(
      money('en-US', coder.pay.annual.median),
    );
    expect(text($(view(el, 'career-salary-chart'), '[part="title"]'))).to.equal('Annual pay');
  });
});

describe('<career-compare> hand-off from the quiz to the table', () => {
  // A reader who loves organising records, likes investigating and would rather not look after
  // people: not a nurse or a phlebotomist.
  const feelings = { conventional: "I'd love it", investigative: "I'd like it", social: 'Not at all' };
  const answers = questions.map((question) => {
    const trait = Object.keys(question.options.find((option) => Object.keys(option.traits).length).traits)[0];
    const label = question.kind === 'level' ? 'No preference' : (feelings[trait] ?? 'Not sure');
    return question.options.findIndex((option) => option.label === label);
  });

  /** Answers every question of the nested quiz with clicks, in its shadow root. */
  async function completeQuiz(quiz) {
    for (let n = 0; n < questions.length; n++) {
      expect(text($(quiz, 'legend'))).to.equal(questions[n].text);
      $$(quiz, 'input[type="radio"]')[answers[n] ?? 0].click();
      await quiz.updateComplete;
      $(quiz, '[part~="next"]').click();
      await quiz.updateComplete;
    }
  }

  it('offers the top two matches once the quiz is done, shows them in the table and moves focus there', async () => {
    const start = 'registered-nurse phlebotomist';
    const el = await fixture(html`<career-compare careers=${start}></career-compare>`);
    await settle(el);
    expect($(el, '[part="handoff"]'), 'no offer before the quiz is done').to.equal(null);
    const quiz = view(el, 'career-quiz');
    const completed = oneEvent(el, 'career-quiz-complete');
    await completeQuiz(quiz);
    const { detail } = await completed;
    const top = detail.ranking.slice(0, 2).map((entry) => entry.id);
    expect(top).to.have.length(2);
    expect(top.join(' '), 'the quiz picks other careers than those shown').not.to.equal(start);

    await el.updateComplete;
    const button = $(el, '[part="handoff"]');
    expect(button, 'the hand-off button').to.exist;
    expect(button.localName).to.equal('button');
    const titles = top.map((id) => getCareer(id).title);
    expect(text(button)).to.equal(`Compare your top matches in the table: ${titles[0]} and ${titles[1]}`);

    button.click();
    await settle(el);
    expect(el.careers).to.equal(top.join(' '));
    const table = view(el, 'career-table');
    expect(table.getAttribute('careers')).to.equal(top.join(' '));
    expect(tableParts(el).columns).to.deep.equal(titles);
    expect(text($(el, '[part="heading"]'))).to.equal(`${titles[0]} vs. ${titles[1]}`);
    await until(() => el.shadowRoot.activeElement === table, 'focus moves to the table');
    expect(document.activeElement).to.equal(el);
    // Once the careers are changed, the offer has been taken: it goes away.
    expect($(el, '[part="handoff"]')).to.equal(null);
  });

  it('makes no offer when the table is not shown', async () => {
    const el = await fixture(html`<career-compare views="quiz salary"></career-compare>`);
    await settle(el);
    const completed = oneEvent(el, 'career-quiz-complete');
    await completeQuiz(view(el, 'career-quiz'));
    await completed;
    await el.updateComplete;
    expect($(view(el, 'career-quiz'), '[part="results-heading"]'), 'the quiz shows its results').to.exist;
    expect($(el, '[part="handoff"]')).to.equal(null);
  });
});

describe('<career-compare> inline data and the data property', () => {
  it('merges a child <script type="application/json"> over the built-in careers', async () => {
    const el = create({ careers: 'medical-assistant medical-interpreter', rows: 'summary links' }, [
      jsonScript({
        version: 1,
        careers: [
          {
            id: 'medical-assistant',
            title: 'Medical Assistant',
            links: [{ label: 'Train with us', href: 'https://example.com/train?track=ma' }],
          },
          {
            id: 'medical-interpreter',
            title: 'Medical Interpreter',
            summary: 'Helps patients and clinicians understand each other.',
          },
        ],
      }),
    ]);
    const { errors, loaded, stop } = await attach(el);
    stop();
    expect(errors).to.deep.equal([]);
    expect(loaded.map((event) => event.careers)).to.deep.equal([['medical-assistant', 'medical-interpreter']]);
    const parts = tableParts(el);
    expect(parts.columns).to.deep.equal(['Medical Assistant', 'Medical Interpreter']);
    // The override keeps the built-in fields it does not name.
    expect(text(parts.cells('Overview')[0])).to.equal(assistant.summary);
    expect(text(parts.cells('Overview')[1])).to.equal('Helps patients and clinicians understand each other.');
    const [links] = parts.cells('Learn more');
    const anchors = [...links.querySelectorAll('a')];
    expect(anchors.map(text)).to.deep.equal(['Train with us']);
    expect(anchors[0].getAttribute('href')).to.equal('https://example.com/train?track=ma');
    expect(deepText(view(el, 'career-salary-chart'))).to.include('Medical Interpreter');
    // The script's JSON is data, never shown as text.
    expect(deepText(el)).not.to.include('"careers"');
  });

  it('rejects an inline dataset with a javascript: link, and never makes it a link', async () => {
    const el = create({ careers: 'medical-assistant medical-coder', rows: 'links' }, [
      jsonScript({
        version: 1,
        careers: [
          {
            id: 'medical-assistant',
            title: 'Medical Assistant',
            links: [{ label: 'Click me', href: 'javascript:alert(1)' }],
          },
        ],
      }),
    ]);
    const { errors, loaded, stop } = await attach(el);
    stop();
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(/^The inline dataset is not valid: .*links/);
    expect(loaded).to.deep.equal([]);
    expect(text($(el, '[part="message"]'))).to.equal(`${errors[0]} Showing the built-in careers instead.`);
    const anchors = [];
    const walk = (root) => {
      anchors.push(...root.querySelectorAll('a'));
      for (const node of root.querySelectorAll('*')) if (node.shadowRoot) walk(node.shadowRoot);
    };
    walk(el.shadowRoot);
    expect(anchors.length, 'the built-in links still show').to.be.at.least(1);
    for (const anchor of anchors) expect(anchor.getAttribute('href')).not.to.match(/^\s*javascript:/i);
    expect(deepText(el)).not.to.include('Click me');
    expect(
      [...tableParts(el).cells('Learn more')[0].querySelectorAll('a')].map((a) => a.getAttribute('href')),
    ).to.deep.equal(assistant.links.map((link) => link.href));
  });

  it('takes a dataset object through the `data` property', async () => {
    const el = await fixture(html`<career-compare careers="medical-interpreter medical-coder"></career-compare>`);
    await settle(el);
    expect(tableParts(el).columns).to.deep.equal([coder.title]);
    const loaded = oneEvent(el, 'career-data-loaded');
    el.data = {
      version: 1,
      careers: [
        {
          id: 'medical-interpreter',
          title: 'Medical Interpreter',
          pay: {
            currency: 'USD',
            annual: { p10: 36000, median: 47300, p90: 66000 },
            year: 2025,
            source: { name: 'Example survey' },
          },
        },
      ],
    };
    const { detail } = await loaded;
    expect(detail.careers).to.deep.equal(['medical-interpreter']);
    await settle(el);
    expect(tableParts(el).columns).to.deep.equal(['Medical Interpreter', coder.title]);
    expect(text(tableParts(el).cells('Median pay, per year')[0].querySelector('.main'))).to.equal('$47,300');
    expect(deepText(view(el, 'career-salary-chart'))).to.include('Medical Interpreter');
    expect(text($(el, '[part="heading"]'))).to.equal(`Medical Interpreter vs. ${coder.title}`);
    // The first render named the then-unknown id; now it is known, the message goes.
    expect($$(el, '[part="message"]')).to.have.length(0);
  });
  it('reports a `data` object that fails validation once, and forgets it when `data` is cleared', async () => {
    const el = await fixture(html`<career-compare></career-compare>`);
    await settle(el);
    const { errors, stop } = recordCareerEvents();
    try {
      el.data = {
        version: 1,
        careers: [
          { id: 'medical-assistant', title: 'Medical Assistant', links: [{ label: 'Bad', href: 'javascript:void 0' }] },
        ],
      };
      await settle(el);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(/^The data property is not valid: /);
      expect($$(el, '[part="message"]').map(text)).to.deep.equal([
        `${errors[0]} Showing the built-in careers instead.`,
      ]);
      expect(tableParts(el).columns).to.deep.equal([assistant.title, coder.title]);
      expect(deepText(el)).not.to.include('Bad');
      el.data = undefined;
      await settle(el);
      expect(errors).to.have.length(1);
      expect($$(el, '[part="message"]')).to.have.length(0);
    } finally {
      stop();
    }
  });
});

describe('<career-compare> layout="tabs"', () => {
  /** What the tab list says: each tab's aria-selected and tabindex, and which panels show. */
  function tabState(el) {
    const tabs = $$(el, '[role="tab"]');
    return {
      selected: tabs.map((tab) => tab.getAttribute('aria-selected')),
      tabindex: tabs.map((tab) => tab.tabIndex),
      shown: $$(el, '[role="tabpanel"]').map((panel) => panel.getClientRects().length > 0),
    };
  }
  const only = (index) => ({
    selected: [0, 1, 2].map((i) => String(i === index)),
    tabindex: [0, 1, 2].map((i) => (i === index ? 0 : -1)),
    shown: [0, 1, 2].map((i) => i === index),
  });

  it('shows one view at a time behind a labelled tab list, each tab tied to its panel', async () => {
    const el = await fixture(html`<career-compare layout="tabs"></career-compare>`);
    await settle(el);
    const tabs = $$(el, '[role="tab"]');
    expect(tabs.map(text)).to.deep.equal(['Table', 'Pay', 'Quiz']);
    expect($(el, '[role="tablist"]').getAttribute('aria-label')).to.equal('Views');
    for (const tab of tabs) {
      const panel = el.shadowRoot.getElementById(tab.getAttribute('aria-controls'));
      expect(panel.getAttribute('role')).to.equal('tabpanel');
      expect(panel.getAttribute('aria-labelledby')).to.equal(tab.id);
    }
    expect(tabState(el)).to.deep.equal(only(0));
    expect(view(el, 'career-table').getClientRects().length, 'the table shows').to.be.above(0);
    tabs[1].click();
    await settle(el);
    expect(tabState(el)).to.deep.equal(only(1));
    expect(view(el, 'career-salary-chart').getClientRects().length, 'the chart shows').to.be.above(0);
    await expect(el).to.be.accessible();
  });

  it('moves between tabs with the arrow keys (round the ends), Home and End, choosing each as focus reaches it', async () => {
    const el = await fixture(html`<career-compare layout="tabs"></career-compare>`);
    await settle(el);
    const tabs = $$(el, '[role="tab"]');
    tabs[0].focus();
    for (const [key, index] of [
      ['ArrowRight', 1],
      ['ArrowRight', 2],
      ['ArrowRight', 0],
      ['ArrowLeft', 2],
      ['Home', 0],
      ['End', 2],
    ]) {
      await press(key);
      await settle(el);
      expect(el.shadowRoot.activeElement, `${key}: focus`).to.equal(tabs[index]);
      expect(tabState(el), `${key}: chosen`).to.deep.equal(only(index));
    }
  });

  it('keeps the quiz answers when the reader looks at another tab and comes back', async () => {
    const el = await fixture(html`<career-compare layout="tabs"></career-compare>`);
    await settle(el);
    const [table, , quizTab] = $$(el, '[role="tab"]');
    quizTab.click();
    await settle(el);
    const quiz = view(el, 'career-quiz');
    $$(quiz, 'input[type="radio"]')[1].click();
    await quiz.updateComplete;
    $(quiz, '[part~="next"]').click();
    await quiz.updateComplete;
    table.click();
    await settle(el);
    quizTab.click();
    await settle(el);
    expect(text($(quiz, '[part="progress"]'))).to.match(/^Question 2 of/);
  });

  it('is as tall as the chosen view, not all of them, at 1280px and at 360px', async () => {
    for (const width of [1280, 360]) {
      const place = async (layout) => {
        const box = await fixture(
          html`<div style="width: ${width}px"><career-compare layout=${layout}></career-compare></div>`,
        );
        await settle(box.firstElementChild);
        return box.firstElementChild;
      };
      const sections = await place('sections');
      const tabbed = await place('tabs');
      const allViews = sections.getBoundingClientRect().height;
      // Each tab in turn: the element's height, and the height of the view it shows.
      const shown = [];
      for (const tab of $$(tabbed, '[role="tab"]')) {
        tab.click();
        await settle(tabbed);
        const viewHeight = $(tabbed, '[role="tabpanel"]:not([hidden]) > *').getBoundingClientRect().height;
        shown.push({ height: tabbed.getBoundingClientRect().height, viewHeight });
      }
      const sum = shown.reduce((total, { viewHeight }) => total + viewHeight, 0);
      expect(allViews, `one after another at ${width}px: every view`).to.be.at.least(sum);
      for (const [index, { height, viewHeight }] of shown.entries()) {
        // What tabs save is the other views' heights; the tab list takes back at most 5rem.
        const others = sum - viewHeight;
        expect(
          height,
          `tab ${index + 1} at ${width}px: ${Math.round(height)} px against ${Math.round(allViews)} px`,
        ).to.be.at.most(allViews - others + 80);
      }
    }
  });

  it('opens the table tab when the reader compares their top matches', async () => {
    const el = await fixture(html`<career-compare layout="tabs"></career-compare>`);
    await settle(el);
    $$(el, '[role="tab"]')[2].click();
    await settle(el);
    const quiz = view(el, 'career-quiz');
    quiz.dispatchEvent(
      new CustomEvent('career-quiz-complete', {
        detail: { ranking: [{ id: 'medical-coder' }, { id: 'healthcare-administrator' }], flat: false },
        bubbles: true,
        composed: true,
      }),
    );
    await el.updateComplete;
    $(el, '[part="handoff"]').click();
    await settle(el);
    expect(tabState(el)).to.deep.equal(only(0));
    await until(() => el.shadowRoot.activeElement === view(el, 'career-table'), 'focus moves to the table');
  });

  it('names an unknown layout in place and shows the views one after another', async () => {
    const el = await fixture(html`<career-compare layout="carousel"></career-compare>`);
    await settle(el);
    expect($$(el, '[part="message"]').map(text)).to.deep.equal(["Unknown value for layout: 'carousel'"]);
    expect($(el, '[role="tablist"]')).to.equal(null);
    expect(views(el)).to.have.length(3);
  });
});

describe('<career-compare> fallback content', () => {
  it('shows its fallback until defined, then leaves it without a box', async () => {
    const paragraph = () => {
      const p = document.createElement('p');
      p.append('Fallback ');
      const a = document.createElement('a');
      a.href = '/x';
      a.textContent = 'link';
      p.append(a);
      return p;
    };
    expect(customElements.get('late-compare')).to.equal(undefined);
    const el = create({}, [paragraph()], 'late-compare');
    document.body.append(el);
    const p = el.querySelector('p');
    expect(p.getClientRects().length, 'visible before the element is defined').to.be.above(0);
    expect(p.getBoundingClientRect().height).to.be.above(0);
    expect(p.checkVisibility?.() ?? true).to.equal(true);

    CareerCompare.define('late-compare');
    await customElements.whenDefined('late-compare');
    expect(el).to.be.instanceOf(CareerCompare);
    await settle(el);
    expect(views(el)).to.have.length(3);
    expect(p.assignedSlot).to.equal(null);
    expect(p.getClientRects().length, 'no box once rendered').to.equal(0);
    expect(el.querySelector('a').getClientRects().length).to.equal(0);
  });

  it('gives the fallback no box in an element that was defined all along', async () => {
    const el = await fixture(
      html`<career-compare
        ><p>Fallback <a href="/x">link</a></p></career-compare
      >`,
    );
    await settle(el);
    const p = el.querySelector('p');
    expect(p.assignedSlot).to.equal(null);
    expect(p.getClientRects().length).to.equal(0);
    expect(deepText(view(el, 'career-table'))).to.include(assistant.title);
  });
});

describe('<career-compare> in Spanish', () => {
  async function expectSpanish(el) {
    await settle(el);
    expect(text($(el, '[part="heading"]'))).to.equal(`${assistant.title} frente a ${coder.title}`);
    const table = view(el, 'career-table');
    expect(table.locale).to.equal('es');
    const parts = tableParts(el);
    expect(parts.rowLabels).to.include('Habilidades').and.include('Salario mediano al año');
    const tableText = text({ textContent: deepText(table) });
    // "45.690 US$": a full stop between thousands, the currency after the number.
    expect(text({ textContent: money('es', assistant.pay.annual.median) })).to.equal('45.690 US$');
    expect(tableText).to.include('45.690 US$');
    expect(tableText).not.to.include('$45,690');
    expect(text(parts.cells('Salario mediano al año')[0].querySelector('.main'))).to.equal('45.690 US$');
    const chart = view(el, 'career-salary-chart');
    expect(text($(chart, '[part="title"]'))).to.equal('Salario anual');
    expect(text($(view(el, 'career-quiz'), '[part~="next"]'))).to.equal('Siguiente');
  }

  it('speaks Spanish with locale="es"', async () => {
    const el = await fixture(
      html`<career-compare locale="es" careers="medical-assistant medical-coder"></career-compare>`,
    );
    await expectSpanish(el);
  });

  it('speaks Spanish under an ancestor with lang="es"', async () => {
    const holder = await fixture(
      html`<div lang="es"><career-compare careers="medical-assistant medical-coder"></career-compare></div>`,
    );
    const el = holder.querySelector('career-compare');
    expect(el.hasAttribute('locale')).to.equal(false);
    await expectSpanish(el);
  });
});

describe('<career-compare> accessibility and small screens', () => {
  for (const theme of [undefined, 'light', 'dark']) {
    it(`passes axe (WCAG 2.2 AA) with ${theme ? `theme="${theme}"` : 'no theme'}`, async () => {
      const el = await fixture(
        theme ? html`<career-compare theme=${theme}></career-compare>` : html`<career-compare></career-compare>`,
      );
      await settle(el);
      expect(views(el)).to.have.length(3);
      await expect(el).to.be.accessible();
    });
  }

  it('fits 320px without horizontal overflow, and passes axe there', async () => {
    const holder = await fixture(html`<div style="width: 320px"><career-compare theme="light"></career-compare></div>`);
    const el = holder.querySelector('career-compare');
    await settle(el);
    // The chart lays out again once it has measured its width.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await settle(el);
    expect(holder.scrollWidth, 'the wrapper does not scroll sideways').to.be.at.most(holder.clientWidth);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    for (const nested of views(el)) {
      expect(nested.getBoundingClientRect().right, nested.localName).to.be.at.most(
        holder.getBoundingClientRect().right + 0.5,
      );
      expect(nested.scrollWidth, `${nested.localName} has no content wider than itself`).to.be.at.most(
        nested.clientWidth,
      );
    }
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    await expect(el).to.be.accessible();
  });
});
