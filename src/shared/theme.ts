import { css } from 'lit';

/**
 * Colours and spacing as custom properties with defaults inside each element:
 * no global theme file. With no `theme` the element is transparent and takes
 * the page's text colour; `light`, `dark` and `auto` set palettes whose text
 * meets 4.5:1 and whose marks and borders meet 3:1 against their background.
 *
 * Internal `--_*` properties are what the styles use; the documented
 * `--career-*` ones are what publishers set.
 */
export const themeStyles = css`
  :host {
    --_text: var(--career-text, inherit);
    --_muted: var(--career-muted, inherit);
    --_background: var(--career-background, transparent);
    --_surface: var(--career-surface, transparent);
    --_accent: var(--career-accent, #0a5fc2);
    --_accent-text: var(--career-accent-text, #ffffff);
    --_border: var(--career-border, #767676);
    --_focus: var(--career-focus, #0a5fc2);
    --_radius: var(--career-radius, 6px);
    --_space: var(--career-spacing, 0.75rem);
    --_font: var(--career-font, inherit);
    --_heading-font: var(--career-heading-font, inherit);
    /* Visibly a link on any page: the browser's link blue mixed with the text colour (dark blue on a light page, light on a dark one). */
    --_link: var(--career-link-color, color-mix(in srgb, LinkText 50%, currentColor));
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_background);
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: inherit;
  }
  /* One palette for light and dark: light-dark() picks by color-scheme. */
  :host([theme]) {
    --_text: var(--career-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--career-muted, light-dark(#57606a, #a5aeb8));
    --_background: var(--career-background, light-dark(#ffffff, #0d1117));
    --_surface: var(--career-surface, light-dark(#f6f8fa, #161b22));
    --_accent: var(--career-accent, light-dark(#0a5fc2, #58a6ff));
    --_accent-text: var(--career-accent-text, light-dark(#ffffff, #0d1117));
    --_border: var(--career-border, light-dark(#767676, #7d8590));
    --_focus: var(--career-focus, light-dark(#0a5fc2, #79c0ff));
    --_link: var(--career-link-color, var(--_accent));
    color-scheme: light;
    padding: var(--_space);
    border-radius: var(--_radius);
  }
  :host([theme='dark' i]) {
    color-scheme: dark;
  }
  :host([theme='auto' i]) {
    color-scheme: light dark;
  }
  a {
    color: var(--_link);
    text-decoration: underline;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .messages {
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }
  .message {
    padding: 0.25em 0.5em;
    border-inline-start: 4px solid currentColor;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .loading {
    min-height: var(--career-loading-height, 12rem);
  }
  /* System colours in forced-colours mode, with or without a theme (which would otherwise outrank :host). */
  @media (forced-colors: active) {
    :host,
    :host([theme]) {
      --_border: CanvasText;
      --_accent: Highlight;
      --_focus: Highlight;
    }
  }
`;
