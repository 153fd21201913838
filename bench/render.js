// Render-cost timing in the browser, driven by scripts/bench.mjs. The page's
// mode decides what it loads, so no measurement shares a page with code it
// does not need:
//
//   render.html?mode=elements   the elements, from ../dist/index.js
//   render.html?mode=floor      nothing: the elements' DOM and styles, stamped
//   render.html?mode=chartjs    Chart.js, its bar chart only (./chartjs-bar.js)
//
// scripts/bench.mjs sets up each case once (`bench.setup`), then runs the
// cases in turn, one run each per round (`bench.run`), so a busy moment on the
// machine falls on all of them alike. A run starts after a garbage collection
// (when the browser exposes gc()) and a frame (`bench.prepare`), times from the
// start of the work until the document's layout is done, then removes what it
// made, and returns the wall-clock time in ms. scripts/bench.mjs reports the
// main thread's busy time over the run (DevTools protocol metrics), which
// leaves out the waits between an element's tasks.

const mode = new URLSearchParams(location.search).get('mode');
const stage = document.getElementById('stage');
const errors = [];
stage.addEventListener('career-error', (event) => errors.push(event.detail.message));

/** Lays the document out now (style and layout), as reading a size does. */
const layout = () => stage.getBoundingClientRect().height + document.body.offsetHeight;

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

// --- the elements -----------------------------------------------------------

/** The element and every updating element in its shadow trees (for career-compare: its views). */
function updaters(host, found = []) {
  if ('updateComplete' in host) found.push(host);
  for (const child of host.shadowRoot?.querySelectorAll('*') ?? []) if (child.shadowRoot) updaters(child, found);
  return found;
}

/** Waits until the element and everything nested in it have updated, including data loading. */
async function settle(host) {
  for (;;) {
    const list = updaters(host);
    await Promise.all(list.map((element) => element.updateComplete));
    const now = updaters(host);
    if (now.length === list.length && now.every((element) => !element.isUpdatePending)) return;
  }
}

async function insert({ tag, careers, data }) {
  const element = document.createElement(tag);
  element.setAttribute('careers', careers);
  if (data) element.data = data;
  stage.append(element);
  await settle(element);
  layout();
  return element;
}

/** Creating, attributing, appending and settling one element. */
async function timeElement(options) {
  const start = performance.now();
  const element = await insert(options);
  const time = performance.now() - start;
  element.remove();
  layout();
  return time;
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const text = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** A shadow root's styles as text: what the element adopts, for a `<style>`. */
const styleText = (root) =>
  root.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('')).join('\n') +
  [...root.querySelectorAll('style')].map((style) => style.textContent).join('\n');

/** A node as HTML; a nested shadow root becomes a declarative one, with its styles. */
function serialize(node) {
  if (node.nodeType === Node.TEXT_NODE) return text(node.data);
  if (node.nodeType === Node.COMMENT_NODE) return `<!--${node.data}-->`;
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const attributes = [...node.attributes].map((a) => ` ${a.name}="${attribute(a.value)}"`).join('');
  const inner =
    (node.shadowRoot ? `<template shadowrootmode="open">${shadow(node.shadowRoot)}</template>` : '') +
    children(node.localName === 'template' ? node.content : node);
  return VOID.has(node.localName)
    ? `<${node.localName}${attributes}>`
    : `<${node.localName}${attributes}>${inner}</${node.localName}>`;
}
const children = (parent) => [...parent.childNodes].map(serialize).join('');
const shadow = (root) => `<style>${styleText(root)}</style>${children(root)}`;

/**
 * Renders once and keeps what the element made: its shadow DOM with its styles
 * (nested elements' shadow roots written as declarative ones), and, for the
 * chart, the size of its picture.
 */
async function capture(options) {
  const element = await insert(options);
  const svg = element.shadowRoot.querySelector('svg[part="chart"]');
  const result = {
    html: shadow(element.shadowRoot),
    height: element.getBoundingClientRect().height,
    chart: svg ? { width: svg.width.baseVal.value, height: svg.height.baseVal.value } : undefined,
  };
  element.remove();
  layout();
  return result;
}

// --- the floor: the same DOM and styles, no component code --------------------

async function timeFloor({ html }) {
  const start = performance.now();
  const host = document.createElement('div');
  host.attachShadow({ mode: 'open' }).setHTMLUnsafe(html);
  stage.append(host);
  layout();
  const time = performance.now() - start;
  host.remove();
  layout();
  return time;
}

// --- Chart.js: the same figures as a bar chart ---------------------------------

let Chart;

/** Chart.js drawing p10, median and p90 of each career, timed to the end of its first draw. */
async function timeChartJs({ rows, width, height }) {
  const data = {
    labels: rows.map((row) => row.title),
    datasets: [
      ['10th percentile', 'p10', '#9ec5e8'],
      ['Median', 'median', '#1f5f99'],
      ['90th percentile', 'p90', '#5b8fc7'],
    ].map(([label, key, color]) => ({ label, data: rows.map((row) => row[key]), backgroundColor: color })),
  };
  const start = performance.now();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  stage.append(canvas);
  let drawn;
  const done = new Promise((resolve) => (drawn = resolve));
  const chart = new Chart(canvas, {
    type: 'bar',
    data,
    options: { indexAxis: 'y', animation: false, responsive: false },
    plugins: [{ id: 'bench', afterDraw: () => drawn() }],
  });
  await done;
  layout();
  const time = performance.now() - start;
  chart.destroy();
  canvas.remove();
  layout();
  return time;
}

const kinds = { element: timeElement, floor: timeFloor, chartjs: timeChartJs };
const cases = new Map();

window.bench = {
  ready: (async () => {
    if (mode === 'elements') await import('../dist/index.js');
    if (mode === 'chartjs') ({ Chart } = await import('./chartjs-bar.js'));
  })(),
  errors,
  capture,
  /** Keeps a case's input in the page, so a run sends nothing but its name. */
  setup(name, kind, options) {
    cases.set(name, () => kinds[kind](options));
  },
  /** The height of `html` stamped as the floor does: the element's own, if the floor is faithful. */
  stampedHeight(html) {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).setHTMLUnsafe(html);
    stage.append(host);
    const { height } = host.getBoundingClientRect();
    host.remove();
    return height;
  },
  /** Before a run: a garbage collection (when the browser exposes gc()) and a frame, so neither falls in it. */
  async prepare() {
    globalThis.gc?.();
    await frame();
  },
  /** One run of a case; resolves with its wall-clock time in ms (scripts/bench.mjs also reads the main thread's busy time). */
  async run(name) {
    return cases.get(name)();
  },
};
