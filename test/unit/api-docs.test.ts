// The API has one source, the JSDoc on the element classes: the analyzer turns
// it into the manifest, and scripts/api-docs.mjs turns the manifest into the
// docs pages' API reference and src/react.ts. These tests build the manifest
// from src/ (unit tests run before the build) and check that the three agree.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the analyzer's CLI module has no types
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
// @ts-expect-error: a plain ES module script without types
import * as apiDocs from '../../scripts/api-docs.mjs';

const { REACT_TYPES_PATH, apiFromManifest, apiSection, generate, pagePath, reactTypes } = apiDocs;

const root = new URL('../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(root + path, 'utf8');

type Manifest = { modules: { path: string; declarations?: Record<string, unknown>[] }[] };
/** What scripts/api-docs.mjs makes of the manifest, as far as these tests read it. */
interface Element {
  tag: string;
  attributes: { name: string; property?: string }[];
  properties: { name: string; readonly: boolean }[];
  events: { name: string }[];
}
interface Api {
  elements: Element[];
}

let manifest: Manifest;
let api: Api;

/** The manifest as `npm run build` writes it, from the same config, kept in memory. */
async function buildManifest(): Promise<Manifest> {
  return cli({
    argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
    cwd: root,
    noWrite: true,
  });
}

/** The text between an element's api markers on its committed page. */
function committedSection(tag: string): string {
  const page = read(pagePath(tag));
  return page.slice(page.indexOf(`<!-- api:${tag}:start -->`), page.indexOf(`<!-- api:${tag}:end -->`));
}

/** The prop names React's JSX accepts for each tag, from the committed src/react.ts, by the type checker. */
function jsxProps(): Map<string, Set<string>> {
  const probe = root + 'test/types/api-docs-probe.ts';
  const probeText = `import type {} from '../../src/react.js';\nimport type { JSX } from 'react';\nexport type Tags = JSX.IntrinsicElements;\n`;
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    module: ts.ModuleKind.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2021,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    experimentalDecorators: true,
    useDefineForClassFields: false,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists } = host;
  host.fileExists = (file) => file === probe || fileExists(file);
  host.getSourceFile = (file, language, ...rest) =>
    file === probe ? ts.createSourceFile(file, probeText, language) : getSourceFile(file, language, ...rest);
  const program = ts.createProgram([probe], options, host);
  const checker = program.getTypeChecker();
  const alias = program.getSourceFile(probe)!.statements.find(ts.isTypeAliasDeclaration)!;
  const tags = checker.getTypeAtLocation(alias.name);
  const props = new Map<string, Set<string>>();
  for (const tag of checker.getPropertiesOfType(tags)) {
    if (!tag.name.includes('-') || !tag.name.startsWith('career-')) continue;
    const type = checker.getTypeOfSymbolAtLocation(tag, alias);
    props.set(tag.name, new Set(checker.getPropertiesOfType(type).map((prop) => prop.name)));
  }
  return props;
}

/** A copy of the manifest with one element's field changed. */
function withField(className: string, fieldName: string, change: Record<string, unknown>): Manifest {
  const copy: Manifest = structuredClone(manifest);
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.name !== className) continue;
      const members = declaration.members as { name: string }[];
      const attributes = (declaration.attributes ?? []) as { fieldName?: string }[];
      Object.assign(
        members.find((member) => member.name === fieldName)!,
        change,
      );
      const attribute = attributes.find((entry) => entry.fieldName === fieldName);
      if (attribute) Object.assign(attribute, change.attribute ? { name: change.attribute } : change);
    }
  }
  return copy;
}

const element = (tag: string, from: Api = api): Element => from.elements.find((entry) => entry.tag === tag)!;

beforeAll(async () => {
  manifest = await buildManifest();
  api = apiFromManifest(manifest);
}, 30_000);

describe('the API reference and the JSX types', () => {
  it('are what the manifest gives (after changing the JSDoc, run `npm run docs` and commit the result)', async () => {
    const files = await generate(manifest);
    for (const [path, text] of Object.entries(files)) expect(read(path), path).toBe(text);
  });

  it('cover the four elements', () => {
    expect(api.elements.map((entry) => entry.tag)).toEqual([
      'career-compare',
      'career-quiz',
      'career-salary-chart',
      'career-table',
    ]);
  });

  it("list every attribute of every element in its page's table and its JSX props", () => {
    const props = jsxProps();
    for (const { tag, attributes } of api.elements) {
      const section = committedSection(tag);
      const tagProps = props.get(tag)!;
      expect(tagProps, tag).toBeDefined();
      for (const attribute of attributes) {
        const property = attribute.property ? `\`${attribute.property}\`` : '—';
        expect(section, `${tag} ${attribute.name}`).toContain(`| \`${attribute.name}\` | ${property} |`);
        // The attribute by its own name, and its property by the property's.
        expect(tagProps.has(attribute.name), `${tag} ${attribute.name}`).toBe(true);
        if (attribute.property) expect(tagProps.has(attribute.property), `${tag} .${attribute.property}`).toBe(true);
      }
      for (const property of element(tag).properties.filter((entry) => !entry.readonly)) {
        expect(section).toContain(`| \`${property.name}\` |`);
        expect(tagProps.has(property.name), `${tag} .${property.name}`).toBe(true);
      }
      for (const event of element(tag).events) {
        expect(section).toContain(`| \`${event.name}\` |`);
        expect(tagProps.has(`on${event.name}`), `${tag} on${event.name}`).toBe(true);
      }
    }
  }, 20_000);

  it("give every element the base class's members, and the quiz's event to <career-compare>", () => {
    for (const { tag, attributes, properties, events } of api.elements) {
      expect(
        attributes.map((entry) => entry.name),
        tag,
      ).toEqual(expect.arrayContaining(['careers', 'src', 'locale', 'theme']));
      expect(
        properties.map((entry) => entry.name),
        tag,
      ).toContain('data');
      expect(
        events.map((entry) => entry.name),
        tag,
      ).toEqual(expect.arrayContaining(['career-error', 'career-data-loaded']));
      expect(
        events.map((entry) => entry.name),
        tag,
      ).not.toContain('name');
    }
    expect(element('career-compare').events.map((entry) => entry.name)).toContain('career-quiz-complete');
    expect(element('career-quiz').properties.find((entry) => entry.name === 'ranking')?.readonly).toBe(true);
  });

  it('leave out private, protected, static and internal members and methods', () => {
    const names = api.elements.flatMap((entry) => [...entry.attributes, ...entry.properties].map((m) => m.name));
    for (const hidden of ['sharedData', 'careerData', 'selection', 'badValues', 'defaultTag', 'version', 'define']) {
      expect(names).not.toContain(hidden);
    }
  });

  it('name the detail type of each event in the JSX types', () => {
    const types = read(REACT_TYPES_PATH);
    expect(types).toContain("'oncareer-error'?: (event: CustomEvent<CareerErrorDetail>) => void;");
    expect(types).toContain("'oncareer-data-loaded'?: (event: CustomEvent<CareerDataLoadedDetail>) => void;");
    expect(types).toContain("'oncareer-quiz-complete'?: (event: CustomEvent<CareerQuizCompleteDetail>) => void;");
  });
});

describe('a change to the JSDoc', () => {
  it("changes the attribute's row in the docs", () => {
    const edited = apiFromManifest(
      withField('CareerSalaryChart', 'noRange', { description: 'Shows the medians alone, with no bands.' }),
    );
    const before = apiSection(element('career-salary-chart'));
    const after = apiSection(element('career-salary-chart', edited));
    expect(after).not.toBe(before);
    expect(after).toContain(
      '| `no-range` | `noRange` | `boolean` | `false` | Shows the medians alone, with no bands. |',
    );
  });

  it('changes the JSX types when an attribute is renamed or retyped', () => {
    const renamed = reactTypes(apiFromManifest(withField('CareerSalaryChart', 'noRange', { attribute: 'hide-range' })));
    expect(renamed).toContain("'hide-range'?: boolean;");
    expect(renamed).not.toContain("'no-range'");
    const retyped = reactTypes(
      // heading-level belongs to the base class every element shares, so it is in the shared props.
      apiFromManifest(withField('CareerElement', 'headingLevel', { type: { text: "'h2' | 'h3'" } })),
    );
    expect(retyped).toContain("'heading-level'?: 'h2' | 'h3';");
  });

  it("prefers a property's own JSDoc to a class-level @attr", () => {
    // The manifest merges the two; the generator reads the property's entry.
    const edited = withField('CareerTable', 'layout', { description: 'From the property.' });
    const table = edited.modules.flatMap((module) => module.declarations ?? []).find((d) => d.name === 'CareerTable')!;
    const attribute = (table.attributes as { name: string; description: string }[]).find((a) => a.name === 'layout')!;
    attribute.description = 'From a class-level @attr.';
    const section = apiSection(element('career-table', apiFromManifest(edited)));
    expect(section).toContain('From the property.');
    expect(section).not.toContain('From a class-level @attr.');
  });
});
