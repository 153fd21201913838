// Defects from the keyboard and screen-reader review (issue 17), each with a
// test that failed before its fix. Run `npm run build` first: this imports dist/.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../dist/compare/define.js';
import { press, settle, until } from './helpers.js';

/** The element that has focus, looking inside shadow roots. */
function deepActiveElement() {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('accessibility: keyboard', function () {
  // Many key presses, each a round trip to the browser driver.
  this.timeout(40_000);

  it("reaches every link in <career-compare>'s table with Tab (WCAG 2.1.1)", async () => {
    const wrapper = await fixture(
      html`<div style="width: 1000px">
        <button type="button">Before</button>
        <career-compare views="table" careers="medical-assistant medical-coder"></career-compare>
        <button type="button">After</button>
      </div>`,
    );
    const el = wrapper.querySelector('career-compare');
    await settle(el);
    const table = el.shadowRoot.querySelector('career-table');
    const links = [...table.shadowRoot.querySelectorAll('a[href]')].filter((link) => link.getClientRects().length > 0);
    expect(links.length, 'the table shows links').to.be.greaterThan(2);
    const [before, after] = wrapper.querySelectorAll('button');
    before.focus();
    const reached = new Set();
    for (let presses = 0; presses < 60 && deepActiveElement() !== after; presses++) {
      await press('Tab');
      reached.add(deepActiveElement());
    }
    expect(deepActiveElement(), 'Tab gets through the compare').to.equal(after);
    expect(links.filter((link) => reached.has(link)).length).to.equal(links.length);
  });
});

describe('accessibility: focus after "Compare your top matches" (WCAG 2.4.3, 4.1.2)', () => {
  for (const [width, target] of [
    [1000, 'table'],
    [320, 'stacked table'],
  ]) {
    it(`moves focus to the ${target}, which has a role and a name, at ${width}px`, async () => {
      const wrapper = await fixture(
        html`<div style="width: ${width}px">
          <career-compare views="table quiz" careers="registered-nurse phlebotomist"></career-compare>
        </div>`,
      );
      const el = wrapper.querySelector('career-compare');
      await settle(el);
      // The quiz's result, as the quiz reports it.
      const detail = { ranking: [{ id: 'medical-coder' }, { id: 'medical-assistant' }], flat: false };
      const quiz = el.shadowRoot.querySelector('career-quiz');
      quiz.dispatchEvent(new CustomEvent('career-quiz-complete', { detail, bubbles: true, composed: true }));
      await el.updateComplete;
      el.shadowRoot.querySelector('[part="handoff"]').click();
      await settle(el);
      await until(() => deepActiveElement() !== document.body, 'focus moves');
      const focused = deepActiveElement();
      expect(focused.localName, 'not the bare host').not.to.equal('career-table');
      const root = focused.getRootNode();
      if (target.endsWith('table')) {
        expect(focused.localName).to.equal('table');
        expect(focused.classList.contains('stacked')).to.equal(target === 'stacked table');
        expect(focused.querySelector('caption').textContent.trim()).to.equal(
          'Medical Coding & Billing Specialist compared with Medical Assistant',
        );
      } else {
        expect(focused.getAttribute('role')).to.equal('group');
        const name = root.getElementById(focused.getAttribute('aria-labelledby')).textContent.trim();
        expect(name).to.equal('Medical Coding & Billing Specialist compared with Medical Assistant');
      }
    });
  }
});

describe('accessibility: reflow and targets', () => {
  it('keeps <career-compare> within a 320px column when the chart is shown as a table (WCAG 1.4.10)', async () => {
    const wrapper = await fixture(
      html`<div style="width: 320px">
        <career-compare views="salary" careers="medical-assistant medical-coder registered-nurse"></career-compare>
      </div>`,
    );
    const el = wrapper.querySelector('career-compare');
    await settle(el);
    const chart = el.shadowRoot.querySelector('career-salary-chart');
    chart.shadowRoot.querySelector('details').open = true;
    await chart.updateComplete;
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(el.scrollWidth, "the compare's own width").to.be.at.most(320);
    expect(wrapper.scrollWidth, 'nothing spills out of the column').to.be.at.most(320);
  });

  it("gives the chart's controls a 24px target with a small page font (WCAG 2.5.8)", async () => {
    const wrapper = await fixture(
      html`<div style="width: 320px; font-size: 12px">
        <career-compare views="salary" careers="medical-assistant medical-coder"></career-compare>
      </div>`,
    );
    const el = wrapper.querySelector('career-compare');
    await settle(el);
    const chart = el.shadowRoot.querySelector('career-salary-chart');
    for (const selector of ['summary', '[part="toggle"]']) {
      expect(chart.shadowRoot.querySelector(selector).getBoundingClientRect().height, selector).to.be.at.least(24);
    }
  });

  it('keeps long words inside the quiz answers at 200% text in 320px (WCAG 1.4.4, 1.4.10)', async () => {
    const wrapper = await fixture(
      html`<div style="width: 320px; font-size: 32px">
        <career-quiz careers="medical-assistant"></career-quiz>
      </div>`,
    );
    const quiz = wrapper.querySelector('career-quiz');
    await quiz.updateComplete;
    const labels = [...quiz.shadowRoot.querySelectorAll('label')];
    labels[0].querySelector('span').textContent = 'Supercalifragilisticexpialidocious departmentalisation';
    for (const label of labels) expect(label.scrollWidth, label.textContent).to.be.at.most(label.clientWidth + 1);
    expect(quiz.scrollWidth).to.be.at.most(320);
  });
});

describe('accessibility: the chart at narrow widths and large text (WCAG 1.4.4, 1.4.10)', () => {
  /** Boxes, relative to the SVG, of the elements `selector` finds in `chart`. */
  const boxes = (chart, selector) => {
    const svg = chart.shadowRoot.querySelector('svg').getBoundingClientRect();
    return [...chart.shadowRoot.querySelectorAll(selector)].map((node) => {
      const box = node.getBoundingClientRect();
      return { text: node.textContent, left: box.left - svg.left, right: box.right - svg.left, width: svg.width };
    });
  };

  for (const [case_, fontSize, locale] of [
    ['Spanish at 320px', 16, 'es'],
    ['200% text at 320px', 32, 'en'],
    ['Spanish, 200% text at 320px', 32, 'es'],
  ]) {
    it(`keeps the axis labels apart and the careers' names whole: ${case_}`, async () => {
      const wrapper = await fixture(
        html`<div style="width: 320px; font-size: ${fontSize}px">
          <career-salary-chart
            locale=${locale}
            careers="medical-assistant medical-coder healthcare-administrator"
          ></career-salary-chart>
        </div>`,
      );
      const chart = wrapper.querySelector('career-salary-chart');
      await settle(chart);
      // Each figure's extent from where it is anchored and its advance (a bounding box also takes in glyph overhang).
      const width = chart.shadowRoot.querySelector('svg').getBoundingClientRect().width;
      const ticks = [...chart.shadowRoot.querySelectorAll('text.tick')].map((tick) => {
        const x = Number(tick.getAttribute('x'));
        const length = tick.getComputedTextLength();
        const anchor = getComputedStyle(tick).textAnchor;
        const left = anchor === 'start' ? x : anchor === 'end' ? x - length : x - length / 2;
        return { text: tick.textContent, left, right: left + length };
      });
      expect(ticks.length, 'some ticks are labelled').to.be.at.least(2);
      ticks.forEach((tick, index) => {
        expect(tick.left, `${tick.text} starts inside the chart`).to.be.at.least(-0.5);
        expect(tick.right, `${tick.text} ends inside the chart`).to.be.at.most(width + 0.5);
        if (index > 0)
          expect(tick.left, `${tick.text} clear of ${ticks[index - 1].text}`).to.be.above(ticks[index - 1].right);
      });
      const names = boxes(chart, 'g > text:first-of-type');
      expect(names.map((name) => name.text.replace(/\s+/g, ''))).to.deep.equal(
        ['Medical Assistant', 'Medical Coding & Billing Specialist', 'Healthcare Administrator'].map((name) =>
          name.replace(/\s+/g, ''),
        ),
      );
      for (const name of names) expect(name.right, `${name.text} inside the chart`).to.be.at.most(name.width + 1.5);
    });
  }
});

describe('the chart: gridlines stop short of text', () => {
  for (const [width, fontSize] of [
    [320, 16],
    [360, 16],
    [320, 32],
    [1280, 16],
  ]) {
    it(`no gridline runs through a name or a figure at ${width}px, ${fontSize}px text`, async () => {
      const wrapper = await fixture(
        html`<div style="width: ${width}px; font-size: ${fontSize}px">
          <career-salary-chart careers="medical-assistant medical-coder healthcare-administrator"></career-salary-chart>
        </div>`,
      );
      const chart = wrapper.querySelector('career-salary-chart');
      await settle(chart);
      const root = chart.shadowRoot;
      // The vertical stretches of the grid's path ("M x y1 V y2"; the axis is "M x y H x2"), and every
      // text but the axis figures under it.
      const paths = [...root.querySelectorAll('.grid')];
      expect(paths.map((path) => path.localName)).to.deep.equal(['path']);
      const lines = [...paths[0].getAttribute('d').matchAll(/M([\d.-]+) ([\d.-]+)V([\d.-]+)/g)].map(([, x, y1, y2]) =>
        [x, y1, y2].map(Number),
      );
      const texts = [...root.querySelectorAll('text:not(.tick)')].map((node) => ({
        text: node.textContent.trim(),
        box: node.getBBox(),
      }));
      expect(lines.length, 'gridlines').to.be.at.least(3);
      expect(texts.length, 'names and figures').to.be.at.least(6);
      for (const [x, y1, y2] of lines) {
        for (const { text, box } of texts) {
          const across = box.x < x && x < box.x + box.width;
          const down = y1 < box.y + box.height && box.y < y2;
          expect(
            across && down,
            `gridline at x=${x.toFixed(1)} (${y1.toFixed(1)}–${y2.toFixed(1)}) crosses "${text}"`,
          ).to.equal(false);
        }
      }
    });
  }
});

describe('accessibility: the chart tooltip', () => {
  /** A chart in a 600px column, settled. */
  async function chart() {
    const wrapper = await fixture(
      html`<div style="width: 600px">
        <career-salary-chart careers="medical-assistant medical-coder"></career-salary-chart>
      </div>`,
    );
    const el = wrapper.querySelector('career-salary-chart');
    await el.updateComplete;
    return el;
  }

  it('announces the whole tooltip, labels with numbers (WCAG 4.1.3)', async () => {
    const el = await chart();
    const tip = el.shadowRoot.querySelector('.tip');
    expect(tip.getAttribute('aria-live')).to.equal('polite');
    expect(tip.getAttribute('aria-atomic')).to.equal('true');
  });

  it('hides a tooltip shown by hovering when Escape is pressed, wherever focus is (WCAG 1.4.13)', async () => {
    const el = await chart();
    el.shadowRoot.querySelector('svg g').dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    expect(el.shadowRoot.querySelector('[part="tooltip"]'), 'the hover shows it').to.exist;
    document.body.focus();
    await press('Escape');
    await el.updateComplete;
    expect(el.shadowRoot.querySelector('[part="tooltip"]')).to.equal(null);
  });

  it('says how to read the bands by their shape, which holds in every theme (WCAG 1.3.3)', async () => {
    for (const theme of ['light', 'dark']) {
      const wrapper = await fixture(
        html`<div style="width: 600px">
          <career-salary-chart theme=${theme} careers="medical-assistant"></career-salary-chart>
        </div>`,
      );
      const el = wrapper.querySelector('career-salary-chart');
      await el.updateComplete;
      const how = el.shadowRoot.querySelector('[part="how"]').textContent;
      expect(how).not.to.match(/light|dark/i);
      expect(how).to.include('Thin band: the middle 80%');
      // The thin band is the 10th–90th: its rectangle is shorter than the 25th–75th's.
      const [range, middle] = ['.range', '.middle'].map((s) => el.shadowRoot.querySelector(s).getBBox().height);
      expect(range).to.be.lessThan(middle);
    }
  });
});

// Forced colours can be emulated only in Chromium (Playwright's forcedColors), so the test exists there alone.
if (navigator.userAgent.includes('Chrome/')) {
  describe('accessibility: forced colours (WCAG 1.4.11)', () => {
    afterEach(() => emulateMedia({ forcedColors: 'none' }));

    it("keeps a themed chart's bands and focus ring in system colours, as an un-themed one", async () => {
      await emulateMedia({ forcedColors: 'active' });
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const wrapper = await fixture(
        html`<div style="width: 600px">
          <career-salary-chart careers="medical-assistant"></career-salary-chart>
          <career-salary-chart theme="dark" careers="medical-assistant"></career-salary-chart>
        </div>`,
      );
      const [plain, themed] = wrapper.querySelectorAll('career-salary-chart');
      await plain.updateComplete;
      await themed.updateComplete;
      const look = (el) => {
        const style = getComputedStyle(el.shadowRoot.querySelector('.middle'));
        return { band: style.fill, focus: getComputedStyle(el).getPropertyValue('--_focus').trim() };
      };
      expect(look(themed)).to.deep.equal(look(plain));
      expect(look(themed).focus).to.equal('Highlight');
    });
  });
}

describe('accessibility: heading structure (WCAG 1.3.1)', () => {
  /** The heading levels in `el`'s shadow tree and nested ones, in document order, as "h3 text". */
  function headings(el) {
    const found = [];
    const walk = (root) => {
      for (const node of root.querySelectorAll('*')) {
        if (/^h[1-6]$/.test(node.localName)) found.push(`${node.localName} ${node.textContent.trim()}`);
        if (node.shadowRoot) walk(node.shadowRoot);
      }
    };
    walk(el.shadowRoot);
    return found;
  }

  it("nests every view's headings under <career-compare>'s, following heading-level", async () => {
    const wrapper = await fixture(
      html`<div style="width: 320px">
        <career-compare
          heading-level="3"
          careers="medical-assistant medical-coder healthcare-administrator"
        ></career-compare>
      </div>`,
    );
    const el = wrapper.querySelector('career-compare');
    await settle(el);
    const levels = headings(el);
    expect(levels[0]).to.equal('h3 Medical Assistant, Medical Coding & Billing Specialist, Healthcare Administrator');
    // Three careers at 320px: the table's cards, the chart's title and the quiz's title one level down; the question two.
    expect(levels).to.include('h4 Medical Assistant');
    expect(levels).to.include('h4 Annual pay');
    expect(levels).to.include('h4 Which career could suit you?');
    expect(levels.some((heading) => heading.startsWith('h5 How would you like'))).to.equal(true);
    expect(levels.filter((heading) => /^h[12] /.test(heading))).to.deep.equal([]);
  });

  it('gives a standalone chart a real heading at its heading-level', async () => {
    const el = await fixture(
      html`<career-salary-chart heading-level="4" careers="medical-assistant"></career-salary-chart>`,
    );
    await el.updateComplete;
    expect(headings(el)).to.deep.equal(['h4 Annual pay']);
  });
});

describe("accessibility: the chart's table and keys", () => {
  /** A chart in a column `width` px wide, with its table open. */
  async function chartWithTable(width) {
    const wrapper = await fixture(
      html`<div style="width: ${width}px">
        <career-salary-chart careers="medical-assistant medical-coder registered-nurse"></career-salary-chart>
      </div>`,
    );
    const el = wrapper.querySelector('career-salary-chart');
    await el.updateComplete;
    el.shadowRoot.querySelector('details').open = true;
    // The region's size is measured after layout, by a resize observer.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    await el.updateComplete;
    return el;
  }

  it('makes the "Show as table" region a tab stop only while it scrolls', async () => {
    const wide = await chartWithTable(900);
    const region = wide.shadowRoot.querySelector('[role="region"]');
    expect(region.scrollWidth).to.be.at.most(region.clientWidth);
    expect(region.hasAttribute('tabindex'), 'no tab stop when the table fits').to.equal(false);
    const narrow = await chartWithTable(320);
    const scrolling = narrow.shadowRoot.querySelector('[role="region"]');
    expect(scrolling.scrollWidth).to.be.greaterThan(scrolling.clientWidth);
    await until(() => scrolling.getAttribute('tabindex') === '0', 'a tab stop when it scrolls');
  });

  it('keeps the career column in view when the table scrolls', async () => {
    const el = await chartWithTable(320);
    const region = el.shadowRoot.querySelector('[role="region"]');
    const name = el.shadowRoot.querySelector('tbody th');
    region.scrollLeft = 200;
    expect(region.scrollLeft, 'the table scrolled').to.be.greaterThan(0);
    // Stuck at the region's start edge, instead of scrolled out of view to the left.
    expect(name.getBoundingClientRect().left).to.be.closeTo(region.getBoundingClientRect().left, 3);
  });

  it('describes every key the chart takes, without showing the hint as stray text', async () => {
    const el = await chartWithTable(600);
    const svg = el.shadowRoot.querySelector('svg[role="img"]');
    const keys = el.shadowRoot.getElementById(svg.getAttribute('aria-describedby'));
    expect(keys.textContent).to.include('Arrow keys');
    for (const key of ['Home', 'End', 'Escape']) expect(keys.textContent).to.include(key);
    expect(keys.hidden, 'left out of the reading order, still the description').to.equal(true);
  });
});
