// A keyboard-only walk of the demo pages (issue 17): from the top of each
// page, Tab alone reaches every link and control inside every widget.
// Run `npm run build` first: the pages load dist/.
import { expect } from '@open-wc/testing';
import { frames, openFrame, placeInView, press, renderLazyWidgets, until } from './helpers.js';

const PAGES = [
  'blog-medical-assistant-vs-coder.html',
  'blog-coder-vs-administrator.html',
  'blog-es.html',
  'table.html',
  'salary-chart.html',
  'quiz.html',
];

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, summary, [tabindex]:not([tabindex="-1"])';

/** The career-* elements on the page, nested ones included. */
function widgets(root) {
  const found = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.localName.startsWith('career-')) found.push(el);
    if (el.shadowRoot) found.push(...widgets(el.shadowRoot));
  }
  return found;
}

/** The parent, looking out through shadow roots. */
const composedParent = (el) => el.parentElement ?? el.getRootNode().host ?? null;

/** False for what a reader cannot see now: no box, or inside a closed disclosure (its summary aside). */
function shown(el) {
  if (el.getClientRects().length === 0) return false;
  for (let up = composedParent(el); up; up = composedParent(up)) {
    if (up.localName === 'details' && !up.open && el.localName !== 'summary') return false;
  }
  return true;
}

/**
 * What Tab should reach inside the widgets: each shown focusable in their
 * shadow roots, a radio group counted once (Tab enters it at one radio).
 */
function tabStops(doc) {
  const stops = [];
  const groups = new Set();
  for (const widget of widgets(doc)) {
    for (const el of widget.shadowRoot?.querySelectorAll(FOCUSABLE) ?? []) {
      // Out of the tab order by design: a tab list's other tabs (the arrow keys reach them).
      if (!shown(el) || el.getAttribute('tabindex') === '-1') continue;
      if (el.type === 'radio') {
        if (groups.has(el.name)) continue;
        groups.add(el.name);
      }
      stops.push(el);
    }
  }
  return stops;
}

/** The element with focus inside `doc`, looking into shadow roots. */
function deepActive(doc) {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('keyboard-only walk of the demo pages (WCAG 2.1.1)', function () {
  // Up to a few hundred key presses a page, each a round trip to the browser driver.
  this.timeout(240_000);
  let iframe;
  afterEach(() => iframe?.remove());

  for (const file of PAGES) {
    it(`reaches every link and control inside every widget on ${file}`, async () => {
      iframe = await openFrame((frame) => {
        frame.title = file;
        placeInView(frame, 1280, 800);
        frame.src = new URL(`../../demo/${file}`, import.meta.url).href;
      });
      const win = iframe.contentWindow;
      const doc = iframe.contentDocument;
      await until(() => widgets(doc).length > 0 && widgets(doc).every((el) => win.customElements.get(el.localName)));
      await renderLazyWidgets(doc);
      // Until no new widget appears: a compare's views render after it, each in a task of its own.
      for (let seen = -1; seen !== widgets(doc).length;) {
        seen = widgets(doc).length;
        await Promise.all(widgets(doc).map((widget) => widget.updateComplete));
      }
      await frames(win);

      const expected = tabStops(doc);
      expect(expected.length, 'the widgets have links and controls').to.be.greaterThan(2);
      const reached = new Set();
      // Start before the first thing on the page, inside the frame.
      const start = doc.createElement('button');
      start.textContent = 'start';
      doc.body.prepend(start);
      start.focus();
      await until(() => deepActive(doc) === start, 'focus at the top of the page');
      const limit = expected.length * 3 + 60;
      for (let presses = 0; presses < limit; presses++) {
        await press('Tab');
        const active = deepActive(doc);
        if (!active || active === doc.body || document.activeElement !== iframe) break; // left the page
        reached.add(active);
        if (
          expected.every(
            (el) => reached.has(el) || (el.type === 'radio' && [...reached].some((r) => r.name === el.name)),
          )
        )
          break;
      }
      const missed = expected.filter(
        (el) =>
          !reached.has(el) &&
          !(el.type === 'radio' && [...reached].some((r) => r.type === 'radio' && r.name === el.name)),
      );
      expect(
        missed.map(
          (el) =>
            `${el.getRootNode().host.localName} ${el.localName} "${(el.textContent || el.getAttribute('aria-label') || el.value || '').trim().slice(0, 40)}"`,
        ),
        'not reached by Tab',
      ).to.deep.equal([]);
    });
  }
});
