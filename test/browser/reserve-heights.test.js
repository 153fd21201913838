// docs/reserve-heights.md tells publishers of the plain script tag how much height to reserve
// (min-height, in rem) for each element so the page does not shift when it renders. This reads
// that page's table and checks every row in each engine: each element, rendered in a column of
// the stated width with the stated font, fits in its reserve (no shift) and does not fall far
// short of it (the figure stays true). A row cannot go missing: ROWS names every one.
// Run `npm run build` first: this imports dist/.
import { expect, fixture, html } from '@open-wc/testing';
import { careers } from '../../dist/data/index.js';
import '../../dist/index.js';
import { create, until } from './helpers.js';

const TWO = careers
  .slice(0, 2)
  .map((career) => career.id)
  .join(' ');
const THREE = careers
  .slice(0, 3)
  .map((career) => career.id)
  .join(' ');

/** The page widths (the table's column headers) and the content column each stands for, in px. */
const COLUMNS = { '1280px window': 672, '360px phone': 344 };

/** The font the figures are measured with. */
const FONT = '16px/1.5 system-ui, sans-serif';

/** Every row of the table: its first three cells (backticks dropped) and what to render. */
const ROWS = [
  { key: ['<career-table>', '2 careers', '—'], tag: 'career-table', attributes: { careers: TWO } },
  { key: ['<career-table>', '3 careers', '—'], tag: 'career-table', attributes: { careers: THREE } },
  { key: ['<career-salary-chart>', '2 careers', '—'], tag: 'career-salary-chart', attributes: { careers: TWO } },
  { key: ['<career-salary-chart>', '3 careers', '—'], tag: 'career-salary-chart', attributes: { careers: THREE } },
  { key: ['<career-quiz>', '—', 'first question'], tag: 'career-quiz', attributes: {} },
  ...['table', 'salary', 'quiz', 'table salary', 'table quiz', 'salary quiz'].map((views) => ({
    key: ['<career-compare>', '2 careers', views],
    tag: 'career-compare',
    attributes: { careers: TWO, views },
  })),
  {
    key: ['<career-compare>', '2 careers', 'table salary quiz (default)'],
    tag: 'career-compare',
    attributes: { careers: TWO },
  },
  {
    key: ['<career-compare>', '2 careers', 'table salary quiz, layout="tabs"'],
    tag: 'career-compare',
    attributes: { careers: TWO, layout: 'tabs' },
  },
];

const keyText = (cells) => cells.join(' | ');

/**
 * The doc's table of heights: a Map from a row's key (its first three cells, backticks dropped,
 * joined by " | ") to its cells by column header.
 */
async function readTable() {
  const response = await fetch('/docs/reserve-heights.md');
  expect(response.ok, 'docs/reserve-heights.md is served').to.be.true;
  const lines = (await response.text()).split('\n').filter((line) => line.trim().startsWith('|'));
  const cells = (line) =>
    line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((cell) => cell.replace(/`/g, '').replace(/\s+/g, ' ').trim());
  const [header, separator, ...body] = lines.map(cells);
  expect(header, 'the table columns').to.deep.equal(['element', 'careers', 'views / layout', ...Object.keys(COLUMNS)]);
  expect(
    separator.every((cell) => /^:?-+:?$/.test(cell)),
    'a separator row under the header',
  ).to.be.true;
  const rows = new Map();
  for (const row of body) {
    const key = keyText(row.slice(0, 3));
    expect(rows.has(key), `one row for ${key}`).to.be.false;
    rows.set(key, Object.fromEntries(header.map((name, index) => [name, row[index]])));
  }
  return rows;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * The height in px of `<tag>` with `attributes`, rendered in a `width` px column with FONT, once it
 * has rendered and its height has held for three frames (the chart lays itself out again after its
 * resize observer has measured it).
 */
async function renderedHeight(tag, attributes, width) {
  const box = await fixture(html`<div style=${`width: ${width}px; font: ${FONT}`}></div>`);
  const el = create(tag, attributes);
  box.append(el);
  await el.updateComplete;
  let last = -1;
  let steady = 0;
  await until(async () => {
    await nextFrame();
    await el.updateComplete;
    const height = el.getBoundingClientRect().height;
    steady = height === last ? steady + 1 : 0;
    last = height;
    return steady >= 3;
  }, `a steady height for <${tag}> at ${width}px`);
  return last;
}

describe('docs/reserve-heights.md', () => {
  let table;
  before(async () => {
    table = await readTable();
  });

  it('measures with 16px rem and has exactly the rows this test checks, each height a whole rem', () => {
    expect(parseFloat(getComputedStyle(document.documentElement).fontSize), 'root font size').to.equal(16);
    expect([...table.keys()].sort()).to.deep.equal(ROWS.map((row) => keyText(row.key)).sort());
    for (const [key, row] of table) {
      for (const column of Object.keys(COLUMNS)) expect(row[column], `${key}, ${column}`).to.match(/^\d+rem$/);
    }
  });

  for (const { key, tag, attributes } of ROWS) {
    it(`reserves enough, and not far too much, for ${keyText(key)}`, async () => {
      const row = table.get(keyText(key));
      expect(row, `a row for ${keyText(key)}`).to.exist;
      for (const [column, width] of Object.entries(COLUMNS)) {
        const reserve = parseInt(row[column], 10) * 16;
        const measured = await renderedHeight(tag, attributes, width);
        const what = `${column} (${width}px column): ${measured}px measured, ${row[column]} reserved`;
        expect(measured, `${what}: the reserve is enough`).to.be.at.most(reserve);
        expect(reserve - measured, `${what}: the reserve is not far too big`).to.be.below(32 + 0.15 * measured);
      }
    });
  }
});
