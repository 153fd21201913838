import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/** The npm entries, as package.json `exports` names them. */
const entries = {
  index: 'src/index.ts',
  'data/index': 'src/data/index.ts',
  'table/define': 'src/table/define.ts',
  'salary-chart/define': 'src/salary-chart/define.ts',
  'quiz/define': 'src/quiz/define.ts',
  'compare/define': 'src/compare/define.ts',
  // Types only (React JSX); the module itself is empty.
  react: 'src/react.ts',
};

const terserOptions = {
  ecma: 2021,
  compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true, pure_getters: true },
  format: { comments: false },
};
const minify = terser({ ...terserOptions, module: true });
// The classic script keeps its `CareerCompare` global: not a module, so top-level names stay.
const minifyClassic = terser({ ...terserOptions, module: false });

/**
 * The script-tag files carry the built-in dataset without the fields no
 * element shows (O*NET interest profiles, occupation codes, mean pay, openings,
 * BLS experience and training categories): they are in data/careers.json and
 * `career-compare/data` for anyone who wants them.
 */
const UNSHOWN = {
  career: ['interests', 'occupation'],
  pay: ['annualMean'],
  outlook: ['openingsPerYear'],
  education: ['workExperience', 'onTheJobTraining'],
};
const shownDataOnly = {
  name: 'shown-data-only',
  transform(code, id) {
    if (!id.endsWith('/data/careers.json')) return null;
    const dataset = JSON.parse(code);
    for (const career of dataset.careers) {
      for (const [part, keys] of Object.entries(UNSHOWN)) {
        const fields = part === 'career' ? career : career[part];
        for (const key of keys) delete fields?.[key];
      }
    }
    return { code: JSON.stringify(dataset), map: null };
  },
};

export default [
  // npm: unbundled ES2021 that imports `lit` by name, so an app shares one lit.
  {
    input: entries,
    external: [/^lit(\/|$)/, /^@lit\//, 'react'],
    plugins: [json({ preferConst: true }), typescript({ tsconfig: './tsconfig.json' })],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
      // The built-in dataset lives in data/; its module sits beside the data entry.
      entryFileNames: (chunk) =>
        chunk.facadeModuleId?.endsWith('careers.json') ? 'data/careers.json.js' : '[name].js',
    },
  },
  // CDN: one file with lit and the data inlined, as an ES module and a classic script.
  {
    input: 'src/index.ts',
    plugins: [
      // Whitespace in html`` and css`` templates, which terser leaves alone.
      minifyHTML(),
      nodeResolve(),
      shownDataOnly,
      json({ preferConst: true, compact: true }),
      typescript({
        tsconfig: './tsconfig.json',
        declaration: false,
        declarationMap: false,
        outDir: undefined,
      }),
    ],
    output: [
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
    ],
  },
];
