/**
 * Prerendering for publishers: HTML in (a tag, or a page with tags in it),
 * HTML out, each career element rendered with its declarative shadow DOM,
 * plus the one script tag that brings it to life. What `npx career-compare
 * render` prints.
 */
import { readFile } from 'node:fs/promises';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { parse, parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { scriptSafeJson, structuredDataText } from '../core/structured-data.js';
import { mergeDatasets } from '../data/merge.js';
import { parseList, selectCareers } from '../data/select.js';
import type { Dataset } from '../data/types.js';
import { builtinDataNow } from '../shared/builtin-data.js';
import { occupationsLoader } from '../shared/career-data.js';
import { describeProblem, loadDataset, parseDataset } from '../shared/load-dataset.js';
import type { LoadResult } from '../shared/load-dataset.js';
import { VERSION } from '../shared/version.js';
import { STRUCTURED_DATA_MARK } from '../shared/structured-data-script.js';
import { ELEMENTS, preload } from './preload.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface PrerenderOptions {
  /** The script tag added after the last element; `false` for none (a static table and chart). Default: `scriptTag()`. */
  script?: string | false;
  /** Adds each element's careers as schema.org `Occupation` JSON-LD, in a script after it (as the `structured-data` attribute does for one element). */
  jsonld?: boolean;
  /** The URL that relative `src` datasets resolve against (for a file: its `file:` URL). */
  base?: string;
  /** Told each problem the elements would show (a dataset that failed, an unknown career), in English. */
  onProblem?: (message: string) => void;
}

const TAGS = new Set(ELEMENTS.map((element) => element.defaultTag));

/** The script that hydrates prerendered elements: this release's hydrating file on jsDelivr, or `src`. */
export function scriptTag(
  src = `https://cdn.jsdelivr.net/npm/career-compare@${VERSION}/dist/career-compare.hydrate.js`,
): string {
  return `<script type="module" src="${escapeAttribute(src)}"></script>`;
}

/**
 * Renders every career element in `input` (a fragment or a whole page) on
 * the server: `src` datasets are fetched and inlined, inline JSON is used,
 * and everything else is passed through byte for byte.
 */
export async function prerender(input: string, options: PrerenderOptions = {}): Promise<string> {
  await preload();
  const whole = /^\s*(<!doctype|<html)/i.test(input);
  const tree = whole
    ? parse(input, { sourceCodeLocationInfo: true })
    : parseFragment(input, { sourceCodeLocationInfo: true });
  const elements = outermostCareerElements(tree);
  let output = '';
  let done = 0;
  for (const element of elements) {
    const { startOffset, endOffset } = element.sourceCodeLocation!;
    output += input.slice(done, startOffset) + (await renderElement(element, input, options));
    done = endOffset;
  }
  output += input.slice(done);
  const script = options.script ?? scriptTag();
  if (elements.length === 0 || script === false) return output;
  return /<\/body>/i.test(output) ? output.replace(/<\/body>/i, `${script}\n</body>`) : `${output}\n${script}\n`;
}

/** The career elements not inside another one (which renders its own), outside `<template>`s. */
function outermostCareerElements(node: Node): Element[] {
  if ('tagName' in node && TAGS.has(node.tagName)) return [node];
  if (!('childNodes' in node) || node.nodeName === 'template') return [];
  return node.childNodes.flatMap(outermostCareerElements);
}

async function renderElement(element: Element, input: string, options: PrerenderOptions): Promise<string> {
  const tag = element.tagName;
  const location = element.sourceCodeLocation!;
  const attributes = new Map(element.attrs.map(({ name, value }) => [name, value]));
  const inlineScript = element.childNodes.find(
    (child): child is Element => 'tagName' in child && child.tagName === 'script' && isJsonScript(child),
  );
  // The element's own content (fallback text, inline JSON), kept as written but for an inline dataset.
  const contentEnd = location.endTag?.startOffset ?? location.endOffset;
  let content = input.slice(location.startTag!.endOffset, contentEnd);
  const fromSrc = attributes.has('src') ? await loadSource(attributes.get('src')!, options) : undefined;
  const inline = inlineScript ? await parseDataset(textOf(inlineScript), 'inline') : undefined;
  for (const result of [fromSrc, inline]) {
    if (result && !result.ok) options.onProblem?.(describeProblem(result.problem, 'en'));
  }
  const datasets = [fromSrc, inline].flatMap((result) => (result?.ok ? [result.dataset] : []));
  const data = datasets.length ? datasets.reduce((merged, extra) => mergeDatasets(merged, extra)) : undefined;
  if (fromSrc?.ok) {
    // Fetched here, so the browser need not fetch it again: one inline dataset, src and inline merged.
    attributes.delete('src');
    if (inlineScript) content = removeNode(content, inlineScript, location.startTag!.endOffset);
    content += `<script type="application/json">${scriptSafeJson(data)}</script>`;
  }
  const careers = await shownCareers(tag, attributes.get('careers') ?? '', data, options);
  const tagName = unsafeStatic(tag);
  // Static html: the tag name and the publisher's attributes are template text, not bindings.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  const template = html`<${tagName} ${unsafeStatic(attributeText(attributes))} .data=${data}>${unsafeHTML(content)}</${tagName}>`;
  const rendered = stripOuterMarkers(await collectResult(render(template)));
  const jsonld = options.jsonld ? tag !== 'career-quiz' : attributes.has('structured-data');
  if (!jsonld || careers.length === 0) return rendered;
  // Marked, so the element (with `structured-data`) updates this script in the browser rather than adding one.
  return `${rendered}<script type="application/ld+json" ${STRUCTURED_DATA_MARK}>${structuredDataText(careers)}</script>`;
}

/** The careers an element shows, as it selects them; unknown ones are reported. */
async function shownCareers(tag: string, careers: string, data: Dataset | undefined, options: PrerenderOptions) {
  const builtin = builtinDataNow() ?? { careers: [] };
  const dataset = data ? mergeDatasets(builtin, data) : builtin;
  const element = ELEMENTS.find((candidate) => candidate.defaultTag === tag) as unknown as {
    defaultCareerCount?: number;
  };
  const selection = selectCareers(dataset, parseList(careers), element.defaultCareerCount, await occupationsLoader());
  for (const id of selection.unknown) options.onProblem?.(`<${tag}>: unknown career '${id}'`);
  return selection.careers;
}

/** A `src` dataset: fetched (http, https) or read (a file beside the page). */
async function loadSource(src: string, { base }: PrerenderOptions): Promise<LoadResult> {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    // Relative with no base: the browser will resolve it against the page.
    return loadDataset(src, base ?? '');
  }
  if (url.protocol !== 'file:') return loadDataset(url.href);
  try {
    return await parseDataset(await readFile(url, 'utf8'), { what: 'url', url: url.href });
  } catch {
    return loadDataset(url.href);
  }
}

const isJsonScript = (script: Element) =>
  script.attrs.some(({ name, value }) => name === 'type' && value.trim().toLowerCase() === 'application/json');

function textOf(element: Element): string {
  return element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
}

/** `content` (which starts at `offset` in `input`) without `node`. */
function removeNode(content: string, node: Element, offset: number): string {
  const { startOffset, endOffset } = node.sourceCodeLocation!;
  return content.slice(0, startOffset - offset) + content.slice(endOffset - offset);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attributeText(attributes: Map<string, string>): string {
  return [...attributes].map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ');
}

/**
 * The element is rendered inside a one-off template, which the browser never
 * hydrates (the element hydrates its own shadow root): its markers go.
 */
function stripOuterMarkers(rendered: string): string {
  return rendered
    .replace(/^<!--lit-part [^>]*-->/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(/<!--lit-node \d+-->(?=<career-)/, '');
}
