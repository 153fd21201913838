// career-compare in a Vue 3 app, written with render functions (h) so it needs
// only Vue's runtime build, no template compiler. Built by rollup.demo.config.js
// into demo/build/vue-app.js; demo/vue.html loads that file.
//
// Vue sets a prop on an element as a DOM property when the element has it
// (`'data' in element`); a leading `.` (`'.data'`, the `:data.prop` of
// templates) sets it as a property whatever happens. An `on` + PascalCase key is
// a listener for the kebab-case event: `onCareerQuizComplete` listens to
// `career-quiz-complete`, just as `@career-quiz-complete` does in a template.
import { createApp, h, ref } from 'vue';
// Defines <career-table>, <career-quiz> and the rest.
import 'career-compare';
import { compared, dataset, rows } from './dataset.js';

export { dataset };

const App = {
  name: 'CareerApp',
  setup() {
    const top = ref(null);

    const onComplete = (event) => {
      const [best] = event.detail.ranking;
      top.value = best ? { title: best.title, score: best.score } : null;
    };

    return () =>
      h('div', { class: 'framework-app' }, [
        h('h2', 'Practice manager or administrator?'),
        h('career-table', { careers: compared, rows, '.data': dataset }),
        h('career-quiz', { '.data': dataset, onCareerQuizComplete: onComplete }),
        h(
          'p',
          { class: 'top-match' },
          top.value
            ? `Your top match: ${top.value.title} (${top.value.score}%)`
            : 'Finish the quiz and your top match shows here, kept in Vue state.',
        ),
      ]);
  },
};

/** Renders the app into `container`; `unmount()` takes it out again. */
export function mount(container) {
  // h() with a tag name makes a plain element, so no `isCustomElement` is needed:
  // that compiler option matters only to templates.
  const app = createApp(App);
  app.mount(container);
  return { unmount: () => app.unmount() };
}

const target = typeof document === 'undefined' ? null : document.getElementById('app');
if (target) mount(target);
