// How the widgets look on a publisher's page (issue 18): the colours that must
// show on a dark page without a theme (the chart's bands, links), links that
// look like links, and the quiz's radio buttons on their label's first line.
// Run `npm run build` first: this imports dist/.
import { expect, fixture, html } from '@open-wc/testing';
import '../../dist/index.js';
import { contrast, rgb, settle } from './helpers.js';

const PAGES = [
  { name: 'a light page', background: 'rgb(255, 255, 255)', color: 'rgb(34, 34, 34)' },
  { name: 'a dark page', background: 'rgb(17, 17, 17)', color: 'rgb(230, 230, 230)' },
];

describe('on a page without a theme', () => {
  for (const page of PAGES) {
    it(`draws the chart's bands so they show on ${page.name} (3:1 or more)`, async () => {
      const box = await fixture(
        html`<div style="background: ${page.background}; color: ${page.color}; width: 600px">
          <career-salary-chart careers="medical-assistant medical-coder"></career-salary-chart>
        </div>`,
      );
      const chart = box.firstElementChild;
      await settle(chart);
      const middle = getComputedStyle(chart.shadowRoot.querySelector('.middle')).fill;
      const range = getComputedStyle(chart.shadowRoot.querySelector('.range')).stroke;
      expect(contrast(middle, page.background), `25th–75th band ${middle}`).to.be.at.least(3);
      expect(contrast(range, page.background), `10th–90th band's edge ${range}`).to.be.at.least(3);
    });

    it(`colours links as links on ${page.name}: not the text colour, underlined, 4.5:1 or more`, async () => {
      const box = await fixture(
        html`<div style="background: ${page.background}; color: ${page.color}; width: 900px">
          <career-table careers="medical-assistant medical-coder"></career-table>
        </div>`,
      );
      const table = box.firstElementChild;
      await settle(table);
      const link = table.shadowRoot.querySelector('a');
      expect(link, 'a link').to.exist;
      const style = getComputedStyle(link);
      expect(rgb(style.color), 'not the text colour').not.to.deep.equal(rgb(page.color));
      expect(style.textDecorationLine).to.include('underline');
      expect(contrast(style.color, page.background), `link colour ${style.color}`).to.be.at.least(4.5);
    });
  }

  it('takes --career-link-color for links', async () => {
    const box = await fixture(
      html`<div style="--career-link-color: rgb(120, 0, 90)">
        <career-table careers="medical-assistant"></career-table>
        <career-table theme="dark" careers="medical-assistant"></career-table>
      </div>`,
    );
    for (const table of box.children) {
      await settle(table);
      expect(
        getComputedStyle(table.shadowRoot.querySelector('a')).color,
        table.getAttribute('theme') ?? 'no theme',
      ).to.equal('rgb(120, 0, 90)');
    }
  });
});

describe("the quiz's answers", () => {
  for (const [fontSize, lineHeight] of [
    [16, 1.6],
    [16, 1.2],
    [22, 1.5],
  ]) {
    it(`centres each radio button on its label's first line (${fontSize}px text, line height ${lineHeight})`, async () => {
      const box = await fixture(
        html`<div style="font-size: ${fontSize}px; line-height: ${lineHeight}; width: 280px">
          <career-quiz></career-quiz>
        </div>`,
      );
      const quiz = box.firstElementChild;
      await settle(quiz);
      const options = [...quiz.shadowRoot.querySelectorAll('[part="option"]')];
      expect(options.length).to.be.at.least(2);
      for (const option of options) {
        const radio = option.querySelector('input').getBoundingClientRect();
        const span = option.querySelector('span');
        const range = document.createRange();
        range.setStart(span.firstChild, 0);
        range.setEnd(span.firstChild, 1);
        // The first line's box: its top, and one line of the label's text.
        const top = span.getBoundingClientRect().top;
        const line = fontSize * lineHeight;
        const lineCentre = top + line / 2;
        const radioCentre = (radio.top + radio.bottom) / 2;
        expect(
          Math.abs(radioCentre - lineCentre),
          `"${span.textContent}": radio centre against the first line's`,
        ).to.be.at.most(2);
        expect(range.getBoundingClientRect().top, 'the first letter on that line').to.be.below(top + line);
      }
    });
  }
});
