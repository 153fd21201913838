// The tests drive the system's Firefox (see scripts/browsers.mjs): never download a browser.
module.exports = { skipDownload: true };
