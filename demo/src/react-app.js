// career-compare in a React 19 app, written with React.createElement so it
// runs without a JSX transform. Built by rollup.demo.config.js into
// demo/build/react-app.js; demo/react.html loads that file.
//
// React 19 passes a prop to a custom element as a property when the element
// has that property (`'data' in element`), else as an attribute; a prop named
// `on` + event name, whose value is a function, becomes an event listener for
// that exact name, so `oncareer-quiz-complete` listens to `career-quiz-complete`.
import { StrictMode, createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
// Defines <career-table>, <career-quiz> and the rest. Imported before anything
// renders, so the elements exist (and have their `data` property) when React
// creates them.
import 'career-compare';
import { compared, dataset, rows } from './dataset.js';

export { dataset };

function App() {
  const [top, setTop] = useState(null);

  const onComplete = (event) => {
    const [best] = event.detail.ranking;
    setTop(best ? { title: best.title, score: best.score } : null);
  };

  return h(
    'div',
    { className: 'framework-app' },
    h('h2', null, 'Practice manager or administrator?'),
    h('career-table', { careers: compared, rows, data: dataset }),
    h('career-quiz', { data: dataset, 'oncareer-quiz-complete': onComplete }),
    h(
      'p',
      { className: 'top-match' },
      top
        ? `Your top match: ${top.title} (${top.score}%)`
        : 'Finish the quiz and your top match shows here, kept in React state.',
    ),
  );
}

/** Renders the app into `container`; `unmount()` takes it out again. */
export function mount(container) {
  const root = createRoot(container);
  root.render(h(StrictMode, null, h(App)));
  return { unmount: () => root.unmount() };
}

const target = typeof document === 'undefined' ? null : document.getElementById('app');
if (target) mount(target);
