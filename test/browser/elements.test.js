// Each element, as built in dist/: defined by its entry, renders the chosen
// careers, reports unknown ids (in place and with `career-error`), passes axe.
// Run `npm run build` first.
import { expect, fixture, html, oneEvent, unsafeStatic } from '@open-wc/testing';
import { careers } from '../../dist/data/index.js';
import { ELEMENTS, deepText } from './helpers.js';

/** `<tag careers="…">` as a fixture (no attribute when `ids` is undefined). */
function render(tag, ids) {
  const name = unsafeStatic(tag);
  return ids === undefined
    ? fixture(html`<${name}></${name}>`)
    : fixture(html`<${name} careers=${ids}></${name}>`);
}

/** Creates `<tag careers="…">` without attaching it, so listeners can go on first. */
function create(tag, ids) {
  const el = document.createElement(tag);
  el.setAttribute('careers', ids);
  return el;
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
      if (!customElements.get(tag)) {
        early = create(tag, `${careers[1].id} no-such-career`);
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

    it('upgrades an element that was in the page before its definition', async function () {
      if (!early) this.skip(); // another entry defined it first
      await customElements.whenDefined(tag);
      expect(early).to.be.an.instanceOf(Element);
      const event = await earlyError;
      await early.updateComplete;
      expect(event.detail.message).to.equal("Unknown career: 'no-such-career'");
      expect(deepText(early)).to.include(careers[1].title);
      expect(deepText(early)).to.include("Unknown career: 'no-such-career'");
    });

    it(`renders ${defaultCount === undefined ? 'every career' : `the first ${defaultCount} careers`} by default`, async () => {
      const el = await render(tag);
      expect(el.shadowRoot, 'shadow root').to.exist;
      const text = deepText(el);
      const shown = careers.slice(0, defaultCount);
      for (const career of shown) expect(text).to.include(career.title);
      for (const career of careers.slice(shown.length)) expect(text).not.to.include(career.title);
      expect(text).not.to.include('Unknown career');
    });

    it('renders the careers named in `careers`, in that order', async () => {
      const [first, second] = [careers[2], careers[0]];
      const el = await render(tag, `${first.id} ${second.id}`);
      const text = deepText(el);
      expect(text).to.include(first.title);
      expect(text).to.include(second.title);
      expect(text.indexOf(first.title)).to.be.below(text.indexOf(second.title));
      expect(text).not.to.include(careers[1].title);
    });

    it('follows changes to `careers`', async () => {
      const el = await render(tag, careers[0].id);
      el.careers = careers[1].id;
      await el.updateComplete;
      expect(deepText(el)).to.include(careers[1].title);
      expect(deepText(el)).not.to.include(careers[0].title);
    });

    it('reports an unknown id in place and with a bubbling, composed career-error', async () => {
      const container = document.createElement('div');
      document.body.append(container);
      const seenByDocument = [];
      const onDocument = (event) => seenByDocument.push(event);
      document.addEventListener('career-error', onDocument);
      try {
        const el = create(tag, `${careers[0].id} not-a-career`);
        const errorEvent = oneEvent(el, 'career-error');
        container.append(el);
        const event = await errorEvent;
        await el.updateComplete;

        expect(event.detail.message).to.equal("Unknown career: 'not-a-career'");
        expect(event.bubbles, 'bubbles').to.be.true;
        expect(event.composed, 'composed').to.be.true;
        expect(seenByDocument).to.include(event);

        const text = deepText(el);
        expect(text).to.include("Unknown career: 'not-a-career'");
        expect(text).to.include(careers[0].title);
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
