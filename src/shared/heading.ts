import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** What a heading may carry besides its text. */
export interface HeadingOptions {
  part: string;
  id?: string;
  className?: string;
  /** Focusable by script only (tabindex -1), for moving focus to it. */
  focusable?: boolean;
}

type Render = (content: unknown, options: HeadingOptions) => unknown;

/**
 * Six templates, one per level: a tag name cannot be a binding, and
 * lit/static-html costs more. One line each, so the text gains no whitespace.
 */
// prettier-ignore
const HEADINGS: Render[] = [
  (content, { part, id, className, focusable }) =>
    html`<h1 part=${part} id=${ifDefined(id)} class=${ifDefined(className)} tabindex=${ifDefined(focusable ? -1 : undefined)}>${content}</h1>`,
  (content, { part, id, className, focusable }) =>
    html`<h2 part=${part} id=${ifDefined(id)} class=${ifDefined(className)} tabindex=${ifDefined(focusable ? -1 : undefined)}>${content}</h2>`,
  (content, { part, id, className, focusable }) =>
    html`<h3 part=${part} id=${ifDefined(id)} class=${ifDefined(className)} tabindex=${ifDefined(focusable ? -1 : undefined)}>${content}</h3>`,
  (content, { part, id, className, focusable }) =>
    html`<h4 part=${part} id=${ifDefined(id)} class=${ifDefined(className)} tabindex=${ifDefined(focusable ? -1 : undefined)}>${content}</h4>`,
  (content, { part, id, className, focusable }) =>
    html`<h5 part=${part} id=${ifDefined(id)} class=${ifDefined(className)} tabindex=${ifDefined(focusable ? -1 : undefined)}>${content}</h5>`,
  (content, { part, id, className, focusable }) =>
    html`<h6 part=${part} id=${ifDefined(id)} class=${ifDefined(className)} tabindex=${ifDefined(focusable ? -1 : undefined)}>${content}</h6>`,
];

/** A real h1–h6; a level below 1 or above 6 is brought within them. */
export function renderHeading(level: number, content: unknown, options: HeadingOptions) {
  return HEADINGS[Math.min(6, Math.max(1, level)) - 1](content, options);
}
