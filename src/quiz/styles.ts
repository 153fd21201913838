import { css } from 'lit';

// Short rules, one per line: Lit keeps css`` text as written, so every byte ships.
export const quizStyles = css`
  :host {
    overflow-wrap: break-word;
  }
  /*
   * Server-rendered and not (yet) brought to life: the quiz says it needs JavaScript, over its
   * buttons (which need it), so nothing moves when the note goes.
   */
  [part='base'] {
    position: relative;
  }
  .needs-script {
    position: absolute;
    inset: auto 0 0;
    margin: 0;
    padding: 0.5em;
    border: 1px solid var(--_border);
    background: Canvas;
    color: CanvasText;
  }
  :host(:defined) .needs-script {
    display: none;
  }
  :is(h1, h2, h3, h4, h5, h6) {
    font-family: var(--_heading-font);
    font-size: 1.15em;
    margin: 0 0 0.5em;
  }
  p,
  ol,
  fieldset {
    margin: 0 0 var(--_space);
  }
  .muted {
    color: var(--_muted);
    margin: 0;
  }
  .bar {
    display: block;
    width: 100%;
    height: 0.6rem;
    margin: 0.25em 0 var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  rect {
    fill: var(--_accent);
  }
  fieldset {
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
  }
  label {
    display: flex;
    gap: 0.6em;
    margin: 0.4em 0;
    padding: 0.6em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  label:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 2px var(--_accent);
  }
  label > span {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  /* The radio at the label's font size, centred on its first line (1lh: one line of the label's text). */
  input {
    flex: none;
    font: inherit;
    width: 1em;
    height: 1em;
    margin: 0.2em 0 0;
    margin-top: calc((1lh - 1em) / 2);
    accent-color: var(--_accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .secondary {
    background: none;
    color: inherit;
    border-color: var(--_border);
  }
  ol {
    padding-inline-start: 1.75em;
  }
  ol > li {
    margin-bottom: 1.5em;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 1em;
    margin: 0;
  }
  ul {
    margin: 0 0 0.5em;
    padding-inline-start: 1.25em;
  }
  [part~='links'] {
    list-style: none;
    padding: 0;
  }
`;
