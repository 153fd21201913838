// Which Firefox the browser tests can drive. web-test-runner drives Firefox
// through Puppeteer over WebDriver BiDi, and Puppeteer 24 sets each page's
// viewport with `emulation.setScreenOrientationOverride`, a command Firefox
// has only since 144 (bugzilla 1974167). Firefox ESR 140 answers "unknown
// command" and every test file fails with a protocol stack trace; so an older
// Firefox is named instead, with how to update it.
//
// The threshold is 144: the first release with that command, and the oldest
// Puppeteer 24 supports (it pins a stable Firefox, never an older ESR). ESR 140
// fails; the next ESR, 153 (Debian's firefox-esr here), passes every test.

import { spawnSync } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The oldest Firefox major version Puppeteer's WebDriver BiDi driver works with. */
export const MIN_FIREFOX_MAJOR = 144;

/**
 * The version in `firefox --version` output ("Mozilla Firefox 140.5.0esr") or
 * in application.ini ("Version=153.8.0"): `{ major, text, esr }`, or undefined.
 */
export function parseFirefoxVersion(output) {
  const match = /(?:Firefox\s+|^Version=)(\d+)\.(\d+)(?:\.(\d+))?([a-z]+\d*)?/im.exec(output ?? '');
  if (!match) return undefined;
  const [, major, minor, patch, suffix = ''] = match;
  return {
    major: Number(major),
    text: `${major}.${minor}${patch === undefined ? '' : `.${patch}`}${suffix}`,
    esr: suffix.toLowerCase() === 'esr',
  };
}

/** True when `version` (from parseFirefoxVersion) is one Puppeteer can drive. */
export function isFirefoxNewEnough(version) {
  return version.major >= MIN_FIREFOX_MAJOR;
}

/**
 * The version of the Firefox at `path`: what `path --version` prints, else the
 * application.ini beside the real binary. Undefined when neither says.
 */
export function readFirefoxVersion(path) {
  const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 15_000 });
  const fromCommand = parseFirefoxVersion(result.stdout);
  if (fromCommand) return fromCommand;
  try {
    const ini = readFileSync(join(dirname(realpathSync(path)), 'application.ini'), 'utf8');
    const version = parseFirefoxVersion(ini);
    // application.ini does not say "esr"; the Debian package's path does.
    return version && { ...version, esr: version.esr || /firefox-esr/.test(path) };
  } catch {
    return undefined;
  }
}

/** What to tell the reader about the too-old Firefox `version` at `path`: the problem and the fix, in one line. */
export function tooOldFirefoxMessage(path, version) {
  const esr = version.esr || /firefox-esr/.test(path);
  const name = esr ? `Firefox ESR ${version.text.replace(/esr$/i, '')}` : `Firefox ${version.text}`;
  const packageName = esr ? 'firefox-esr' : 'firefox';
  return (
    `${name} (${path}) is too old for the browser tests: Puppeteer's WebDriver BiDi driver needs ` +
    `Firefox ${MIN_FIREFOX_MAJOR} or later (older ones fail every test file with ` +
    `"unknown command emulation.setScreenOrientationOverride"). Update it: ` +
    `sudo apt-get update && sudo apt-get install -y ${packageName} (or set FIREFOX_PATH to a newer Firefox, ` +
    `or leave Firefox out: BROWSERS=chromium,webkit)`
  );
}
