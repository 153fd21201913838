// The WebKit launcher's retry (scripts/browsers/webdriver-retry.mjs), with a
// fake launcher: no browser runs.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { retryStartSession } from '../../scripts/browsers/webdriver-retry.mjs';

/** A launcher whose navigations fail `failures` times, recording what happens. */
function fakeLauncher(failures: number) {
  const events: string[] = [];
  let sessions = 0;
  const launcher = {
    name: 'WebKit',
    driver: undefined as object | undefined,
    driverManager: undefined as { startSession(id: string, url: string): Promise<void> } | undefined,
    startSession: (_id: string, _url: string): Promise<void> => Promise.reject(new Error('not wrapped')),
    async ensureManagerInitialized() {
      if (launcher.driverManager) return;
      const session = ++sessions;
      events.push(`new session ${session}`);
      launcher.driver = {};
      launcher.driverManager = {
        async startSession(id: string, url: string) {
          events.push(`navigate ${id} ${url} in session ${session}`);
          if (failures-- > 0)
            throw Object.assign(new Error('Headers Timeout Error'), { code: 'UND_ERR_HEADERS_TIMEOUT' });
        },
      };
    },
    async stop() {
      events.push('stop');
      launcher.driverManager = undefined;
    },
  };
  return { launcher, events };
}

describe('retryStartSession', () => {
  it('starts a test file in the session it has when the navigation works', async () => {
    const { launcher, events } = fakeLauncher(0);
    retryStartSession(launcher);
    await launcher.startSession('a', '/a.html');
    await launcher.startSession('b', '/b.html');
    expect(events).toEqual(['new session 1', 'navigate a /a.html in session 1', 'navigate b /b.html in session 1']);
  });

  it('restarts the browser and navigates again after one failure', async () => {
    const { launcher, events } = fakeLauncher(1);
    const log: string[] = [];
    retryStartSession(launcher, { log: (line: string) => log.push(line) });
    await launcher.startSession('a', '/a.html');
    expect(events).toEqual([
      'new session 1',
      'navigate a /a.html in session 1',
      'stop',
      'new session 2',
      'navigate a /a.html in session 2',
    ]);
    expect(log).toEqual(['WebKit: starting /a.html failed (UND_ERR_HEADERS_TIMEOUT); restarting the browser']);
  });

  it('starts a new session even when stopping the old one kept it', async () => {
    const { launcher, events } = fakeLauncher(1);
    launcher.stop = async () => {
      events.push('stop (kept)'); // as WebdriverLauncher.stop() when deleteSession throws
    };
    retryStartSession(launcher);
    await launcher.startSession('a', '/a.html');
    expect(events.at(-2)).toBe('new session 2');
  });

  it('rejects, for the runner to report, when the second try fails too', async () => {
    const { launcher, events } = fakeLauncher(5);
    retryStartSession(launcher);
    await expect(launcher.startSession('a', '/a.html')).rejects.toThrow('Headers Timeout Error');
    expect(events.filter((event) => event.startsWith('navigate'))).toHaveLength(2);
  });
});
