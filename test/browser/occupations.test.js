// Every BLS occupation by name, through the npm entries: SOC codes and readable
// ids, the spot checks of data/sources/SOURCES.md as the widgets' own figures,
// sources dated per release, unknown names with "did you mean", what a page
// downloads, and every one of the 830 occupations rendered in the table and chart.
// Run `npm run build` first: this imports dist/.
import { expect } from '@open-wc/testing';
import { careers as builtinCareers } from '../../dist/data/index.js';
import '../../dist/table/define.js';
import '../../dist/salary-chart/define.js';
import '../../dist/compare/define.js';
import { attach, create, deepText, rowCells, text } from './helpers.js';

/** Attaches a new element, collecting its own career-error events (sender and message), and waits for all its data. */
async function show(tag, attributes) {
  const el = create(tag, attributes);
  const { errorEvents: errors } = await attach(el, { listenOn: el });
  return { el, errors, root: el.shadowRoot };
}

/** The cells of the table row labelled `label`, as text. */
const row = (root, label) => rowCells(root, label).map(text);

/** Occupation chunk files this page has requested so far. */
const chunkRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.includes('/data/occupations/'));

afterEach(() => {
  for (const el of document.body.querySelectorAll('career-table, career-salary-chart, career-compare')) el.remove();
});

describe('occupations named by SOC code or title', () => {
  it('a page with only curated careers loads no occupation data', async () => {
    const { errors } = await show('career-table', { careers: 'medical-assistant healthcare-administrator' });
    expect(errors).to.deep.equal([]);
    expect(chunkRequests()).to.deep.equal([]);
  });

  it('shows the spot-check figures of May 2025 as its own, with each source and release', async () => {
    const { root, errors } = await show('career-table', { careers: '29-1292 15-1252' });
    expect(errors).to.deep.equal([]);
    expect([...root.querySelector('table').querySelectorAll('thead th')].map(text)).to.deep.equal([
      'Dental Hygienists',
      'Software Developers',
    ]);
    const [hygienists, developers] = row(root, 'Median pay, per year');
    expect(hygienists).to.match(/^\$98,100/);
    expect(developers).to.match(/^\$135,980/);
    expect(row(root, 'Jobs')).to.deep.equal(['222,740 jobs', '1,687,890 jobs']);
    expect(row(root, 'Job growth')[0]).to.match(/^\+7% \(2024–34\)\s*About 15,300 openings a year$/);
    expect(row(root, 'Education')[0]).to.match(/^Associate's degree/);
    expect(row(root, 'Preparation')[1]).to.equal("Considerable: most need a bachelor's degree.");
    expect(row(root, 'Suits people who like')[0]).to.match(/^Helping and teaching people \(Social\)/);
    expect(row(root, 'Overview')[0]).to.match(/^Administer oral hygiene care to patients/);
    const sources = [...root.querySelectorAll('[part~="source"]')].map(text);
    const newTab = '(opens in a new tab)';
    expect(sources).to.include(`Pay: BLS Occupational Employment and Wage Statistics ${newTab}, May 2025`);
    expect(sources).to.include(`Jobs: BLS Occupational Employment and Wage Statistics ${newTab}, May 2025`);
    expect(sources).to.include(`Job growth: BLS Employment Projections ${newTab}, 2024–34`);
    expect(sources).to.include(`Education: BLS Employment Projections ${newTab}, 2024–34`);
    expect(sources).to.include(`Overview: O*NET 29.3 Database ${newTab}`);
    expect(sources).to.include(`Suits people who like: O*NET 29.3 Database ${newTab}`);
    expect(text(root.querySelector('[part~="credit"]'))).to.match(
      /^This page includes information from the O\*NET 29\.3 Database .* Used under the CC BY 4\.0 license\./,
    );
    // One is in minor group 15-1, the other in 29-1: two small chunks, nothing else.
    const loaded = chunkRequests().map((path) => path.split('/').pop());
    expect(loaded).to.have.members(['15-1.json.js', '29-1.json.js']);
  });

  it('finds the other spot checks by readable id, ignoring case, in the chart too', async () => {
    const { el, errors } = await show('career-salary-chart', {
      careers: 'Medical-Assistants 11-9111 medical-records-specialists',
    });
    expect(errors).to.deep.equal([]);
    const shown = deepText(el);
    // 31-9092 and 29-2072 are the faces of curated careers; 11-9111 too.
    expect(shown).to.include('Medical Assistant');
    expect(shown).to.include('Medical Coding & Billing Specialist');
    expect(shown).to.include('Healthcare Administrator');
    for (const median of ['$45,690', '$51,140', '$123,860']) expect(shown).to.include(median);
    expect(shown).to.include('May 2025');
  });

  it('dates the curated careers May 2025 and names the BLS occupation behind a renamed one', async () => {
    const { root } = await show('career-table', { careers: 'medical-assistant medical-coder' });
    const [assistant, coder] = row(root, 'Median pay, per year');
    expect(assistant).to.match(/^\$45,690/);
    expect(coder).to.match(/^\$51,140/);
    const sources = [...root.querySelectorAll('[part~="source"]')].map(text);
    expect(sources).to.include('Pay: BLS Occupational Employment and Wage Statistics (opens in a new tab), May 2025');
    expect(sources).to.include('Education: BLS Employment Projections (opens in a new tab), 2024–34');
    // Only the renamed career: "Medical Assistant" is the occupation "Medical Assistants".
    expect(sources.filter((source) => source.includes('figures are for'))).to.deep.equal([
      'Medical Coding & Billing Specialist: figures are for the BLS occupation Medical Records Specialists (29-2072).',
    ]);
    expect(sources.some((source) => source.startsWith('Descriptions: career-compare editorial summary'))).to.be.true;
  });

  it('shows the message and no careers when the names match nothing, with a suggestion', async () => {
    const { root, errors } = await show('career-table', { careers: 'dental hygienist' });
    const messages = [...root.querySelectorAll('.message')].map(text);
    expect(messages).to.deep.equal([
      "Unknown career: 'dental hygienist' Did you mean 'dental-hygienists' (Dental Hygienists)?",
    ]);
    expect(errors.map((error) => error.message)).to.deep.equal(messages);
    expect(root.querySelector('table')).to.equal(null);
    expect(deepText(root)).not.to.include('Medical Assistant');
  });

  it('never shows the default careers in <career-compare> when the names match nothing', async () => {
    const { el, errors } = await show('career-compare', { careers: 'dental hygienist' });
    const shown = deepText(el);
    expect(shown).to.include(
      "Unknown career: 'dental hygienist' Did you mean 'dental-hygienists' (Dental Hygienists)?",
    );
    expect(shown).not.to.include('Medical Assistant');
    expect(shown).not.to.include('Medical Coding');
    expect(errors.length).to.be.greaterThan(0);
  });

  it('names an unknown id among known ones, and suggests the closest occupation', async () => {
    const { root, errors } = await show('career-table', { careers: '29-1292, software-developerz, 99-1234' });
    expect([...root.querySelector('table').querySelectorAll('thead th')].map(text)).to.deep.equal([
      'Dental Hygienists',
    ]);
    expect(errors.map((error) => error.message)).to.deep.equal([
      "Unknown career: 'software-developerz' Did you mean 'software-developers' (Software Developers)?",
      "Unknown career: '99-1234'",
    ]);
  });

  it('says the suggestion in Spanish on a Spanish page', async () => {
    const { root } = await show('career-table', { careers: 'higienista-dental', locale: 'es' });
    expect(text(root.querySelector('.message'))).to.match(/^Profesión desconocida: 'higienista-dental'/);
  });

  it('lets <career-compare> name any occupation in every view', async () => {
    const { el, errors } = await show('career-compare', { careers: '53-3032 53-3033', views: 'table salary' });
    expect(errors).to.deep.equal([]);
    const shown = deepText(el);
    expect(shown).to.include('Heavy and Tractor-Trailer Truck Drivers vs. Light Truck Drivers');
    expect(shown).to.include('May 2025');
  });
});

describe('every occupation', function () {
  // 830 occupations in batches, each in a table and a chart.
  this.timeout(240_000);

  it('renders each of the 830 in the table and the chart with no error', async () => {
    const { loadAllOccupations } = await import('../../dist/data/occupations.js');
    const all = await loadAllOccupations();
    expect(all).to.have.length(830);
    const problems = [];
    for (let start = 0; start < all.length; start += 20) {
      const batch = all.slice(start, start + 20);
      const careers = batch.map((career) => career.occupation.soc).join(' ');
      for (const tag of ['career-table', 'career-salary-chart']) {
        const { el, errors } = await show(tag, { careers });
        const shown = deepText(el);
        for (const career of batch) {
          // A curated career is the face of its occupation.
          const face = builtinCareers.find((curated) => curated.occupation.soc === career.occupation.soc) ?? career;
          if (!shown.includes(face.title)) problems.push(`${tag}: ${face.title} missing`);
        }
        for (const error of errors) problems.push(`${tag}: ${error.message}`);
        el.remove();
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('keeps the curated careers the face of their occupations', () => {
    for (const career of builtinCareers) expect(career.occupation.soc).to.match(/^\d\d-\d{4}$/);
  });
});
