import { ifDefined } from 'lit/directives/if-defined.js';
import { html, unsafeStatic } from 'lit/static-html.js';

/** What a heading may carry besides its text. */
export interface HeadingOptions {
  part: string;
  id?: string;
  className?: string;
  /** Focusable by script only (tabindex -1), for moving focus to it. */
  focusable?: boolean;
}

/** h1 to h6 as static tag names: a tag name cannot be an ordinary binding. */
const TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((name) => unsafeStatic(name));

/** A real h1–h6; a level below 1 or above 6 is brought within them. */
export function renderHeading(level: number, content: unknown, { part, id, className, focusable }: HeadingOptions) {
  const tag = TAGS[Math.min(6, Math.max(1, level)) - 1];
  const tabindex = focusable ? -1 : undefined;
  // One line, so the heading's text gains no whitespace. The lint rules take static tags for bindings:
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag} part=${part} id=${ifDefined(id)} class=${ifDefined(className)} tabindex=${ifDefined(tabindex)}>${content}</${tag}>`;
}
