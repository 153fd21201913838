// <career-salary-chart>, as built in dist/: marks placed by the scale, the
// text alternative, keyboard and tooltip, hourly pay, resizing, contrast,
// axe in light and dark, and bad input. Run `npm run build` first.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../dist/salary-chart/define.js';
import { careers, getCareer, loadCareers } from '../../dist/data/index.js';
import { $, $$, contrast, deepText, text, until, usd } from './helpers.js';

const fixtureUrl = (name) => new URL(`../fixtures/salary-chart/${name}`, import.meta.url).href;
const KEYS = ['p10', 'p25', 'median', 'p75', 'p90'];
const [assistant, coder, administrator] = ['medical-assistant', 'medical-coder', 'healthcare-administrator'].map((id) =>
  getCareer(id),
);
const THREE = `${assistant.id} ${coder.id} ${administrator.id}`;

/** A chart in a box `width` px wide; resolves once it has data and has rendered. */
async function chart(template, width = 800) {
  const box = await fixture(html`<div style=${`width: ${width}px`}>${template}</div>`);
  const el = box.firstElementChild;
  await el.updateComplete;
  return el;
}

/** "$50K", "$43,500", "$15.00" → the number. */
function tickValue(label) {
  const [, digits, suffix] = /([\d.,]+)\s*([KM]?)/.exec(label);
  return Number(digits.replace(/,/g, '')) * ({ K: 1e3, M: 1e6 }[suffix] ?? 1);
}

/** The chart's scale, read back from its first and last tick. */
function axisScale(el) {
  const ticks = $$(el, 'text.tick').map((text) => [tickValue(text.textContent), Number(text.getAttribute('x'))]);
  expect(ticks.length, 'ticks').to.be.at.least(2);
  const [v0, x0] = ticks[0];
  const [v1, x1] = ticks[ticks.length - 1];
  return (value) => x0 + ((value - v0) * (x1 - x0)) / (v1 - v0);
}

const attr = (node, name) => Number(node.getAttribute(name));

/** Checks one row's marks against the scale. */
function expectMarks(row, figures, scale, { range = true } = {}) {
  const median = row.querySelector('.median');
  expect(attr(median, 'x') + attr(median, 'width') / 2, 'median marker').to.be.closeTo(scale(figures.median), 0.5);
  const bands = [
    ['.range', 'p10', 'p90'],
    ['.middle', 'p25', 'p75'],
  ];
  for (const [selector, low, high] of bands) {
    const band = row.querySelector(selector);
    if (!range) {
      expect(band, selector).to.equal(null);
      continue;
    }
    expect(attr(band, 'x'), `${selector} start`).to.be.closeTo(scale(figures[low]), 0.5);
    expect(attr(band, 'x') + attr(band, 'width'), `${selector} end`).to.be.closeTo(scale(figures[high]), 0.5);
  }
  // The 25th–75th band is the taller one: told apart by shape, not only colour.
  if (range)
    expect(attr(row.querySelector('.middle'), 'height')).to.be.above(attr(row.querySelector('.range'), 'height'));
}

const tooltipText = (el) => text($(el, '[part="tooltip"]'));

describe('<career-salary-chart>', () => {
  describe('rendering', () => {
    it('draws one row per career with bands and median marker where the scale puts them', async () => {
      const el = await chart(html`<career-salary-chart careers=${THREE}></career-salary-chart>`);
      const rows = $$(el, 'svg g');
      expect(rows).to.have.length(3);
      const scale = axisScale(el);
      [assistant, coder, administrator].forEach((career, index) => {
        expect(rows[index].textContent).to.include(career.title);
        expectMarks(rows[index], career.pay.annual, scale);
        // The median's value is written by its marker.
        expect(rows[index].querySelector('.value').textContent).to.equal(usd(career.pay.annual.median));
      });
    });

    it('has an axis of round, evenly spaced, compact ticks that takes in every figure', async () => {
      const el = await chart(html`<career-salary-chart careers=${THREE}></career-salary-chart>`);
      const labels = $$(el, 'text.tick').map((text) => text.textContent);
      for (const label of labels) expect(label).to.match(/^\$\d+K?$/);
      const values = labels.map(tickValue);
      const step = values[1] - values[0];
      expect([10000, 20000, 25000, 50000, 100000]).to.include(step);
      values.forEach((value, i) => expect(value).to.equal(values[0] + i * step));
      expect(values[0]).to.be.at.most(assistant.pay.annual.p10);
      expect(values[values.length - 1]).to.be.at.least(administrator.pay.annual.p90);
    });

    it('shows the two first careers by default, with a title, a key to reading it and the source', async () => {
      const el = await chart(html`<career-salary-chart></career-salary-chart>`);
      const text = deepText(el);
      expect($$(el, 'svg g')).to.have.length(2);
      expect(text).to.include(careers[0].title).and.to.include(careers[1].title);
      expect($(el, '[part="title"]').textContent).to.equal('Annual pay');
      const how = $(el, '[part="how"]').textContent;
      expect(how).to.include('median').and.to.include('80%').and.to.include('10th').and.to.include('25th');
      const link = $(el, '[part="source"] a');
      expect(link.textContent).to.equal('BLS OEWS, May 2025');
      expect(link.href).to.match(/^https:\/\/www\.bls\.gov\//);
    });

    it('hides the bands with no-range and brings them back', async () => {
      const el = await chart(html`<career-salary-chart no-range careers=${THREE}></career-salary-chart>`);
      expect(el.noRange).to.be.true;
      let scale = axisScale(el);
      $$(el, 'svg g').forEach((row, i) =>
        expectMarks(row, [assistant, coder, administrator][i].pay.annual, scale, { range: false }),
      );
      expect($(el, '[part="how"]').textContent).not.to.include('80%');
      el.noRange = false;
      await el.updateComplete;
      scale = axisScale(el);
      $$(el, 'svg g').forEach((row, i) => expectMarks(row, [assistant, coder, administrator][i].pay.annual, scale));
    });

    it('says so in the row of a career with no pay figures', async () => {
      const el = await chart(
        html`<career-salary-chart
          src=${fixtureUrl('extra.json')}
          careers="volunteer-coordinator ${assistant.id}"
        ></career-salary-chart>`,
      );
      const [empty, full] = $$(el, 'svg g');
      expect(empty.textContent).to.include('Volunteer Coordinator').and.to.include('No pay figures');
      expect(empty.querySelector('.median, .range, .middle')).to.equal(null);
      expectMarks(full, assistant.pay.annual, axisScale(el));
      expect($(el, 'tbody tr').textContent).to.include('No pay figures');
    });
  });

  describe('text alternative', () => {
    it('names the chart with every median', async () => {
      const el = await chart(html`<career-salary-chart careers=${THREE}></career-salary-chart>`);
      const svg = $(el, 'svg');
      expect(svg.getAttribute('role')).to.equal('img');
      const name = svg.getAttribute('aria-label');
      expect(name).to.match(/^Annual pay, median: /);
      for (const career of [assistant, coder, administrator]) {
        expect(name).to.include(`${career.title} ${usd(career.pay.annual.median)}`);
      }
    });

    it('has every figure in a table with a caption and scoped headers, behind "Show as table"', async () => {
      const el = await chart(html`<career-salary-chart careers=${THREE}></career-salary-chart>`);
      const details = $(el, 'details');
      const summary = details.querySelector('summary');
      expect(summary.textContent).to.equal('Show as table');
      expect(details.open).to.be.false;
      summary.click();
      await el.updateComplete;
      expect(details.open).to.be.true;
      const table = details.querySelector('table');
      expect(table.offsetHeight).to.be.above(0);
      expect(table.querySelector('caption').textContent.trim()).to.equal('Annual pay');
      const columns = [...table.querySelectorAll('thead th')];
      expect(columns.map((th) => th.getAttribute('scope'))).to.deep.equal(Array(6).fill('col'));
      expect(columns.map((th) => th.textContent)).to.deep.equal([
        'Career',
        '10th percentile',
        '25th percentile',
        'Median',
        '75th percentile',
        '90th percentile',
      ]);
      const rows = [...table.querySelectorAll('tbody tr')];
      [assistant, coder, administrator].forEach((career, i) => {
        const header = rows[i].querySelector('th');
        expect(header.getAttribute('scope')).to.equal('row');
        expect(header.textContent).to.equal(career.title);
        const cells = [...rows[i].querySelectorAll('td')].map((td) => td.textContent);
        expect(cells).to.deep.equal(KEYS.map((key) => usd(career.pay.annual[key])));
      });
      // The table scrolls inside its own region, named; a tab stop only while it scrolls
      // (see accessibility.test.js).
      const region = table.parentElement;
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('aria-label')).to.equal('Annual pay');
    });
  });

  describe('keyboard and tooltip', () => {
    const key = (el, name) => {
      const event = new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true, composed: true });
      $(el, 'svg').dispatchEvent(event);
      return el.updateComplete.then(() => event.defaultPrevented);
    };
    const activeIndex = (el) => $$(el, 'svg g').findIndex((row) => row.classList.contains('active'));

    it('is one tab stop: the chart, not its marks', async () => {
      const el = await chart(html`<career-salary-chart careers=${THREE}></career-salary-chart>`);
      const svg = $(el, 'svg');
      expect(svg.getAttribute('tabindex')).to.equal('0');
      expect(svg.querySelectorAll('[tabindex]')).to.have.length(0);
      expect(svg.querySelectorAll('a, button, input')).to.have.length(0);
    });

    it("shows all of a career's figures on focus and moves between careers with arrows, Home and End", async () => {
      const el = await chart(html`<career-salary-chart careers=${THREE}></career-salary-chart>`);
      const tip = $(el, '.tip');
      expect(tip.getAttribute('aria-live')).to.equal('polite');
      expect(tooltipText(el)).to.equal('');

      $(el, 'svg').focus();
      await el.updateComplete;
      expect(el.shadowRoot.activeElement).to.equal($(el, 'svg'));
      expect(activeIndex(el)).to.equal(0);
      const text = tooltipText(el);
      expect(text).to.include(assistant.title);
      for (const key of KEYS) expect(text).to.include(usd(assistant.pay.annual[key]));
      expect(text).to.include('10th percentile').and.to.include('Median').and.to.include('90th percentile');

      expect(await key(el, 'ArrowDown'), 'ArrowDown handled').to.be.true;
      expect(tooltipText(el)).to.include(coder.title);
      expect(activeIndex(el)).to.equal(1);
      await key(el, 'End');
      expect(tooltipText(el)).to.include(administrator.title);
      await key(el, 'ArrowDown');
      expect(activeIndex(el), 'stays on the last').to.equal(2);
      await key(el, 'Home');
      expect(tooltipText(el)).to.include(assistant.title);
      await key(el, 'ArrowUp');
      expect(activeIndex(el), 'stays on the first').to.equal(0);
      await key(el, 'ArrowRight');
      expect(activeIndex(el)).to.equal(1);
      await key(el, 'ArrowLeft');
      expect(activeIndex(el)).to.equal(0);
      expect(await key(el, 'Tab'), 'Tab is left alone').to.be.false;

      await key(el, 'Escape');
      expect(tooltipText(el), 'Escape hides it').to.equal('');
      await key(el, 'ArrowDown');
      expect(tooltipText(el)).to.include(assistant.title);

      $(el, 'svg').blur();
      await el.updateComplete;
      expect(tooltipText(el)).to.equal('');
      expect(activeIndex(el)).to.equal(-1);
    });

    it('is reached with Tab, and Tab leaves it for the next control', async () => {
      const el = await chart(html`<career-salary-chart careers=${THREE}></career-salary-chart>`);
      $(el, 'input').focus();
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(el.shadowRoot.activeElement).to.equal($(el, 'svg'));
      expect(tooltipText(el)).to.include(assistant.title);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(tooltipText(el)).to.include(coder.title);
      // The focus ring: at least 2px, at least 4.5:1 against the page.
      const style = getComputedStyle($(el, 'svg'));
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      expect(contrast(style.outlineColor, 'rgb(255, 255, 255)')).to.be.at.least(4.5);
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(el.shadowRoot.activeElement).to.equal($(el, 'summary'));
      expect(tooltipText(el)).to.equal('');
    });

    it('shows the tooltip on hover, and keeps it inside the chart', async () => {
      const el = await chart(html`<career-salary-chart careers=${THREE}></career-salary-chart>`, 320);
      const rows = $$(el, 'svg g');
      for (const [index, career] of [assistant, coder, administrator].entries()) {
        rows[index].dispatchEvent(new PointerEvent('pointerenter'));
        await el.updateComplete;
        expect(tooltipText(el)).to.include(career.title);
        const box = $(el, '[part="tooltip"]').getBoundingClientRect();
        const plot = $(el, '.plot').getBoundingClientRect();
        expect(box.left).to.be.at.least(plot.left - 0.5);
        expect(box.right).to.be.at.most(plot.right + 0.5);
      }
      $(el, '.plot').dispatchEvent(new PointerEvent('pointerleave'));
      await el.updateComplete;
      expect(tooltipText(el)).to.equal('');
    });
  });

  describe('hourly pay', () => {
    it('shows published hourly figures, marks the figures worked out from annual pay, and says so', async () => {
      // Teachers' pay is published a year at a time only (OEWS "annual only").
      const {
        careers: [teacher],
      } = await loadCareers(['25-2021']);
      expect(teacher.pay.hourly).to.equal(undefined);
      const el = await chart(
        html`<career-salary-chart pay="hourly" careers="${assistant.id} 25-2021"></career-salary-chart>`,
      );
      expect($(el, '[part="title"]').textContent).to.equal('Hourly pay');
      const [first, second] = $$(el, 'svg g');
      expect(first.querySelector('.value').textContent).to.equal(usd(assistant.pay.hourly.median, 2));
      const teacherMedian = Math.round((teacher.pay.annual.median / 2080) * 100) / 100;
      expect(second.querySelector('.value').textContent).to.equal(`${usd(teacherMedian, 2)}*`);
      expect($(el, '[part="note"]').textContent).to.include('2,080');

      const scale = axisScale(el);
      const hourly = (career) =>
        Object.fromEntries(
          KEYS.map((key) => [key, career.pay.hourly?.[key] ?? Math.round((career.pay.annual[key] / 2080) * 100) / 100]),
        );
      expectMarks(first, hourly(assistant), scale);
      expectMarks(second, hourly(teacher), scale);

      const [published, worked] = $$(el, 'tbody tr').map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => td.textContent),
      );
      expect(published).to.deep.equal(KEYS.map((key) => usd(assistant.pay.hourly[key], 2)));
      expect(worked).to.deep.equal(KEYS.map((key) => `${usd(hourly(teacher)[key], 2)}*`));
      expect($(el, 'svg').getAttribute('aria-label')).to.include(
        `${assistant.title} ${usd(assistant.pay.hourly.median, 2)}`,
      );
    });

    it('switches with its checkbox, reflecting to the pay attribute, and follows the attribute', async () => {
      const el = await chart(html`<career-salary-chart careers=${THREE}></career-salary-chart>`);
      const box = $(el, 'input[type="checkbox"]');
      expect(box.closest('label').textContent.trim()).to.equal('Hourly pay');
      expect(box.checked).to.be.false;
      expect($(el, '[part="note"]')).to.equal(null);
      box.click();
      await el.updateComplete;
      expect(el.getAttribute('pay')).to.equal('hourly');
      expect(el.pay).to.equal('hourly');
      expect($$(el, '.value')[0].textContent).to.equal(usd(assistant.pay.hourly.median, 2));
      box.click();
      await el.updateComplete;
      expect(el.getAttribute('pay')).to.equal('annual');
      expect($$(el, '.value')[0].textContent).to.equal(usd(assistant.pay.annual.median));
      el.setAttribute('pay', 'hourly');
      await el.updateComplete;
      expect($(el, 'input[type="checkbox"]').checked).to.be.true;
    });
  });

  describe('responsive layout', () => {
    const labelOf = (row) => row.querySelector('text:not(.value)');
    const bandY = (row) => attr(row.querySelector('.median'), 'y') + attr(row.querySelector('.median'), 'height') / 2;

    it('lays out to its own width: labels beside the bands at 800px, above them at 320px, never overflowing', async () => {
      const el = await chart(html`<career-salary-chart careers=${THREE}></career-salary-chart>`, 800);
      const box = el.parentElement;
      const svg = $(el, 'svg');
      expect(svg.getAttribute('width')).to.equal('800');
      for (const row of $$(el, 'svg g')) expect(Math.abs(attr(labelOf(row), 'y') - bandY(row))).to.be.below(12);
      const wideTicks = $$(el, 'text.tick').length;

      box.style.width = '320px';
      await until(() => svg.getAttribute('width') === '320', 'lays out again at 320px');
      await el.updateComplete;
      for (const row of $$(el, 'svg g')) expect(attr(labelOf(row), 'y')).to.be.below(bandY(row) - 12);
      expect($$(el, 'text.tick').length).to.be.at.most(wideTicks);
      // The marks still sit where the new scale says.
      const scale = axisScale(el);
      $$(el, 'svg g').forEach((row, i) => expectMarks(row, [assistant, coder, administrator][i].pay.annual, scale));

      $(el, 'summary').click();
      await el.updateComplete;
      expect(box.scrollWidth, 'no overflow out of the 320px box').to.be.at.most(320);
      expect(el.scrollWidth).to.be.at.most(320);
      const bounds = svg.getBoundingClientRect();
      for (const text of svg.querySelectorAll('text')) {
        const rect = text.getBoundingClientRect();
        // A glyph's side bearing may reach a pixel past its text's x.
        expect(rect.left, text.textContent).to.be.at.least(bounds.left - 1.5);
        expect(rect.right, text.textContent).to.be.at.most(bounds.right + 1.5);
        expect(parseFloat(getComputedStyle(text).fontSize)).to.be.at.least(12);
      }
    });

    it('stays sane when updated while detached (no font size to measure)', async () => {
      const el = await chart(html`<career-salary-chart careers=${THREE}></career-salary-chart>`);
      el.remove();
      el.pay = 'hourly';
      await el.updateComplete;
      const ticks = $$(el, 'text.tick').length;
      expect(ticks).to.be.within(2, 20);
    });

    it('never writes chart text below 12px, even on a page with small type', async () => {
      const el = await chart(
        html`<career-salary-chart style="font-size: 10px" careers=${THREE}></career-salary-chart>`,
        320,
      );
      for (const text of $$(el, 'svg text')) expect(parseFloat(getComputedStyle(text).fontSize)).to.be.at.least(12);
    });
  });

  describe('colour and contrast', () => {
    for (const theme of ['light', 'dark']) {
      it(`keeps marks at 3:1 and the median marker distinct from its band, ${theme} theme`, async () => {
        const el = await chart(html`<career-salary-chart theme=${theme} careers=${THREE}></career-salary-chart>`);
        const background = getComputedStyle(el).backgroundColor;
        const row = $$(el, 'svg g')[0];
        const style = (selector) => getComputedStyle(row.querySelector(selector));
        expect(contrast(style('.middle').fill, background), '25th–75th band').to.be.at.least(3);
        expect(contrast(style('.range').stroke, background), '10th–90th band outline').to.be.at.least(3);
        expect(contrast(style('.median').stroke, background), 'median outline').to.be.at.least(3);
        expect(contrast(style('.median').fill, style('.middle').fill), 'median on its band').to.be.at.least(3);
        expect(contrast(getComputedStyle($$(el, 'text.tick')[0]).fill, background), 'tick labels').to.be.at.least(4.5);
      });

      it(`passes axe, ${theme} theme, with the table open and a tooltip showing`, async () => {
        const el = await chart(html`<career-salary-chart theme=${theme} careers=${THREE}></career-salary-chart>`);
        await expect(el).to.be.accessible();
        $(el, 'summary').click();
        $(el, 'svg').focus();
        await el.updateComplete;
        expect(tooltipText(el)).to.include(assistant.title);
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe in hourly mode with the note on derived figures', async () => {
      const el = await chart(html`<career-salary-chart pay="hourly" careers=${THREE}></career-salary-chart>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('bad input', () => {
    it('names an unknown id in place and still draws the others', async () => {
      const el = document.createElement('career-salary-chart');
      el.setAttribute('careers', `${assistant.id} astronaut`);
      const error = oneEvent(el, 'career-error');
      (await fixture(html`<div style="width: 600px"></div>`)).append(el);
      expect((await error).detail.message).to.equal("Unknown career: 'astronaut'");
      await el.updateComplete;
      expect(deepText(el)).to.include("Unknown career: 'astronaut'");
      expect($$(el, 'svg g')).to.have.length(1);
    });

    for (const [file, path] of [
      ['invalid.json', 'careers[sound-engineer].pay.annual.median'],
      ['unsafe-link.json', 'careers[sound-engineer].pay.source.url'],
    ]) {
      it(`reports a dataset that fails validation (${file}) and goes on with the built-in one`, async () => {
        const el = document.createElement('career-salary-chart');
        el.src = fixtureUrl(file);
        const error = oneEvent(el, 'career-error');
        (await fixture(html`<div style="width: 600px"></div>`)).append(el);
        expect((await error).detail.message).to.include(path);
        await el.updateComplete;
        expect(deepText(el)).to.include(path);
        expect($$(el, 'svg g')).to.have.length(2);
        expect(deepText(el)).not.to.include('Sound Engineer');
        expect($(el, '[part="source"] a[href^="javascript"]')).to.equal(null);
      });
    }

    it('reports a pay it does not know, in place and once, and shows annual pay', async () => {
      const el = document.createElement('career-salary-chart');
      el.setAttribute('pay', 'weekly');
      const messages = [];
      el.addEventListener('career-error', (event) => messages.push(event.detail.message));
      (await fixture(html`<div style="width: 600px"></div>`)).append(el);
      await el.updateComplete;
      expect(messages).to.deep.equal(["Unknown value for pay: 'weekly'"]);
      expect($$(el, '[part="message"]').map((li) => li.textContent)).to.deep.equal(["Unknown value for pay: 'weekly'"]);
      expect($(el, '[part="title"]').textContent).to.equal('Annual pay');

      // Not again while it stays; gone from the page once pay is fixed.
      el.careers = 'medical-coder';
      await el.updateComplete;
      el.pay = 'hourly';
      await el.updateComplete;
      expect(messages).to.have.length(1);
      expect($(el, '[part="message"]')).to.equal(null);
      expect($(el, '[part="title"]').textContent).to.equal('Hourly pay');
    });

    it('writes data as text, never as markup, and credits each source', async () => {
      const el = await chart(
        html`<career-salary-chart
          src=${fixtureUrl('extra.json')}
          careers="hostile-title ${assistant.id}"
        ></career-salary-chart>`,
      );
      expect(el.shadowRoot.querySelector('img')).to.equal(null);
      expect(window.hacked).to.equal(undefined);
      expect(deepText(el)).to.include('<img src=x onerror="window.hacked=true"> Sound Engineer');
      const links = $$(el, '[part="source"] a');
      expect(links.map((a) => a.textContent)).to.deep.equal(['MPS, 2023', 'BLS OEWS, May 2025']);
      expect(links[0].getAttribute('href')).to.equal('https://example.org/survey');
    });
  });

  describe('locale', () => {
    it('speaks Spanish and writes money the Spanish way', async () => {
      const el = await chart(html`<career-salary-chart locale="es" careers=${assistant.id}></career-salary-chart>`);
      expect($(el, '[part="title"]').textContent).to.equal('Salario anual');
      expect($(el, 'summary').textContent).to.equal('Ver como tabla');
      expect($(el, '.value').textContent.replace(/\s/g, ' ')).to.equal('45.690 US$');
      expect($(el, '[part="source"] a').textContent).to.equal('BLS OEWS, mayo de 2025');
    });
  });
});
