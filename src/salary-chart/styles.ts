import { css } from 'lit';

export const chartStyles = css`
  :host {
    --_sticky: var(--career-background, Canvas);
    /* No theme: the accent mixed with the page's text colour, so the bands show on a dark page as on a light one. */
    --_band: var(--career-accent, color-mix(in srgb, #0a5fc2 60%, currentColor));
  }
  :host([theme]) {
    --_sticky: var(--_background);
    --_band: var(--_accent);
  }
  figure {
    margin: 0;
  }
  p,
  [part='title'] {
    margin: 0 0 var(--_space);
  }
  [part='title'] {
    font-size: 1em;
  }
  .plot {
    position: relative;
    margin: var(--_space) 0;
  }
  svg {
    display: block;
    max-width: 100%;
    height: auto;
    fill: currentColor;
  }
  /* Server-rendered and not (yet) brought to life: the toggle would do nothing. Its room stays, so nothing moves when it shows. */
  :host(:not(:defined)) [part='toggle'] {
    visibility: hidden;
  }
  /* Figures are centred on their mark, or held to the chart's edge (placeText). */
  .tick,
  .value {
    text-anchor: middle;
  }
  .anchor-start {
    text-anchor: start;
  }
  .anchor-end {
    text-anchor: end;
  }
  .grid {
    fill: none;
    stroke: var(--_border);
  }
  .range,
  .middle {
    fill: var(--_band);
  }
  .range {
    fill-opacity: 0.25;
    stroke: var(--_band);
  }
  .median {
    fill: var(--_accent-text);
    stroke: currentColor;
  }
  .hit {
    fill: transparent;
  }
  .active .hit {
    stroke: var(--_focus);
    stroke-width: 2;
  }
  .tip {
    position: absolute;
    width: min(16rem, 100%);
    left: calc(var(--at) * (100% - min(16rem, 100%)));
  }
  .tip > div {
    padding: 0.5em;
    border: 1px solid;
    color: CanvasText;
    background: Canvas;
  }
  [role='region'] {
    overflow-x: auto;
  }
  /* Targets at least 24px tall, whatever the inherited font size (WCAG 2.5.8). */
  summary {
    min-height: 24px;
    margin-block: 4px;
    cursor: pointer;
  }
  [part='toggle'] {
    display: flex;
    align-items: center;
    gap: 0.4em;
    width: fit-content;
    min-height: 24px;
  }
  th,
  td {
    padding: 0.2em 0.5em;
    text-align: end;
  }
  caption,
  tr > :first-child {
    text-align: start;
  }
  /* The career column stays in view while the table scrolls. */
  tr > :first-child {
    position: sticky;
    inset-inline-start: 0;
    background: var(--_sticky);
  }
  @media (forced-colors: active) {
    :host,
    :host([theme]) {
      --_band: Highlight;
    }
    svg {
      forced-color-adjust: none;
      color: CanvasText;
    }
    .median {
      fill: Canvas;
    }
  }
`;
