// A WebDriver launcher that survives a wedged browser.
//
// @web/test-runner-webdriver's SessionManager starts each test file with
// `navigateTo(url)` and does not await it, so when WebKit's MiniBrowser stops
// answering (seen once in CI on a loaded 2-core machine: no reply to a
// navigation for 120 s, UND_ERR_HEADERS_TIMEOUT) the rejection is unhandled
// and the whole test run dies without a result. Here each start is awaited;
// if it fails, the browser session is thrown away, a new one is started and
// the navigation is tried once more. A second failure fails that test file,
// reported by the runner like any other, and the run goes on.

/**
 * Wraps `launcher.startSession` (a WebdriverLauncher, or anything with the same
 * `ensureManagerInitialized`, `driverManager.startSession`, `stop` shape).
 * `log` hears about each retry.
 */
export function retryStartSession(launcher, { attempts = 2, log = () => {} } = {}) {
  launcher.startSession = async (id, url) => {
    let lastError;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        await launcher.ensureManagerInitialized();
        // Awaited, unlike queueStartSession, so a failure lands here.
        await launcher.driverManager.startSession(id, url);
        return;
      } catch (error) {
        lastError = error;
        if (attempt === attempts) break;
        log(`${launcher.name}: starting ${url} failed (${error.code ?? error.message}); restarting the browser`);
        await launcher.stop();
        // stop() keeps the old session when deleting it fails; start afresh anyway.
        launcher.driver = undefined;
        launcher.driverManager = undefined;
      }
    }
    throw lastError;
  };
  return launcher;
}
