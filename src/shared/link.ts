import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { isSafeUrl } from '../data/url.js';

/**
 * A link when `href` is an http(s) or relative URL, plain text otherwise:
 * the one place data becomes an `<a>`. External links open in a new tab with
 * rel="noopener"; the label says so for screen readers via `newTabLabel`.
 */
export function renderLink(
  href: string | undefined,
  label: string,
  { part = 'link', newTab = false, newTabLabel = '' } = {},
): TemplateResult {
  if (!href || !isSafeUrl(href)) return html`<span part=${part}>${label}</span>`;
  return newTab
    ? html`<a part=${part} href=${href} target="_blank" rel="noopener noreferrer"
        >${label}${newTabLabel ? html`<span class="visually-hidden"> (${newTabLabel})</span>` : ''}</a
      >`
    : html`<a part=${part} href=${href}>${label}</a>`;
}
