// The Firefox version check of scripts/browsers: reading the version, the
// threshold, the message, and findFirefox with a fake binary (no browser runs).
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import * as firefoxVersion from '../../scripts/browsers/firefox-version.mjs';
// @ts-expect-error: a plain ES module script without types
import { findFirefox } from '../../scripts/browsers/detect.mjs';

const { MIN_FIREFOX_MAJOR, isFirefoxNewEnough, parseFirefoxVersion, tooOldFirefoxMessage } = firefoxVersion;

describe('parseFirefoxVersion', () => {
  it('reads `firefox --version` output, ESR or not', () => {
    expect(parseFirefoxVersion('Mozilla Firefox 140.5.0esr\n')).toEqual({ major: 140, text: '140.5.0esr', esr: true });
    expect(parseFirefoxVersion('Mozilla Firefox 153.8.0esr')).toEqual({ major: 153, text: '153.8.0esr', esr: true });
    expect(parseFirefoxVersion('Mozilla Firefox 144.0')).toEqual({ major: 144, text: '144.0', esr: false });
    expect(parseFirefoxVersion('Mozilla Firefox 145.0b3')).toEqual({ major: 145, text: '145.0b3', esr: false });
  });

  it("reads application.ini's Version line", () => {
    const ini = '[App]\nVendor=Mozilla\nName=Firefox\nVersion=153.8.0\nBuildID=20250101\n';
    expect(parseFirefoxVersion(ini)).toEqual({ major: 153, text: '153.8.0', esr: false });
  });

  it('gives undefined for anything else', () => {
    for (const output of ['', undefined, 'command not found', 'Chromium 131.0.6778.85', 'BuildID=20250101'])
      expect(parseFirefoxVersion(output)).toBeUndefined();
  });
});

describe('isFirefoxNewEnough', () => {
  it('takes 144, the first Firefox with emulation.setScreenOrientationOverride, and later', () => {
    expect(MIN_FIREFOX_MAJOR).toBe(144);
    expect(isFirefoxNewEnough(parseFirefoxVersion('Mozilla Firefox 140.5.0esr'))).toBe(false);
    expect(isFirefoxNewEnough(parseFirefoxVersion('Mozilla Firefox 143.0.4'))).toBe(false);
    expect(isFirefoxNewEnough(parseFirefoxVersion('Mozilla Firefox 144.0'))).toBe(true);
    expect(isFirefoxNewEnough(parseFirefoxVersion('Mozilla Firefox 153.8.0esr'))).toBe(true);
  });
});

describe('tooOldFirefoxMessage', () => {
  it('names the browser, what it lacks and how to update it, in one line', () => {
    const message = tooOldFirefoxMessage('/usr/bin/firefox-esr', parseFirefoxVersion('Mozilla Firefox 140.5.0esr'));
    expect(message).toContain('Firefox ESR 140.5.0 (/usr/bin/firefox-esr) is too old');
    expect(message).toContain('Firefox 144 or later');
    expect(message).toContain('emulation.setScreenOrientationOverride');
    expect(message).toContain('sudo apt-get update && sudo apt-get install -y firefox-esr');
    expect(message).not.toContain('\n');
  });

  it('names the firefox package for a Firefox that is not the ESR', () => {
    const message = tooOldFirefoxMessage('/usr/bin/firefox', parseFirefoxVersion('Mozilla Firefox 130.0'));
    expect(message).toContain('Firefox 130.0 (/usr/bin/firefox)');
    expect(message).toContain('sudo apt-get install -y firefox ');
  });
});

describe('findFirefox with a fake binary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'career-compare-firefox-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** An executable that prints `output` for --version, as Firefox does. */
  function fakeFirefox(name: string, output: string) {
    const file = join(dir, name);
    writeFileSync(file, `#!/bin/sh\necho '${output}'\n`);
    chmodSync(file, 0o755);
    return file;
  }

  it('takes a new enough Firefox, with its version', () => {
    const path = fakeFirefox('firefox-153', 'Mozilla Firefox 153.8.0esr');
    expect(findFirefox({ FIREFOX_PATH: path, PATH: '' })).toEqual({
      path,
      version: { major: 153, text: '153.8.0esr', esr: true },
    });
  });

  it('counts a too-old one as missing, with the message', () => {
    const path = fakeFirefox('firefox-140', 'Mozilla Firefox 140.5.0esr');
    const found = findFirefox({ FIREFOX_PATH: path, PATH: '' });
    expect(found.path).toBeUndefined();
    expect(found.tooOld).toEqual({ path, version: { major: 140, text: '140.5.0esr', esr: true } });
    expect(found.note).toBe(tooOldFirefoxMessage(path, found.tooOld.version));
  });

  it('gives a Firefox whose version it cannot read the benefit of the doubt', () => {
    const path = fakeFirefox('firefox-silent', '');
    expect(findFirefox({ FIREFOX_PATH: path, PATH: '' })).toEqual({ path, version: undefined });
  });
});
