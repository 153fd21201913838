import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { isSafeUrl } from '../data/url.js';

/**
 * A link when `href` is an http(s) or relative URL, plain text otherwise:
 * with `renderNewTabLink`, the one place data becomes an `<a>`.
 */
export function renderLink(href: string | undefined, label: string, part = 'link'): TemplateResult {
  return href && isSafeUrl(href)
    ? html`<a part=${part} href=${href}>${label}</a>`
    : html`<span part=${part}>${label}</span>`;
}

/**
 * The same, opening in a new tab (rel="noopener"); `newTabLabel` tells screen
 * readers so. Apart from `renderLink` so elements without such links leave it out.
 */
export function renderNewTabLink(
  href: string | undefined,
  label: string,
  part: string,
  newTabLabel: string,
): TemplateResult {
  return href && isSafeUrl(href)
    ? html`<a part=${part} href=${href} target="_blank" rel="noopener noreferrer"
        >${label}<span class="visually-hidden"> (${newTabLabel})</span></a
      >`
    : renderLink(undefined, label, part);
}
