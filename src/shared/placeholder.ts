import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Career } from '../data/types.js';

/**
 * Until an element's own view lands, it shows the careers it was given, so
 * pages built on it already work and stay accessible.
 */
export function renderPlaceholder(careers: Career[], what: string): TemplateResult {
  return html`
    <section part="base" aria-label=${what}>
      <p part="note">${what}: coming soon. Careers chosen:</p>
      <ul part="list">
        ${careers.map((career) => html`<li>${career.title}</li>`)}
      </ul>
    </section>
  `;
}
