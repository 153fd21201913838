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
// No test tool may download a browser of its own: the system's are used.

import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The engines, in the order they are reported and run. */
export const ENGINES = ['chromium', 'firefox', 'webkit'];

const ALIASES = { chrome: 'chromium', chromium: 'chromium', firefox: 'firefox', webkit: 'webkit', safari: 'webkit' };

const CHROMIUM_COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const FIREFOX_COMMANDS = ['firefox-esr', 'firefox'];

/** True when CI is "true" or "1". */
export function isCI(env = process.env) {
  return env.CI === 'true' || env.CI === '1';
}

function isExecutable(file) {
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

/** Firefox: FIREFOX_PATH, /usr/bin/firefox-esr, /usr/bin/firefox, or firefox(-esr) on PATH. */
export function findFirefox(env = process.env) {
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

/**
 * Finds the engines; on Debian/Ubuntu installs the missing ones (when allowed);
 * under CI a missing requested engine is an error. Returns
 * `{ available, missing, detected, engines }` and throws only under CI.
 */
export function ensureBrowsers({ install = true, ci = isCI(), log = console.log, env = process.env } = {}) {
  const engines = requestedEngines(env);
  let detected = detectBrowsers(env);
  let missing = engines.filter((engine) => !detected[engine].path);
  if (missing.length > 0 && install) {
    log(`browsers: missing ${missing.join(', ')}`);
    if (installMissing(missing, detected, log)) {
      detected = detectBrowsers(env);
      missing = engines.filter((engine) => !detected[engine].path);
    }
  }
  const available = engines.filter((engine) => detected[engine].path);
  for (const engine of engines) {
    const found = detected[engine];
    if (found.path) log(`browsers: ${engine.padEnd(8)} ${describe(engine, found)}`);
    else log(`browsers: ${engine.padEnd(8)} MISSING (${found.note})`);
  }
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

/** A TCP port nobody listens on right now. */
export function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** GET /status answers with JSON whose value.ready is true. */
function driverReady(host, port) {
  return new Promise((resolve) => {
    const req = request({ host, port, path: '/status', timeout: 2000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => {
        try {
          resolve(res.statusCode === 200 && JSON.parse(body).value?.ready !== false);
        } catch {
          resolve(res.statusCode === 200);
        }
      });
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
    req.end();
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch {
    // already gone
  }
}

/** The pids whose parent is `pid` (Linux /proc). */
function childrenOf(pid) {
  const children = [];
  let entries = [];
  try {
    entries = readdirSync('/proc');
  } catch {
    return children;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid …; comm may contain spaces and parentheses.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[1]) === pid) children.push(Number(entry));
    } catch {
      // exited meanwhile
    }
  }
  return children;
}

function commandName(pid) {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

/**
 * Starts `WebKitWebDriver --port=N` on 127.0.0.1 (under `xvfb-run -a` when
 * there is no display) in a process group of its own, and waits until it
 * answers. `stop()` ends it and everything it started (MiniBrowser, Xvfb).
 * A watchdog ends the group too if this Node process dies without stopping it.
 */
export async function startWebKitDriver(
  webkit = findWebKit(),
  { host = '127.0.0.1', port, timeout = 30000, log = () => {} } = {},
) {
  if (!webkit.driver) throw new Error(`WebKit is not available: ${webkit.note}`);
  let lastError;
  for (let attempt = 0; attempt < 3; attempt++) {
    const chosen = port ?? (await freePort(host));
    try {
      return await startDriverOnce(webkit, host, chosen, timeout, log);
    } catch (error) {
      lastError = error;
      if (port) break; // a fixed port: no point retrying on another
    }
  }
  throw lastError;
}

async function startDriverOnce(webkit, host, port, timeout, log) {
  // It listens on the loopback interface by default (--host=local).
  const driverArgs = [`--port=${port}`];
  const [command, args] = webkit.needsXvfb
    ? [webkit.xvfbRun, ['-a', '-s', '-screen 0 1280x1024x24 -nolisten tcp', webkit.driver, ...driverArgs]]
    : [webkit.driver, driverArgs];
  log(`webkit: starting ${command} ${args.join(' ')}`);
  let output = '';
  // Its own TMPDIR (xvfb-run's auth file, the browser's scratch files): removed
  // at the end, even when the group had to be killed before xvfb-run cleaned up.
  const scratch = mkdtempSync(join(tmpdir(), 'career-compare-webkit-'));
  const child = spawn(command, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TMPDIR: scratch },
  });
  const collect = (chunk) => {
    output = (output + chunk).slice(-4000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let exited = false;
  child.on('exit', () => (exited = true));
  const pgid = child.pid;

  // If this process is killed outright, nothing here runs: the watchdog ends the group.
  const watchdog = spawn(
    'sh',
    [
      '-c',
      `while kill -0 ${process.pid} 2>/dev/null && kill -0 -${pgid} 2>/dev/null; do sleep 1; done; ` +
        `kill -TERM -${pgid} 2>/dev/null; sleep 3; kill -KILL -${pgid} 2>/dev/null; rm -rf '${scratch}'; exit 0`,
    ],
    { detached: true, stdio: 'ignore' },
  );
  watchdog.unref();

  let stopped = false;
  const onExit = () => {
    // 'exit' handlers must be synchronous: a plain kill of the group (the
    // watchdog removes the scratch directory once the group is gone).
    if (!stopped) signalGroup(pgid, 'SIGTERM');
  };
  process.on('exit', onExit);

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', onExit);
    if (webkit.needsXvfb && alive(pgid)) {
      // End the driver first, so that xvfb-run cleans up after itself
      // (stops Xvfb, removes its auth file) before the group is signalled.
      for (const pid of childrenOf(pgid)) if (commandName(pid) !== 'Xvfb') signalPid(pid, 'SIGTERM');
      for (let i = 0; i < 30 && alive(pgid) && !exited; i++) await sleep(100);
    }
    signalGroup(pgid, 'SIGTERM');
    for (let i = 0; i < 30 && groupAlive(pgid); i++) await sleep(100);
    if (groupAlive(pgid)) {
      signalGroup(pgid, 'SIGKILL');
      for (let i = 0; i < 20 && groupAlive(pgid); i++) await sleep(100);
    }
    rmSync(scratch, { recursive: true, force: true });
    signalGroup(watchdog.pid, 'SIGTERM'); // the watchdog and its sleep
    child.stdout.destroy();
    child.stderr.destroy();
  };

  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (exited) break;
    if (await driverReady(host, port)) {
      log(`webkit: WebKitWebDriver ready on ${host}:${port}`);
      return { host, port, pid: pgid, stop };
    }
    await sleep(200);
  }
  await stop();
  throw new Error(
    `WebKitWebDriver did not answer on ${host}:${port} within ${timeout} ms` +
      (exited ? ' (it exited)' : '') +
      (output.trim() ? `:\n${output.trim()}` : ''),
  );
}

function signalPid(pid, signal) {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
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
