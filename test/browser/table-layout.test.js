// <career-table> layout and looks: table, stacked table or cards by the element's own width,
// layout="table" scrolling in its own region, no page overflow at 320px,
// theming (inherited, light, dark), custom properties, parts, forced colours,
// print, and axe in each of these states.
// Run `npm run build` first: this imports dist/.
import { expect, fixture, html } from '@open-wc/testing';
import { careers } from '../../dist/data/index.js';
import '../../dist/table/define.js';
import { create } from './helpers.js';

const [first, second, third] = careers;
const THREE = `${first.id} ${second.id} ${third.id}`;

/** `<career-table>` with `attributes` inside a div `width` px wide. */
async function inBox(width, attributes = {}) {
  const box = await fixture(html`<div style="width: ${width}px"></div>`);
  const el = create('career-table', attributes);
  box.append(el);
  await el.updateComplete;
  return { box, el };
}

const shown = (node) => Boolean(node) && getComputedStyle(node).display !== 'none';

/** Which layout the reader sees: 'table', 'stacked' or 'cards' (never two at once). */
function visibleLayout(el) {
  const layouts = { table: '.scroll', stacked: 'table.stacked', cards: '.stack' };
  const visible = Object.keys(layouts).filter((name) => shown(el.shadowRoot.querySelector(layouts[name])));
  expect(visible.length, `one layout at a time (shown: ${visible.join(', ') || 'none'})`).to.equal(1);
  return visible[0];
}

/** Asserts nothing in `box` (the element's boxes included) sticks out sideways. */
function expectNoOverflow(box) {
  expect(box.scrollWidth, 'content width').to.be.at.most(box.clientWidth);
  expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(document.documentElement.clientWidth);
}

describe('<career-table> layout="auto"', () => {
  it('shows the table where it fits', async () => {
    const { el } = await inBox(760);
    expect(visibleLayout(el)).to.equal('table');
  });

  it('keeps two careers side by side in a narrow container, by its own width and not the window’s', async () => {
    expect(window.innerWidth, 'a window wider than the box').to.be.above(400);
    const { el } = await inBox(300);
    expect(visibleLayout(el)).to.equal('stacked');
  });

  it('needs more room for more careers: the table, then the stacked table, then cards', async () => {
    const FOUR = `${THREE} ${careers[3].id}`;
    const cases = [
      [600, undefined, 'table'],
      [440, undefined, 'stacked'],
      [760, THREE, 'table'],
      [600, THREE, 'stacked'],
      [440, THREE, 'cards'],
      [900, FOUR, 'table'],
      [600, FOUR, 'cards'],
    ];
    for (const [width, ids, layout] of cases) {
      const { el } = await inBox(width, ids ? { careers: ids } : {});
      expect(visibleLayout(el), `${ids ? ids.split(' ').length : 2} careers at ${width}px`).to.equal(layout);
    }
  });

  it('switches when its container is resized', async () => {
    const { box, el } = await inBox(760, { careers: THREE });
    expect(visibleLayout(el)).to.equal('table');
    box.style.width = '560px';
    expect(visibleLayout(el)).to.equal('stacked');
    box.style.width = '320px';
    expect(visibleLayout(el)).to.equal('cards');
  });

  it('keeps two careers side by side at 320px: each label across the width, the two values in two columns under it', async () => {
    const { box, el } = await inBox(320, { careers: `${first.id} ${second.id}` });
    expect(visibleLayout(el)).to.equal('stacked');
    expectNoOverflow(box);
    const table = el.shadowRoot.querySelector('table.stacked');
    const tableBox = table.getBoundingClientRect();
    const [nameA, nameB] = [...table.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect());
    expect(nameA.top, 'the names on one line').to.be.closeTo(nameB.top, 1);
    expect(nameB.left, 'the second name beside the first').to.be.at.least(nameA.right - 1);
    const groups = [...table.querySelectorAll('tbody')];
    expect(groups.length, 'a row group per field').to.be.above(5);
    for (const group of groups) {
      const label = group.querySelector('th').getBoundingClientRect();
      const [a, b] = [...group.querySelectorAll('td')].map((td) => td.getBoundingClientRect());
      expect(label.width, 'the label runs across the table').to.be.closeTo(tableBox.width, 2);
      expect(a.top, 'the values under their label').to.be.at.least(label.bottom - 1);
      expect(b.top, 'the two values side by side').to.be.closeTo(a.top, 1);
      expect(b.left, 'the second value beside the first').to.be.at.least(a.right - 1);
      expect(b.right, 'inside 320px').to.be.at.most(tableBox.right + 1);
      expect(Math.abs(a.left - nameA.left), 'each value under its career').to.be.below(1);
    }
  });

  it('ties every value in the stacked table to its career and its row label', async () => {
    const { el } = await inBox(320, { careers: `${first.id} ${second.id}` });
    const root = el.shadowRoot;
    const table = root.querySelector('table.stacked');
    expect(table.querySelector('caption').textContent.trim()).to.equal(`${first.title} compared with ${second.title}`);
    const cells = [...table.querySelectorAll('td')];
    expect(cells.length).to.be.above(10);
    for (const cell of cells) {
      const [career, label] = cell
        .getAttribute('headers')
        .split(' ')
        .map((id) => root.getElementById(id));
      expect(career.getAttribute('scope')).to.equal('col');
      expect([first.title, second.title]).to.include(career.textContent);
      expect(label.closest('tbody'), 'its label heads its own row group').to.equal(cell.closest('tbody'));
    }
    const pay = [...table.querySelectorAll('tbody')].find((group) =>
      group.querySelector('th').textContent.includes('pay'),
    );
    expect(pay, 'a pay row').to.exist;
    expect([...pay.querySelectorAll('td .main')].map((main) => main.textContent)).to.deep.equal(
      [first, second].map((career) => `$${career.pay.annual.median.toLocaleString('en-US')}`),
    );
  });

  it('passes axe at 320px with two careers (stacked table)', async () => {
    const { el } = await inBox(320);
    await expect(el).to.be.accessible();
  });

  it('keeps every value tied to its career and row label in the cards', async () => {
    const { el } = await inBox(320, { careers: THREE });
    const cards = [...el.shadowRoot.querySelectorAll('[part~="card"]')];
    expect(cards).to.have.length(3);
    cards.forEach((card, index) => {
      const title = el.shadowRoot.getElementById(card.getAttribute('aria-labelledby'));
      expect(card.getAttribute('role')).to.equal('group');
      expect(title.textContent).to.equal(careers[index].title);
      const pairs = [...card.querySelectorAll('dl > div')];
      expect(pairs.length).to.be.above(5);
      for (const pair of pairs) {
        expect([...pair.children].map((child) => child.tagName)).to.deep.equal(['DT', 'DD']);
      }
    });
    const stack = el.shadowRoot.querySelector('.stack');
    expect(el.shadowRoot.getElementById(stack.getAttribute('aria-labelledby')).textContent).to.equal(
      `${first.title} compared with ${second.title} and ${third.title}`,
    );
  });

  it('does not overflow a 320px container with three careers', async () => {
    const { box } = await inBox(320, { careers: THREE });
    expectNoOverflow(box);
  });

  it('wraps long words instead of overflowing', async () => {
    const long = 'Pneumonoultramicroscopicsilicovolcanoconiosisologist'.repeat(2);
    const data = {
      careers: [
        {
          id: 'x-long',
          title: long,
          summary: `${long} ${long}`,
          skills: [long],
          links: [{ label: long, href: `/${long}` }],
        },
        { id: 'x-short', title: 'Short', summary: 'Short.' },
      ],
    };
    for (const layout of ['auto', 'cards']) {
      const box = await fixture(
        html`<div style="width: 320px">
          <career-table careers="x-long x-short" layout=${layout} .data=${data}></career-table>
        </div>`,
      );
      await box.firstElementChild.updateComplete;
      expectNoOverflow(box);
    }
    const { box: wide } = await inBox(760);
    const el = document.createElement('career-table');
    el.setAttribute('careers', 'x-long x-short');
    el.data = data;
    wide.replaceChildren(el);
    await el.updateComplete;
    expect(visibleLayout(el)).to.equal('table');
    expectNoOverflow(wide);
  });

  it('passes axe at 320px', async () => {
    const { el } = await inBox(320, { careers: THREE });
    await expect(el).to.be.accessible();
  });
});

describe('<career-table> layout="table"', () => {
  it('scrolls inside its own labelled, focusable region, with the row labels sticky', async () => {
    const { box, el } = await inBox(320, { careers: THREE, layout: 'table' });
    expect(visibleLayout(el)).to.equal('table');
    expect(el.shadowRoot.querySelector('.stack')).to.be.null;
    const region = el.shadowRoot.querySelector('[part~="scroll"]');
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.getAttribute('tabindex')).to.equal('0');
    const label = el.shadowRoot.getElementById(region.getAttribute('aria-labelledby'));
    expect(label.textContent).to.equal(`${first.title} compared with ${second.title} and ${third.title}`);
    expect(region.scrollWidth, 'the table is wider than its box').to.be.above(region.clientWidth);
    expectNoOverflow(box);
    for (const th of el.shadowRoot.querySelectorAll('tbody th'))
      expect(getComputedStyle(th).position).to.equal('sticky');

    region.focus();
    expect(el.shadowRoot.activeElement).to.equal(region);
    region.scrollLeft = 200;
    const th = el.shadowRoot.querySelector('tbody th');
    expect(Math.round(th.getBoundingClientRect().left)).to.equal(Math.round(region.getBoundingClientRect().left));
  });

  it('passes axe at 320px', async () => {
    const { el } = await inBox(320, { careers: THREE, layout: 'table' });
    await expect(el).to.be.accessible();
  });
});

describe('<career-table> layout="stacked"', () => {
  it('shows the stacked table at any width', async () => {
    const { el } = await inBox(900, { layout: 'stacked', careers: THREE });
    expect(visibleLayout(el)).to.equal('stacked');
    expect(el.shadowRoot.querySelector('.scroll')).to.be.null;
    expect(el.shadowRoot.querySelector('.stack')).to.be.null;
    await expect(el).to.be.accessible();
  });
});

describe('<career-table> layout="cards"', () => {
  it('shows cards at any width', async () => {
    const { el } = await inBox(900, { layout: 'cards' });
    expect(visibleLayout(el)).to.equal('cards');
    expect(el.shadowRoot.querySelector('table')).to.be.null;
    await expect(el).to.be.accessible();
  });
});

describe('<career-table> theming', () => {
  it("inherits the page's font and colours by default", async () => {
    const box = await fixture(
      html`<div style="font-family: serif; color: rgb(10, 20, 30); background: rgb(250, 240, 230)">
        <career-table></career-table>
      </div>`,
    );
    const el = box.querySelector('career-table');
    await el.updateComplete;
    const cell = el.shadowRoot.querySelector('tbody td');
    expect(getComputedStyle(cell).color).to.equal('rgb(10, 20, 30)');
    expect(getComputedStyle(cell).fontFamily).to.equal('serif');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });

  for (const theme of ['light', 'dark', 'auto']) {
    it(`passes axe with theme="${theme}"`, async () => {
      const { el } = await inBox(760, { theme });
      await expect(el).to.be.accessible();
    });
  }

  it('paints its own palette for theme="dark"', async () => {
    const { el } = await inBox(760, { theme: 'dark' });
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(13, 17, 23)');
    expect(getComputedStyle(el.shadowRoot.querySelector('tbody td')).color).to.equal('rgb(230, 237, 243)');
  });

  it('passes axe with theme="dark" at 320px', async () => {
    const { el } = await inBox(320, { theme: 'dark', careers: THREE });
    expect(visibleLayout(el)).to.equal('cards');
    await expect(el).to.be.accessible();
  });

  it('takes --career-* custom properties', async () => {
    const { el } = await inBox(320, { layout: 'table' });
    el.style.setProperty('--career-accent', 'rgb(200, 0, 0)');
    el.style.setProperty('--career-border', 'rgb(0, 120, 0)');
    el.style.setProperty('--career-spacing', '2rem');
    el.style.setProperty('--career-column-width', '15rem');
    const header = el.shadowRoot.querySelector('thead th');
    const cell = el.shadowRoot.querySelector('tbody td');
    expect(getComputedStyle(header).borderBottomColor).to.equal('rgb(200, 0, 0)');
    expect(getComputedStyle(cell).borderBottomColor).to.equal('rgb(0, 120, 0)');
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(parseFloat(getComputedStyle(cell).paddingTop)).to.equal(rem);
    expect(cell.getBoundingClientRect().width).to.be.at.least(15 * rem - 1);
  });

  it('exposes parts for publishers to style', async () => {
    const style = document.createElement('style');
    style.textContent = `
      .parted::part(caption) { letter-spacing: 3px; }
      .parted::part(header) { color: rgb(1, 2, 3); }
      .parted::part(row-header) { color: rgb(4, 5, 6); }
      .parted::part(cell) { color: rgb(7, 8, 9); }
      .parted::part(sources) { color: rgb(10, 11, 12); }`;
    document.head.append(style);
    try {
      const { el } = await inBox(760);
      el.classList.add('parted');
      const root = el.shadowRoot;
      expect(getComputedStyle(root.querySelector('[part~="caption"]')).letterSpacing).to.equal('3px');
      expect(getComputedStyle(root.querySelector('thead th')).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(root.querySelector('tbody th')).color).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(root.querySelector('tbody td')).color).to.equal('rgb(7, 8, 9)');
      expect(getComputedStyle(root.querySelector('[part~="sources"]')).color).to.equal('rgb(10, 11, 12)');
      for (const name of ['table', 'stacked', 'scroll', 'note', 'source', 'source-link', 'link']) {
        expect(root.querySelector(`[part~="${name}"]`), `part ${name}`).to.exist;
      }
    } finally {
      style.remove();
    }
  });

  it('draws its structure with solid borders, which forced-colors mode keeps', async () => {
    const { el } = await inBox(760, { theme: 'light' });
    for (const selector of ['thead th', 'tbody th', 'tbody td']) {
      const cell = getComputedStyle(el.shadowRoot.querySelector(selector));
      expect(cell.borderBottomStyle, selector).to.equal('solid');
      expect(parseFloat(cell.borderBottomWidth), selector).to.be.at.least(1);
    }
    const { el: cards } = await inBox(300, { careers: THREE });
    const card = getComputedStyle(cards.shadowRoot.querySelector('.card'));
    expect(card.borderTopStyle).to.equal('solid');
  });

  it('has a print style that unrolls the scrolling table', async () => {
    const { el } = await inBox(760, { layout: 'table' });
    const sheets = [
      ...el.shadowRoot.adoptedStyleSheets,
      ...[...el.shadowRoot.querySelectorAll('style')].map((s) => s.sheet),
    ];
    const print = sheets
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule) => rule instanceof CSSMediaRule && rule.media.mediaText === 'print');
    expect(print).to.have.length.at.least(1);
    const text = print.map((rule) => rule.cssText).join('\n');
    expect(text).to.match(/\.scroll\s*\{\s*overflow:\s*visible/);
    expect(text).to.match(/position:\s*static/);
  });
});
