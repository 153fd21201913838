// The elements' API reference, generated from the Custom Elements Manifest
// (custom-elements.json, itself generated from the JSDoc on the element
// classes), so the JSDoc is the one source for it:
//
//   - docs/elements/<tag>.md: the section between `<!-- api:<tag>:start -->`
//     and `<!-- api:<tag>:end -->` (attributes, properties, events, slots,
//     parts, custom properties); the prose around it is written by hand.
//   - src/react.ts: the tags in React's JSX.IntrinsicElements.
//
//   node scripts/api-docs.mjs           write both (npm run docs; npm run build does it too)
//   node scripts/api-docs.mjs --check   exit 1 if a committed file differs from what it would write
//
// Needs custom-elements.json: `cem analyze --config custom-elements-manifest.config.mjs` writes it.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;

/** Where an element's page is, from the repository root. */
export const pagePath = (tag) => `docs/elements/${tag}.md`;
export const REACT_TYPES_PATH = 'src/react.ts';

/**
 * Events an element passes on from an element inside it, which its own JSDoc
 * does not list: `<career-compare>` holds a `<career-quiz>`, whose event
 * bubbles out of it. An `@event` tag on the class makes its entry here unneeded
 * (an event the manifest already lists is never added twice).
 */
const PASSED_ON_EVENTS = { 'career-compare': [{ event: 'career-quiz-complete', from: 'career-quiz' }] };

const isPublicInstanceField = (member) =>
  member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public';

/** `career-quiz-complete` → `CareerQuizCompleteDetail`: the exported interface an event's detail is by convention. */
const detailInterfaceName = (event) =>
  event.replace(/(^|-)([a-z])/g, (_, _dash, letter) => letter.toUpperCase()) + 'Detail';

/** Whether a TypeScript module exports a type of that name (read from its source). */
function sourceExportsType(module, name) {
  const file = join(root, module);
  return existsSync(file) && new RegExp(`export (interface|type) ${name}\\b`).test(readFileSync(file, 'utf8'));
}

/**
 * The type of an event's detail, as `{ name, module }` to import, or undefined
 * when it has none the types can name: the type an `@event {CustomEvent<T>}`
 * tag gives, else the interface named after the event, if its module exports one.
 */
function detailType(event, module, exportsType) {
  const tagged = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '');
  if (tagged) return { name: tagged[1], module };
  const name = detailInterfaceName(event.name);
  return exportsType(module, name) ? { name, module } : undefined;
}

/** Every class declaration in the manifest, by name, with the module that declares it. */
function classesByName(manifest) {
  const classes = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind === 'class') classes.set(declaration.name, { declaration, module: module.path });
    }
  }
  return classes;
}

/**
 * One element's API from its manifest entry: public instance fields (the
 * manifest already holds the inherited ones, marked `inheritedFrom`), events,
 * slots, parts and custom properties. Attributes come from the fields that
 * have one, so a field's own JSDoc wins over a class-level `@attr`; an `@attr`
 * with no field is listed on its own.
 */
function elementApi(declaration, module, exportsType, sharedBase) {
  // Inherited here means from the base class every element shares; a member of an
  // intermediate class (e.g. `pay`, from the class of the elements that show pay) is the element's own.
  const inherited = (member) => member.inheritedFrom?.name === sharedBase;
  const fields = (declaration.members ?? []).filter(isPublicInstanceField);
  const attributes = fields
    .filter((field) => field.attribute)
    .map((field) => ({
      name: field.attribute,
      property: field.name,
      type: field.type?.text,
      default: field.default,
      description: field.description,
      inherited: inherited(field),
    }));
  for (const attribute of declaration.attributes ?? []) {
    if (attributes.some((known) => known.name === attribute.name)) continue;
    attributes.push({
      name: attribute.name,
      property: attribute.fieldName,
      type: attribute.type?.text,
      default: attribute.default,
      description: attribute.description,
      inherited: inherited(attribute),
    });
  }
  const properties = fields
    .filter((field) => !field.attribute)
    .map((field) => ({
      name: field.name,
      type: field.type?.text,
      readonly: Boolean(field.readonly),
      description: field.description,
      inherited: inherited(field),
    }));
  const events = (declaration.events ?? []).map((event) => {
    const from = event.inheritedFrom?.module ?? module;
    return {
      name: event.name,
      description: event.description,
      inherited: inherited(event),
      detail: detailType(event, from, exportsType),
    };
  });
  return {
    tag: declaration.tagName,
    className: declaration.name,
    module,
    superclass: declaration.superclass?.name,
    attributes,
    properties,
    events,
    slots: declaration.slots ?? [],
    parts: declaration.cssParts ?? [],
    cssProperties: declaration.cssProperties ?? [],
  };
}

/**
 * The API of every custom element in the manifest, sorted by tag, and of the
 * base class they share (`base`: its members are what every element takes).
 * `exportsType(module, name)` says whether a module exports a type; it
 * defaults to reading the source, and tests may pass their own.
 */
export function apiFromManifest(manifest, { exportsType = sourceExportsType } = {}) {
  const classes = classesByName(manifest);
  const declarations = [...classes.values()].filter(
    ({ declaration }) => declaration.customElement && declaration.tagName,
  );
  const baseName = sharedBaseClass(
    declarations.map(({ declaration }) => declaration.superclass?.name),
    classes,
  );
  const baseClass = classes.get(baseName);
  if (!baseClass) throw new Error(`api-docs: the base class ${baseName} is not in the manifest`);
  const elements = declarations
    .map(({ declaration, module }) => elementApi(declaration, module, exportsType, baseName))
    .sort((a, b) => a.tag.localeCompare(b.tag));
  for (const element of elements) {
    for (const { event, from } of PASSED_ON_EVENTS[element.tag] ?? []) {
      if (element.events.some((known) => known.name === event)) continue;
      const source = elements.find((other) => other.tag === from)?.events.find((known) => known.name === event);
      if (!source) throw new Error(`api-docs: <${from}> has no event ${event} for <${element.tag}> to pass on`);
      element.events.push({ ...source, passedOnFrom: from, inherited: false });
    }
  }
  const base = elementApi(baseClass.declaration, baseClass.module, exportsType, baseName);
  return { elements, base };
}

/** The nearest class every element descends from, given each element's superclass. */
function sharedBaseClass(superclasses, classes) {
  const ancestors = (name) => {
    const names = [];
    for (let current = name; current; current = classes.get(current)?.declaration.superclass?.name) names.push(current);
    return names;
  };
  const chains = superclasses.map(ancestors);
  const shared = chains[0]?.find((name) => chains.every((chain) => chain.includes(name)));
  if (!shared) throw new Error(`api-docs: the elements share no base class (${superclasses})`);
  return shared;
}

// ---- Markdown ----

/** Text for one table cell: one line, pipes escaped. */
const cell = (text) =>
  (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim() || '—';
const code = (text) => `\`${text}\``;

/** The members of a TypeScript union: `'a' | 'b' | undefined` → `["'a'", "'b'", 'undefined']`. */
const unionMembers = (type) => type.split('|').map((member) => member.trim());
const isStringLiteral = (member) => /^(['"]).*\1$/.test(member);

/** An attribute's type for readers: `auto`, `table` or `cards`; `string`; `boolean`. */
function attributeTypeText(type) {
  if (!type) return '—';
  const members = unionMembers(type).filter((member) => member !== 'undefined');
  if (members.every(isStringLiteral)) {
    const values = members.map((member) => code(member.slice(1, -1)));
    return values.length === 1 ? values[0] : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
  }
  return cell(code(members.join(' | ')));
}

/** A default as a reader would write it: `'auto'` → `auto`; an empty string is no default. */
function defaultText(value) {
  if (value === undefined || value === "''" || value === '""') return '—';
  return code(isStringLiteral(value) ? value.slice(1, -1) : value);
}

function table(headings, rows) {
  return [
    `| ${headings.join(' | ')} |`,
    `| ${headings.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/** "`careers`, `src` and `locale`". */
function list(names) {
  const coded = names.map(code);
  return coded.length < 2 ? coded.join('') : `${coded.slice(0, -1).join(', ')} and ${coded.at(-1)}`;
}

function sharedNote(members) {
  const shared = members.filter((member) => member.inherited).map((member) => member.name);
  return shared.length ? `\n\n${list(shared)}: shared by every element.` : '';
}

function eventDescription(event) {
  const from = event.passedOnFrom ? `Passed on from its \`<${event.passedOnFrom}>\`. ` : '';
  return cell(from + (event.description ?? ''));
}

/** The generated section of an element's page, without its markers. */
export function apiSection(element) {
  const sections = [
    '## API reference',
    '<!-- Generated by scripts/api-docs.mjs from the JSDoc on the element class (through custom-elements.json). ' +
      'Edit the JSDoc, then run `npm run docs`; edits here are overwritten. -->',
  ];
  if (element.attributes.length) {
    sections.push(
      '### Attributes',
      table(
        ['attribute', 'property', 'type', 'default', 'description'],
        element.attributes.map((attribute) => [
          code(attribute.name),
          attribute.property ? code(attribute.property) : '—',
          attributeTypeText(attribute.type),
          defaultText(attribute.default),
          cell(attribute.description),
        ]),
      ) + sharedNote(element.attributes),
    );
  }
  if (element.properties.length) {
    sections.push(
      '### Properties',
      'From JavaScript only: these have no attribute.',
      table(
        ['property', 'type', 'description'],
        element.properties.map((property) => [
          code(property.name),
          cell(code(property.type ?? 'unknown')),
          cell((property.readonly ? 'Read-only. ' : '') + (property.description ?? '')),
        ]),
      ) + sharedNote(element.properties),
    );
  }
  if (element.events.length) {
    sections.push(
      '### Events',
      table(
        ['event', 'description'],
        element.events.map((event) => [code(event.name), eventDescription(event)]),
      ) + sharedNote(element.events),
    );
  }
  if (element.slots.length) {
    sections.push(
      '### Slots',
      table(
        ['slot', 'description'],
        element.slots.map((slot) => [slot.name ? code(slot.name) : '(default)', cell(slot.description)]),
      ),
    );
  }
  if (element.parts.length) {
    sections.push(
      '### Parts',
      `Style them with \`${element.tag}::part(name)\`.`,
      table(
        ['part', 'description'],
        element.parts.map((part) => [code(part.name), cell(part.description)]),
      ),
    );
  }
  if (element.cssProperties.length) {
    sections.push(
      '### Custom properties',
      table(
        ['custom property', 'description'],
        element.cssProperties.map((property) => [code(property.name), cell(property.description)]),
      ),
    );
  }
  return sections.join('\n\n');
}

const markers = (tag) => [`<!-- api:${tag}:start -->`, `<!-- api:${tag}:end -->`];

/** The page with the section between its markers replaced; throws when a marker is missing. */
export function replaceSection(page, tag, section) {
  const [start, end] = markers(tag);
  const from = page.indexOf(start);
  const to = page.indexOf(end);
  if (from < 0 || to < from) throw new Error(`api-docs: ${pagePath(tag)} needs the markers ${start} and ${end}`);
  return `${page.slice(0, from + start.length)}\n\n${section}\n\n${page.slice(to)}`;
}

// ---- React JSX types ----

/** `src/quiz/career-quiz.ts` → `./quiz/career-quiz.js`, as src/react.ts imports it. */
const importPath = (module) => `./${relative('src', module).replace(/\.ts$/, '.js')}`;
const quoted = (name) => `'${name}'`;

/** A dash-case attribute's value type: its field's type where that is plain; a number may be written as text. */
function attributeValueType(attribute, className) {
  const members = attribute.type ? unionMembers(attribute.type).filter((member) => member !== 'undefined') : [];
  const plain =
    members.length && members.every((member) => isStringLiteral(member) || /^(string|number|boolean)$/.test(member));
  if (!plain) return attribute.property ? `${className}[${quoted(attribute.property)}]` : 'string';
  if (members.includes('number') && !members.includes('string')) members.push('string');
  return members.join(' | ');
}

/**
 * An element's props beyond what it inherits: its settable fields, picked
 * from its class; its attributes whose name differs from their field's
 * (`'no-range'`); and `on<event>` handlers.
 */
function ownProps(element, className) {
  const ownFields = [
    ...element.attributes.filter((attribute) => !attribute.inherited && attribute.property).map((a) => a.property),
    ...element.properties.filter((property) => !property.inherited && !property.readonly).map((p) => p.name),
  ];
  const types = [];
  if (ownFields.length) types.push(`Partial<Pick<${className}, ${ownFields.map(quoted).join(' | ')}>>`);
  const extra = [
    ...element.attributes
      .filter((attribute) => !attribute.inherited && attribute.name !== attribute.property)
      .map((attribute) => `${quoted(attribute.name)}?: ${attributeValueType(attribute, className)};`),
    ...element.events
      .filter((event) => !event.inherited)
      .map((event) => `${quoted(`on${event.name}`)}?: (event: ${eventType(event)}) => void;`),
  ];
  if (extra.length) types.push(`{ ${extra.join(' ')} }`);
  return types;
}

const eventType = (event) => (event.detail ? `CustomEvent<${event.detail.name}>` : 'CustomEvent');

const HEADER = `// Generated by scripts/api-docs.mjs from the manifest; do not edit. Change the
// elements' JSDoc, then run \`npm run docs\` (\`npm run build\` does it too).

/**
 * Types for using the elements in React 19's JSX (TSX):
 *
 *   import type {} from 'career-compare/react';
 *
 * React 19 sets a prop as a property when the element has it (so \`data\`
 * takes an object) and listens to \`on<event-name>\` props, case kept:
 * \`oncareer-quiz-complete\`.
 */`;

/** src/react.ts, before prettier formats it. */
export function reactTypes({ elements, base }) {
  // Type imports, by module: the classes, and the detail types of the events.
  const imports = new Map([['react', new Set(['DetailedHTMLProps', 'HTMLAttributes'])]]);
  const need = (module, name) => {
    const path = importPath(module);
    if (!imports.has(path)) imports.set(path, new Set());
    imports.get(path).add(name);
  };
  need(base.module, base.className);
  for (const element of [base, ...elements]) {
    if (element !== base) need(element.module, element.className);
    for (const event of element.events)
      if (event.detail && !event.inherited) need(event.detail.module, event.detail.name);
  }
  const importLines = [...imports]
    .sort(([a], [b]) => (a === 'react' ? -1 : b === 'react' ? 1 : a.localeCompare(b)))
    .map(([path, names]) => `import type { ${[...names].sort().join(', ')} } from '${path}';`);

  const shared = ['DetailedHTMLProps<HTMLAttributes<Element>, Element>', ...ownProps(base, 'Element')];
  const tags = elements.map(
    (element) =>
      `${quoted(element.tag)}: ${['SharedProps<' + element.className + '>', ...ownProps(element, element.className)].join(' & ')};`,
  );
  return `${HEADER}
${importLines.join('\n')}

/** What every element takes: its attributes, the \`data\` property and the shared events. */
type SharedProps<Element extends ${base.className}> = ${shared.join(' & ')};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      ${tags.join('\n')}
    }
  }
}
`;
}

/** src/react.ts formatted as prettier would (the repository's settings). */
async function formatTypeScript(source, file) {
  const prettier = await import('prettier');
  const options = await prettier.resolveConfig(file);
  return prettier.format(source, { ...options, filepath: file });
}

/**
 * Every generated file, as `{ path: text }` (paths from the repository root):
 * each element's page with its section replaced, and src/react.ts.
 * `readPage(path)` gives a page's current text.
 */
export async function generate(
  manifest,
  { readPage = (path) => readFileSync(join(root, path), 'utf8'), ...options } = {},
) {
  const api = apiFromManifest(manifest, options);
  const files = {};
  for (const element of api.elements) {
    const path = pagePath(element.tag);
    files[path] = replaceSection(readPage(path), element.tag, apiSection(element));
  }
  files[REACT_TYPES_PATH] = await formatTypeScript(reactTypes(api), join(root, REACT_TYPES_PATH));
  return files;
}

async function main() {
  const check = process.argv.includes('--check');
  const manifestFile = join(root, 'custom-elements.json');
  if (!existsSync(manifestFile)) {
    console.error(
      'api-docs: no custom-elements.json; run `cem analyze --config custom-elements-manifest.config.mjs` first',
    );
    process.exit(1);
  }
  const files = await generate(JSON.parse(readFileSync(manifestFile, 'utf8')));
  const stale = Object.entries(files).filter(([path, text]) => readFileSync(join(root, path), 'utf8') !== text);
  if (check) {
    for (const [path] of stale) console.error(`api-docs: ${path} is not what the manifest gives; run \`npm run docs\``);
    process.exitCode = stale.length ? 1 : 0;
    return;
  }
  for (const [path, text] of stale) {
    writeFileSync(join(root, path), text);
    console.log(`api-docs: wrote ${path}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
