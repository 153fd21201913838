// <career-table>: what it shows (caption, headers, rows, pay, sources, links),
// the `rows` and `pay` attributes, unknown ids and bad datasets, and that data
// is only ever text. Layout and theming are in table-layout.test.js.
// Run `npm run build` first: this imports dist/.
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { careers } from '../../dist/data/index.js';
import '../../dist/table/define.js';
import { attach as attachElement, create as createElement, deepText, rowCells, text, usd } from './helpers.js';

const fixtureUrl = (name) => new URL(`../fixtures/table/${name}`, import.meta.url).href;

/** The table's parts. */
function parts(el) {
  const root = el.shadowRoot;
  const table = root.querySelector('table');
  return {
    root,
    table,
    caption: table && text(table.querySelector('caption')),
    columns: [...(table?.querySelectorAll('thead th') ?? [])].map(text),
    rowLabels: [...(table?.querySelectorAll('tbody th') ?? [])].map(text),
    messages: [...root.querySelectorAll('.message')].map(text),
    sources: [...root.querySelectorAll('[part~="source"]')].map(text),
  };
}

/** The cells of the row labelled `label`, as elements. */
const cells = (el, label) => rowCells(el.shadowRoot, label);

/** A `<career-table>` with attributes, not yet attached, so listeners can go on first. */
const create = (attributes = {}) => createElement('career-table', attributes);

/** Attaches `el`, collecting its own career-error messages; resolves with them once it has rendered all its data. */
const attach = async (el) => (await attachElement(el, { listenOn: el })).errors;

afterEach(() => {
  for (const el of document.querySelectorAll('body > career-table')) el.remove();
});

const [first, second, third] = careers;

describe('<career-table> as a table', () => {
  it('has a caption, a column header per career and a row header per row', async () => {
    const el = await fixture(html`<career-table></career-table>`);
    const { table, caption, columns, rowLabels } = parts(el);
    expect(caption).to.equal(`${first.title} compared with ${second.title}`);
    expect(columns).to.deep.equal([first.title, second.title]);
    for (const th of table.querySelectorAll('thead th')) expect(th.getAttribute('scope')).to.equal('col');
    for (const th of table.querySelectorAll('tbody th')) expect(th.getAttribute('scope')).to.equal('row');
    expect(rowLabels).to.deep.equal([
      'Overview',
      'Median pay, per year',
      'Job growth',
      'Jobs',
      'Education',
      'Preparation',
      'Suits people who like',
      'Training and certification',
      'Work setting',
      'Schedule',
      'Responsibilities',
      'Skills',
      'Remote work',
      'Patient contact',
      'Advancement',
      'Learn more',
    ]);
    for (const tr of table.querySelectorAll('tbody tr')) expect(tr.querySelectorAll('td')).to.have.length(2);
  });

  it('names three careers in the caption', async () => {
    const el = await fixture(html`<career-table careers="${first.id} ${second.id} ${third.id}"></career-table>`);
    expect(parts(el).caption).to.equal(`${first.title} compared with ${second.title} and ${third.title}`);
    expect(parts(el).columns).to.deep.equal([first.title, second.title, third.title]);
  });

  it('shows the median pay and the 10th–90th percentile range in words', async () => {
    const el = await fixture(html`<career-table></career-table>`);
    const [a, b] = cells(el, 'Median pay, per year');
    for (const [cell, career] of [
      [a, first],
      [b, second],
    ]) {
      const { p10, median, p90 } = career.pay.annual;
      expect(text(cell.querySelector('.main'))).to.equal(usd(median));
      expect(text(cell.querySelector('.note'))).to.equal(`Middle 80%: ${usd(p10)}–${usd(p90)}`);
    }
  });

  it('shows job growth with its period, and the number of jobs', async () => {
    const el = await fixture(html`<career-table></career-table>`);
    const growth = first.outlook.growthPercent;
    expect(text(cells(el, 'Job growth')[0].querySelector('.main'))).to.equal(
      `${growth > 0 ? '+' : ''}${growth}% (${first.outlook.period.replace('-', '–')})`,
    );
    expect(text(cells(el, 'Jobs')[0])).to.equal(`${first.employment.count.toLocaleString('en-US')} jobs`);
  });

  it('shows lists as lists, levels in words and certifications by name', async () => {
    const el = await fixture(html`<career-table careers="${second.id}"></career-table>`);
    const items = [...cells(el, 'Responsibilities')[0].querySelectorAll('li')].map(text);
    expect(items).to.deep.equal(second.responsibilities);
    expect([...cells(el, 'Skills')[0].querySelectorAll('li')].map(text)).to.deep.equal(second.skills);
    const [remote] = cells(el, 'Remote work');
    expect(text(remote.querySelector('.main'))).to.be.oneOf(['None', 'A little', 'Some', 'A lot']);
    expect(text(remote.querySelector('.note'))).to.equal(second.remoteWork.note);
    const certification = second.certifications[0];
    expect(text(cells(el, 'Training and certification')[0])).to.include(
      `${certification.abbreviation} (${certification.issuer})`,
    );
  });

  it("turns each career's links into calls to action", async () => {
    const el = await fixture(html`<career-table></career-table>`);
    const [cell] = cells(el, 'Learn more');
    const link = cell.querySelector('a');
    expect(link.getAttribute('href')).to.equal(first.links[0].href);
    expect(text(link)).to.equal(first.links[0].label);
  });

  it('marks a missing value for sighted and screen-reader users alike', async () => {
    const data = {
      careers: [
        { id: 'x-one', title: 'One', summary: 'Has a summary.' },
        { id: 'x-two', title: 'Two', skills: ['Typing'] },
      ],
    };
    const el = await fixture(html`<career-table careers="x-one x-two" .data=${data}></career-table>`);
    const [, empty] = cells(el, 'Overview');
    expect(empty.querySelector('[aria-hidden="true"]').textContent).to.equal('—');
    expect(text(empty.querySelector('.visually-hidden'))).to.equal('Not listed');
  });
});

describe('<career-table> rows and pay', () => {
  it('leaves out rows that no chosen career has data for', async () => {
    const data = {
      careers: [
        { id: 'x-one', title: 'One', summary: 'Has a summary.' },
        { id: 'x-two', title: 'Two', skills: ['Typing'] },
      ],
    };
    const el = await fixture(html`<career-table careers="x-one x-two" .data=${data}></career-table>`);
    expect(parts(el).rowLabels).to.deep.equal(['Overview', 'Skills']);
    expect(parts(el).sources).to.deep.equal([]);
  });

  it('shows the rows named in `rows`, in that order, and follows changes', async () => {
    const el = await fixture(html`<career-table rows="skills pay remote"></career-table>`);
    expect(parts(el).rowLabels).to.deep.equal(['Skills', 'Median pay, per year', 'Remote work']);
    el.rows = 'outlook, summary';
    await el.updateComplete;
    expect(parts(el).rowLabels).to.deep.equal(['Job growth', 'Overview']);
  });

  it('reports an unknown row key once, in place and with career-error, and shows the rest', async () => {
    const el = create({ rows: 'pay salary' });
    const errors = await attach(el);
    expect(errors).to.deep.equal(["Unknown value for rows: 'salary'"]);
    expect(parts(el).messages).to.deep.equal(["Unknown value for rows: 'salary'"]);
    expect(parts(el).rowLabels).to.deep.equal(['Median pay, per year']);
    el.careers = `${second.id} ${third.id}`;
    await el.updateComplete;
    expect(errors).to.have.length(1);
    el.rows = 'pay';
    await el.updateComplete;
    expect(parts(el).messages).to.deep.equal([]);
  });

  it('reports a bad `layout` or `pay` value and uses the default', async () => {
    const el = create({ layout: 'grid', pay: 'weekly', rows: 'pay' });
    const errors = await attach(el);
    expect(errors).to.deep.equal(["Unknown value for layout: 'grid'", "Unknown value for pay: 'weekly'"]);
    expect(parts(el).rowLabels).to.deep.equal(['Median pay, per year']);
    expect(el.shadowRoot.querySelector('.wrap').classList.contains('auto')).to.be.true;
  });

  it('switches to hourly pay and says which figures were worked out from annual pay', async () => {
    const data = {
      careers: [
        {
          id: 'x-annual-only',
          title: 'Annual only',
          pay: {
            currency: 'USD',
            annual: { p10: 31200, median: 41600, p90: 62400 },
            year: 2024,
            source: { name: 'Survey' },
          },
        },
      ],
    };
    const el = await fixture(
      html`<career-table pay="hourly" rows="pay" careers="${first.id} x-annual-only" .data=${data}></career-table>`,
    );
    expect(parts(el).rowLabels).to.deep.equal(['Median pay, per hour']);
    const [published, derived] = cells(el, 'Median pay, per hour');
    // The built-in careers publish every hourly figure: nothing was worked out.
    expect(text(published.querySelector('.main'))).to.equal(usd(first.pay.hourly.median, 2));
    expect(text(published)).to.include(
      `Middle 80%: ${usd(first.pay.hourly.p10, 2)}–${usd(first.pay.hourly.p90, 2)}`.replace('–', '–'),
    );
    expect(text(published)).not.to.include('worked out');
    expect(text(derived.querySelector('.main'))).to.equal('$20.00');
    expect(text(derived)).to.include('Middle 80%: $15.00–$30.00');
    expect(text(derived)).to.include('Worked out from annual pay ÷ 2,080 hours');
  });

  it('formats numbers and words for the locale', async () => {
    const el = await fixture(html`<div lang="es"><career-table rows="pay outlook"></career-table></div>`);
    const table = el.querySelector('career-table');
    await table.updateComplete;
    expect(parts(table).rowLabels).to.deep.equal(['Salario mediano al año', 'Crecimiento del empleo']);
    const money = new Intl.NumberFormat('es', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
    expect(text(cells(table, 'Salario mediano al año')[0].querySelector('.main'))).to.equal(
      text({ textContent: money.format(first.pay.annual.median) }),
    );
    expect(parts(table).caption).to.equal(`${first.title} frente a ${second.title}`);
    // The pay figures' month ("May 2025" in the dataset) in Spanish too.
    expect(parts(table).sources.join(' ')).to.include('mayo de 2025');
    expect(parts(table).sources.join(' ')).not.to.include('May 2025');
  });
});

describe('<career-table> sources', () => {
  it('names each figure’s source under the table, with a link and its reference year', async () => {
    const el = await fixture(html`<career-table></career-table>`);
    const { sources } = parts(el);
    expect(sources).to.include(`Pay: ${first.pay.source.name} (opens in a new tab), ${first.pay.period}`);
    expect(sources).to.include(
      `Job growth: ${first.outlook.source.name} (opens in a new tab), ${first.outlook.period.replace('-', '–')}`,
    );
    expect(sources).to.include(
      `Jobs: ${first.employment.source.name} (opens in a new tab), ${first.employment.period}`,
    );
    expect(sources).to.include(
      `Education: ${first.education.source.name} (opens in a new tab), ${first.education.period.replace('-', '–')}`,
    );
    const link = el.shadowRoot.querySelector('[part~="source"] a');
    expect(link.getAttribute('href')).to.equal(first.pay.source.url);
    expect(link.target).to.equal('_blank');
    expect(link.rel.split(' ')).to.include('noopener');
  });

  it('lists only the sources of the rows shown', async () => {
    const el = await fixture(html`<career-table rows="summary pay"></career-table>`);
    const { sources } = parts(el);
    // Pay, the editors of the overview, and which BLS occupation the renamed career's pay is for.
    expect(sources).to.have.length(3);
    expect(sources[0]).to.match(/^Pay: /);
    expect(sources[1]).to.match(/^Descriptions: career-compare editorial summary/);
    expect(sources[2]).to.equal(
      `${second.title}: figures are for the BLS occupation Medical Records Specialists (29-2072).`,
    );
    const figuresOnly = await fixture(html`<career-table rows="pay" careers="medical-assistant"></career-table>`);
    expect(parts(figuresOnly).sources).to.deep.equal([`Pay: ${first.pay.source.name} (opens in a new tab), May 2025`]);
  });
});

describe('<career-table> states', () => {
  it('names an unknown id in place and shows the other careers', async () => {
    const el = create({ careers: `${first.id} no-such-career` });
    const errors = await attach(el);
    expect(errors).to.deep.equal(["Unknown career: 'no-such-career'"]);
    expect(parts(el).messages).to.deep.equal(["Unknown career: 'no-such-career'"]);
    expect(parts(el).columns).to.deep.equal([first.title]);
    expect(parts(el).caption).to.equal(first.title);
  });

  it('says so when no chosen career exists', async () => {
    const el = create({ careers: 'nobody' });
    await attach(el);
    expect(el.shadowRoot.querySelector('table')).to.be.null;
    expect(deepText(el)).to.include('No careers to show.');
  });

  it('loads a publisher dataset from `src`, merged over the built-in one', async () => {
    const el = create({ src: fixtureUrl('publisher.json'), careers: `medical-scribe ${first.id}` });
    const loaded = oneEvent(el, 'career-data-loaded');
    const errors = await attach(el);
    expect((await loaded).detail.careers).to.deep.equal(['medical-scribe']);
    expect(errors).to.deep.equal([]);
    expect(parts(el).columns).to.deep.equal(['Medical Scribe', first.title]);
    expect(text(cells(el, 'Median pay, per year')[0].querySelector('.main'))).to.equal('$38,500');
    expect(parts(el).sources).to.include('Pay: Example Health Careers survey (opens in a new tab), 2025');
    expect(cells(el, 'Learn more')[0].querySelector('a').getAttribute('href')).to.equal('/guides/medical-scribe');
  });

  for (const [name, expected] of [
    ['missing.json', 'could not be loaded (HTTP 404)'],
    ['not-json.json', 'not valid JSON'],
    ['invalid.json', 'careers[medical-scribe].pay.annual.median'],
  ]) {
    it(`shows a short message and the built-in data when the dataset is bad (${name})`, async () => {
      const el = create({ src: fixtureUrl(name) });
      const errors = await attach(el);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include(expected);
      const { messages, columns } = parts(el);
      expect(messages).to.have.length(1);
      expect(messages[0]).to.include(expected);
      expect(messages[0]).to.include('Showing the built-in careers instead.');
      expect(columns).to.deep.equal([first.title, second.title]);
    });
  }

  it('holds its space while `src` loads', async () => {
    const originalFetch = window.fetch;
    let answer;
    window.fetch = () => new Promise((resolve) => (answer = resolve));
    try {
      const el = create({ src: `${fixtureUrl('publisher.json')}?slow`, rows: 'pay' });
      el.style.setProperty('--career-loading-height', '20rem');
      const done = attach(el);
      await aTimeout(50);
      const loading = el.shadowRoot.querySelector('[part="loading"]');
      expect(loading, 'the loading box').to.exist;
      expect(loading.getAttribute('aria-busy')).to.equal('true');
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      expect(el.getBoundingClientRect().height).to.be.at.least(20 * rem);

      answer(new Response(JSON.stringify({ careers: [{ id: 'x-late', title: 'Late' }] })));
      await done;
      expect(el.shadowRoot.querySelector('[part="loading"]')).to.be.null;
      expect(el.shadowRoot.querySelector('table')).to.exist;
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('holds 30rem by default while loading', async () => {
    const originalFetch = window.fetch;
    let answer;
    window.fetch = () => new Promise((resolve) => (answer = resolve));
    try {
      const el = create({ src: `${fixtureUrl('publisher.json')}?slower` });
      const done = attach(el);
      await aTimeout(50);
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      expect(el.getBoundingClientRect().height).to.be.at.least(30 * rem);
      answer(new Response('{"careers":[]}'));
      await done;
    } finally {
      window.fetch = originalFetch;
    }
  });
});

describe('<career-table> safety', () => {
  const XSS = `<img src=x onerror="window.__tableXss=1"><script>window.__tableXss=1</script>"'&amp;`;

  /** A copy of `value` with every string replaced by XSS, except those the format constrains. */
  function poison(value, key) {
    if (typeof value === 'string') return ['id', 'currency', 'level', 'topCoded'].includes(key) ? value : XSS;
    if (Array.isArray(value)) return value.map((item) => poison(item, key));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, poison(item, name)]));
    }
    return value;
  }

  it('renders an XSS string in every text field as inert text', async () => {
    const data = { careers: [poison(first), poison(second)] };
    const el = create({ careers: `${first.id} ${second.id}` });
    el.data = data;
    const loaded = oneEvent(el, 'career-data-loaded');
    const errors = await attach(el);
    await loaded;
    expect(errors).to.deep.equal([]);
    const root = el.shadowRoot;
    expect(root.querySelectorAll('img, script, iframe, object')).to.have.length(0);
    expect(window.__tableXss).to.be.undefined;
    // Every text field shows the string itself: titles, cells, lists, notes, links, sources.
    const t = parts(el);
    expect(t.caption).to.equal(`${XSS} compared with ${XSS}`);
    expect(t.columns).to.deep.equal([XSS, XSS]);
    for (const label of ['Overview', 'Work setting', 'Schedule', 'Advancement']) {
      for (const cell of cells(el, label)) expect(cell.textContent.trim()).to.equal(XSS);
    }
    for (const li of cells(el, 'Skills')[0].querySelectorAll('li')) expect(li.textContent).to.equal(XSS);
    const education = cells(el, 'Education')[0];
    expect(education.querySelector('.main').textContent).to.equal(XSS);
    expect([...education.querySelectorAll('.note')].map((note) => note.textContent)).to.deep.equal([
      `Work experience: ${XSS}`,
      `On-the-job training: ${XSS}`,
      XSS,
    ]);
    const cta = cells(el, 'Learn more')[0].querySelector('a');
    expect(cta.textContent).to.equal(XSS);
    expect(cta.getAttribute('href')).to.equal(XSS); // a harmless relative URL
    expect(t.sources.join(' ')).to.include(`Pay: ${XSS}`.replace(/\s+/g, ' '));
  });

  it('never links a javascript: URL: the dataset is rejected and the built-in data shown', async () => {
    const el = create({ careers: first.id });
    el.data = {
      careers: [{ ...first, links: [{ label: 'Click', href: 'javascript:alert(1)' }] }],
    };
    const errors = await attach(el);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include('careers[medical-assistant].links[0].href');
    expect(el.shadowRoot.querySelector('a[href^="javascript"]')).to.be.null;
    expect(text(cells(el, 'Learn more')[0].querySelector('a'))).to.equal(first.links[0].label);
  });
});
