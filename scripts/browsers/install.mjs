// Installs the browser engines a Debian/Ubuntu machine lacks, with apt-get
// (apt-get update first, then the packages), as root or through passwordless
// sudo. What is missing comes from detect.mjs.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { which } from './detect.mjs';

function run(command, args, options = {}) {
  return spawnSync(command, args, { stdio: 'inherit', ...options });
}

/** How to run apt-get here: as root, through `sudo -n`, or not at all. */
function privilege() {
  if (process.getuid?.() === 0) return [];
  if (which('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0) return ['sudo', '-n'];
  return undefined;
}

function isDebianLike() {
  return existsSync('/etc/debian_version') && Boolean(which('apt-get'));
}

function osId() {
  try {
    const text = readFileSync('/etc/os-release', 'utf8');
    return /^ID=("?)([^"\n]*)\1$/m.exec(text)?.[2] ?? '';
  } catch {
    return '';
  }
}

/** The first of `names` apt knows a candidate version for (after apt-get update). */
function aptCandidate(names) {
  for (const name of names) {
    const result = spawnSync('apt-cache', ['policy', name], { encoding: 'utf8' });
    const candidate = /Candidate:\s*(\S+)/.exec(result.stdout ?? '')?.[1];
    if (candidate && candidate !== '(none)') return name;
  }
  return names[0];
}

/** The Debian packages that provide what is missing. */
function packagesFor(missingEngines, detected) {
  const ubuntu = osId() === 'ubuntu';
  const packages = [];
  for (const engine of missingEngines) {
    if (engine === 'chromium')
      packages.push(aptCandidate(ubuntu ? ['chromium-browser', 'chromium'] : ['chromium', 'chromium-browser']));
    if (engine === 'firefox')
      packages.push(aptCandidate(ubuntu ? ['firefox', 'firefox-esr'] : ['firefox-esr', 'firefox']));
    if (engine === 'webkit') {
      const { missing } = detected.webkit;
      // webkit2gtk-driver depends on libwebkit2gtk-4.1-0, which ships MiniBrowser.
      if (missing.includes('driver') || missing.includes('minibrowser')) packages.push('webkit2gtk-driver');
      if (missing.includes('xvfb')) packages.push('xvfb');
    }
  }
  return packages;
}

/**
 * On Debian/Ubuntu, as root or with passwordless sudo, apt-get installs the
 * packages for the missing engines. Returns true when it tried.
 */
export function installMissing(missingEngines, detected, log = console.log) {
  if (missingEngines.length === 0) return false;
  if (process.env.BROWSERS_NO_INSTALL === '1' || process.env.BROWSERS_NO_INSTALL === 'true') {
    log('browsers: BROWSERS_NO_INSTALL is set, not installing anything');
    return false;
  }
  if (process.platform !== 'linux' || !isDebianLike()) {
    log('browsers: not a Debian/Ubuntu system, not installing anything');
    return false;
  }
  const prefix = privilege();
  if (!prefix) {
    log('browsers: not root and no passwordless sudo, not installing anything');
    return false;
  }
  // sudo resets the environment, so DEBIAN_FRONTEND goes through env(1).
  const aptGet = (...args) =>
    run(prefix[0] ?? 'env', [
      ...prefix.slice(1),
      ...(prefix.length ? ['env'] : []),
      'DEBIAN_FRONTEND=noninteractive',
      'apt-get',
      ...args,
    ]);
  log('browsers: apt-get update');
  const update = aptGet('update');
  if (update.status !== 0) log(`browsers: apt-get update failed (exit ${update.status}); trying to install anyway`);
  const packages = packagesFor(missingEngines, detected);
  log(`browsers: DEBIAN_FRONTEND=noninteractive apt-get install -y ${packages.join(' ')}`);
  const install = aptGet('install', '-y', ...packages);
  if (install.status !== 0 && packages.length > 1) {
    // One unavailable package must not keep the others out.
    for (const name of packages) aptGet('install', '-y', name);
  }
  return true;
}
