import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSafeUrl } from '../../src/data/url.js';

const show = (url: string) => [JSON.stringify(url), url] as const;

describe('isSafeUrl', () => {
  it.each(
    [
      'https://a.example/x',
      'http://a.example',
      'HTTPS://A.EXAMPLE/X',
      'https://a.example/x?q=1#frag',
      '  https://a.example ', // browsers trim surrounding spaces
      '/path',
      './x',
      '../x',
      'page.html',
      'guide/pay.html',
      '?q=1',
      '#frag',
      'a/b:c', // a colon after a slash is not a scheme
      '1a:b', // a scheme must start with a letter, so this is a path
    ].map(show),
  )('accepts %s', (_name, url) => {
    expect(isSafeUrl(url)).toBe(true);
  });

  it.each(
    [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      '\u0000javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      'javascript\t:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'ftp://x',
      'file:///etc/passwd',
      'mailto:a@b.example', // only http(s) and relative references become links
      'tel:+15555550100',
      '//evil.example',
      ' //evil.example',
      '/\t/evil.example',
      '\\evil',
      '\\\\evil',
      '/\\evil',
      'https:evil', // no slashes: relative to the page's own scheme
      'https:/evil',
      'https:///evil',
      'https://\\evil',
      'http://',
      '',
      ' ',
      '\t\n',
    ].map(show),
  )('rejects %s', (_name, url) => {
    expect(isSafeUrl(url)).toBe(false);
  });

  it('rejects every scheme other than http and https', () => {
    const scheme = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9+.-]{0,10}$/).filter((s) => !/^https?$/i.test(s));
    fc.assert(
      fc.property(scheme, fc.string(), (name, rest) => {
        expect(isSafeUrl(`${name}:${rest}`)).toBe(false);
      }),
    );
  });

  it('accepts generated http(s) URLs', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        expect(isSafeUrl(url)).toBe(true);
      }),
    );
  });

  it('ignores tabs, newlines and control characters anywhere, as browsers do', () => {
    const control = fc.constantFrom('\t', '\n', '\r', '\u0000', '\u001f', ' ');
    const pieces = fc.array(
      fc.oneof(fc.constantFrom('javascript:', 'https://', '//', 'x', '/', ':', '\\'), fc.string()),
      {
        maxLength: 5,
      },
    );
    fc.assert(
      fc.property(pieces, fc.array(control, { maxLength: 5 }), fc.nat(), (parts, noise, at) => {
        const url = parts.join('');
        const position = url.length === 0 ? 0 : at % (url.length + 1);
        const noisy = url.slice(0, position) + noise.join('') + url.slice(position);
        expect(isSafeUrl(noisy)).toBe(isSafeUrl(url));
      }),
    );
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (url) => {
        expect(typeof isSafeUrl(url)).toBe('boolean');
      }),
    );
  });
});
