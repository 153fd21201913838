/**
 * The schema.org data an element with `structured-data` writes into the
 * page: loaded only by such an element, as most pages never ask for it.
 */
import { structuredDataText } from '../core/structured-data.js';
import type { Career } from '../data/types.js';

/** Marks the scripts career-compare writes (and `prerender` with `--jsonld`), so they are updated, not repeated. */
export const STRUCTURED_DATA_MARK = 'data-career-compare';

/**
 * Makes or updates the `<script type="application/ld+json">` just after
 * `element`, in the page's own DOM where crawlers read it, to describe
 * `careers`; removes it when there are none. Text only: `structuredDataText`
 * escapes whatever could end the script.
 */
export function writeStructuredData(element: Element, careers: readonly Career[]): void {
  const next = element.nextElementSibling;
  const existing = next?.matches(`script[type="application/ld+json"][${STRUCTURED_DATA_MARK}]`) ? next : undefined;
  if (careers.length === 0) {
    existing?.remove();
    return;
  }
  const script = existing ?? element.ownerDocument.createElement('script');
  const text = structuredDataText(careers);
  if (script.textContent !== text) script.textContent = text;
  if (existing) return;
  script.setAttribute('type', 'application/ld+json');
  script.setAttribute(STRUCTURED_DATA_MARK, '');
  element.after(script);
}
