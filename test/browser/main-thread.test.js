// Never block the reader's page (issue 15): no update reads layout (which
// would force the browser to lay out what the update has just changed), each
// widget's first render waits for a task of its own, and loading="lazy"
// renders a widget only once it comes near the viewport.
// Run `npm run build` first: this imports dist/.
import { expect, fixture, html } from '@open-wc/testing';
import '../../dist/index.js';
import { frames, settle, sleep, until } from './helpers.js';

const TAGS = ['career-compare', 'career-table', 'career-salary-chart', 'career-quiz'];

/** What reads layout or computed style: each would force a layout of DOM an update has just changed. */
const LAYOUT_READS = [
  [Element.prototype, ['getBoundingClientRect', 'getClientRects']],
  [
    Element.prototype,
    [
      'clientWidth',
      'clientHeight',
      'clientTop',
      'clientLeft',
      'scrollWidth',
      'scrollHeight',
      'scrollTop',
      'scrollLeft',
    ],
  ],
  [HTMLElement.prototype, ['offsetWidth', 'offsetHeight', 'offsetTop', 'offsetLeft', 'offsetParent', 'innerText']],
  [SVGGraphicsElement.prototype, ['getBBox']],
  [SVGTextContentElement.prototype, ['getComputedTextLength']],
  [window, ['getComputedStyle']],
];

/**
 * Records every layout read made while one of the elements updates
 * (inside `performUpdate`: willUpdate, render, updated): `reads` holds the
 * API and the element; `stop()` puts everything back.
 */
function recordLayoutReadsInUpdates() {
  const reads = [];
  const restore = [];
  let updating;
  for (const tag of TAGS) {
    const proto = customElements.get(tag).prototype;
    const performUpdate = proto.performUpdate;
    proto.performUpdate = function (...args) {
      const outer = updating;
      // The element being updated, for the reads below to name: kept while its update runs.
      // eslint-disable-next-line @typescript-eslint/no-this-alias
      updating = this;
      try {
        return performUpdate.apply(this, args);
      } finally {
        updating = outer;
      }
    };
    restore.push(() => delete proto.performUpdate);
  }
  for (const [target, names] of LAYOUT_READS) {
    for (const name of names) {
      const descriptor = Object.getOwnPropertyDescriptor(target, name);
      const note = () => updating && reads.push(`${name} during an update of <${updating.localName}>`);
      const patched = descriptor.get
        ? {
            ...descriptor,
            get() {
              note();
              return descriptor.get.call(this);
            },
          }
        : {
            ...descriptor,
            value(...args) {
              note();
              return descriptor.value.apply(this, args);
            },
          };
      Object.defineProperty(target, name, patched);
      restore.push(() => Object.defineProperty(target, name, descriptor));
    }
  }
  return { reads, stop: () => restore.forEach((undo) => undo()) };
}

describe('no forced layout in an update', () => {
  it('reads no layout while any element updates: first render, attribute changes, a resize', async () => {
    const recording = recordLayoutReadsInUpdates();
    try {
      const box = await fixture(
        html`<div style="width: 900px">
          <career-compare careers="medical-assistant medical-coder"></career-compare>
          <career-table careers="medical-assistant medical-coder healthcare-administrator"></career-table>
          <career-salary-chart careers="medical-assistant medical-coder healthcare-administrator"></career-salary-chart>
          <career-quiz></career-quiz>
        </div>`,
      );
      const elements = [...box.children];
      for (const el of elements) await settle(el);
      expect(box.querySelector('career-salary-chart').shadowRoot.querySelector('svg'), 'the chart has drawn').to.exist;
      for (const el of elements) el.setAttribute('pay', 'hourly');
      for (const el of elements) el.setAttribute('careers', 'medical-coder healthcare-administrator');
      box.style.width = '360px';
      await frames(window);
      await frames(window);
      for (const el of elements) await settle(el);
      expect(recording.reads).to.deep.equal([]);
    } finally {
      recording.stop();
    }
  });
});

describe('first renders in tasks of their own', () => {
  it('renders nothing in the task that connects an element: its first render waits for a later task', async () => {
    const el = document.createElement('career-table');
    el.setAttribute('careers', 'medical-assistant medical-coder');
    document.body.append(el);
    try {
      // Every microtask of this task runs, and still nothing has rendered.
      for (let i = 0; i < 20; i++) await Promise.resolve();
      expect(el.hasUpdated, 'not rendered in the connecting task').to.equal(false);
      await settle(el);
      expect(el.shadowRoot.querySelector('table'), 'rendered later').to.exist;
    } finally {
      el.remove();
    }
  });

  it("renders a compare's views after the compare, not in its update", async () => {
    const el = document.createElement('career-compare');
    // Seen at the end of each of the compare's updates: its views, and whether each has rendered.
    const seen = [];
    const updated = el.updated;
    el.updated = function (...args) {
      const views = [...this.shadowRoot.querySelectorAll('career-table, career-salary-chart, career-quiz')];
      if (views.length > 0) seen.push(views.map((view) => view.hasUpdated));
      return updated.apply(this, args);
    };
    document.body.append(el);
    try {
      await settle(el);
      expect(seen[0], 'when the compare first rendered its views, none of them had rendered').to.deep.equal([
        false,
        false,
        false,
      ]);
      const views = [...el.shadowRoot.querySelectorAll('career-table, career-salary-chart, career-quiz')];
      expect(views.every((view) => view.hasUpdated)).to.equal(true);
    } finally {
      el.remove();
    }
  });

  it('updates at once after the first render: an attribute change renders in the microtasks that follow it', async () => {
    const el = await fixture(html`<career-table careers="medical-assistant"></career-table>`);
    await settle(el);
    el.setAttribute('careers', 'medical-coder');
    await el.updateComplete;
    expect(el.shadowRoot.querySelector('thead th').textContent).to.equal('Medical Coding & Billing Specialist');
  });
});

describe('loading="lazy"', () => {
  it('keeps its fallback and renders only once scrolled near the viewport', async () => {
    const box = await fixture(
      html`<div>
        <div style="height: 4000px">Article text</div>
        <career-table loading="lazy" careers="medical-assistant medical-coder"
          ><p>A comparison goes here.</p></career-table
        >
      </div>`,
    );
    const el = box.querySelector('career-table');
    window.scrollTo(0, 0);
    await frames(window);
    await sleep(300);
    await frames(window);
    expect(el.shadowRoot.querySelector('table'), 'not rendered while far below').to.equal(null);
    expect(el.querySelector('p').getClientRects().length, 'its fallback shows').to.be.above(0);

    // Within a screen's height of the viewport: it renders.
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 1.5 * window.innerHeight);
    await until(() => el.shadowRoot.querySelector('table'), 'it renders once near');
    await settle(el);
    expect(el.querySelector('p').getClientRects().length, 'its fallback is hidden').to.equal(0);
    window.scrollTo(0, 0);
  });

  it('renders at once by default, and names a value it does not know', async () => {
    const box = await fixture(
      html`<div>
        <div style="height: 4000px"></div>
        <career-table careers="medical-assistant"></career-table>
        <career-table loading="later" careers="medical-assistant"></career-table>
      </div>`,
    );
    const [eager, unknown] = box.querySelectorAll('career-table');
    await settle(eager);
    await settle(unknown);
    expect(eager.shadowRoot.querySelector('table'), 'eager, far below, still renders').to.exist;
    expect([...unknown.shadowRoot.querySelectorAll('[part="message"]')].map((li) => li.textContent)).to.deep.equal([
      "Unknown value for loading: 'later'",
    ]);
  });
});
