import { isServer } from 'lit';

/**
 * The locale an element speaks: its `locale` attribute, else the `lang` of
 * the nearest ancestor (looking out through shadow roots), else en-US. On a
 * server there is no tree to look up: `locale`, else en-US.
 */
export function resolveLocale(element: Element, locale?: string | null): string {
  if (locale) return locale;
  if (isServer) return 'en-US';
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en-US';
}
