// Server rendering: every element rendered by @lit-labs/ssr in Node, with no DOM shim but the
// minimal one Lit itself brings, after one `await preload()`: figures, never "Loading".
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { formatMoney } from '../../src/core/format.js';
import { payFigures } from '../../src/core/pay.js';
import { careers } from '../../src/data/builtin.js';
import type { Career, Dataset } from '../../src/data/types.js';
import { preload, prerender } from '../../src/ssr/index.js';

const [first, second] = careers;
const BOTH = `${first.id} ${second.id}`;

/** A median as the reader sees it (any space as a plain one, as `textOf` writes them). */
const median = (career: Career, locale = 'en-US') =>
  formatMoney(payFigures(career, 'annual')!.median!, { locale, currency: 'USD' }).replace(/\s/g, ' ');

const renderHtml = async (template: TemplateResult) => collectResult(render(template));

/** The text a reader would see: tags, comments and styles taken out. */
const textOf = (markup: string) =>
  markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

beforeAll(async () => {
  expect(typeof (globalThis as { Element?: unknown }).Element, 'no DOM shim').toBe('undefined');
  await preload();
});

describe('each element on a server', () => {
  const warn = vi.spyOn(console, 'warn');

  it('<career-table> renders its caption and figures in a declarative shadow root', async () => {
    const out = await renderHtml(html`<career-table careers=${BOTH}></career-table>`);
    expect(out).toContain('<template shadowroot="open" shadowrootmode="open">');
    const text = textOf(out);
    expect(text).toContain(`${first.title} compared with ${second.title}`);
    expect(text).toContain(median(first));
    expect(text).toContain(median(second));
    expect(text).not.toContain('Loading');
  });

  it('<career-salary-chart> lays out its chart and writes the medians', async () => {
    const out = await renderHtml(html`<career-salary-chart careers=${BOTH}></career-salary-chart>`);
    expect(out).toMatch(/<svg[^>]*viewBox="0 0 640 \d+(\.\d+)?"/);
    expect(out.match(/class="median"/g)).toHaveLength(2);
    expect(textOf(out)).toContain(median(first));
    expect(textOf(out)).not.toContain('Loading');
  });

  it('<career-quiz> renders its first question and says it needs JavaScript', async () => {
    const out = await renderHtml(html`<career-quiz></career-quiz>`);
    expect(out).toContain('type="radio"');
    expect(textOf(out)).toContain('This quiz needs JavaScript');
    expect(textOf(out)).not.toContain('Loading');
  });

  it('<career-compare> renders its views, each with its own shadow root', async () => {
    const out = await renderHtml(html`<career-compare careers=${BOTH}></career-compare>`);
    expect(out.match(/shadowrootmode="open"/g)).toHaveLength(4);
    expect(textOf(out)).toContain(`${first.title} vs. ${second.title}`);
    expect(textOf(out)).not.toContain('Loading');
  });

  it('speaks the locale it is given', async () => {
    const out = await renderHtml(html`<career-table careers=${BOTH} locale="es"></career-table>`);
    expect(textOf(out)).toContain(median(first, 'es'));
    expect(textOf(out)).toContain(`${first.title} frente a ${second.title}`);
  });

  it('takes a dataset from the data property', async () => {
    const data: Dataset = { careers: [{ ...first, id: 'own-career', title: 'A Career of Our Own' }] };
    const out = await renderHtml(html`<career-table careers="own-career" .data=${data}></career-table>`);
    expect(textOf(out)).toContain('A Career of Our Own');
    expect(textOf(out)).not.toContain('Unknown career');
  });

  it('finds any BLS occupation by SOC code', async () => {
    const out = await renderHtml(html`<career-table careers="15-1252"></career-table>`);
    expect(textOf(out)).toContain('Software Developers');
  });

  it('never writes a boolean attribute as ="false" (HTML reads checked="false" as checked)', async () => {
    const outs = await Promise.all([
      renderHtml(html`<career-quiz></career-quiz>`),
      renderHtml(html`<career-salary-chart careers=${BOTH}></career-salary-chart>`),
      renderHtml(html`<career-salary-chart careers=${BOTH} pay="hourly"></career-salary-chart>`),
    ]);
    for (const out of outs) expect(out).not.toMatch(/="(false|undefined)"/);
    expect(outs[0]).not.toMatch(/<input[^>]*checked/);
    expect(outs[1]).not.toMatch(/<input[^>]*checked/);
    expect(outs[2]).toMatch(/<input[^>]*type="checkbox"[^>]*checked/);
  });

  it('warned of nothing', () => {
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('prerender()', () => {
  it('renders the tags in a page and passes the rest through as written', async () => {
    const page = '<p>Before &amp; after</p>\n<career-table careers="' + BOTH + '"></career-table>\n<p>After</p>';
    const out = await prerender(page, { script: false });
    expect(out).toMatch(/^<p>Before &amp; after<\/p>\n<career-table\s+careers=/);
    expect(out.endsWith('</career-table>\n<p>After</p>')).toBe(true);
    expect(textOf(out)).toContain(median(first));
    expect(out).not.toContain('<script');
  });

  it('adds one script tag, pinned to this release, after the last element', async () => {
    const out = await prerender(`<career-table></career-table><career-quiz></career-quiz>`);
    const scripts = out.match(/<script[^>]*>/g) ?? [];
    expect(scripts).toEqual([
      expect.stringMatching(
        /^<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/career-compare@\d+\.\d+\.\d+.*\/dist\/career-compare\.hydrate\.js">$/,
      ),
    ]);
  });

  it('uses an inline dataset and keeps it for the browser', async () => {
    const dataset = JSON.stringify({ careers: [{ ...first, id: 'inline-one', title: 'Inline Career' }] });
    const out = await prerender(
      `<career-table careers="inline-one"><script type="application/json">${dataset}</script></career-table>`,
    );
    expect(textOf(out.replace(/<script type="application\/json">[\s\S]*?<\/script>/, ''))).toContain('Inline Career');
    expect(out).toContain(`<script type="application/json">${dataset}</script>`);
  });

  it('writes JSON-LD that a publisher title cannot break out of', async () => {
    const title = 'Nurse </script><script>alert(1)</script> <!-- & more';
    // As a publisher must write it in HTML: "<" escaped, or "</script>" would end the script.
    const dataset = JSON.stringify({ careers: [{ ...first, id: 'tricky', title }] }).replace(/</g, '\\u003c');
    const out = await prerender(
      `<career-table careers="tricky ${second.id}"><script type="application/json">${dataset}</script></career-table>`,
      { jsonld: true, script: false },
    );
    const blocks = [...out.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)];
    expect(blocks).toHaveLength(1);
    const data = JSON.parse(blocks[0][1]);
    expect(data.map((item: { name: string }) => item.name)).toEqual([title, second.title]);
    expect(data[1].occupationalCategory.codeValue).toBe(second.occupation!.soc);
  });

  it('reports an unknown career as the element would', async () => {
    const problems: string[] = [];
    await prerender('<career-table careers="no-such-career"></career-table>', {
      onProblem: (message) => problems.push(message),
    });
    expect(problems).toEqual([expect.stringContaining("'no-such-career'")]);
  });
});
