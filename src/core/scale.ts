/**
 * Linear scales and "nice" axis ticks, after d3-array's `tickIncrement` and
 * `nice`: steps of 1, 2 or 5 times a power of ten, chosen so about `count`
 * ticks cover the domain. Written small, for the salary chart's axis.
 */

/** Rounds away binary noise such as 0.30000000000000004. */
const clean = (value: number): number => +value.toPrecision(12);

/**
 * The tick step for about `count` ticks between `start` and `stop`: 1, 2 or 5
 * times a power of ten (1 for an empty span).
 */
export function tickStep(start: number, stop: number, count: number): number {
  // A count that is not a number >= 1 counts as 1: never thousands of ticks.
  const raw = Math.abs(stop - start) / (count >= 1 ? count : 1) || 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  // Thresholds at the geometric means of 1, 2, 5 and 10, as d3 uses.
  // A span below 1e-323 underflows the power to 0: step by 1 rather than by 0.
  return clean(power * (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.SQRT2 ? 2 : 1)) || 1;
}

export interface NiceTicks {
  /** The domain widened to whole steps. */
  domain: [number, number];
  /** Every step from the domain's start to its end. */
  ticks: number[];
}

/**
 * Widens `[min, max]` to whole tick steps and lists the ticks, about `count`
 * of them. One pass, unlike d3's `nice`, whose re-stepping can double a small
 * axis (35–219 with 2 ticks becomes 0–400); here it is 0–300, every 100.
 * A single value is widened to take in zero, so it still has an axis.
 */
export function niceTicks(min: number, max: number, count: number): NiceTicks {
  if (!(max > min)) [min, max] = [Math.min(0, min), Math.max(0, max) || 1];
  const step = tickStep(min, max, count);
  const first = Math.floor(min / step);
  const steps = Math.ceil(max / step) - first;
  const ticks: number[] = [];
  // Counted from 0, not from `first`: past 2^53, first + 1 === first and the loop would never end.
  for (let i = 0; i <= steps; i++) ticks.push(clean((first + i) * step));
  // `ticks[steps]` is the last tick (undefined, as is the last, when there are none).
  return { domain: [ticks[0], ticks[steps]], ticks };
}

/** Maps `domain` onto `range` linearly: `scale(domain[0]) === range[0]`. */
export function linearScale([d0, d1]: [number, number], [r0, r1]: [number, number]): (value: number) => number {
  const ratio = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * ratio;
}
