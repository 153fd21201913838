// Hostile pages, as built in dist/: each a page of its own (test/hostile/*.html)
// in an iframe.
//
// - A strict Content-Security-Policy (script-src 'self'; style-src 'self';
//   require-trusted-types-for 'script'), with the CDN bundle and with the npm
//   build: every element renders (built-in data, a `src`, inline JSON, the
//   `data` property, another locale, an unknown id), the quiz can be answered,
//   the chart's tooltip and toggle work, and there is no violation, no error.
// - The same with `default-src 'none'` and a Trusted Types allow-list naming
//   only "lit-html", the one policy the widgets create.
// - The bundle loaded twice and two copies of the package on one page (the ES
//   bundle, the classic script and the npm build, in either order, and under a
//   Trusted Types allow-list that allows duplicate policies, as two copies of
//   Lit need): nothing throws or warns, the first copy's definitions stay,
//   every element works.
//
// The policy is set by a <meta> element (the test server cannot send a header
// per page); a meta policy supports every directive used here. Each page
// first proves the policy is in force: an inline style attribute is refused,
// and, where the browser has Trusted Types (Chromium, Firefox, WebKit as
// tested here; a browser without them ignores that directive), so is a plain
// string assigned to innerHTML. Run `npm run build` first.
import { expect } from '@open-wc/testing';
import { $, ELEMENTS, deepText, finishQuiz, openFrame, until } from './helpers.js';

const TAGS = ELEMENTS.map(({ tag }) => tag);

/** Opens test/hostile/<path> in an iframe and waits until every element on it has rendered. */
async function openPage(path) {
  const frame = await openFrame((iframe) => {
    iframe.title = path;
    iframe.style.cssText = 'width: 900px; height: 1200px; border: 0';
    iframe.src = new URL(`../hostile/${path}`, import.meta.url).href;
  });
  const win = frame.contentWindow;
  expect(win.hostileLog, 'guard.js ran').to.be.an('object');
  expect(win.hostileReady, 'page.js ran').to.be.a('promise');
  await win.hostileReady;
  return { frame, win, doc: frame.contentDocument, log: win.hostileLog };
}

/** Waits until `check()` is true (a few seconds at most). */
const untilSoon = (check, what) => until(check, what, 2000);

/** Expects nothing to have gone wrong on the page: no error, no violation, no console error, no warning of ours. */
function expectClean(log) {
  expect(log.errors, 'uncaught errors').to.deep.equal([]);
  expect(log.violations, 'CSP violations').to.deep.equal([]);
  expect(log.consoleErrors, 'console errors').to.deep.equal([]);
  expect(
    log.warnings.filter((warning) => /career/i.test(warning)),
    'warnings from career-compare',
  ).to.deep.equal([]);
}

/**
 * Answers the first question of `quiz` with its first option and the others with their
 * last (so the answers point somewhere); resolves to the career-quiz-complete detail.
 */
async function answerQuiz(quiz) {
  const detail = await finishQuiz(quiz, (radios, step) => radios[step === 0 ? 0 : radios.length - 1]);
  expect($(quiz, '[part~=ranking]'), 'the results show').to.exist;
  expect(detail?.ranking?.length, 'career-quiz-complete gave a ranking').to.be.greaterThan(0);
  return detail;
}

/** Each element on a page is its package's, has rendered, and has styles (adopted style sheets are allowed). */
function expectRendered(doc) {
  for (const tag of TAGS) {
    for (const el of doc.querySelectorAll(tag)) {
      expect(el.shadowRoot, `<${tag}> has a shadow root`).to.exist;
      expect($(el, '[part=loading]'), `<${tag}> has finished loading`).to.equal(null);
      expect(deepText(el).length, `<${tag}> shows text`).to.be.greaterThan(20);
    }
  }
  // The theme's styles apply: a visually hidden caption is taken out of the flow.
  const hidden = $(doc.querySelector('career-table'), '.visually-hidden');
  expect(getComputedStyle(hidden).position, 'element styles apply').to.equal('absolute');
}

/** Proves the page's policy is in force and that its violations are seen: both must be refused and reported. */
async function expectPolicyEnforced({ win, doc, log }) {
  const probe = doc.createElement('div');
  doc.body.append(probe);
  probe.setAttribute('style', 'color: red');
  await untilSoon(
    () => log.violations.some((v) => /^style-src/.test(v.directive)),
    'an inline style attribute is reported',
  );
  expect(win.getComputedStyle(probe).color, 'the inline style was refused').to.not.equal('rgb(255, 0, 0)');
  if (win.trustedTypes) {
    expect(() => {
      probe.innerHTML = '<b>not trusted</b>';
    }, 'a string assigned to innerHTML is refused').to.throw();
    await untilSoon(
      () => log.violations.some((v) => v.directive === 'require-trusted-types-for'),
      'the refused string is reported',
    );
  }
  probe.remove();
}

for (const [page, builds] of [
  ['csp.html', ['cdn', 'npm']],
  ['csp-allow-list.html', ['cdn', 'npm']],
]) {
  for (const build of builds) {
    describe(`hostile page: ${page} with the ${build === 'cdn' ? 'CDN bundle' : 'npm build'}`, function () {
      this.timeout(30_000);
      let context;

      before(async () => {
        context = await openPage(`${page}?build=${build}`);
      });

      after(() => {
        context?.frame.remove();
      });

      it('renders every element from built-in data, a src, inline JSON, in Spanish, with no violation', () => {
        const { doc, log } = context;
        expectRendered(doc);
        const [compare] = doc.querySelectorAll('career-compare');
        const [fromSrc, spanish] = doc.querySelectorAll('career-table');
        const chart = doc.querySelector('career-salary-chart');
        expect(deepText(compare)).to.include('Medical Assistant');
        for (const view of ['career-table', 'career-salary-chart', 'career-quiz']) {
          expect($(compare, view)?.shadowRoot.childNodes.length, `<career-compare> shows <${view}>`).to.be.greaterThan(
            0,
          );
        }
        expect(deepText(fromSrc), 'the src dataset loaded').to.include('Lighthouse Keeper');
        expect(deepText(chart), 'the inline dataset was read').to.include('Inline Career');
        expect(deepText(spanish), 'the unknown id is shown').to.include('no-such-career');
        expect(log.careerErrors.join(' '), 'and reported').to.include('no-such-career');
        expectClean(log);
      });

      it('takes a dataset by the data property', async () => {
        const { doc, log } = context;
        const [, table] = doc.querySelectorAll('career-table');
        table.data = { careers: [{ id: 'from-data', title: 'From the data property', summary: 'Set by script.' }] };
        table.setAttribute('careers', 'from-data medical-coder');
        await table.updateComplete;
        expect(deepText(table)).to.include('From the data property');
        expectClean(log);
      });

      it('can be used: the quiz answered, the chart toggled and explored, the hand-off followed', async () => {
        const { doc, log } = context;
        const { ranking } = await answerQuiz(doc.querySelector('career-quiz'));
        expect(ranking[0].score).to.be.within(0, 100);

        const chart = doc.querySelector('career-salary-chart');
        $(chart, 'input[type=checkbox]').click();
        await chart.updateComplete;
        expect(chart.pay, 'the chart switched to hourly pay').to.equal('hourly');
        const svg = $(chart, 'svg[part=chart]');
        svg.focus();
        svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
        await chart.updateComplete;
        expect($(chart, '[part=tooltip]'), 'the tooltip shows').to.exist;
        // Positioned through the CSSOM (allowed), not a style attribute (refused).
        expect($(chart, '.tip').style.getPropertyValue('top')).to.match(/px$/);

        const compare = doc.querySelector('career-compare');
        await answerQuiz($(compare, 'career-quiz'));
        await compare.updateComplete;
        const handoff = $(compare, '[part=handoff]');
        expect(handoff, 'the hand-off button shows').to.exist;
        handoff.click();
        await compare.updateComplete;
        expect($(compare, 'career-table').getAttribute('careers')).to.equal(compare.careers);
        expectClean(log);
      });

      it('is under the policy: an inline style and (with Trusted Types) an HTML string are refused', async () => {
        expectClean(context.log);
        await expectPolicyEnforced(context);
      });
    });
  }
}

describe('hostile page: the bundle loaded twice and two copies of the package', function () {
  this.timeout(30_000);
  const CLASSES = ELEMENTS.map(({ tag, className }) => [tag, className]);

  for (const [page, order, first] of [
    ['twice.html', 'ES bundle, classic script, npm build, then a second ES bundle and classic script', 'bundle'],
    ['twice-reversed.html', 'classic script (not deferred), npm build, then ES bundle', 'classic script'],
    ['twice-allow-list.html', "npm build, then ES bundle, under trusted-types lit-html 'allow-duplicates'", 'npm'],
  ]) {
    it(`${page} (${order}): no error or warning, the first copy's definitions stay, everything works`, async () => {
      const context = await openPage(page);
      try {
        const { win, doc, log } = context;
        const bundle = await win.hostileImport('../../dist/career-compare.js');
        const npm = await win.hostileImport('../../dist/index.js');
        const copies = { bundle, npm };
        if (page === 'twice.html')
          copies['second ES bundle'] = await win.hostileImport('../../dist/career-compare.js?copy=2');
        for (const [tag, className] of CLASSES) {
          const defined = win.customElements.get(tag);
          expect(defined?.version, `<${tag}> is defined by a copy of this release`).to.equal(bundle.VERSION);
          // The classic script exposes no global: its class is the one that is none of the others.
          if (copies[first]) expect(defined, `<${tag}> is the ${first}'s`).to.equal(copies[first][className]);
          for (const [name, copy] of Object.entries(copies)) {
            expect(copy[className], `${name} has its own ${className}`).to.be.a('function');
            if (name !== first)
              expect(copy[className], `${name}'s ${className} is another class`).to.not.equal(defined);
          }
          for (const el of doc.querySelectorAll(tag)) expect(el).to.be.an.instanceOf(defined);
        }
        expect(npm.VERSION).to.equal(bundle.VERSION);
        expectRendered(doc);
        expect(deepText(doc.querySelector('career-table')), 'the src dataset loaded').to.include('Lighthouse Keeper');
        await answerQuiz(doc.querySelector('career-quiz'));
        // Each copy can still define its elements under other tags.
        npm.CareerTable.define('npm-copy-table');
        const extra = doc.createElement('npm-copy-table');
        extra.setAttribute('careers', 'medical-coder');
        doc.body.append(extra);
        await extra.updateComplete;
        expect(deepText(extra)).to.include('Medical Coding');
        expectClean(log);
        await expectPolicyEnforced(context);
      } finally {
        context.frame.remove();
      }
    });
  }
});
