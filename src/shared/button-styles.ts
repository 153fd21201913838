import { css } from 'lit';

/** The quiz's buttons and the compare's hand-off: one look, at least 44px tall (2.75em of 16px). */
export const buttonStyles = css`
  button {
    font: inherit;
    min-height: 2.75em;
    padding: 0.4em 1.2em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    cursor: pointer;
  }
`;
