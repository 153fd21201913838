import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fitText,
  fitTicks,
  gridSegments,
  layoutChart,
  placeText,
  textBox,
  textSpan,
  textWidth,
  wrapText,
} from '../../src/core/chart-layout.js';
import { formatMoney } from '../../src/core/format.js';

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
    // Half a tick label at each end, at most an eighth of the width.
    expect(layout.plot).toEqual([300 / 8, 300 - 300 / 8]);
    expect(layoutChart(600, titles, em, tick).plot).toEqual([tick / 2, 600 - tick / 2]);
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
      expect(row.top).toBeCloseTo(index === 0 ? 0 : layout.rows[index - 1].top + layout.rows[index - 1].height);
      expect(row.band).toBeGreaterThan(row.top);
      // The median's value goes under its marker, inside the row.
      expect(row.value).toBeGreaterThan(row.band + 0.8 * em);
      expect(row.value).toBeLessThan(row.top + row.height);
    });
    const last = layout.rows[titles.length - 1];
    expect(layout.axis).toBe(last.top + last.height);
    expect(layout.tickLabel).toBeGreaterThan(layout.axis);
    expect(layout.height).toBeGreaterThan(layout.tickLabel);
  });

  it('wraps a long label above its bands onto more lines instead of cutting it, and makes its row taller', () => {
    const big = 28; // 200% text
    const layout = layoutChart(320, ['Medical Assistant', 'Medical Coding & Billing Specialist', 'Nurse'], big, tick);
    expect(layout.narrow).toBe(true);
    const [assistant, coder, nurse] = layout.rows;
    expect(coder.lines.join(' ')).toBe('Medical Coding & Billing Specialist');
    expect(coder.lines.length).toBeGreaterThan(1);
    for (const line of [...assistant.lines, ...coder.lines]) expect(textWidth(line, big)).toBeLessThanOrEqual(320);
    expect(coder.height).toBeGreaterThan(nurse.height);
    // The last line sits above the bands (the median marker reaches 0.8 em above their centre).
    const lastBaseline = coder.label + (coder.lines.length - 1) * layout.lineHeight;
    expect(lastBaseline).toBeLessThan(coder.band - 0.8 * big);
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

describe('placeText', () => {
  it('centres text on x when it fits', () => {
    expect(placeText(200, '$44,200', em, 400)).toEqual({ x: 200, anchor: 'middle' });
  });

  it('holds text to either edge by its anchor so none of it leaves the chart', () => {
    expect(placeText(2, '$44,200', em, 400)).toEqual({ x: 0, anchor: 'start' });
    expect(placeText(399, '$44,200', em, 400)).toEqual({ x: 400, anchor: 'end' });
    expect(textSpan(placeText(399, '$44,200', em, 400), '$44,200', em)[1]).toBe(400);
    expect(textSpan(placeText(2, '$44,200', em, 400), '$44,200', em)[0]).toBe(0);
  });
});

describe('wrapText', () => {
  it('keeps text that fits on one line', () => {
    expect(wrapText('Medical Assistant', 300, em)).toEqual(['Medical Assistant']);
  });

  it('breaks at spaces so every line fits', () => {
    const lines = wrapText('Medical Coding & Billing Specialist', 120, em);
    expect(lines.join(' ')).toBe('Medical Coding & Billing Specialist');
    for (const line of lines) expect(textWidth(line, em)).toBeLessThanOrEqual(120);
  });

  it('cuts only a single word too wide for a line', () => {
    expect(wrapText('Anesthesiologists', 60, em)).toEqual([fitText('Anesthesiologists', 60, em)]);
  });
});

describe('fitTicks', () => {
  const money = (locale: string) => (value: number, step: number) =>
    formatMoney(value, { locale, currency: 'USD', unit: 'annual', compact: step >= 1000 });
  /** The drawn extents of the labelled ticks, as the chart places them. */
  const extents = (
    ticks: { value: number; label?: string }[],
    domain: [number, number],
    plot: [number, number],
    size: number,
    width: number,
  ) =>
    ticks
      .filter((t) => t.label !== undefined)
      .map(({ value, label }) => {
        const x = plot[0] + ((value - domain[0]) / (domain[1] - domain[0])) * (plot[1] - plot[0]);
        return textSpan(placeText(x, label!, size, width), label!, size);
      });

  it('keeps the ticks asked for when their labels fit', () => {
    const { ticks } = fitTicks([30000, 90000], [40, 760], 6, money('en-US'), { fontSize: em, width: 800, gap: em });
    expect(ticks.map((t) => t.label)).toEqual(['$30K', '$40K', '$50K', '$60K', '$70K', '$80K', '$90K']);
  });

  it('never lets two labels touch: Spanish at 320 px, and 200% text at 320 px', () => {
    for (const [locale, size] of [
      ['es', 14],
      ['en-US', 28],
      ['es', 28],
    ] as const) {
      const width = 320;
      const plot: [number, number] = [50, 270];
      // Asked for too many on purpose: the fit has to bring them down.
      const { domain, ticks } = fitTicks([22000, 239200], plot, 4, money(locale), {
        fontSize: size,
        width,
        gap: size / 2,
      });
      expect(ticks.filter((t) => t.label).length, `${locale} at ${size}px`).toBeGreaterThanOrEqual(1);
      const spans = extents(ticks, domain, plot, size, width);
      spans.forEach((span, i) => {
        expect(span[0]).toBeGreaterThanOrEqual(0);
        expect(span[1]).toBeLessThanOrEqual(width);
        if (i > 0) expect(span[0] - spans[i - 1][1], `${locale} at ${size}px`).toBeGreaterThanOrEqual(size / 2);
      });
      // Every figure is still inside the axis.
      expect(domain[0]).toBeLessThanOrEqual(22000);
      expect(domain[1]).toBeGreaterThanOrEqual(239200);
      // Labels are thinned rather than the axis widened (fewer ticks would make it 0–400K).
      expect(domain[1]).toBeLessThanOrEqual(250000);
    }
  });

  it('labels every other tick when even the fewest collide, keeping every gridline', () => {
    const { ticks } = fitTicks([0, 300000], [30, 90], 1, money('en-US'), { fontSize: 28, width: 120, gap: 14 });
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks[0].label).toBeDefined();
    expect(ticks[1].label).toBeUndefined();
  });

  it('holds for any range and width', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200000 }),
        fc.integer({ min: 1, max: 400000 }),
        fc.integer({ min: 200, max: 1600 }),
        fc.constantFrom(12, 14, 28),
        (low, span, width, size) => {
          const plot: [number, number] = [size * 3, width - size * 3];
          const { domain, ticks } = fitTicks([low, low + span], plot, 8, money('en-US'), {
            fontSize: size,
            width,
            gap: size / 2,
          });
          const spans = extents(ticks, domain, plot, size, width);
          spans.forEach((s, i) => {
            if (i > 0) expect(s[0] - spans[i - 1][1]).toBeGreaterThanOrEqual(size / 2 - 1e-9);
          });
        },
      ),
    );
  });
});

describe('gridSegments', () => {
  const box = (x: [number, number], y: [number, number]) => ({ x, y });

  it('runs the whole height where no text is in the way', () => {
    expect(gridSegments(100, [0, 200], [box([0, 50], [10, 30]), box([150, 190], [40, 60])], 4)).toEqual([[0, 200]]);
  });

  it('stops short of each text it would cross, by the pad', () => {
    const boxes = [box([80, 160], [20, 40]), box([90, 110], [100, 120])];
    expect(gridSegments(100, [0, 200], boxes, 4)).toEqual([
      [0, 16],
      [44, 96],
      [124, 200],
    ]);
  });

  it('keeps clear of text that only comes within the pad of the line', () => {
    expect(gridSegments(100, [0, 100], [box([102, 140], [40, 60])], 4)).toEqual([
      [0, 36],
      [64, 100],
    ]);
  });

  it('merges overlapping texts and drops a line covered end to end', () => {
    const overlapping = [box([90, 110], [30, 60]), box([95, 105], [50, 80])];
    expect(gridSegments(100, [0, 100], overlapping, 0)).toEqual([
      [0, 30],
      [80, 100],
    ]);
    expect(gridSegments(100, [0, 100], [box([0, 200], [-10, 110])], 0)).toEqual([]);
  });

  it('never lets a stretch cross a text box (property)', () => {
    const span = fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 100 }));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.array(fc.tuple(span, span), { maxLength: 8 }), (x, raw) => {
        const boxes = raw.map(([[left, w], [top, h]]) => box([left, left + w], [top, top + h]));
        for (const [y1, y2] of gridSegments(x, [0, 400], boxes, 2)) {
          expect(y2).toBeGreaterThan(y1);
          for (const b of boxes) {
            const crossesX = b.x[0] - 2 <= x && x <= b.x[1] + 2;
            const crossesY = y1 < b.y[1] + 2 && b.y[0] - 2 < y2;
            expect(crossesX && crossesY).toBe(false);
          }
        }
      }),
    );
  });
});

describe('textBox', () => {
  it("covers the text's estimated span across and its ascenders and descenders down", () => {
    const place = placeText(100, '$50,250', 16, 400);
    const { x, y } = textBox(place, '$50,250', 60, 16);
    expect(x[1] - x[0]).toBeCloseTo(textWidth('$50,250', 16));
    expect((x[0] + x[1]) / 2).toBeCloseTo(100);
    expect(y[0]).toBeLessThan(60 - 0.7 * 16);
    expect(y[1]).toBeGreaterThan(60);
  });
});
