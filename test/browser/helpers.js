// Shared by the browser tests (not a test file itself: only *.test.js runs).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

/**
 * The four elements: tag, entry point in dist/, class name, and how many
 * careers' titles it shows at first by default (the quiz starts with its
 * questions, so it shows none).
 */
export const ELEMENTS = [
  { tag: 'career-table', entry: '../../dist/table/define.js', className: 'CareerTable', defaultCount: 2 },
  {
    tag: 'career-salary-chart',
    entry: '../../dist/salary-chart/define.js',
    className: 'CareerSalaryChart',
    defaultCount: 2,
  },
  { tag: 'career-quiz', entry: '../../dist/quiz/define.js', className: 'CareerQuiz', defaultCount: 0 },
  { tag: 'career-compare', entry: '../../dist/compare/define.js', className: 'CareerCompare', defaultCount: 2 },
];

/**
 * The text a reader gets from `node`: its own text and, for elements with a
 * shadow root, the shadow tree's (nested elements' too), whitespace collapsed.
 */
export function deepText(node) {
  const parts = [];
  const walk = (current) => {
    if (current.nodeType === Node.TEXT_NODE) {
      parts.push(current.data);
      return;
    }
    if (current.nodeName === 'STYLE' || current.nodeName === 'SCRIPT') return;
    if (current.shadowRoot) walk(current.shadowRoot);
    for (const child of current.childNodes) walk(child);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Replaces console.warn with a recorder; call `restore()` (in a finally). */
export function recordWarnings() {
  const original = console.warn;
  const calls = [];
  console.warn = (...args) => {
    calls.push(args.map(String).join(' '));
  };
  return {
    calls,
    restore() {
      console.warn = original;
    },
  };
}

// --- Reading an element ----------------------------------------------------

/** The first match for `selector` in `el`'s shadow root. */
export const $ = (el, selector) => el.shadowRoot.querySelector(selector);

/** Every match for `selector` in `el`'s shadow root, as an array. */
export const $$ = (el, selector) => [...el.shadowRoot.querySelectorAll(selector)];

/** Text of a node (its own tree only), whitespace (including no-break spaces) collapsed; '' for none. */
export const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The column headers (`thead th`) of the first table in `el`'s shadow root (a career-table's main one), as text. */
export const columnHeaders = (el) =>
  [...(el.shadowRoot.querySelector('table')?.querySelectorAll('thead th') ?? [])].map(text);

/** The cells of the table row labelled `label` under `container` (a shadow root or a table), as elements. */
export function rowCells(container, label) {
  const row = [...container.querySelectorAll('tbody tr')].find((tr) => text(tr.querySelector('th')) === label);
  expect(row, `a row labelled "${label}"`).to.exist;
  return [...row.querySelectorAll('td')];
}

/** An amount in US dollars as `locale` writes it, with `digits` decimals. */
export const money = (locale, value, digits = 0) =>
  new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);

/** An amount in US dollars as written in English, with `digits` decimals ("$48,500", "$23.32"). */
export const usd = (value, digits = 0) => money('en-US', value, digits);

// --- Making and attaching elements -------------------------------------------

/** The views a `<career-compare>` nests in its shadow root. */
export const VIEW_TAGS = 'career-table, career-salary-chart, career-quiz';

/**
 * Creates `<tag>` with `attributes` (an undefined value is left out) and
 * `children`, not yet attached, so listeners can go on first.
 */
export function create(tag, attributes = {}, children = []) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/** Waits until `el` and, for a compare, its nested views have rendered all their data. */
export async function settle(el) {
  await el.updateComplete;
  for (const nested of el.shadowRoot.querySelectorAll(VIEW_TAGS)) await nested.updateComplete;
}

/**
 * Records the `career-error` and `career-data-loaded` events that reach
 * `target` (the whole page by default) until `stop()`: `errors` holds each
 * error's message, `errorEvents` its sender and message, `loaded` each load's
 * sender and careers.
 */
export function recordCareerEvents(target = document) {
  const errors = [];
  const errorEvents = [];
  const loaded = [];
  const onError = (event) => {
    errors.push(event.detail.message);
    errorEvents.push({ target: event.composedPath()[0], message: event.detail.message });
  };
  const onLoaded = (event) => loaded.push({ target: event.composedPath()[0], careers: event.detail.careers });
  target.addEventListener('career-error', onError);
  target.addEventListener('career-data-loaded', onLoaded);
  return {
    errors,
    errorEvents,
    loaded,
    stop() {
      target.removeEventListener('career-error', onError);
      target.removeEventListener('career-data-loaded', onLoaded);
    },
  };
}

/**
 * Attaches `el` to `parent` (the body by default), recording the career events
 * that reach `listenOn` (the page by default; `el` for its own only) while it
 * renders; resolves with the record (see recordCareerEvents) once it has settled.
 */
export async function attach(el, { parent = document.body, listenOn = document } = {}) {
  const events = recordCareerEvents(listenOn);
  parent.append(el);
  await settle(el);
  return events;
}

/**
 * Answers every question of `quiz` with clicks: `choose(radios, step)` picks
 * the option to click at each step, then Next. Resolves, once no question is
 * left, to the `career-quiz-complete` detail (undefined if none came).
 */
export async function finishQuiz(quiz, choose) {
  let detail;
  quiz.addEventListener('career-quiz-complete', (event) => (detail = event.detail), { once: true });
  for (let step = 0; $(quiz, 'fieldset'); step++) {
    if (step > 50) throw new Error('the quiz never ended');
    choose($$(quiz, 'input[type="radio"]'), step).click();
    await quiz.updateComplete;
    $(quiz, '[part~="next"]').click();
    await quiz.updateComplete;
  }
  return detail;
}

// --- Pages in frames ---------------------------------------------------------

/** A new iframe, given its src (or srcdoc), size and title by `setup(iframe)`, attached; resolves once it has loaded. */
export async function openFrame(setup) {
  const iframe = document.createElement('iframe');
  setup(iframe);
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  return iframe;
}

/** Pins `iframe` to the page's top left at `width` × `height` px, in view, so that it renders frames. */
export function placeInView(iframe, width, height) {
  iframe.style.cssText = `position:fixed;top:0;left:0;width:${width}px;height:${height}px;border:0;background:#fff`;
}

/** Two rendering frames of `win`, so resize observers and layout have run. */
export async function frames(win) {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => win.requestAnimationFrame(() => resolve()));
}

/** True in WebKit (not Chromium, whose user agent also says AppleWebKit). */
export const isWebKit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome\//.test(navigator.userAgent);

// --- Time and keys -----------------------------------------------------------

/** Resolves after `ms` milliseconds. */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until `check()` (awaited) returns something truthy, and returns it;
 * fails with "timed out waiting for `what`" after `limitMs`.
 */
export async function until(check, what, limitMs = 20_000) {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

/** Presses `key` as the reader's keyboard would (through the test runner's browser driver). */
export const press = (key) => sendKeys({ press: key });

/**
 * Brings each `loading="lazy"` widget of `doc` (a demo page in a frame) near
 * the viewport in turn, so it renders as it would when a reader scrolls to it,
 * then goes back to the top.
 */
export async function renderLazyWidgets(doc) {
  const win = doc.defaultView;
  const lazy = [...doc.querySelectorAll('[loading="lazy"]')].filter((el) => el.localName.startsWith('career-'));
  for (const el of lazy) {
    // Widgets above it may still be rendering and push it down: scroll to it until it renders.
    for (let tries = 0; !el.hasUpdated && tries < 100; tries++) {
      el.scrollIntoView({ block: 'center' });
      await frames(win);
    }
    await el.updateComplete;
  }
  win.scrollTo(0, 0);
}

// --- Colours -----------------------------------------------------------------

/** A CSS colour as [r, g, b] (0–255), read back from a canvas pixel: any syntax the browser knows. */
export function rgb(color) {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
}

/** WCAG contrast ratio of two CSS colours. */
export function contrast(a, b) {
  const luminance = (color) => {
    const [r, g, bl] = rgb(color).map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}
