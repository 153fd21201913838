// The guarded define, as built in dist/: loading the package twice, another
// tag name, defining twice, and a tag taken by another version.
// Run `npm run build` first.
import { expect, fixture, html } from '@open-wc/testing';
import * as pkg from '../../dist/index.js';
import { careers } from '../../dist/data/index.js';
import { ELEMENTS, deepText, openFrame, recordWarnings } from './helpers.js';

describe('guarded define', () => {
  it('dist/index.js defines all four elements', () => {
    for (const { tag, className } of ELEMENTS) {
      expect(pkg[className], className).to.be.a('function');
      expect(customElements.get(tag), tag).to.equal(pkg[className]);
    }
  });

  it('loading the bundle after the package keeps the first definitions, without a warning', async () => {
    const warnings = recordWarnings();
    let bundle;
    try {
      bundle = await import('../../dist/career-compare.js');
    } finally {
      warnings.restore();
    }
    for (const { tag, className } of ELEMENTS) {
      // The bundle carries its own copy of every class (and of lit)...
      expect(bundle[className], `bundle's ${className}`).to.be.a('function');
      expect(bundle[className]).not.to.equal(pkg[className]);
      // ...which leaves the package's definitions alone.
      expect(customElements.get(tag), tag).to.equal(pkg[className]);
    }
    expect(bundle.VERSION).to.equal(pkg.VERSION);
    expect(warnings.calls, 'same version: no warning').to.deep.equal([]);

    const el = await fixture(html`<career-table careers=${careers[0].id}></career-table>`);
    expect(el).to.be.an.instanceOf(pkg.CareerTable);
    expect(deepText(el)).to.include(careers[0].title);
  });

  it('CareerTable.define(tag) registers a working element under another tag', async () => {
    expect(customElements.get('my-table')).to.be.undefined;
    pkg.CareerTable.define('my-table');
    const Defined = customElements.get('my-table');
    expect(Defined, '<my-table> is defined').to.be.a('function');
    expect(Defined === pkg.CareerTable || Defined.prototype instanceof pkg.CareerTable).to.be.true;
    expect(customElements.get('career-table')).to.equal(pkg.CareerTable);

    const el = await fixture(html`<my-table careers="${careers[1].id} ${careers[0].id}"></my-table>`);
    expect(el).to.be.an.instanceOf(pkg.CareerTable);
    expect(el.shadowRoot, 'shadow root').to.exist;
    const text = deepText(el);
    expect(text).to.include(careers[1].title);
    expect(text).to.include(careers[0].title);
    await expect(el).to.be.accessible();
  });

  it('calling define() twice does not throw or warn', () => {
    const warnings = recordWarnings();
    try {
      expect(() => pkg.CareerTable.define()).not.to.throw();
      expect(() => pkg.CareerTable.define()).not.to.throw();
      expect(() => pkg.CareerQuiz.define('twice-quiz')).not.to.throw();
      expect(() => pkg.CareerQuiz.define('twice-quiz')).not.to.throw();
    } finally {
      warnings.restore();
    }
    expect(warnings.calls).to.deep.equal([]);
    expect(customElements.get('career-table')).to.equal(pkg.CareerTable);
    expect(customElements.get('twice-quiz')).to.be.a('function');
  });

  it('warns, naming both versions, when the tag is taken by another version', () => {
    const otherVersion = '0.0.0-other';
    class OtherRelease extends HTMLElement {
      static version = otherVersion;
    }
    customElements.define('other-release-table', OtherRelease);

    const warnings = recordWarnings();
    try {
      expect(() => pkg.CareerTable.define('other-release-table')).not.to.throw();
    } finally {
      warnings.restore();
    }
    expect(warnings.calls).to.have.length(1);
    expect(warnings.calls[0]).to.include(otherVersion);
    expect(warnings.calls[0]).to.include(pkg.CareerTable.version);
    expect(warnings.calls[0]).to.include('other-release-table');
    expect(customElements.get('other-release-table'), 'the first definition stays').to.equal(OtherRelease);
  });

  it('does not warn when the tag is taken by the same version', () => {
    class SameRelease extends HTMLElement {
      static version = pkg.VERSION;
    }
    customElements.define('same-release-table', SameRelease);

    const warnings = recordWarnings();
    try {
      expect(() => pkg.CareerTable.define('same-release-table')).not.to.throw();
    } finally {
      warnings.restore();
    }
    expect(warnings.calls).to.deep.equal([]);
    expect(customElements.get('same-release-table')).to.equal(SameRelease);
  });
});

describe('the script-tag file on a page that has loaded', () => {
  // While a page loads, the script-tag files define their elements a task after the script
  // (test/unit/define-on-load.test.ts); on a loaded page they do it at once.
  it('defines every element by the time its import() resolves', async () => {
    const iframe = await openFrame((frame) => {
      frame.srcdoc = '<!doctype html><html lang="en"><head><title>Late</title></head><body></body></html>';
    });
    const frame = iframe.contentWindow;
    expect(iframe.contentDocument.readyState).to.equal('complete');
    await frame.eval(`import(${JSON.stringify(new URL('/dist/career-compare.js?late', location.href).href)})`);
    for (const { tag } of ELEMENTS) expect(frame.customElements.get(tag), tag).to.be.a('function');
    iframe.remove();
  });
});
