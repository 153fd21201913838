// The `structured-data` attribute: schema.org Occupation data (JSON-LD) for the careers an
// element shows, in a script written just after it in the page, kept up to date, removed when
// the attribute goes, and never a way for a publisher's text to end the script.
import { expect, fixture, html } from '@open-wc/testing';
import { careers } from '../../dist/data/index.js';
import '../../dist/index.js';
import { create } from './helpers.js';

const [first, second, third] = careers;

/** The JSON-LD scripts in `container`, parsed. */
const jsonld = (container) =>
  [...container.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent));

/** The marked JSON-LD script `career-compare render --jsonld` writes after an element, naming `name`. */
function commandScript(name) {
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.setAttribute('data-career-compare', '');
  script.textContent = JSON.stringify({ '@type': 'Occupation', name });
  return script;
}

const names = (data) => (Array.isArray(data) ? data : [data]).map((item) => item.name);

describe('structured-data', () => {
  it('writes the careers shown as Occupation data after the element, and keeps it up to date', async () => {
    const box = await fixture(html`<div></div>`);
    const table = create('career-table', { careers: `${first.id} ${second.id}`, 'structured-data': '' });
    box.append(table);
    await table.updateComplete;
    expect(table.nextElementSibling.localName).to.equal('script');
    const [data] = jsonld(box);
    expect(names(data)).to.deep.equal([first.title, second.title]);
    expect(data[0]).to.include({ '@context': 'https://schema.org', '@type': 'Occupation' });
    expect(data[0].occupationalCategory.codeValue).to.equal(first.occupation.soc);
    expect(data[0].estimatedSalary[0]).to.include({ median: first.pay.annual.median, duration: 'P1Y' });

    table.careers = third.id;
    await table.updateComplete;
    expect(jsonld(box).map(names)).to.deep.equal([[third.title]]);

    table.removeAttribute('structured-data');
    await table.updateComplete;
    expect(jsonld(box)).to.deep.equal([]);
  });

  it('writes nothing without the attribute', async () => {
    const box = await fixture(html`<div></div>`);
    const chart = create('career-salary-chart', { careers: first.id });
    box.append(chart);
    await chart.updateComplete;
    expect(jsonld(box)).to.deep.equal([]);
  });

  it('leaves alone the script `career-compare render --jsonld` wrote after an element without the attribute', async () => {
    const box = await fixture(html`<div></div>`);
    const table = create('career-table', { careers: first.id });
    box.append(table, commandScript('from the command'));
    await table.updateComplete;
    expect(jsonld(box).map(names)).to.deep.equal([['from the command']]);
  });

  it('keeps a publisher title that contains </script> inside the JSON', async () => {
    const title = 'Nurse </script><script>window.hacked = true</script><!--';
    const box = await fixture(html`<div></div>`);
    const table = create('career-table', { careers: 'tricky', 'structured-data': '' });
    table.data = { careers: [{ ...first, id: 'tricky', title }] };
    box.append(table);
    await table.updateComplete;
    expect(box.querySelectorAll('script')).to.have.length(1);
    expect(box.querySelector('script').textContent).not.to.contain('<');
    expect(names(jsonld(box)[0])).to.deep.equal([title]);
    expect(window.hacked).to.equal(undefined);
  });

  it('updates the script a prerendered page has after the element, instead of adding one', async () => {
    const box = await fixture(html`<div></div>`);
    const table = create('career-table', { careers: first.id, 'structured-data': '' });
    box.append(table, commandScript('stale'));
    await table.updateComplete;
    expect(box.querySelectorAll('script')).to.have.length(1);
    expect(names(jsonld(box)[0])).to.deep.equal([first.title]);
  });
});
