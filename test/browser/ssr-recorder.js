// Loaded first (a classic script) by the test server's /prerender pages (web-test-runner.config.mjs):
// records what ssr.test.js checks. Not a test file itself.
window.ssrRecord = { errors: [], shift: 0, serverNodes: new Map(), boxes: new Map() };

const originalError = console.error;
console.error = (...args) => {
  window.ssrRecord.errors.push(args.map(String).join(' '));
  originalError.apply(console, args);
};
addEventListener('error', (event) => window.ssrRecord.errors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => window.ssrRecord.errors.push(String(event.reason)));

// Cumulative Layout Shift, where the engine reports layout shifts (Chromium).
if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.ssrRecord.shift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Run after the elements are parsed and before any module script: their server-made nodes and boxes. */
window.keepServerNodes = () => {
  for (const element of document.querySelectorAll('career-compare, career-table, career-salary-chart, career-quiz')) {
    window.ssrRecord.serverNodes.set(element, [...element.shadowRoot.querySelectorAll('*')]);
    window.ssrRecord.boxes.set(element, element.getBoundingClientRect().toJSON());
  }
};
