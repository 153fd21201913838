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
      json({ preferConst: true, compact: true }),
      typescript({
        tsconfig: './tsconfig.json',
        declaration: false,
        declarationMap: false,
        outDir: undefined,
      }),
    ],
    output: [
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
