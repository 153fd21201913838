import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Selection } from '../data/select.js';

/**
 * Until an element's own view lands, it shows the careers it was given and
 * any unknown ids, so pages built on it already work and stay accessible.
 */
export function renderPlaceholder(selection: Selection, what: string): TemplateResult {
  return html`
    <section part="base" aria-label=${what}>
      <p part="note">${what}: coming soon. Careers chosen:</p>
      <ul part="list">
        ${selection.careers.map((career) => html`<li>${career.title}</li>`)}
      </ul>
      ${selection.unknown.map((id) => html`<p part="error" role="alert">Unknown career: '${id}'</p>`)}
    </section>
  `;
}
