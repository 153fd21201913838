// The Custom Elements Manifest is generated from the JSDoc on the element classes
// (@event, @csspart, @cssprop, property comments): one source for the API.

/**
 * Leaves out members whose JSDoc says `@internal` (e.g. `sharedData`, which
 * only `<career-compare>` sets on its views): the analyzer lists them as public.
 */
function dropInternalMembers() {
  const internal = new Set();
  return {
    name: 'drop-internal-members',
    analyzePhase({ ts, node }) {
      if (!ts.isPropertyDeclaration(node) && !ts.isMethodDeclaration(node) && !ts.isGetAccessor(node)) return;
      const tags = ts.getJSDocTags(node);
      if (tags.some((tag) => tag.tagName.text === 'internal')) internal.add(node.name.getText());
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter((member) => !internal.has(member.name));
          }
        }
      }
    },
  };
}

/**
 * Leaves out the events the analyzer makes up from `new CustomEvent(name)`,
 * where `name` is a variable (the base class's `emit`): it lists an event
 * called "name". The real ones are documented with `@event`.
 */
function dropEventsNamedByVariables() {
  const variables = new Set();
  return {
    name: 'drop-events-named-by-variables',
    analyzePhase({ ts, node }) {
      if (!ts.isNewExpression(node) || node.expression.getText() !== 'CustomEvent') return;
      const [name] = node.arguments ?? [];
      if (name && ts.isIdentifier(name)) variables.add(name.text);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.events) {
            declaration.events = declaration.events.filter((event) => event.description || !variables.has(event.name));
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [dropInternalMembers(), dropEventsNamedByVariables()],
};
