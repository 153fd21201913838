// Server-rendered elements in the browser: pages from the test server's /prerender route
// (career-compare/ssr's prerender(), from dist/), in an iframe. Without JavaScript (a
// sandboxed frame) the table and chart show their figures; with career-compare.hydrate.js the
// elements hydrate the server's nodes, with no console error and no layout shift, and then work.
import { expect } from '@open-wc/testing';
import { formatMoney } from '../../dist/core/format.js';
import { payFigures } from '../../dist/core/pay.js';
import { careers } from '../../dist/data/index.js';
import { until } from './helpers.js';

const [first, second] = careers;
const BOTH = `${first.id} ${second.id}`;
const PAGE = `<career-table careers="${BOTH}"></career-table>
<career-salary-chart careers="${BOTH}"></career-salary-chart>
<career-quiz careers="${BOTH}"></career-quiz>
<career-compare careers="${BOTH}" views="table salary"></career-compare>`;
const TAGS = ['career-table', 'career-salary-chart', 'career-quiz', 'career-compare'];

const median = (career, unit = 'annual') =>
  formatMoney(payFigures(career, unit).median, { locale: 'en-US', currency: 'USD', unit });

const frames = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/**
 * The page `html` prerendered, in an iframe `width` px wide: with the hydrating script, or
 * without JavaScript at all (a sandbox that allows no scripts).
 */
async function openPrerendered(html, { script = '/dist/career-compare.hydrate.js', width = 640 } = {}) {
  const frame = document.createElement('iframe');
  if (!script) frame.sandbox = 'allow-same-origin';
  frame.style.cssText = `width: ${width + 40}px; height: 900px; border: 0`;
  const query = new URLSearchParams({ html, width: String(width) });
  if (script) query.set('script', script);
  frame.src = `/prerender?${query}`;
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow;
}

/** Waits until every element in the frame is defined and has rendered its content, and a frame more. */
async function hydrated(win, tags = TAGS) {
  await until(() => tags.every((tag) => win.customElements.get(tag)), 'the elements to be defined');
  const elements = [...win.document.querySelectorAll(tags.join(', '))];
  await until(async () => {
    await Promise.all(elements.map((element) => element.updateComplete));
    return elements.every((element) => element.hasUpdated);
  }, 'every element to hydrate');
  // The chart lays itself out again to its measured size in the next frame.
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
  await Promise.all(elements.map((element) => element.updateComplete));
  return elements;
}

const text = (node) => node.textContent.replace(/\s+/g, ' ');

describe('server-rendered elements without JavaScript', () => {
  it('show the table caption and figures, the chart, and say the quiz needs JavaScript', async () => {
    const win = await openPrerendered(PAGE, { script: false });
    const page = win.document;
    expect(win.customElements.get('career-table'), 'no script ran').to.equal(undefined);
    const table = page.querySelector('career-table').shadowRoot;
    expect(text(table.querySelector('caption'))).to.contain(`${first.title} compared with ${second.title}`);
    expect(text(table.querySelector('table')))
      .to.contain(median(first))
      .and.contain(median(second));

    const chart = page.querySelector('career-salary-chart').shadowRoot;
    const svg = chart.querySelector('svg[part="chart"]');
    expect(svg.querySelectorAll('rect.median')).to.have.length(2);
    expect(svg.getBoundingClientRect().width, 'the chart is laid out and shown').to.be.greaterThan(200);
    expect(text(chart.querySelector('table'))).to.contain(median(first));
    // The hourly toggle, which needs JavaScript, is not offered.
    expect(win.getComputedStyle(chart.querySelector('[part="toggle"]')).visibility).to.equal('hidden');

    const quiz = page.querySelector('career-quiz').shadowRoot;
    const note = quiz.querySelector('[part="needs-script"]');
    expect(win.getComputedStyle(note).display).not.to.equal('none');
    expect(quiz.querySelectorAll('input:checked'), 'no radio shows as chosen').to.have.length(0);

    const compare = page.querySelector('career-compare').shadowRoot;
    expect(text(compare.querySelector('h2'))).to.equal(`${first.title} vs. ${second.title}`);
    const nestedTable = compare.querySelector('career-table').shadowRoot;
    expect(text(nestedTable.querySelector('table'))).to.contain(median(first));
  });

  it('fit a phone: the chart scales down to the column instead of overflowing it', async () => {
    const win = await openPrerendered(`<career-salary-chart careers="${BOTH}"></career-salary-chart>`, {
      script: false,
      width: 300,
    });
    const element = win.document.querySelector('career-salary-chart');
    const svg = element.shadowRoot.querySelector('svg[part="chart"]');
    expect(svg.getBoundingClientRect().width).to.be.at.most(element.getBoundingClientRect().width + 0.5);
    const { width, height } = svg.viewBox.baseVal;
    const box = svg.getBoundingClientRect();
    expect(box.height / box.width, 'in proportion').to.be.closeTo(height / width, 0.01);
  });
});

describe('server-rendered elements, hydrated', () => {
  it('reuse the server-made nodes, with no duplicate content and no console error', async () => {
    const win = await openPrerendered(PAGE);
    const elements = await hydrated(win);
    const { errors, serverNodes } = win.ssrRecord;
    expect(errors).to.deep.equal([]);
    for (const element of elements) {
      const kept = serverNodes.get(element);
      expect(kept.length, `${element.localName} came with content`).to.be.greaterThan(5);
      const root = element.shadowRoot;
      // The chart re-lays out after hydrating, so some of its marks may be new; its figure is not.
      const reused = element.localName === 'career-salary-chart' ? kept.filter((n) => n.matches('figure, svg')) : kept;
      const lost = reused.filter((node) => node.getRootNode() !== root);
      expect(
        lost.map((node) => node.localName),
        `${element.localName}: server nodes replaced`,
      ).to.deep.equal([]);
      expect(root.querySelectorAll('[part="base"], [part="wrap"], .wrap').length, 'rendered once').to.be.at.most(1);
    }
    const table = win.document.querySelector('career-table').shadowRoot;
    expect(table.querySelectorAll('table[part="table"]')).to.have.length(1);
  });

  it('lay the chart out again to its own width, and wait for the strings of their language', async () => {
    const html = `<career-salary-chart careers="${BOTH}"></career-salary-chart>
<career-table careers="${BOTH}" locale="es"></career-table>`;
    const win = await openPrerendered(html, { width: 360 });
    const [chart, table] = await hydrated(win, ['career-salary-chart', 'career-table']);
    const svg = chart.shadowRoot.querySelector('svg[part="chart"]');
    expect(svg.getAttribute('width'), 'the server laid it out to 640px').to.equal('360');
    expect(svg.getBoundingClientRect().width).to.be.closeTo(360, 1);
    expect(text(table.shadowRoot.querySelector('caption'))).to.contain(`${first.title} frente a ${second.title}`);
    expect(win.ssrRecord.errors).to.deep.equal([]);
  });

  it('then work: the hourly toggle switches the chart, and the quiz runs to its results', async () => {
    const win = await openPrerendered(PAGE);
    await hydrated(win);
    const chart = win.document.querySelector('career-salary-chart');
    const toggle = chart.shadowRoot.querySelector('[part="toggle"] input');
    expect(win.getComputedStyle(chart.shadowRoot.querySelector('[part="toggle"]')).visibility).to.equal('visible');
    toggle.click();
    await chart.updateComplete;
    expect(toggle.checked).to.equal(true);
    expect(chart.shadowRoot.querySelector('[part="title"]').textContent).to.contain('Hourly');
    expect(text(chart.shadowRoot.querySelector('table'))).to.contain(median(first, 'hourly'));

    const quiz = win.document.querySelector('career-quiz');
    expect(win.getComputedStyle(quiz.shadowRoot.querySelector('[part="needs-script"]')).display).to.equal('none');
    for (let step = 0; step < 30 && !quiz.shadowRoot.querySelector('[part="results-heading"]'); step++) {
      const radios = quiz.shadowRoot.querySelectorAll('input[type="radio"]');
      radios[step % radios.length].click();
      quiz.shadowRoot.querySelector('[part~="next"]').click();
      await quiz.updateComplete;
    }
    expect(quiz.shadowRoot.querySelector('[part="results-heading"]'), 'the results').to.exist;
    expect(quiz.shadowRoot.querySelectorAll('[part="match"]').length).to.be.greaterThan(0);
    expect(win.ssrRecord.errors).to.deep.equal([]);
  });

  it('with the plain script instead (no hydration support), render afresh in place of the server content', async () => {
    const win = await openPrerendered(`<career-table careers="${BOTH}"></career-table>`, {
      script: '/dist/career-compare.js',
    });
    const [table] = await hydrated(win, ['career-table']);
    const kept = win.ssrRecord.serverNodes.get(table);
    expect(
      kept.some((node) => node.getRootNode() === table.shadowRoot),
      'server nodes replaced',
    ).to.equal(false);
    expect(table.shadowRoot.querySelectorAll('table[part="table"]')).to.have.length(1);
    expect(text(table.shadowRoot.querySelector('table'))).to.contain(median(first));
    expect(win.ssrRecord.errors).to.deep.equal([]);
  });

  it('hydrate with no layout shift', async () => {
    for (const width of [640, 360]) {
      // At 360px the chart lays itself out anew for a phone (its labels above the bars), which moves what follows it: it goes last.
      const html = width === 640 ? PAGE : `<career-table careers="${BOTH}"></career-table><career-quiz></career-quiz>`;
      const win = await openPrerendered(html, { width });
      const elements = await hydrated(win);
      for (const element of elements) {
        const before = win.ssrRecord.boxes.get(element);
        const after = element.getBoundingClientRect();
        expect(after.top, `${element.localName} at ${width}px: top`).to.be.closeTo(before.top, 0.5);
        expect(after.height, `${element.localName} at ${width}px: height`).to.be.closeTo(before.height, 0.5);
      }
      expect(win.ssrRecord.shift, `layout shift at ${width}px`).to.equal(0);
    }
  });
});
