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
  if (url === '' || url.startsWith('//') || url.startsWith('\\') || url.startsWith('/\\')) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  if (!scheme) return true;
  const name = scheme[1].toLowerCase();
  return (name === 'http' || name === 'https') && /^https?:\/\/[^/\\]/i.test(url);
}
