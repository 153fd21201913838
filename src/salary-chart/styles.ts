import { css } from 'lit';

// One rule a line: the chart's whole entry must stay within 12 KB with lit.
export const chartStyles = css`
  figure {
    margin: 0;
  }
  p {
    margin: 0 0 var(--_space);
  }
  .plot {
    position: relative;
    margin: var(--_space) 0;
  }
  svg {
    display: block;
    max-width: 100%;
    fill: currentColor;
  }
  .tick,
  .value {
    text-anchor: middle;
  }
  .grid {
    stroke: var(--_border);
  }
  .range,
  .middle {
    fill: var(--_accent);
  }
  .range {
    fill-opacity: 0.25;
    stroke: var(--_accent);
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
  th,
  td {
    padding: 0.2em 0.5em;
    text-align: end;
  }
  caption,
  tr > :first-child {
    text-align: start;
  }
  @media (forced-colors: active) {
    svg {
      forced-color-adjust: none;
      color: CanvasText;
    }
    .median {
      fill: Canvas;
    }
  }
`;
