// Sizes of what a page downloads, min+gzip (and brotli), from the built dist/.
//
//   node scripts/sizes.mjs           prints the table
//   node scripts/sizes.mjs --check   also fails when a file or entry is over budget
//
// An element's entry is bundled with lit and minified as the CDN files are
// (terser plus Lit's template minifier). "At once" is what loads with the entry;
// the chunks it imports on first use (the built-in data, the dataset loader,
// Spanish strings) are listed apart. The files for a script tag
// (dist/career-compare.js and .iife.js) hold everything, lit and the data
// included, and import nothing: `--check` also fails if one does, since
// jsDelivr serves the module at a URL with no path
// (https://cdn.jsdelivr.net/npm/career-compare), against which a relative
// import would resolve to another package. Sizes are deterministic, so budgets
// are asserted; speed is measured elsewhere (npm run bench), never asserted.
import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

/** Budgets in bytes (1 KB = 1024 bytes), asserted by `--check`. */
export const BUDGETS = {
  // Ceilings against growth while the entries are over their 13 KB target (below): lower
  // them as the files shrink. Issue 12 added the rows every occupation has and the lookup
  // of unknown names (table); issue 14's first step, renders written for people, a data
  // controller and attributes declared once with Lit's decorators, adds 0.6-0.7 KB to each
  // entry (the decorators and tslib's helper, the controller's own class). Issue 17's fixes
  // (focus handed to the table itself, Escape hides a hover tooltip from anywhere, 24px
  // targets, forced colours with a theme) add about 0.1 KB to the table and the chart, and
  // real headings that follow heading-level 0.25 KB to each entry; the chart's table region
  // that is a tab stop only while it scrolls, its sticky career column and the fuller keys
  // hint 0.2 KB. Those headings written once with lit/static-html instead of six copies of
  // one template: +0.16 KB each. Issue 17's axis labels measured as drawn and thinned out
  // where they would touch, career names wrapped instead of cut, and figures held to the
  // chart's edges (core/chart-layout.ts): +0.7 KB to the chart. Issue 18: link colours that
  // show on any page (+0.05 KB each); the stacked table that keeps two careers side by side
  // on a phone (+0.3 KB, table); gridlines that stop short of text and bands drawn from the
  // page's text colour (+0.45 KB, chart); the radio centred on its label's first line (quiz).
  // Issue 15: US English figures and lists written without Intl (core/format-en.ts), because
  // the first Intl formatter a page makes costs 50-90 ms of main thread (ICU starting up),
  // each first render in a task of its own, loading="lazy" and the chart measured by its
  // resize observer: +1.1-1.3 KB each. Issue 16, server rendering: a server-rendered shadow
  // root kept until its data arrives, then hydrated or replaced; `?checked` with the live
  // property (a directive), the chart's server layout and the quiz's needs-JavaScript note;
  // the `structured-data` attribute (its writer, 0.9 KB, loads on first use): +0.15-0.45 KB.
  // Issue 15, second step: whole-dollar figures written without the rounding path (in half
  // the time), the chart's tick labels made once per layout, and no JSON-LD code run by an
  // element without the attribute: +0.07-0.13 KB.
  'career-compare/table': 16.5 * 1024,
  'career-compare/salary-chart': 17.5 * 1024,
  'career-compare/quiz': 16.0 * 1024,
  // Everything above, and the built-in careers inlined (6.3 KB gzipped): API.md has this file
  // export `careers` and `getCareer` ready to use, so the data cannot be fetched beside it
  // as the occupation chunks are (tried with a top-level await: WebKit hung on a page that
  // also loads the classic script). Without the data the file would be about 28.6 KB.
  // Issue 12 added the occupation loader and search (3.3 KB) and built-in careers with every
  // figure of the current release (+2.6 KB); Spanish moved beside the file (-2.3 KB); issue
  // 13's quiz +0.5 KB; issue 14 +1.1 KB, less 0.4 KB for quizFairness, which moved to
  // career-compare/data/fairness; issue 17's fixes +1.2 KB; issue 18's clearer messages (the
  // line and column of broken JSON, "N more problems") +0.2 KB, and validateDataset's ("is
  // required", "a number, not text", wrap a list) +0.1 KB; the rest of issue 18 (the stacked
  // table, layout="tabs" on the compare, gridlines around text, colours for dark pages,
  // careers named by id in validation paths, one message for careers a failed dataset had)
  // +1.3 KB. Issue 15 (figures without Intl, first renders in their own tasks, lazy widgets)
  // +1.3 KB. Issue 16 (server rendering, as above, and the JSON-LD writer inlined) +1.3 KB.
  // Issue 15's second step (as above, and each element defined in a task of its own while
  // the page loads, so their upgrades stay out of the parser's last task) +0.2 KB.
  'dist/career-compare.js': 39.5 * 1024,
  // The same with Lit's hydration support, for prerendered pages (`npx career-compare render`).
  'dist/career-compare.hydrate.js': 41.5 * 1024,
};

/** Where a file has to get to and does not yet: printed with the gap, not asserted (docs/sizes.md). */
export const TARGETS = {
  'career-compare/table': 13 * 1024,
  'career-compare/salary-chart': 13 * 1024,
  'career-compare/quiz': 13 * 1024,
  'dist/career-compare.js': 28 * 1024,
};

const ENTRIES = {
  'career-compare/table': 'dist/table/define.js',
  'career-compare/salary-chart': 'dist/salary-chart/define.js',
  'career-compare/quiz': 'dist/quiz/define.js',
  'career-compare/compare': 'dist/compare/define.js',
  'career-compare': 'dist/index.js',
};

const CDN_FILES = ['dist/career-compare.js', 'dist/career-compare.iife.js', 'dist/career-compare.hydrate.js'];

/** Imports left in a script-tag file (static or dynamic); none is allowed. */
export function importsIn(code) {
  return [...code.matchAll(/\bimport\s*\(|\bimport\s*["'{*]|\bfrom\s*["']/g)].map((match) => match[0]);
}

const gzip = (code) => gzipSync(code, { level: 9 }).length;
const brotli = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** An entry bundled with lit: bytes that load at once, and each lazy chunk. */
export async function measureEntry(input) {
  const bundle = await rollup({ input, plugins: [minifyHTML(), nodeResolve()], onwarn() {} });
  const { output } = await bundle.generate({
    format: 'es',
    plugins: [
      terser({
        ecma: 2021,
        module: true,
        compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true, pure_getters: true },
        format: { comments: false },
      }),
    ],
  });
  await bundle.close();
  const chunks = output.filter((chunk) => chunk.type === 'chunk');
  const eager = new Set([chunks.find((chunk) => chunk.isEntry).fileName]);
  for (const chunk of chunks) if (eager.has(chunk.fileName)) chunk.imports.forEach((name) => eager.add(name));
  const atOnce = chunks
    .filter((chunk) => eager.has(chunk.fileName))
    .map((chunk) => chunk.code)
    .join('\n');
  const lazy = chunks
    .filter((chunk) => !eager.has(chunk.fileName))
    .map((chunk) => ({ name: chunk.fileName.replace(/-[\w-]+\.js$/, ''), gzip: gzip(chunk.code) }));
  return { gzip: gzip(atOnce), brotli: brotli(atOnce), lazy: groupOccupationChunks(lazy) };
}

/** The occupation chunks as one line ("96 occupation chunks, 0.9–4.1 KB each"); the rest as they are. */
function groupOccupationChunks(lazy) {
  const chunks = lazy.filter((chunk) => /^\d\d-\d\.json$/.test(chunk.name));
  if (chunks.length === 0) return lazy;
  const sizes = chunks.map((chunk) => chunk.gzip);
  const range = `${(Math.min(...sizes) / 1024).toFixed(1)}–${(Math.max(...sizes) / 1024).toFixed(1)} KB`;
  return [
    ...lazy.filter((chunk) => !chunks.includes(chunk)),
    { name: `${chunks.length} occupation chunks, ${range} each:`, gzip: sizes.reduce((a, b) => a + b, 0) },
  ];
}

/**
 * The occupation data as the script-tag files fetch it (dist/occupations/):
 * each SOC minor group's chunk, the index for readable ids and the search titles, gzipped.
 */
export function measureOccupationData() {
  const folder = 'dist/occupations';
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ name, gzip: gzip(readFileSync(`${folder}/${name}`)) }));
  const chunks = files.filter((file) => /^\d\d-\d\.json$/.test(file.name));
  const total = (list) => list.reduce((sum, file) => sum + file.gzip, 0);
  return {
    chunks: chunks.length,
    chunksTotal: total(chunks),
    smallest: Math.min(...chunks.map((file) => file.gzip)),
    largest: Math.max(...chunks.map((file) => file.gzip)),
    index: files.find((file) => file.name === 'index.json')?.gzip,
    titles: files.find((file) => file.name === 'titles.json')?.gzip,
  };
}

export async function measureAll() {
  const rows = [];
  for (const [name, input] of Object.entries(ENTRIES)) rows.push({ name, ...(await measureEntry(input)) });
  for (const file of CDN_FILES) {
    const code = readFileSync(file);
    rows.push({ name: file, gzip: gzip(code), brotli: brotli(code), lazy: [] });
  }
  return rows;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measureAll();
  console.log('| what | min+gzip, at once | brotli | loaded on first use (gzip) | budget |');
  console.log('| --- | --- | --- | --- | --- |');
  let over = 0;
  for (const row of rows) {
    const budget = BUDGETS[row.name];
    const fits = budget === undefined || row.gzip <= budget;
    if (!fits) over++;
    const lazy = row.lazy.map((chunk) => `${chunk.name} ${kb(chunk.gzip)}`).join(', ') || '—';
    console.log(
      `| ${row.name} | ${kb(row.gzip)} | ${kb(row.brotli)} | ${lazy} | ${budget ? `${kb(budget)} ${fits ? 'ok' : 'OVER'}` : '—'} |`,
    );
  }
  const data = measureOccupationData();
  console.log(
    `occupation data (dist/occupations/, gzip): ${data.chunks} chunks, ${kb(data.chunksTotal)} in all ` +
      `(${kb(data.smallest)}–${kb(data.largest)} each); index.json ${kb(data.index)}; titles.json (search) ${kb(data.titles)}`,
  );
  for (const row of rows) {
    const target = TARGETS[row.name];
    if (target && row.gzip > target) {
      console.log(`target: ${row.name} is ${kb(row.gzip)}, ${kb(row.gzip - target)} over its ${kb(target)} target`);
    }
  }
  for (const file of CDN_FILES) {
    const imports = importsIn(readFileSync(file, 'utf8'));
    if (imports.length > 0) {
      over++;
      console.log(`sizes: ${file} must be self-contained but imports (${imports.join(', ')})`);
    }
  }
  if (process.argv.includes('--check')) {
    console.log(
      over === 0
        ? 'sizes: every file and entry within budget'
        : `sizes: ${over} problem${over === 1 ? '' : 's'} (see above)`,
    );
    process.exit(over === 0 ? 0 : 1);
  }
}
