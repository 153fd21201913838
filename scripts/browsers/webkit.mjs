// The WebKit driver glue: starts WebKitWebDriver (under xvfb-run when there is
// no display) in a process group of its own on a free port, waits until it
// answers, and ends it and everything it started (MiniBrowser, Xvfb) again.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findWebKit } from './detect.mjs';

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
