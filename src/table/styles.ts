import { css } from 'lit';

// Written one rule a line: css`` text ships as written (nothing minifies it).
/**
 * The table, and the cards it becomes in a narrow container. Container
 * queries on the element's own width choose; the threshold grows with the
 * number of careers (classes n2, n3, n4). Borders, not backgrounds, draw the
 * structure, so forced-colors mode keeps it.
 */
export const tableStyles = css`
  :host {
    --_sticky: var(--career-background, Canvas);
  }
  :host([theme]) {
    --_sticky: var(--_background);
  }
  .wrap {
    container-type: inline-size;
    overflow-wrap: anywhere;
    line-height: 1.4;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  .auto table {
    table-layout: fixed;
  }
  .auto thead td {
    width: 25%;
  }
  .caption {
    font-family: var(--_heading-font);
    font-size: 1.125em;
    font-weight: 600;
    margin: 0 0 calc(var(--_space) / 2);
  }
  th,
  td,
  dl > div {
    padding: calc(var(--_space) / 2);
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--_border);
  }
  thead > tr > *,
  .title {
    background: var(--_surface);
    border-bottom: 3px solid var(--_accent);
  }
  dt,
  .title {
    font-weight: 700;
  }
  p,
  ul,
  dl,
  dd {
    margin: 0;
  }
  ul {
    padding-inline-start: 1.1em;
  }
  .links,
  .sources ul {
    list-style: none;
    padding: 0;
  }
  .note,
  .none,
  .sources {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .figure .main {
    font-size: 1.25em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin-bottom: var(--_space);
  }
  .title {
    margin: 0;
    padding: calc(var(--_space) / 2);
    border-radius: var(--_radius) var(--_radius) 0 0;
    font-size: 1em;
  }
  dl > div:last-child {
    border: 0;
  }
  .sources {
    margin-top: var(--_space);
  }
  .scroll {
    overflow-x: auto;
    position: relative;
  }
  .table :is(th, td) {
    min-width: var(--career-column-width, 10rem);
  }
  .table :is(tbody th, thead td) {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--_sticky);
  }
  /* The stacked table: equal columns under the careers' names; each label runs across them. */
  .stacked {
    table-layout: fixed;
  }
  .stacked tbody th {
    padding-bottom: 0;
    border-bottom: 0;
  }
  /*
   * layout="auto": the table in 30rem or more (42rem for three careers, 54rem
   * for four); narrower, the stacked table for one to three careers (three
   * from 30rem), cards for four, and for three below 30rem.
   */
  .auto .stacked,
  .auto .stack {
    display: none;
  }
  @container (width<30rem) {
    .auto .scroll {
      display: none;
    }
    .auto[data-careers='2'] .stacked {
      display: table;
    }
    .auto:not([data-careers='2']) .stack {
      display: block;
    }
  }
  @container (30rem<=width<42rem) {
    .auto[data-careers='3'] .scroll {
      display: none;
    }
    .auto[data-careers='3'] .stacked {
      display: table;
    }
  }
  @container (30rem<=width<54rem) {
    .auto[data-careers='4'] .scroll {
      display: none;
    }
    .auto[data-careers='4'] .stack {
      display: block;
    }
  }
  .loading {
    min-height: var(--career-loading-height, 30rem);
  }
  @media print {
    .scroll {
      overflow: visible;
    }
    .table :is(th, td) {
      position: static;
      min-width: 0;
    }
    tr,
    .card {
      break-inside: avoid;
    }
  }
`;
