// Publisher datasets by `src`, as built in dist/: one request per URL for every
// element on the page however the URL is written, and every way a `src` can
// fail (404, 500, a server that never answers, not JSON, an HTML page, an
// invalid dataset), each reported once by <career-compare> while its nested
// views show the built-in careers. Run `npm run build` first: this imports dist/.
import { expect } from '@open-wc/testing';
import '../../dist/compare/define.js';
import '../../dist/table/define.js';
import '../../dist/salary-chart/define.js';
import { getCareer } from '../../dist/data/index.js';
// The very module the elements load on first use (same URL, same instance).
import { clearDatasetCache, loadLimits } from '../../dist/shared/load-dataset.js';
import {
  $,
  $$,
  VIEW_TAGS,
  columnHeaders,
  create,
  deepText,
  isWebKit,
  openFrame,
  recordCareerEvents,
  settle,
  text,
} from './helpers.js';

const fixtureUrl = (name) => new URL(`../fixtures/compare/${name}`, import.meta.url);
const [assistant, coder] = ['medical-assistant', 'medical-coder'].map((id) => getCareer(id));

let run = 0;
/** A URL for `name` no earlier test has loaded, so the page's cache cannot answer it. */
const freshUrl = (name) => {
  const url = fixtureUrl(name);
  url.searchParams.set('t', `${Date.now()}-${++run}`);
  return url;
};

/** The URL `input` asks for, whatever form fetch was given it in. */
const requested = (input) => new URL(input instanceof Request ? input.url : String(input), document.baseURI);

/** Replaces window.fetch for requests to `url` (any other request goes through); `restore()` puts it back. */
function interceptFetch(url, answer) {
  const real = window.fetch;
  const calls = [];
  window.fetch = function (input, init) {
    if (requested(input).href === url.href) {
      calls.push({ input, init });
      return answer(input, init, real);
    }
    return real.call(this, input, init);
  };
  return {
    calls,
    restore() {
      window.fetch = real;
    },
  };
}

afterEach(() => {
  for (const el of document.querySelectorAll(
    'body > career-compare, body > career-table, body > career-salary-chart',
  )) {
    el.remove();
  }
});

describe('src: one load per URL for the whole page', () => {
  beforeEach(() => clearDatasetCache());

  it('fetches a dataset once for a compare, a table and a chart, however the URL is written', async () => {
    const url = freshUrl('publisher.json');
    const expected = await (await fetch(url)).json();
    const ids = expected.careers.map((career) => career.id);
    expect(ids).to.deep.equal(['medical-interpreter']);

    // The same dataset, written three ways: absolute, root-relative, and with a dot segment.
    const forms = [
      url.href,
      `${url.pathname}${url.search}`,
      `${url.origin}/test/fixtures/../fixtures/compare/publisher.json${url.search}`,
    ];
    expect(new Set(forms).size).to.equal(3);
    for (const form of forms) expect(new URL(form, document.baseURI).href).to.equal(url.href);

    const fetches = interceptFetch(url, (input, init, real) => real.call(window, input, init));
    const events = recordCareerEvents();
    const careers = 'medical-assistant medical-interpreter';
    const compare = create('career-compare', { src: forms[0], careers });
    const table = create('career-table', { src: forms[1], careers });
    const chart = create('career-salary-chart', { src: forms[2], careers });
    try {
      document.body.append(compare, table, chart);
      await Promise.all([settle(compare), settle(table), settle(chart)]);
    } finally {
      fetches.restore();
      events.stop();
    }

    expect(fetches.calls, 'requests for the dataset').to.have.length(1);
    expect(events.errorEvents).to.deep.equal([]);
    // One career-data-loaded per element with a src, none from the views nested in the compare.
    expect(events.loaded.map((event) => event.target)).to.have.members([compare, table, chart]);
    for (const event of events.loaded) expect(event.careers).to.deep.equal(ids);

    const title = expected.careers[0].title;
    for (const el of [compare, table, chart]) expect(deepText(el), el.localName).to.include(title);
    expect(columnHeaders(table)).to.deep.equal([assistant.title, title]);
    const [nestedTable, nestedChart] = [$(compare, 'career-table'), $(compare, 'career-salary-chart')];
    expect(columnHeaders(nestedTable)).to.deep.equal([assistant.title, title]);
    expect(deepText(nestedChart)).to.include(title);
    expect($(chart, 'svg[part="chart"]').getAttribute('aria-label')).to.include(title);
    expect(text($(compare, '[part="heading"]'))).to.equal(`${assistant.title} vs. ${title}`);
  });

  it('loads again after clearDatasetCache(), once more for all', async () => {
    const url = freshUrl('publisher.json');
    const fetches = interceptFetch(url, (input, init, real) => real.call(window, input, init));
    try {
      const first = create('career-table', { src: url.href });
      document.body.append(first);
      await first.updateComplete;
      clearDatasetCache();
      const second = create('career-compare', { src: url.href });
      const third = create('career-table', { src: url.href });
      document.body.append(second, third);
      await Promise.all([settle(second), settle(third)]);
    } finally {
      fetches.restore();
    }
    expect(fetches.calls).to.have.length(2);
  });
});

/**
 * Where test/fixtures/compare/not-json.json breaks, as the message gives it: Chromium and
 * Firefox say where JSON.parse stopped, WebKit does not (and then neither does the message).
 */
const brokenAt = (line, column) => (isWebKit ? '' : ` (${line} 1, ${column} 93)`);

describe('src failures on <career-compare>', () => {
  const cases = [
    {
      name: 'a missing file (404)',
      url: () => freshUrl('missing.json'),
      problem: (url) => `The dataset at ${url} could not be loaded (HTTP 404).`,
    },
    {
      name: 'a server error (500)',
      url: () => freshUrl('publisher.json'),
      answer: () => Promise.resolve(new Response('boom', { status: 500 })),
      problem: (url) => `The dataset at ${url} could not be loaded (HTTP 500).`,
    },
    {
      name: 'a server that never answers',
      url: () => freshUrl('publisher.json'),
      // Never resolves, but gives up when the loader aborts, as a real fetch does.
      answer: (input, init) =>
        new Promise((resolve, reject) => {
          init?.signal?.addEventListener('abort', () =>
            reject(init.signal.reason ?? new DOMException('Aborted', 'AbortError')),
          );
        }),
      timeoutMs: 300,
      problem: (url) => `The dataset at ${url} did not arrive within 0.3 s.`,
    },
    {
      name: 'a file that is not valid JSON',
      url: () => freshUrl('not-json.json'),
      problem: (url) => `The dataset at ${url} is not valid JSON${brokenAt('line', 'column')}.`,
    },
    {
      name: 'an HTML page instead of JSON',
      url: () => freshUrl('page.html'),
      problem: (url) => `The dataset at ${url} is an HTML page, not JSON.`,
    },
    {
      name: 'a dataset that fails validation',
      url: () => freshUrl('invalid.json'),
      problem: (url) =>
        new RegExp(`^The dataset at ${url.href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not valid: .*careers\\[0\\]`),
    },
  ];

  for (const { name, url: makeUrl, answer, timeoutMs, problem } of cases) {
    it(`reports ${name} once, in place, and shows the built-in careers`, async () => {
      const url = makeUrl();
      const fetches = answer ? interceptFetch(url, answer) : undefined;
      const savedTimeout = loadLimits.timeoutMs;
      if (timeoutMs) loadLimits.timeoutMs = timeoutMs;
      const events = recordCareerEvents();
      const el = create('career-compare', { src: url.href });
      try {
        document.body.append(el);
        await settle(el);
      } finally {
        loadLimits.timeoutMs = savedTimeout;
        fetches?.restore();
        events.stop();
      }
      if (fetches) expect(fetches.calls, 'the stub answered the request').to.have.length(1);

      // One career-error, from the compare itself, naming the URL and the problem.
      expect(events.errorEvents.map((event) => event.target)).to.deep.equal([el]);
      const [{ message }] = events.errorEvents;
      const expected = problem(url);
      if (expected instanceof RegExp) expect(message).to.match(expected);
      else expect(message).to.equal(expected);
      expect(events.loaded).to.deep.equal([]);

      // The message shows once, in the compare; the nested views show none of their own.
      expect($$(el, '[part="message"]').map(text)).to.deep.equal([`${message} Showing the built-in careers instead.`]);
      const nested = $$(el, VIEW_TAGS);
      expect(nested.map((view) => view.localName)).to.deep.equal([
        'career-table',
        'career-salary-chart',
        'career-quiz',
      ]);
      for (const view of nested) expect($(view, '[part="message"]'), view.localName).to.equal(null);

      // The built-in careers still render in every view.
      expect(text($(el, '[part="heading"]'))).to.equal(`${assistant.title} vs. ${coder.title}`);
      expect(columnHeaders($(el, 'career-table'))).to.deep.equal([assistant.title, coder.title]);
      expect(deepText($(el, 'career-salary-chart')))
        .to.include(assistant.title)
        .and.include(coder.title);
      expect($($(el, 'career-quiz'), 'fieldset legend')).to.exist;

      // Changing what is shown neither reports the failure again nor hides it.
      const again = recordCareerEvents();
      el.careers = 'healthcare-administrator medical-coder';
      await settle(el);
      again.stop();
      expect(again.errorEvents).to.deep.equal([]);
      expect($$(el, '[part="message"]')).to.have.length(1);
      expect(columnHeaders($(el, 'career-table'))[0]).to.equal(getCareer('healthcare-administrator').title);
    });
  }

  it('says once that careers it cannot find may have been in the dataset that failed, with no "Unknown career" each', async () => {
    const events = recordCareerEvents();
    const el = create('career-compare', {
      src: freshUrl('invalid.json').href,
      careers: 'clinic-greeter medical-assistant front-desk-lead',
    });
    try {
      document.body.append(el);
      await settle(el);
    } finally {
      events.stop();
    }
    const notShown = "Not shown, as the dataset that failed may have had them: 'clinic-greeter', 'front-desk-lead'.";
    expect(events.errors).to.have.length(2);
    expect(events.errors[1]).to.equal(notShown);
    const messages = $$(el, '[part="message"]').map(text);
    expect(messages).to.have.length(2);
    expect(messages[0]).to.match(/is not valid: .* Showing the built-in careers instead\.$/);
    expect(messages[1]).to.equal(notShown);
    expect(deepText(el)).not.to.include('Unknown career');
    expect(columnHeaders($(el, 'career-table'))).to.deep.equal([assistant.title]);
  });

  it("says a failure in the reader's language, in place and in career-error", async () => {
    const url = freshUrl('not-json.json');
    const events = recordCareerEvents();
    const el = create('career-table', { src: url.href, locale: 'es' });
    try {
      document.body.append(el);
      await settle(el);
    } finally {
      events.stop();
    }
    const said = `En el conjunto de datos de ${url.href} no hay JSON válido${brokenAt('línea', 'columna')}.`;
    expect(events.errorEvents.map((event) => event.message)).to.deep.equal([said]);
    expect($$(el, '[part="message"]').map(text)).to.deep.equal([`${said} Se muestran las profesiones incluidas.`]);

    // Shown in the language the element speaks now, not the one it spoke when the load failed.
    el.locale = 'en';
    await settle(el);
    expect($$(el, '[part="message"]').map(text)).to.deep.equal([
      `The dataset at ${url.href} is not valid JSON${brokenAt('line', 'column')}. Showing the built-in careers instead.`,
    ]);
  });

  it('clears the message when `src` is changed to a dataset that loads', async () => {
    const events = recordCareerEvents();
    const el = create('career-compare', {
      src: freshUrl('missing.json').href,
      careers: 'medical-interpreter medical-coder',
    });
    try {
      document.body.append(el);
      await settle(el);
      // Before the good dataset arrives the id is unknown too.
      expect($$(el, '[part="message"]').length).to.be.at.least(1);
      el.src = freshUrl('publisher.json').href;
      await settle(el);
    } finally {
      events.stop();
    }
    expect($$(el, '[part="message"]')).to.deep.equal([]);
    expect(columnHeaders($(el, 'career-table'))).to.deep.equal(['Medical Interpreter', coder.title]);
    expect(events.loaded.map((event) => event.careers)).to.deep.equal([['medical-interpreter']]);
  });
  it('goes back to the built-in careers, without the message, when `src` is removed', async () => {
    const events = recordCareerEvents();
    const el = create('career-compare', { src: freshUrl('not-json.json').href });
    try {
      document.body.append(el);
      await settle(el);
      expect($$(el, '[part="message"]')).to.have.length(1);
      el.removeAttribute('src');
      await settle(el);
    } finally {
      events.stop();
    }
    expect(events.errorEvents).to.have.length(1);
    expect($$(el, '[part="message"]')).to.deep.equal([]);
    expect(columnHeaders($(el, 'career-table'))).to.deep.equal([assistant.title, coder.title]);
  });
});

describe('inline data on a page still being parsed', () => {
  // The CDN file without `defer`, in <head>: each element is defined before the
  // parser reaches it, so it is connected before its <script> child exists.
  it('reads the child <script type="application/json"> of a compare defined before the page was parsed', async () => {
    const dataset = {
      version: 1,
      careers: [{ id: 'medical-interpreter', title: 'Medical Interpreter', skills: ['Two languages'] }],
    };
    const iframe = await openFrame((frame) => {
      frame.style.width = '800px';
      frame.srcdoc = `<!doctype html><html lang="en"><head><title>Parsing</title>
<script src="${new URL('/dist/career-compare.iife.js', location.href).href}"></script></head><body>
<career-compare careers="medical-assistant medical-interpreter"><script type="application/json">${JSON.stringify(dataset)}</script></career-compare>
<p>After the element.</p></body></html>`;
    });
    try {
      const frame = iframe.contentWindow;
      const el = iframe.contentDocument.querySelector('career-compare');
      await frame.customElements.whenDefined('career-compare');
      expect(el).to.be.instanceOf(frame.customElements.get('career-compare'));
      await settle(el);
      expect($$(el, '[part="message"]').map(text)).to.deep.equal([]);
      expect(text($(el, '[part="heading"]'))).to.equal(`${assistant.title} vs. Medical Interpreter`);
      expect(columnHeaders($(el, 'career-table'))).to.deep.equal([assistant.title, 'Medical Interpreter']);
    } finally {
      iframe.remove();
    }
  });
});
