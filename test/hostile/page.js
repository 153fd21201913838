// The hostile pages' module: loads the package the way the page's `build`
// parameter says (none: the page loads it itself with script tags), then
// waits until every element on the page has its data and has rendered.
// `window.hostileReady` resolves to the loaded modules for the test to compare.
const TAGS = ['career-compare', 'career-table', 'career-salary-chart', 'career-quiz'];
const ENTRIES = {
  cdn: '../../dist/career-compare.js',
  npm: '../../dist/index.js',
};

async function ready() {
  const build = new URLSearchParams(location.search).get('build');
  if (build) await import(ENTRIES[build]);
  await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
  await Promise.all([...document.querySelectorAll(TAGS.join(','))].map((el) => el.updateComplete));
}

window.hostileReady = ready();

/** Imports `url` in this page (not the test's), so the test can compare this page's copies of the package. */
window.hostileImport = (url) => import(url);
