/**
 * Where the salary chart's pieces go, in pixels, for a given width and font
 * size: the chart is laid out to its measured width (never a scaled viewBox),
 * so text keeps its size on a phone. Text widths are estimates: no DOM here.
 */

import { linearScale, niceTicks } from './scale.js';
import type { NiceTicks } from './scale.js';

/**
 * Average advance of a character in ems, generous for proportional sans-serif
 * fonts: DejaVu Sans, the usual sans-serif on Linux, takes 0.64 em a digit
 * (at 0.55 em, figures at the chart's edge ran past it).
 */
const CHAR_EM = 0.62;

/** Estimated width of `text` at `fontSize` px. */
export const textWidth = (text: string, fontSize: number): number => text.length * CHAR_EM * fontSize;

export interface RowLayout {
  /** Top of the row (where its hit area starts) and its height. */
  top: number;
  height: number;
  /** The career's label, one line beside the bands or as many as it needs above them. */
  lines: string[];
  /** Baseline of the label's first line; each further line is `lineHeight` lower. */
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
  /** Distance between the baselines of a label's lines. */
  lineHeight: number;
  rows: RowLayout[];
  /** The axis line's y; tick labels have their baseline at `tickLabel`. */
  axis: number;
  tickLabel: number;
  height: number;
  /**
   * How many axis ticks to ask for, at least two: a nice step can give up to
   * √2 times as many as asked, and each needs `tickWidth`. `fitTicks` makes sure.
   */
  tickCount: number;
}

/**
 * Lays out one row per label across `width` px. Labels go in a left column
 * when they all fit in 40% of the width and the chart is 30 ems or wider;
 * otherwise each goes above its bands, on as many lines as it needs (never
 * cut: a long title at a large text size wraps). `tickWidth` is the room one
 * axis label needs, gap included.
 */
export function layoutChart(width: number, labels: string[], fontSize: number, tickWidth: number): ChartLayout {
  const em = fontSize;
  const lineHeight = 1.2 * em;
  const labelColumn = Math.max(0, ...labels.map((label) => textWidth(label, em))) + em;
  const narrow = width < 30 * em || labelColumn > 0.4 * width;
  // Room for half a tick label beyond the first and last tick, but no more than an eighth of
  // the width: on a narrow chart with large text the end labels are held to the edges (placeText)
  // rather than squeezing the plot until its labels collide.
  const edge = Math.min(tickWidth / 2, width / 8);
  const start = narrow ? edge : labelColumn;
  const plot: [number, number] = [start, Math.max(width - edge, start + 1)];
  let top = 0;
  const rows = labels.map((text) => {
    const lines = narrow ? wrapText(text, width, em) : [text];
    // Above the bands: the label's lines, then the bands; beside them: a little air.
    const above = narrow ? 0.3 * em + lines.length * lineHeight : 0.4 * em;
    const band = top + above + em;
    const label = narrow ? top + 1.1 * em : band + 0.35 * em;
    const height = above + 3.4 * em;
    const row = { top, height, lines, label, band, value: band + 1.8 * em };
    top += height;
    return row;
  });
  const axis = top;
  return {
    narrow,
    plot,
    lineHeight,
    rows,
    axis,
    tickLabel: axis + 1.3 * em,
    height: axis + 1.7 * em,
    tickCount: Math.max(2, Math.floor((plot[1] - plot[0]) / tickWidth / Math.SQRT2)),
  };
}

/**
 * `text` broken at spaces into lines of at most `width` px at `fontSize`.
 * Only a single word wider than that is cut, with an ellipsis.
 */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    const joined = last >= 0 ? `${lines[last]} ${word}` : word;
    if (last >= 0 && textWidth(joined, fontSize) <= width) lines[last] = joined;
    else lines.push(fitText(word, width, fontSize));
  }
  return lines.length > 0 ? lines : [''];
}

export interface AxisTick {
  value: number;
  /** The figure written under it, or undefined for a gridline left unlabelled so its neighbours fit. */
  label: string | undefined;
}

/**
 * Axis ticks whose labels do not touch: the labels actually drawn (`label`
 * gets each value and the step, so a compact "$40K" is measured as such) must
 * each keep `gap` px from the next, and stay inside `[0, width]` (see
 * `placeText`). Asks for `count` ticks, then fewer over the same domain; when
 * those collide too (a narrow chart at a large text size), only every other one is
 * labelled, or every third…, then the two ends, then the first alone.
 */
export function fitTicks(
  [min, max]: [number, number],
  plot: [number, number],
  count: number,
  label: (value: number, step: number) => string,
  { fontSize, width, gap }: { fontSize: number; width: number; gap: number },
): { domain: [number, number]; ticks: AxisTick[] } {
  const fits = (ticks: AxisTick[], domain: [number, number]) => labelsFit(ticks, domain, plot, fontSize, width, gap);
  const asked = Math.max(1, Math.floor(count));
  let axis = labelledTicks(min, max, asked, label);
  // Fewer ticks over the same domain, if that is what fits; fewer that widen the domain would
  // squeeze the bars into part of the chart, so the labels are thinned out instead (below).
  // Only a candidate over the same domain is labelled: formatting is most of the cost here.
  let fitting = fits(axis.ticks, axis.domain);
  for (let fewer = asked - 1; fewer >= 1 && !fitting; fewer--) {
    const nice = niceTicks(min, max, fewer);
    if (nice.domain[0] !== axis.domain[0] || nice.domain[1] !== axis.domain[1]) continue;
    const candidate = withLabels(nice, label);
    if (fits(candidate.ticks, candidate.domain)) [axis, fitting] = [candidate, true];
  }
  const { domain, ticks } = axis;
  // Every other label (then every third…), from the first: the gridlines stay, so the scale still reads.
  for (let every = 1; every < ticks.length; every++) {
    const thinned = keepLabels(ticks, (index) => index % every === 0);
    if (fits(thinned, domain)) return { domain, ticks: thinned };
  }
  // The two ends, which still give the range; failing that, the first alone.
  const ends = keepLabels(ticks, (index) => index === 0 || index === ticks.length - 1);
  if (fits(ends, domain)) return { domain, ticks: ends };
  return { domain, ticks: keepLabels(ticks, (index) => index === 0) };
}

/** The ticks with the labels of those `keep` accepts; the others stay as unlabelled gridlines. */
function keepLabels(ticks: AxisTick[], keep: (index: number) => boolean): AxisTick[] {
  return ticks.map((tick, index) => (keep(index) ? tick : { ...tick, label: undefined }));
}

/** About `count` nice ticks over `[min, max]`, each with its label (`label` gets the value and the step). */
export function labelledTicks(min: number, max: number, count: number, label: (value: number, step: number) => string) {
  return withLabels(niceTicks(min, max, count), label);
}

/** Nice ticks with their labels. */
function withLabels({ domain, ticks }: NiceTicks, label: (value: number, step: number) => string) {
  const step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
  return { domain, ticks: ticks.map((value): AxisTick => ({ value, label: label(value, step) })) };
}

/** True when no two labelled ticks' labels come within `gap` px of each other. */
function labelsFit(
  ticks: AxisTick[],
  domain: [number, number],
  plot: [number, number],
  fontSize: number,
  width: number,
  gap: number,
): boolean {
  const scale = linearScale(domain, plot);
  const spans = ticks
    .filter((tick): tick is AxisTick & { label: string } => tick.label !== undefined)
    .map(({ value, label }) => textSpan(placeText(scale(value), label, fontSize, width), label, fontSize));
  return spans.every((span, index) => index === 0 || span[0] - spans[index - 1][1] >= gap);
}

/** `text` cut with an ellipsis so it fits in `width` px at `fontSize`. */
export function fitText(text: string, width: number, fontSize: number): string {
  const max = Math.max(1, Math.floor(width / (CHAR_EM * fontSize)));
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Where a piece of text goes: `x` and the side of the text it marks (SVG's text-anchor). */
export interface TextPlace {
  x: number;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * `text` centred on `x`, or, where that would take it out of `[0, width]`,
 * held to that edge by its anchor: an edge holds even when the font is wider
 * than `textWidth` estimates.
 */
export function placeText(x: number, text: string, fontSize: number, width: number): TextPlace {
  // A fifth more than half the estimate: a wide font must not take a centred figure past the edge.
  const half = 0.6 * textWidth(text, fontSize);
  if (x - half < 0) return { x: 0, anchor: 'start' };
  if (x + half > width) return { x: width, anchor: 'end' };
  return { x, anchor: 'middle' };
}

/** The span `[left, right]` that `text`, placed so, is estimated to cover. */
export function textSpan({ x, anchor }: TextPlace, text: string, fontSize: number): [number, number] {
  const size = textWidth(text, fontSize);
  const left = anchor === 'start' ? x : anchor === 'end' ? x - size : x - size / 2;
  return [left, left + size];
}

/** The box a piece of text is estimated to cover: `[left, right]` across, `[top, bottom]` down. */
export interface TextBox {
  x: [number, number];
  y: [number, number];
}

/** The box of `text` placed so, with its baseline at `y`: ascenders above it, descenders below. */
export function textBox(place: TextPlace, text: string, y: number, fontSize: number): TextBox {
  return { x: textSpan(place, text, fontSize), y: [y - 0.8 * fontSize, y + 0.25 * fontSize] };
}

/**
 * The stretches `[y1, y2]` of a vertical gridline at `x`, running from `top`
 * to `bottom`, that keep `pad` px clear of every text box: gridlines stop
 * short of names and figures instead of running through them.
 */
export function gridSegments(x: number, [top, bottom]: [number, number], boxes: TextBox[], pad: number) {
  const gaps = boxes
    .filter((box) => box.x[0] - pad <= x && x <= box.x[1] + pad)
    .map((box): [number, number] => [box.y[0] - pad, box.y[1] + pad])
    .sort((a, b) => a[0] - b[0]);
  const segments: [number, number][] = [];
  let from = top;
  for (const [start, end] of gaps) {
    if (start > from) segments.push([from, Math.min(start, bottom)]);
    from = Math.max(from, end);
  }
  if (from < bottom) segments.push([from, bottom]);
  return segments.filter(([y1, y2]) => y2 > y1);
}
