// The framework demos: demo/src/react-app.js and demo/src/vue-app.js bundled the
// way an app's own build would bundle them, React or Vue and career-compare
// (resolved through package.json `exports`, as `import 'career-compare'` in an
// app would be) in one ES module each. Output: demo/build/ (generated).
// builder-app is the embed builder (demo/builder.html), bundled the same way.
//
//   npm run build && npx rollup -c rollup.demo.config.js
//
// Each app is its own build, so each bundle's size is what an app of that kind
// ships. What the package loads on demand (the occupation chunks, the dataset
// loader, Spanish) becomes chunks of the app's own, under demo/build/chunks/,
// as an app's bundler would split them.
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';

const apps = ['react-app', 'vue-app', 'builder-app'];

const demoApps = apps.map((name) => ({
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
    chunkFileNames: `chunks/${name}/[name]-[hash].js`,
    plugins: [terser({ module: true, format: { comments: false } })],
  },
}));

/**
 * A test fixture, not a demo: test/bundle/two-jobs-app.js bundled as an app's
 * build would, so test/browser/bundled-occupations.test.js can see which
 * occupation chunks a page naming two jobs downloads. Output: test/bundle/build/.
 */
const twoJobsApp = {
  input: { 'two-jobs-app': 'test/bundle/two-jobs-app.js' },
  plugins: [nodeResolve({ browser: true })],
  output: { dir: 'test/bundle/build', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js' },
};

export default [...demoApps, twoJobsApp];
