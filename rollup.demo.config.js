// The framework demos: demo/src/react-app.js and demo/src/vue-app.js bundled the
// way an app's own build would bundle them, React or Vue and career-compare
// (resolved through package.json `exports`, as `import 'career-compare'` in an
// app would be) in one ES module each. Output: demo/build/ (generated).
//
//   npm run build && npx rollup -c rollup.demo.config.js
//
// Each app is its own build and its own single file, so each bundle's size is
// what an app of that kind ships. (The package's lazily loaded validator is
// inlined too: it is small, and a lone file is easier to host.)
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';

const apps = ['react-app', 'vue-app'];

export default apps.map((name) => ({
  input: { [name]: `demo/src/${name}.js` },
  plugins: [
    replace({
      preventAssignment: true,
      values: {
        'process.env.NODE_ENV': JSON.stringify('production'),
        // Vue's compile-time flags for its esm-bundler build.
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
    }),
    nodeResolve({ browser: true }),
    commonjs(),
  ],
  output: {
    dir: 'demo/build',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    inlineDynamicImports: true,
    plugins: [terser({ module: true, format: { comments: false } })],
  },
}));
