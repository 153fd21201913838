// The elements inside a React 19 app and a Vue 3 app: demo/build/react-app.js
// and demo/build/vue-app.js, each an app bundled with its framework and the
// package, as an app's own build would make it. Run first:
//   npm run build && npx rollup -c rollup.demo.config.js
//
// Both bundles carry a copy of the elements; the first one imported defines the
// tags and the second copy leaves them alone (same version), as the package
// promises for two copies on one page.
import { expect } from '@open-wc/testing';
import { careers } from '../../dist/data/index.js';
import * as reactApp from '../../demo/build/react-app.js';
import * as vueApp from '../../demo/build/vue-app.js';
import { $, deepText, finishQuiz, until } from './helpers.js';

const APPS = [
  { name: 'React 19', app: reactApp },
  { name: 'Vue 3', app: vueApp },
];

/** The app's paragraph that shows the framework's state. */
const topMatch = (container) => container.querySelector('.top-match')?.textContent.trim() ?? '';

/**
 * Answers every question as a reader would: picks an option (the first on the
 * first question, the third elsewhere, so the answers point somewhere),
 * presses Next, waits for the quiz to render the next step.
 */
const answerQuiz = (quiz) =>
  finishQuiz(quiz, (radios, step) => radios[step === 0 ? 0 : Math.min(2, radios.length - 1)]);

for (const { name, app } of APPS) {
  describe(`career-compare in ${name}`, () => {
    let container;
    let mounted;

    /** Mounts the app into a fresh container and waits for the elements to render their data. */
    async function mountApp() {
      container = document.createElement('div');
      document.body.append(container);
      mounted = app.mount(container);
      // React 19 renders on its own schedule after root.render(); Vue at once.
      await until(
        () => container.querySelector('career-table') && container.querySelector('career-quiz'),
        'the app rendered',
      );
      const table = container.querySelector('career-table');
      const quiz = container.querySelector('career-quiz');
      await Promise.all([table.updateComplete, quiz.updateComplete]);
      return { table, quiz };
    }

    afterEach(() => {
      mounted?.unmount();
      mounted = undefined;
      container?.remove();
    });

    it('exports mount() and the dataset it passes', () => {
      expect(app.mount).to.be.a('function');
      expect(app.dataset.careers.map((career) => career.id)).to.include('practice-manager');
    });

    it('renders the elements, upgraded, with the dataset passed as the data property', async () => {
      const { table, quiz } = await mountApp();
      for (const el of [table, quiz]) {
        expect(el).to.be.an.instanceOf(customElements.get(el.localName));
        expect(el.data, `${el.localName}.data`).to.equal(app.dataset);
        // A property, not an attribute: no "[object Object]" in the markup.
        expect(el.hasAttribute('data'), `${el.localName} has no data attribute`).to.equal(false);
      }
      const text = deepText(table);
      // Only the data property knows this career: the built-in dataset has no practice manager.
      expect(careers.some((career) => career.id === 'practice-manager')).to.equal(false);
      expect(text).to.include('Practice Manager');
      expect(text).to.include('Healthcare Administrator');
      expect(text).to.not.include('Unknown career');
      expect($(quiz, 'fieldset'), 'the quiz shows its first question').to.exist;
      expect(topMatch(container)).to.match(/^Finish the quiz/);
    });

    it('puts the quiz result into the framework state shown on the page', async () => {
      const { quiz } = await mountApp();
      let detail;
      container.addEventListener('career-quiz-complete', (event) => (detail = event.detail));
      await answerQuiz(quiz);
      expect(detail, 'career-quiz-complete fired').to.exist;
      const ids = detail.ranking.map((match) => match.id);
      // The quiz ranks the career that came through `data` too.
      expect(ids).to.include('practice-manager');
      expect(deepText(quiz)).to.include('Practice Manager');
      const [best] = detail.ranking;
      const expected = `Your top match: ${best.title} (${best.score}%)`;
      await until(() => topMatch(container) === expected, `the page shows "${expected}"`);
    });

    it('keeps listening after a restart, and shows the newer result', async () => {
      const { quiz } = await mountApp();
      await answerQuiz(quiz);
      await until(() => topMatch(container).startsWith('Your top match: '), 'the first result shows');
      const first = topMatch(container);
      $(quiz, '[part~="restart"]').click();
      await quiz.updateComplete;
      // This time the opposite of the first question's answer, and the first option everywhere else.
      const detail = await finishQuiz(quiz, (radios, step) => radios[step === 0 ? radios.length - 1 : 0]);
      const [best] = detail.ranking;
      const expected = `Your top match: ${best.title} (${best.score}%)`;
      expect(expected, 'the two runs lead to different careers').to.not.equal(first);
      await until(() => topMatch(container) === expected, `the page shows "${expected}"`);
    });

    it('takes the elements out of the page on unmount', async () => {
      const { table, quiz } = await mountApp();
      mounted.unmount();
      mounted = undefined;
      expect(container.querySelector('career-table, career-quiz, .top-match')).to.equal(null);
      expect(table.isConnected).to.equal(false);
      expect(quiz.isConnected).to.equal(false);
    });

    it('passes axe', async () => {
      await mountApp();
      await expect(container).to.be.accessible();
    });
  });
}
