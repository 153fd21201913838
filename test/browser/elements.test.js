// Each element, as built in dist/: defined by its entry, renders the chosen
// careers, reports unknown ids (in place and with `career-error`), passes axe.
// Run `npm run build` first.
import { expect, fixture, html, oneEvent, unsafeStatic } from '@open-wc/testing';
import { careers } from '../../dist/data/index.js';
import { ELEMENTS, create, deepText } from './helpers.js';

/** `<tag careers="…">` as a fixture (no attribute when `ids` is undefined). */
function render(tag, ids) {
  const name = unsafeStatic(tag);
  return ids === undefined ? fixture(html`<${name}></${name}>`) : fixture(html`<${name} careers=${ids}></${name}>`);
}

describe('the built-in dataset', () => {
  it('has enough careers for these tests', () => {
    expect(careers.length).to.be.at.least(3);
  });
});

for (const { tag, entry, className, defaultCount } of ELEMENTS) {
  describe(`<${tag}>`, () => {
    let Element;
    // Created and attached before the definition, to see it upgrade.
    let early;
    let earlyError;

    before(async () => {
      // Each entry defines its own tag only once the test imports it (the
      // compare entry, last, also defines the others, already defined by then).
      if (!customElements.get(tag)) {
        early = create(tag, { careers: `${careers[1].id} no-such-career` });
        earlyError = oneEvent(early, 'career-error');
        document.body.append(early);
      }
      Element = (await import(entry))[className];
    });

    after(() => {
      early?.remove();
    });

    it('is defined by importing its entry', () => {
      expect(Element, `${entry} exports ${className}`).to.be.a('function');
      expect(customElements.get(tag)).to.equal(Element);
      expect(document.createElement(tag)).to.be.an.instanceOf(Element);
    });

    it('upgrades an element that was in the page before its definition', async () => {
      expect(early, `<${tag}> was not defined before its entry was imported`).to.exist;
      await customElements.whenDefined(tag);
      expect(early).to.be.an.instanceOf(Element);
      const event = await earlyError;
      await early.updateComplete;
      expect(event.detail.message).to.equal("Unknown career: 'no-such-career'");
      expect(deepText(early)).to.include("Unknown career: 'no-such-career'");
    });

    if (defaultCount > 0) {
      it(`shows the first ${defaultCount} careers by default, and those named in \`careers\` in their order`, async () => {
        const text = deepText(await render(tag));
        for (const career of careers.slice(0, defaultCount)) expect(text).to.include(career.title);
        expect(text).not.to.include('Unknown career');

        const [first, second] = [careers[2], careers[0]];
        const chosen = deepText(await render(tag, `${first.id} ${second.id}`));
        expect(chosen.indexOf(first.title)).to.be.at.least(0);
        expect(chosen.indexOf(first.title)).to.be.below(chosen.indexOf(second.title));
      });

      it('follows changes to `careers`', async () => {
        const el = await render(tag, careers[0].id);
        el.careers = careers[2].id;
        await el.updateComplete;
        expect(deepText(el)).to.include(careers[2].title);
        expect(deepText(el)).not.to.include(careers[0].title);
      });
    }

    it('reports an unknown id in place and with a bubbling, composed career-error', async () => {
      const container = document.createElement('div');
      document.body.append(container);
      const seenByDocument = [];
      const onDocument = (event) => seenByDocument.push(event);
      document.addEventListener('career-error', onDocument);
      try {
        const el = create(tag, { careers: `${careers[0].id} not-a-career` });
        const errorEvent = oneEvent(el, 'career-error');
        container.append(el);
        const event = await errorEvent;
        await el.updateComplete;

        expect(event.detail.message).to.equal("Unknown career: 'not-a-career'");
        expect(event.bubbles, 'bubbles').to.be.true;
        expect(event.composed, 'composed').to.be.true;
        expect(seenByDocument).to.include(event);

        expect(deepText(el)).to.include("Unknown career: 'not-a-career'");
      } finally {
        document.removeEventListener('career-error', onDocument);
        container.remove();
      }
    });

    it('passes axe', async () => {
      const el = await render(tag, `${careers[0].id} ${careers[1].id}`);
      await expect(el).to.be.accessible();
    });

    it('passes axe while showing an error', async () => {
      const el = await render(tag, `${careers[0].id} not-a-career`);
      expect(deepText(el)).to.include("Unknown career: 'not-a-career'");
      await expect(el).to.be.accessible();
    });
  });
}
