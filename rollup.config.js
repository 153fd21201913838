import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { basename, join } from 'node:path';

/** The npm entries, as package.json `exports` names them. */
const entries = {
  index: 'src/index.ts',
  'data/index': 'src/data/index.ts',
  // A tool for checking a quiz (career-compare/data/fairness), kept out of the data entry and the script-tag files.
  'core/fairness': 'src/core/fairness.ts',
  'table/define': 'src/table/define.ts',
  'salary-chart/define': 'src/salary-chart/define.ts',
  'quiz/define': 'src/quiz/define.ts',
  'compare/define': 'src/compare/define.ts',
  // Types only (React JSX); the module itself is empty.
  react: 'src/react.ts',
  // Server rendering (Node): preload() and prerender(), with @lit-labs/ssr and parse5.
  'ssr/index': 'src/ssr/index.ts',
};

const terserOptions = {
  ecma: 2021,
  compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true, pure_getters: true },
  format: { comments: false },
};
const minify = terser({ ...terserOptions, module: true });
// The classic script keeps its `CareerCompare` global: not a module, so top-level names stay.
const minifyClassic = terser({ ...terserOptions, module: false });

const occupationFolder = new URL('data/occupations/', import.meta.url).pathname;

/** The strings of a locale module (src/locales/es.ts), which has no runtime imports, as JSON. */
async function localeJson(file) {
  const source = readFileSync(new URL(file, import.meta.url), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const module = await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
  return JSON.stringify(module.default);
}

/**
 * The script-tag files fetch what the npm entries import on demand (the
 * occupation chunks, the Spanish strings) as JSON from beside themselves:
 * one file, no sibling modules, and a CDN path or a publisher's copy of
 * `dist/` serves the rest. A module `x.ts` with a twin `x.cdn.ts` is replaced
 * by the twin in this build, and the JSON files are written next to the script.
 */
const besideScript = {
  name: 'beside-script',
  async resolveId(source, importer, options) {
    if (!importer || !source.startsWith('.')) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    const twin = resolved?.id.replace(/\.ts$/, '.cdn.ts');
    return twin && twin !== resolved.id && existsSync(twin) ? twin : null;
  },
  async generateBundle() {
    for (const name of readdirSync(occupationFolder)
      .filter((file) => file.endsWith('.json'))
      .sort()) {
      // Minified: the committed files keep one occupation a line for readable diffs.
      const source = JSON.stringify(JSON.parse(readFileSync(join(occupationFolder, name), 'utf8')));
      this.emitFile({ type: 'asset', fileName: `occupations/${name}`, source });
    }
    this.emitFile({ type: 'asset', fileName: 'locales/es.json', source: await localeJson('src/locales/es.ts') });
  },
};

export default [
  // npm: unbundled ES2021 that imports `lit` by name, so an app shares one lit.
  {
    input: entries,
    external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, 'parse5', /^node:/, 'react'],
    // Templates minified as in the script-tag files: a server render (from these modules) and the
    // hydrating script must see the same template strings, which Lit's hydration matches by digest.
    plugins: [minifyHTML(), json({ preferConst: true }), typescript({ tsconfig: './tsconfig.json' })],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
      // The built-in dataset and the occupation chunks live in data/; their modules sit beside the data entry.
      entryFileNames: (chunk) => {
        const id = chunk.facadeModuleId ?? '';
        if (id.endsWith('/data/careers.json')) return 'data/careers.json.js';
        if (id.includes('/data/occupations/')) return `data/occupations/${basename(id)}.js`;
        return '[name].js';
      },
    },
  },
  // CDN: one file with lit and the data inlined, as an ES module and a classic script.
  cdnBuild('src/index.ts', [
    // Self-contained: jsDelivr serves this file at https://cdn.jsdelivr.net/npm/career-compare,
    // a URL against which no relative import (a split-off chunk) would resolve.
    { file: 'dist/career-compare.js', format: 'es', sourcemap: true, inlineDynamicImports: true, plugins: [minify] },
    {
      file: 'dist/career-compare.iife.js',
      format: 'iife',
      name: 'CareerCompare',
      sourcemap: true,
      inlineDynamicImports: true,
      plugins: [minifyClassic],
    },
  ]),
  // For prerendered pages: the same, with Lit's hydration support loaded first.
  cdnBuild('src/hydrate.ts', [
    {
      file: 'dist/career-compare.hydrate.js',
      format: 'es',
      sourcemap: true,
      inlineDynamicImports: true,
      plugins: [minify],
    },
  ]),
];

/** A script-tag build of `input`: lit and the data inlined, the rest beside it. */
function cdnBuild(input, output) {
  return {
    input,
    plugins: [
      // Whitespace in html`` and css`` templates, which terser leaves alone.
      minifyHTML(),
      nodeResolve(),
      besideScript,
      json({ preferConst: true, compact: true }),
      typescript({
        tsconfig: './tsconfig.json',
        declaration: false,
        declarationMap: false,
        outDir: undefined,
      }),
    ],
    output,
  };
}
