// Loaded first by every hostile test page, as a classic script from the page's
// own origin (so a strict script-src allows it). Records what goes wrong on
// the page for the test in the parent page to read: uncaught errors, unhandled
// rejections, Content-Security-Policy violations, console errors and
// warnings, and the widgets' career-error events.
(function () {
  var log = (window.hostileLog = { errors: [], violations: [], consoleErrors: [], warnings: [], careerErrors: [] });
  window.addEventListener('error', function (event) {
    log.errors.push(String(event.message || event.error));
  });
  window.addEventListener('unhandledrejection', function (event) {
    log.errors.push(
      'unhandled rejection: ' + String(event.reason && event.reason.stack ? event.reason.stack : event.reason),
    );
  });
  // Fired at the element or document concerned; it bubbles and is composed.
  window.addEventListener(
    'securitypolicyviolation',
    function (event) {
      log.violations.push({
        directive: event.effectiveDirective || event.violatedDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        source: event.sourceFile + ':' + event.lineNumber,
      });
    },
    true,
  );
  ['error', 'warn'].forEach(function (level) {
    var original = console[level];
    console[level] = function () {
      var text = Array.prototype.map.call(arguments, String).join(' ');
      (level === 'error' ? log.consoleErrors : log.warnings).push(text);
      return original.apply(console, arguments);
    };
  });
  document.addEventListener('career-error', function (event) {
    log.careerErrors.push(event.detail && event.detail.message);
  });
})();
