/**
 * True for the only URLs the widgets turn into links: absolute http(s) URLs and
 * relative references. `javascript:`, `data:` and every other scheme are refused,
 * as are protocol-relative URLs (`//host`), which borrow the page's scheme.
 */
export function isSafeUrl(value: string): boolean {
  // Browsers ignore tabs and newlines inside a URL and trim control characters,
  // so "java\tscript:" must be read as "javascript:".
  // eslint-disable-next-line no-control-regex
  const url = value.replace(/[\u0000-\u0020\u007f]/g, '');
  // Browsers read a backslash as "/", so "\\host" and "/\\host" are protocol-relative too.
  if (url === '' || /^(\\|\/[/\\])/.test(url)) return false;
  // No scheme: a relative reference. A scheme: only http(s), with a host.
  return !/^[a-z][a-z0-9+.-]*:/i.test(url) || /^https?:\/\/[^/\\]/i.test(url);
}
