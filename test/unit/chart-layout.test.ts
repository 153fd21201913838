import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centreText, fitText, layoutChart, textWidth } from '../../src/core/chart-layout.js';

const titles = ['Medical Assistant', 'Medical Coding & Billing Specialist', 'Healthcare Administrator'];
const em = 14;
const tick = 80;

describe('layoutChart', () => {
  it('puts labels in a left column when the chart is wide', () => {
    const layout = layoutChart(800, titles, em, tick);
    expect(layout.narrow).toBe(false);
    // The plot starts after the longest label.
    expect(layout.plot[0]).toBeGreaterThanOrEqual(textWidth(titles[1], em));
    expect(layout.plot[1]).toBe(800 - tick / 2);
    // Labels sit on the band's line.
    for (const row of layout.rows) expect(Math.abs(row.label - row.band)).toBeLessThan(em);
  });

  it('puts labels above the bands when the chart is narrow', () => {
    const layout = layoutChart(300, titles, em, tick);
    expect(layout.narrow).toBe(true);
    expect(layout.plot).toEqual([tick / 2, 300 - tick / 2]);
    for (const row of layout.rows) expect(row.label).toBeLessThan(row.band - em / 2);
  });

  it('goes narrow when a label would take more than 40% of the width', () => {
    const long = 'A career with a very long title indeed, longer than most';
    expect(layoutChart(800, [long], em, tick).narrow).toBe(true);
    expect(layoutChart(800, ['Nurse'], em, tick).narrow).toBe(false);
  });

  it('stacks rows one under the other, the axis under the last', () => {
    const layout = layoutChart(600, titles, em, tick);
    layout.rows.forEach((row, index) => {
      expect(row.band).toBeCloseTo(layout.rows[0].band + index * layout.rowHeight);
      // The median's value goes under its marker, inside the row.
      expect(row.value).toBeGreaterThan(row.band + 0.8 * em);
      expect(row.value).toBeLessThan((index + 1) * layout.rowHeight);
    });
    expect(layout.axis).toBe(titles.length * layout.rowHeight);
    expect(layout.tickLabel).toBeGreaterThan(layout.axis);
    expect(layout.height).toBeGreaterThan(layout.tickLabel);
  });

  it('asks for as many ticks as have room even if the step gives √2 times more, at least two', () => {
    const wide = layoutChart(800, ['Nurse'], em, 80);
    expect(wide.tickCount).toBe(Math.floor((wide.plot[1] - wide.plot[0]) / 80 / Math.SQRT2));
    expect(wide.tickCount).toBeGreaterThan(4);
    expect(layoutChart(200, titles, em, 80).tickCount).toBe(2);
  });

  it('keeps the plot inside the width at any width', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 2000 }),
        fc.array(fc.string({ maxLength: 60 }), { maxLength: 8 }),
        (width, labels) => {
          const layout = layoutChart(width, labels, em, tick);
          expect(layout.plot[0]).toBeGreaterThanOrEqual(0);
          expect(layout.plot[1]).toBeLessThanOrEqual(width);
          expect(layout.plot[1]).toBeGreaterThan(layout.plot[0]);
          expect(layout.rows).toHaveLength(labels.length);
        },
      ),
    );
  });
});

describe('fitText', () => {
  it('leaves text that fits alone', () => {
    expect(fitText('Medical Assistant', 300, em)).toBe('Medical Assistant');
  });

  it('cuts text that does not, with an ellipsis, to fit', () => {
    const cut = fitText('Medical Coding & Billing Specialist', 150, em);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, em)).toBeLessThanOrEqual(150);
  });
});

describe('centreText', () => {
  it('centres text on x when it fits', () => {
    expect(centreText(200, '$44,200', em, 400)).toBe(200);
  });

  it('moves text in from either edge so none of it leaves the chart', () => {
    const half = textWidth('$44,200', em) / 2;
    expect(centreText(2, '$44,200', em, 400)).toBe(half);
    expect(centreText(399, '$44,200', em, 400)).toBe(400 - half);
  });
});
