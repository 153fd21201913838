// Finds the system's browser engines: Chromium, Firefox (one new enough for
// Puppeteer's WebDriver BiDi driver) and WebKitGTK (MiniBrowser driven by
// WebKitWebDriver, under xvfb-run when there is no display). It only looks:
// installing and starting are install.mjs's and webkit.mjs's jobs.

import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { isFirefoxNewEnough, readFirefoxVersion, tooOldFirefoxMessage } from './firefox-version.mjs';

const CHROMIUM_COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const FIREFOX_COMMANDS = ['firefox-esr', 'firefox'];

/** True when `file` is a regular file this process may execute. */
export function isExecutable(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The full path of `command` on PATH, or undefined. */
export function which(command, env = process.env) {
  if (command.includes('/')) return isExecutable(command) ? command : undefined;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, command);
    if (isExecutable(file)) return file;
  }
  return undefined;
}

/**
 * An explicit path from the environment wins; when it is set but unusable the
 * engine counts as missing, with a note saying why (no silent fallback).
 */
function fromEnv(name, env) {
  const value = env[name];
  if (!value) return undefined;
  return isExecutable(value) ? { path: value } : { note: `${name}=${value} is not an executable file` };
}

/** Chromium: CHROME_PATH, /usr/bin/chromium, or chromium-browser / google-chrome on PATH. */
export function findChromium(env = process.env) {
  const explicit = fromEnv('CHROME_PATH', env);
  if (explicit) return explicit;
  if (isExecutable('/usr/bin/chromium')) return { path: '/usr/bin/chromium' };
  for (const command of CHROMIUM_COMMANDS) {
    const path = which(command, env);
    if (path) return { path };
  }
  return { note: 'no chromium, chromium-browser or google-chrome found (set CHROME_PATH)' };
}

/**
 * Firefox: FIREFOX_PATH, /usr/bin/firefox-esr, /usr/bin/firefox, or firefox(-esr)
 * on PATH; `{ path, version }`. One older than Puppeteer can drive counts as
 * missing: `{ note, tooOld: { path, version } }`, the note saying how to update it.
 */
export function findFirefox(env = process.env) {
  const found = locateFirefox(env);
  if (!found.path) return found;
  const version = readFirefoxVersion(found.path);
  // A version that cannot be read is given the benefit of the doubt.
  if (version && !isFirefoxNewEnough(version)) {
    return { note: tooOldFirefoxMessage(found.path, version), tooOld: { path: found.path, version } };
  }
  return { path: found.path, version };
}

function locateFirefox(env) {
  const explicit = fromEnv('FIREFOX_PATH', env);
  if (explicit) return explicit;
  for (const path of ['/usr/bin/firefox-esr', '/usr/bin/firefox']) if (isExecutable(path)) return { path };
  for (const command of FIREFOX_COMMANDS) {
    const path = which(command, env);
    if (path) return { path };
  }
  return { note: 'no firefox-esr or firefox found (set FIREFOX_PATH)' };
}

/** Where distributions put WebKitGTK's MiniBrowser. */
function miniBrowserCandidates() {
  const triplets = new Set(['x86_64-linux-gnu', 'aarch64-linux-gnu']);
  try {
    for (const entry of readdirSync('/usr/lib')) if (/-linux-gnu/.test(entry)) triplets.add(entry);
  } catch {
    // no /usr/lib: not Linux
  }
  const candidates = [];
  for (const api of ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0']) {
    for (const triplet of triplets) candidates.push(`/usr/lib/${triplet}/${api}/MiniBrowser`);
    candidates.push(`/usr/libexec/${api}/MiniBrowser`, `/usr/lib/${api}/MiniBrowser`);
  }
  return candidates;
}

/** True when there is a display a GTK browser can open a window on. */
export function hasDisplay(env = process.env) {
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/**
 * WebKit (WebKitGTK): WebKitWebDriver on PATH, MiniBrowser, and xvfb-run when
 * there is no display. `missing` lists what is absent: driver, minibrowser, xvfb.
 */
export function findWebKit(env = process.env) {
  const missing = [];
  const notes = [];
  let driver;
  const explicitDriver = fromEnv('WEBKIT_WEBDRIVER_PATH', env);
  if (explicitDriver?.path) driver = explicitDriver.path;
  else if (explicitDriver?.note) notes.push(explicitDriver.note);
  else driver = which('WebKitWebDriver', env);
  if (!driver) missing.push('driver');

  let miniBrowser;
  const explicitBrowser = fromEnv('WEBKIT_MINIBROWSER_PATH', env);
  if (explicitBrowser?.path) miniBrowser = explicitBrowser.path;
  else if (explicitBrowser?.note) notes.push(explicitBrowser.note);
  else miniBrowser = miniBrowserCandidates().find(isExecutable);
  if (!miniBrowser) missing.push('minibrowser');

  const needsXvfb = !hasDisplay(env);
  const xvfbRun = needsXvfb ? which('xvfb-run', env) : undefined;
  if (needsXvfb && !xvfbRun) missing.push('xvfb');

  if (missing.includes('driver') && !explicitDriver) notes.push('WebKitWebDriver not on PATH');
  if (missing.includes('minibrowser') && !explicitBrowser)
    notes.push('WebKitGTK MiniBrowser not found (set WEBKIT_MINIBROWSER_PATH)');
  if (missing.includes('xvfb')) notes.push('no DISPLAY and no xvfb-run');

  if (missing.length > 0) return { missing, note: notes.join('; ') };
  return { path: miniBrowser, driver, miniBrowser, xvfbRun, needsXvfb, missing };
}

/** Every engine: `{ chromium: { path } | { note }, firefox: …, webkit: … }`. */
export function detectBrowsers(env = process.env) {
  return { chromium: findChromium(env), firefox: findFirefox(env), webkit: findWebKit(env) };
}
