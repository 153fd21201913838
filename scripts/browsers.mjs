// Finds (and on Debian/Ubuntu, installs) the three browser engines the tests
// run in, and starts WebKitWebDriver for WebKit. Used by scripts/test.mjs and
// by web-test-runner.config.mjs; run it directly to see what was found:
//
//   node scripts/browsers.mjs            # report
//   node scripts/browsers.mjs --install  # install what is missing (root or sudo)
//
// Environment:
//   CHROME_PATH, FIREFOX_PATH               a browser binary to use
//   WEBKIT_WEBDRIVER_PATH, WEBKIT_MINIBROWSER_PATH
//   BROWSERS=chromium,firefox,webkit        the engines to run (default: all)
//   CI=true|1                               a missing engine is an error
//   BROWSERS_NO_INSTALL=1                   never run apt-get
//
// A Firefox older than Puppeteer's WebDriver BiDi driver can drive is an error,
// named with how to update it (browsers/firefox-version.mjs).
//
// No test tool may download a browser of its own: the system's are used.

import { pathToFileURL } from 'node:url';
import { detectBrowsers } from './browsers/detect.mjs';
import { installMissing } from './browsers/install.mjs';

export { detectBrowsers, findChromium, findFirefox, findWebKit, hasDisplay, which } from './browsers/detect.mjs';
export { installMissing } from './browsers/install.mjs';
export { freePort, startWebKitDriver } from './browsers/webkit.mjs';

/** The engines, in the order they are reported and run. */
export const ENGINES = ['chromium', 'firefox', 'webkit'];

const ALIASES = { chrome: 'chromium', chromium: 'chromium', firefox: 'firefox', webkit: 'webkit', safari: 'webkit' };

/** True when CI is "true" or "1". */
export function isCI(env = process.env) {
  return env.CI === 'true' || env.CI === '1';
}

/**
 * The engines asked for by BROWSERS ("chromium,firefox", spaces or commas),
 * or all of them. Throws on a name it does not know.
 */
export function requestedEngines(env = process.env) {
  const value = (env.BROWSERS ?? '').trim();
  if (!value || value === 'all') return [...ENGINES];
  const engines = [];
  for (const name of value
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean)) {
    const engine = ALIASES[name];
    if (!engine) throw new Error(`BROWSERS: unknown engine '${name}' (use ${ENGINES.join(', ')})`);
    if (!engines.includes(engine)) engines.push(engine);
  }
  return engines;
}

/**
 * Finds the engines; on Debian/Ubuntu installs the missing ones (when allowed);
 * under CI a missing requested engine is an error. Returns
 * `{ available, missing, detected, engines }`. Throws under CI, and whenever a
 * requested engine is there but too old to drive (its note says how to update
 * it): every test file would fail in it with a protocol error.
 */
export function ensureBrowsers({ install = true, ci = isCI(), log = console.log, env = process.env } = {}) {
  const engines = requestedEngines(env);
  let detected = detectBrowsers(env);
  let missing = engines.filter((engine) => !detected[engine].path);
  if (missing.length > 0 && install) {
    log(`browsers: missing ${missing.join(', ')}`);
    // apt-get install also upgrades a package that is there but too old.
    if (installMissing(missing, detected, log)) {
      detected = detectBrowsers(env);
      missing = engines.filter((engine) => !detected[engine].path);
    }
  }
  const available = engines.filter((engine) => detected[engine].path);
  const outdated = missing.filter((engine) => detected[engine].tooOld);
  for (const engine of engines) {
    const found = detected[engine];
    if (found.path) log(`browsers: ${engine.padEnd(8)} ${describe(engine, found)}`);
    else if (found.tooOld)
      log(`browsers: ${engine.padEnd(8)} TOO OLD (${found.tooOld.path}, ${found.tooOld.version.text})`);
    else log(`browsers: ${engine.padEnd(8)} MISSING (${found.note})`);
  }
  if (outdated.length > 0) throw new Error(outdated.map((engine) => detected[engine].note).join('; '));
  if (missing.length > 0) {
    const names = missing.join(', ');
    if (ci) throw new Error(`browser engine${missing.length > 1 ? 's' : ''} missing under CI: ${names}`);
    log(
      `browsers: WARNING: ${names} missing; running the browser tests in ${available.join(', ') || 'no engine'} only`,
    );
  }
  return { engines, available, missing, detected };
}

function describe(engine, found) {
  if (engine !== 'webkit') return found.path;
  return `${found.miniBrowser} via ${found.driver}${found.needsXvfb ? ' under xvfb-run' : ''}`;
}

// CLI: report (and with --install, install) the engines.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const { missing } = ensureBrowsers({ install: process.argv.includes('--install'), ci: false });
    process.exitCode = missing.length > 0 ? 1 : 0;
  } catch (error) {
    console.error(`browsers: ${error.message}`);
    process.exitCode = 1;
  }
}
