// The occupation chunks through a bundler: test/bundle/two-jobs-app.js, built by
// rollup.demo.config.js the way an app would bundle `career-compare/table`,
// names two jobs; the page fetches their two chunks (split out by the bundler)
// and none of the others. Run `npm run build` first: it makes test/bundle/build/.
import { expect } from '@open-wc/testing';
import { columnHeaders, openFrame } from './helpers.js';

describe('occupations from an app bundle', function () {
  this.timeout(30_000);

  it('loads only the chunks of the two jobs named, each a few KB', async () => {
    const iframe = await openFrame((frame) => {
      frame.src = new URL('../bundle/two-jobs.html', import.meta.url).href;
    });
    try {
      const frame = iframe.contentWindow;
      await frame.customElements.whenDefined('career-table');
      const table = iframe.contentDocument.querySelector('career-table');
      await table.updateComplete;
      const headers = columnHeaders(table);
      expect(headers).to.deep.equal(['Dental Hygienists', 'Software Developers']);
      const chunks = frame.performance
        .getEntriesByType('resource')
        .filter((entry) => /\/chunks\/\d\d-\d\.json-[\w-]+\.js$/.test(entry.name));
      const names = chunks.map((entry) => entry.name.match(/(\d\d-\d)\.json-/)[1]);
      expect(names).to.have.members(['15-1', '29-1']);
      // Served uncompressed here: a few KB gzipped is a few times that raw.
      for (const entry of chunks) expect(entry.decodedBodySize).to.be.within(1, 40_000);
      expect(
        frame.performance.getEntriesByType('resource').some((entry) => /index\.json|titles\.json/.test(entry.name)),
      ).to.be.false;
    } finally {
      iframe.remove();
    }
  });
});
