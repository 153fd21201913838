/**
 * Where the salary chart's pieces go, in pixels, for a given width and font
 * size: the chart is laid out to its measured width (never a scaled viewBox),
 * so text keeps its size on a phone. Text widths are estimates: no DOM here.
 */

/** Average advance of a character in ems: generous for proportional sans-serif fonts. */
const CHAR_EM = 0.55;

/** Estimated width of `text` at `fontSize` px. */
export const textWidth = (text: string, fontSize: number): number => text.length * CHAR_EM * fontSize;

export interface RowLayout {
  /** Baseline of the career's label. */
  label: number;
  /** Centre line of the bands and the median marker. */
  band: number;
  /** Baseline of the median's value, under the marker. */
  value: number;
}

export interface ChartLayout {
  /** Labels sit above the bands (true) or in a column to their left. */
  narrow: boolean;
  /** Horizontal extent of the plot, where the scale maps pay. */
  plot: [number, number];
  rowHeight: number;
  rows: RowLayout[];
  /** The axis line's y; tick labels have their baseline at `tickLabel`. */
  axis: number;
  tickLabel: number;
  height: number;
  /**
   * How many axis ticks to ask for, at least two: a nice step can give up to
   * √2 times as many as asked, and each needs `tickWidth`.
   */
  tickCount: number;
}

/**
 * Lays out one row per label across `width` px. Labels go in a left column
 * when they all fit in 40% of the width and the chart is 30 ems or wider;
 * otherwise each goes above its bands. `tickWidth` is the room one axis
 * label needs, gap included.
 */
export function layoutChart(width: number, labels: string[], fontSize: number, tickWidth: number): ChartLayout {
  const em = fontSize;
  const labelColumn = Math.max(0, ...labels.map((label) => textWidth(label, em))) + em;
  const narrow = width < 30 * em || labelColumn > 0.4 * width;
  // Room for half a tick label beyond the first and last tick.
  const edge = tickWidth / 2;
  const start = narrow ? edge : labelColumn;
  const plot: [number, number] = [start, Math.max(width - edge, start + 1)];
  const top = narrow ? 1.5 * em : 0.4 * em;
  const rowHeight = top + 3.4 * em;
  const rows = labels.map((_, index) => {
    const band = index * rowHeight + top + em;
    return { label: narrow ? band - 1.4 * em : band + 0.35 * em, band, value: band + 1.8 * em };
  });
  const axis = labels.length * rowHeight;
  return {
    narrow,
    plot,
    rowHeight,
    rows,
    axis,
    tickLabel: axis + 1.3 * em,
    height: axis + 1.7 * em,
    tickCount: Math.max(2, Math.floor((plot[1] - plot[0]) / tickWidth / Math.SQRT2)),
  };
}

/** `text` cut with an ellipsis so it fits in `width` px at `fontSize`. */
export function fitText(text: string, width: number, fontSize: number): string {
  const max = Math.max(1, Math.floor(width / (CHAR_EM * fontSize)));
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The x to centre `text` on near `x` so that none of it leaves `[0, width]`. */
export function centreText(x: number, text: string, fontSize: number, width: number): number {
  const half = textWidth(text, fontSize) / 2;
  return Math.max(half, Math.min(x, width - half));
}
