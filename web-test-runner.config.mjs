// web-test-runner: the browser tests (test/browser/**/*.test.js) against the
// built package in dist/, in Chromium, Firefox and WebKit, all three being the
// system's own browsers (scripts/browsers.mjs finds them; nothing downloads one).
//
//   npm run build && npm run test:browser
//   BROWSERS=chromium,firefox npm run test:browser
//
// Chromium runs through Playwright, Firefox through Puppeteer (WebDriver BiDi),
// WebKit (WebKitGTK's MiniBrowser) through WebKitWebDriver, which this config
// starts when the test server starts (under xvfb-run when there is no display)
// and stops when it stops.

import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultReporter } from '@web/test-runner';
import { ENGINES, ensureBrowsers, findWebKit, isCI, startWebKitDriver } from './scripts/browsers.mjs';
import { retryStartSession } from './scripts/browsers/webdriver-retry.mjs';

// Puppeteer drives the system's Firefox; it must never fetch a browser.
process.env.PUPPETEER_SKIP_DOWNLOAD = '1';

const log = (message) => console.log(message);

// Engines: BROWSERS, or all. A missing one fails under CI or when asked for by
// name; otherwise it is named and the others run.
const { available, missing, detected } = ensureBrowsers({
  install: false, // installing is `npm test`'s job (scripts/test.mjs)
  ci: isCI() || Boolean(process.env.BROWSERS),
  log: process.env.WTR_QUIET_BROWSERS ? () => {} : log,
});
if (available.length === 0) {
  throw new Error(`No browser engine available (missing: ${missing.join(', ')}); see scripts/browsers.mjs`);
}

checkBuild();

const browsers = [];
const plugins = [];

if (available.includes('chromium')) {
  const { playwrightLauncher } = await import('@web/test-runner-playwright');
  browsers.push(
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: detected.chromium.path,
        headless: true,
        args: [
          '--no-sandbox', // needed as root (CI containers)
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          // For the leak test: gc() and exact heap sizes.
          '--js-flags=--expose-gc',
          '--enable-precise-memory-info',
        ],
      },
    }),
  );
}

if (available.includes('firefox')) {
  const { puppeteerLauncher } = await import('@web/test-runner-puppeteer');
  browsers.push(
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: detected.firefox.path,
        headless: true,
      },
    }),
  );
}

if (available.includes('webkit')) {
  const { webdriverLauncher } = await import('@web/test-runner-webdriver');
  const webkit = findWebKit();
  // The port is filled in once WebKitWebDriver is up (serverStart below runs
  // before any browser is initialised); the launcher reads this same object.
  const options = {
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port: 0,
    logLevel: 'error',
    // A request WebKit has not answered in 45 s will not be answered: fail it
    // (the default waits 120 s), and retryStartSession restarts the browser.
    connectionRetryTimeout: 45_000,
    capabilities: {
      // No browserName: WebKitWebDriver would look for a browser of that name.
      'webkitgtk:browserOptions': { binary: webkit.miniBrowser, args: ['--automation'] },
    },
  };
  const launcher = webdriverLauncher(options);
  // The launcher names itself from the capabilities, which name no browser.
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (...args) => {
    await initialize(...args);
    launcher.name = 'WebKit';
  };
  browsers.push(retryStartSession(launcher, { log }));

  let driver;
  plugins.push({
    name: 'webkit-webdriver',
    async serverStart() {
      driver = await startWebKitDriver(webkit, { log: process.env.WTR_DEBUG_WEBKIT ? log : () => {} });
      options.port = driver.port;
    },
    async serverStop() {
      // Outside watch mode the browsers have been stopped by now; in watch mode they stop
      // alongside, and a session the driver no longer answers for is ignored.
      await driver?.stop();
      driver = undefined;
    },
  });
}

/** Warns when dist/ is missing or older than src/: the tests import the build. */
function checkBuild() {
  if (!existsSync('dist/index.js') || !existsSync('dist/career-compare.js')) {
    throw new Error('dist/ is missing or incomplete: run `npm run build` before the browser tests');
  }
  const newest = (dir) => {
    let time = 0;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
    }
    return time;
  };
  try {
    if (newest('src') > statSync('dist/index.js').mtimeMs) {
      console.warn('browser tests: src/ is newer than dist/; run `npm run build` to test your changes');
    }
  } catch {
    // no src/: nothing to compare
  }
}

/**
 * Writes per-engine test counts to WTR_SUMMARY_FILE (JSON) for scripts/test.mjs,
 * with each failure named (engine, file, test, first line of the error), so the
 * summary at the end of `npm test` says what failed even when only its tail is
 * kept, and the ten slowest tests (a failure near the time limit may be one of
 * them). A test file that fails without a failing test (it did not load, timed
 * out) counts as one failure.
 */
function summaryReporter(file) {
  const firstLine = (error) =>
    String(error?.message ?? error ?? '')
      .split('\n')[0]
      .slice(0, 300);
  return {
    onTestRunFinished({ sessions }) {
      const engines = {};
      const failures = [];
      const durations = [];
      for (const session of sessions) {
        const name = session.browser.name;
        const testFile = session.testFile.replace(/^.*?(?=test\/)/, '');
        const counts = (engines[name] ??= { passed: 0, failed: 0, skipped: 0 });
        let failedHere = 0;
        const walk = (suite, path) => {
          if (!suite) return;
          for (const test of suite.tests ?? []) {
            if (test.duration !== undefined) {
              durations.push({
                engine: name,
                file: testFile,
                test: [...path, test.name].join(' › '),
                ms: test.duration,
              });
            }
            if (test.skipped) counts.skipped++;
            else if (test.passed) counts.passed++;
            else {
              counts.failed++;
              failedHere++;
              failures.push({
                engine: name,
                file: testFile,
                test: [...path, test.name].join(' › '),
                error: firstLine(test.error),
              });
            }
          }
          for (const child of suite.suites ?? []) walk(child, [...path, child.name]);
        };
        walk(session.testResults, []);
        if (!session.passed && failedHere === 0) {
          counts.failed++;
          const error = session.errors?.[0] ?? 'the file did not finish';
          failures.push({ engine: name, file: testFile, test: '(the file)', error: firstLine(error) });
        }
      }
      const slowest = durations.sort((a, b) => b.ms - a.ms).slice(0, 10);
      writeFileSync(file, JSON.stringify({ engines, failures, slowest }, null, 2));
    },
  };
}

// /prerender?html=…[&script=/dist/career-compare.hydrate.js][&width=…]: a page with the elements in
// `html` rendered on the server (career-compare/ssr, from dist/), for the server-rendering tests.
// A classic script at the top records console errors and layout shifts; one after the elements
// keeps their server-made nodes and boxes, before any module script runs.
plugins.push({
  name: 'prerender',
  async serve(context) {
    if (context.path !== '/prerender') return undefined;
    const { prerender, scriptTag } = await import('./dist/ssr/index.js');
    const query = new URLSearchParams(context.querystring);
    const script = query.get('script');
    const body = await prerender(query.get('html') ?? '', { script: script ? scriptTag(script) : false });
    const width = Number(query.get('width')) || 640;
    return {
      type: 'html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Prerendered</title>
<script src="/test/browser/ssr-recorder.js"></script>
<style>body { margin: 0; font: 16px/1.5 system-ui, sans-serif; } main { width: ${width}px; padding: 8px; }</style>
</head><body><main>${body.replace(/(<script type="module")/, '<script>keepServerNodes()</script>$1')}</main>
${script ? '' : '<script>keepServerNodes()</script>'}</body></html>`,
    };
  },
});

const reporters = [defaultReporter()];
if (process.env.WTR_SUMMARY_FILE) reporters.push(summaryReporter(process.env.WTR_SUMMARY_FILE));

export default {
  rootDir: '.',
  files: 'test/browser/**/*.test.js',
  nodeResolve: true,
  browsers,
  plugins,
  reporters,
  // Per browser. A 2-core machine runs three browsers at once: one page each.
  concurrency: Number(process.env.WTR_CONCURRENCY) || 1,
  concurrentBrowsers: ENGINES.length,
  // WebKit under Xvfb, and Firefox, start slowly on a small machine.
  // 180 s: room for WebKit's retry (45 s timeout, restart, 45 s again).
  browserStartTimeout: 180_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 300_000,
  testFramework: {
    config: {
      ui: 'bdd',
      // A limit, not a timing assertion: three browsers share two cores in CI.
      timeout: 30_000,
    },
  },
};
