import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearScale, niceTicks, tickStep } from '../../src/core/scale.js';

/** True when `step` is 1, 2 or 5 times a power of ten. */
function isNiceStep(step: number): boolean {
  const power = 10 ** Math.floor(Math.log10(step) + 1e-9);
  return [1, 2, 5, 10].some((factor) => Math.abs(step / power - factor) < 1e-9);
}

describe('tickStep', () => {
  it.each([
    [0, 10, 10, 1],
    [0, 10, 5, 2],
    [0, 10, 2, 5],
    [0, 100, 5, 20],
    [0, 1, 5, 0.2],
    [0, 1, 10, 0.1],
    [35020, 219080, 5, 50000],
    [35020, 57830, 5, 5000],
    [16.84, 27.8, 4, 2],
    [10, 0, 5, 2],
  ])('from %d to %d in about %d ticks steps by %d', (start, stop, count, step) => {
    expect(tickStep(start, stop, count)).toBe(step);
  });

  it('uses the geometric means of 1, 2, 5 and 10 as its thresholds, as d3 does', () => {
    expect(tickStep(0, 14.1, 10)).toBe(1); // 1.41 < √2
    expect(tickStep(0, 14.2, 10)).toBe(2);
    expect(tickStep(0, 31.6, 10)).toBe(2); // 3.16 < √10
    expect(tickStep(0, 31.7, 10)).toBe(5);
    expect(tickStep(0, 70.7, 10)).toBe(5); // 7.07 < √50
    expect(tickStep(0, 70.8, 10)).toBe(10);
  });

  it('gives a step, not zero or NaN, for an empty span', () => {
    expect(tickStep(5, 5, 5)).toBe(1);
  });

  it('treats a count that is not a number as one tick, never as thousands', () => {
    expect(tickStep(35020, 219080, Number.NaN)).toBe(200000);
    expect(tickStep(35020, 219080, 0)).toBe(200000);
    expect(niceTicks(35020, 219080, Number.NaN).ticks.length).toBeLessThan(5);
  });

  it('is always 1, 2 or 5 times a power of ten', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e7, max: 1e7, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e7, noNaN: true }),
        fc.integer({ min: 1, max: 20 }),
        (start, span, count) => isNiceStep(tickStep(start, start + span, count)),
      ),
    );
  });
});

describe('niceTicks', () => {
  it('widens the pay of three careers to whole steps ($0–$250K, every $50K)', () => {
    expect(niceTicks(35020, 219080, 5)).toEqual({
      domain: [0, 250000],
      ticks: [0, 50000, 100000, 150000, 200000, 250000],
    });
  });

  it('keeps a narrow range tight', () => {
    expect(niceTicks(35020, 57830, 5)).toEqual({
      domain: [35000, 60000],
      ticks: [35000, 40000, 45000, 50000, 55000, 60000],
    });
  });

  it('steps by cents without binary noise', () => {
    const { ticks } = niceTicks(0.1, 0.7, 6);
    expect(ticks).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
  });

  it('does not double a small axis as repeated re-stepping would', () => {
    expect(niceTicks(35, 219, 2)).toEqual({ domain: [0, 300], ticks: [0, 100, 200, 300] });
  });

  it('widens a single value to take in zero', () => {
    expect(niceTicks(44200, 44200, 5).domain).toEqual([0, 50000]);
    expect(niceTicks(0, 0, 5)).toEqual({ domain: [0, 1], ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] });
  });

  it('gives an axis for no values at all (min Infinity, max -Infinity)', () => {
    expect(niceTicks(Math.min(), Math.max(), 3).domain).toEqual([0, 1]);
  });

  it('covers the values with evenly spaced nice ticks, about as many as asked for', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.integer({ min: 2, max: 12 }),
        (min, span, count) => {
          const max = min + span;
          const { domain, ticks } = niceTicks(min, max, count);
          const step = ticks[1] - ticks[0];
          expect(domain[0]).toBeLessThanOrEqual(min);
          expect(domain[1]).toBeGreaterThanOrEqual(max);
          expect(domain).toEqual([ticks[0], ticks[ticks.length - 1]]);
          expect(isNiceStep(step)).toBe(true);
          for (let i = 1; i < ticks.length; i++) expect(ticks[i] - ticks[i - 1]).toBeCloseTo(step, 6);
          // Each tick is a whole multiple of the step.
          for (const tick of ticks) {
            const k = tick / step;
            expect(Math.abs(k - Math.round(k))).toBeLessThan(1e-6 * Math.max(1, Math.abs(k)));
          }
          expect(ticks.length).toBeGreaterThanOrEqual(2);
          expect(ticks.length).toBeLessThanOrEqual(2 * count + 2);
        },
      ),
    );
  });
});

describe('linearScale', () => {
  it('maps the domain onto the range', () => {
    const scale = linearScale([0, 100], [10, 210]);
    expect(scale(0)).toBe(10);
    expect(scale(50)).toBe(110);
    expect(scale(100)).toBe(210);
    expect(scale(150)).toBe(310);
  });

  it('can run backwards', () => {
    const scale = linearScale([0, 10], [100, 0]);
    expect(scale(2)).toBe(80);
  });

  it('puts everything at the range start for an empty domain, not NaN', () => {
    expect(linearScale([5, 5], [0, 100])(5)).toBe(0);
  });

  it('passes NaN through, so a missing figure is never drawn at a real position', () => {
    expect(linearScale([0, 1], [0, 100])(Number.NaN)).toBeNaN();
  });
});
