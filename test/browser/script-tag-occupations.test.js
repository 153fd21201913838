// The script-tag files with the occupation data: the ES module and the classic
// script fetch the chunks (and Spanish) from beside themselves, a page of
// curated careers fetches none, a page naming two jobs fetches only their
// chunks, and a chunk that fails is named in place and by career-error.
// Each case is a page of its own in an iframe, as a publisher's page would be.
// Run `npm run build` first: this loads dist/.
import { expect } from '@open-wc/testing';
import { columnHeaders, openFrame, text } from './helpers.js';

/**
 * Opens a page holding `body` and the script-tag file `file`; `before` is a
 * classic script that runs first (to break fetch). Resolves once every
 * element has settled, with the frame's window.
 */
async function openPage(body, { file = 'career-compare.js', before = '' } = {}) {
  const src = new URL(`/dist/${file}`, location.href).href;
  const tag = file.endsWith('.iife.js')
    ? `<script src="${src}" defer></script>`
    : `<script type="module" src="${src}"></script>`;
  const iframe = await openFrame((frame) => {
    frame.style.width = '900px';
    frame.srcdoc = `<!doctype html><html lang="en"><head><title>Publisher page</title>
<script>window.careerErrors = []; addEventListener('career-error', (event) => careerErrors.push(event.detail));
${before}</script>${tag}</head><body>${body}</body></html>`;
  });
  const frame = iframe.contentWindow;
  await frame.customElements.whenDefined('career-table');
  for (const el of iframe.contentDocument.querySelectorAll('career-table, career-salary-chart, career-compare')) {
    await el.updateComplete;
  }
  return { frame, iframe, doc: iframe.contentDocument };
}

/** Files under dist/ that a page fetched from `folder` ("occupations/", "locales/"). */
const fetched = (frame, folder) =>
  frame.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith(`/dist/${folder}`))
    .map((path) => path.slice(`/dist/${folder}`.length));

describe('occupations from the script-tag files', function () {
  this.timeout(30_000);
  let iframe;
  afterEach(() => iframe?.remove());

  it('fetches nothing more for a page of curated careers', async () => {
    const page = await openPage('<career-table careers="medical-assistant medical-coder"></career-table>');
    iframe = page.iframe;
    expect(columnHeaders(page.doc.querySelector('career-table'))).to.deep.equal([
      'Medical Assistant',
      'Medical Coding & Billing Specialist',
    ]);
    expect(fetched(page.frame, 'occupations/')).to.deep.equal([]);
  });

  for (const file of ['career-compare.js', 'career-compare.iife.js']) {
    it(`${file}: shows two named jobs from their chunks beside the script, and only those`, async () => {
      const page = await openPage('<career-table careers="29-1292 15-1252"></career-table>', { file });
      iframe = page.iframe;
      const table = page.doc.querySelector('career-table');
      expect(columnHeaders(table)).to.deep.equal(['Dental Hygienists', 'Software Developers']);
      expect(text(table.shadowRoot.querySelector('tbody')))
        .to.include('$98,100')
        .and.include('$135,980');
      expect(fetched(page.frame, 'occupations/')).to.have.members(['15-1.json', '29-1.json']);
      expect(page.frame.careerErrors).to.deep.equal([]);
    });
  }

  it('finds a job by its readable id through the index, and says a near miss in Spanish', async () => {
    const page = await openPage(
      `<career-table careers="dental-hygienists"></career-table>
       <career-table lang="es" careers="software-developerz"></career-table>`,
    );
    iframe = page.iframe;
    const [byId, missed] = page.doc.querySelectorAll('career-table');
    expect(columnHeaders(byId)).to.deep.equal(['Dental Hygienists']);
    expect(text(missed.shadowRoot.querySelector('.message'))).to.equal(
      "Profesión desconocida: 'software-developerz' ¿Quería decir 'software-developers' (Software Developers)?",
    );
    expect(fetched(page.frame, 'locales/')).to.deep.equal(['es.json']);
  });

  it('names a chunk that fails in place and by career-error, and shows the rest', async () => {
    const page = await openPage('<career-table careers="53-3032 29-1292"></career-table>', {
      before: `const realFetch = fetch;
window.fetch = (url, ...rest) => String(url).endsWith('/occupations/53-3.json')
  ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(url, ...rest);`,
    });
    iframe = page.iframe;
    const table = page.doc.querySelector('career-table');
    expect(columnHeaders(table)).to.deep.equal(['Dental Hygienists']);
    expect(text(table.shadowRoot.querySelector('.message'))).to.equal("The data for '53-3032' could not be loaded.");
    expect(page.frame.careerErrors.map((error) => error.message)).to.deep.equal([
      "The data for '53-3032' could not be loaded.",
    ]);
    expect(String(page.frame.careerErrors[0].cause)).to.include('Failed to fetch');
  });
});
