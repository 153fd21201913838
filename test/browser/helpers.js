// Shared by the browser tests (not a test file itself: only *.test.js runs).

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
