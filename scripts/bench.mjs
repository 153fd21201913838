// `npm run bench`: what the elements cost to download and to render, beside
// Chart.js, printed as markdown for docs/sizes.md. Builds first if dist/ is
// missing; progress goes to stderr, the tables to stdout.
//
//   node scripts/bench.mjs
//
// Sizes: every entry and the CDN files (scripts/sizes.mjs), and Chart.js
// (bench/chartjs-*.js) bundled and minified the same way.
// Render cost, in headless Chromium (CHROME_PATH, else /usr/bin/chromium):
// the median time from creating an element to every nested element updated
// and the layout done, with 3 careers; beside (a) the floor, the same DOM and
// styles stamped into a plain <div>'s shadow root with no component code, and
// (b) Chart.js drawing the same figures. Then the growth to 30 and 100 careers
// (a synthetic dataset, through `data`), and the long tasks while a page with
// every element loads. Nothing is asserted: speed belongs here, not in tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { fileURLToPath } from 'node:url';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const began = performance.now();
const log = (message) =>
  process.stderr.write(`bench: ${((performance.now() - began) / 1000).toFixed(0)} s, ${message}\n`);

/** Timed runs after unrecorded warm-up runs; growth runs fewer at 100 careers. */
const PLAN = { runs: 30, warmup: 5 };
const GROWTH = [3, 30, 100];
const growthPlan = (count) => (count >= 100 ? { runs: 10, warmup: 2 } : PLAN);
/** Page loads for the long-task count, at each CPU speed. */
const LOADS = 5;
const SLOWDOWNS = [1, 4];
/** The demo blog post measured as a reader loads it, with and without the script; runs of each. */
const POST = 'demo/blog-medical-assistant-vs-coder.html';
const POST_RUNS = 5;
/** `--post`: measure the blog post alone (about a minute), for working on the page's tasks. */
const ONLY_POST = process.argv.includes('--post');
/** `--tasks`: log what each long task of the blog post did. */
const SHOW_TASKS = process.argv.includes('--tasks');

const THREE = ['medical-assistant', 'medical-coder', 'healthcare-administrator'];
const ELEMENTS = ['career-table', 'career-salary-chart', 'career-quiz', 'career-compare'];

if (!existsSync('node_modules/chart.js/package.json')) {
  console.error('bench: chart.js is missing; it is a devDependency, so run `npm ci` (or `npm install`) first.');
  process.exit(1);
}
if (!existsSync('dist/index.js') || !existsSync('dist/career-compare.js')) {
  log('dist/ is missing, building…');
  const { status } = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build', '--silent'], {
    stdio: ['ignore', 2, 2], // stdout is for the tables
  });
  if (status !== 0) process.exit(status ?? 1);
}

const { measureAll, measureEntry } = await import('./sizes.mjs');
const { findChromium, freePort } = await import('./browsers.mjs');
const { longTaskSummary, mainThreadTasks } = await import('./trace-tasks.mjs');
/** What a trace of the blog post records: tasks, what runs in them (script, style, layout, paint). */
const TRACE_CATEGORIES = 'toplevel,devtools.timeline,v8,v8.execute';

// --- sizes --------------------------------------------------------------------

if (!ONLY_POST) log('sizes…');
const chartVersion = JSON.parse(readFileSync('node_modules/chart.js/package.json', 'utf8')).version;
const sizes = ONLY_POST
  ? []
  : [
      ...(await measureAll()),
      {
        name: `Chart.js ${chartVersion}, bar chart only (tree-shaken)`,
        ...(await measureEntry('bench/chartjs-bar.js')),
      },
      { name: `Chart.js ${chartVersion}, \`chart.js/auto\``, ...(await measureEntry('bench/chartjs-auto.js')) },
    ];

// --- occupations ----------------------------------------------------------------

if (!ONLY_POST) log('occupation data and search…');
const { measureOccupationData } = await import('./sizes.mjs');
const occupationData = ONLY_POST ? undefined : measureOccupationData();
const search = ONLY_POST ? undefined : await measureSearch();

/**
 * `searchCareers` in Node as a page calls it on each keystroke: every prefix of
 * a few job names typed letter by letter, after the first call (which loads
 * and prepares the titles, timed apart).
 */
async function measureSearch() {
  const { searchCareers } = await import('../dist/data/index.js');
  const start = performance.now();
  await searchCareers('a');
  const first = performance.now() - start;
  const typed = ['hygienist', 'truck driver', 'software developer', 'medical coder', 'registered nurse', 'electrician'];
  const times = [];
  for (let round = 0; round < 5; round++) {
    for (const name of typed) {
      for (let length = 1; length <= name.length; length++) {
        const begin = performance.now();
        await searchCareers(name.slice(0, length), { limit: 8 });
        times.push(performance.now() - begin);
      }
    }
  }
  times.sort((a, b) => a - b);
  const at = (share) => times[Math.min(times.length - 1, Math.floor(share * times.length))];
  return { first, keystrokes: times.length, median: at(0.5), p95: at(0.95), max: times[times.length - 1] };
}

// --- quiz fairness --------------------------------------------------------------

if (!ONLY_POST) log('quiz fairness…');
const fairness = ONLY_POST ? [] : await measureFairness();

/**
 * First-place shares of the built-in quiz over all its answer patterns, for
 * the built-in careers and the sets test/unit/quiz-fairness.test.ts checks.
 */
async function measureFairness() {
  const { builtinDataset, loadAllOccupations } = await import('../dist/data/index.js');
  const { quizFairness } = await import('../dist/core/fairness.js');
  const all = await loadAllOccupations();
  const bySoc = new Map(all.map((career) => [career.occupation?.soc, career]));
  const sets = {
    'built-in careers': builtinDataset.careers,
    dental: ['29-1292', '31-9091', '29-1021'].map((soc) => bySoc.get(soc)),
    nursing: ['29-1141', '29-2061', '31-1131', '29-1171'].map((soc) => bySoc.get(soc)),
    'building trades': ['47-2111', '47-2152', '49-9021', '47-2031'].map((soc) => bySoc.get(soc)),
  };
  const questions = builtinDataset.quiz.questions;
  return Object.entries(sets).map(([name, careers]) => ({ name, ...quizFairness(careers, questions) }));
}

// --- data ---------------------------------------------------------------------

const builtin = JSON.parse(readFileSync('data/careers.json', 'utf8'));

/** `count` careers copied from the built-in ones under new ids (figures kept: only for timing). */
function synthetic(count) {
  const careers = Array.from({ length: count }, (_, i) => {
    const career = builtin.careers[i % builtin.careers.length];
    const copy = Math.floor(i / builtin.careers.length) + 1;
    return { ...structuredClone(career), id: `${career.id}-${copy}`, title: `${career.title} ${copy}` };
  });
  return { version: builtin.version, careers };
}

/** What Chart.js draws for a list of careers: title, p10, median, p90. */
const chartRows = (careers) =>
  careers.map(({ title, pay }) => ({
    title,
    p10: pay?.annual?.p10 ?? null,
    median: pay?.annual?.median ?? null,
    p90: pay?.annual?.p90 ?? null,
  }));

// --- browser ------------------------------------------------------------------

const chromium = findChromium();
if (!chromium.path) {
  console.error(`bench: ${chromium.note}`);
  process.exit(1);
}
const { chromium: playwright } = await import('playwright-core');
const { startDevServer } = await import('@web/dev-server');

const port = await freePort();
const server = await startDevServer({
  config: {
    rootDir: '.',
    hostname: '127.0.0.1',
    port,
    nodeResolve: true,
    watch: false,
    // Cross-origin isolation gives performance.now() 5 µs steps instead of 100 µs.
    middleware: [
      (context, next) => {
        context.set('Cross-Origin-Opener-Policy', 'same-origin');
        context.set('Cross-Origin-Embedder-Policy', 'require-corp');
        return next();
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await playwright.launch({
  executablePath: chromium.path,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--js-flags=--expose-gc',
  ],
});
const stop = async () => {
  await browser.close().catch(() => {});
  await server.stop().catch(() => {});
};
process.once('SIGINT', () => stop().then(() => process.exit(130)));

const base = `http://127.0.0.1:${port}/bench/`;
const viewport = { width: 1280, height: 800 };

/** A fresh page in `mode` (see bench/render.js), ready to measure, with the DevTools protocol's metrics on. */
async function renderPage(mode) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.on('pageerror', (error) => log(`page error (${mode}): ${error.message}`));
  await page.goto(`${base}render.html?mode=${mode}`);
  await page.evaluate(() => window.bench.ready);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { page, cdp, close: () => context.close() };
}

/** The main thread's busy time so far (all its tasks: script, style, layout, paint), in ms. */
async function busyTime(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return 1000 * metrics.find((metric) => metric.name === 'TaskDuration').value;
}

const median = (times) => {
  const sorted = [...times].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

let result;
try {
  result = ONLY_POST ? { post: await measurePost() } : await measure();
} finally {
  await stop();
}
if (ONLY_POST) printPost(result.post);
else print(result);
log(`done in ${((performance.now() - began) / 1000).toFixed(0)} s`);

async function measure() {
  const version = browser.version();
  const datasets = Object.fromEntries(GROWTH.map((count) => [count, synthetic(count)]));
  const byId = new Map(builtin.careers.map((career) => [career.id, career]));
  const pages = {
    elements: await renderPage('elements'),
    floor: await renderPage('floor'),
    chartjs: await renderPage('chartjs'),
  };
  const setup = (mode, name, kind, options) =>
    pages[mode].page.evaluate(([n, k, o]) => window.bench.setup(n, k, o), [name, kind, options]);
  /** What the element renders, checked against the same markup stamped in the floor's page. */
  async function capture(options) {
    const captured = await pages.elements.page.evaluate((o) => window.bench.capture(o), options);
    const height = await pages.floor.page.evaluate((html) => window.bench.stampedHeight(html), captured.html);
    if (Math.abs(height - captured.height) > 1) {
      log(
        `the floor of <${options.tag}> is ${height}px tall, the element ${captured.height}px: the floor is not faithful`,
      );
    }
    return captured;
  }

  /**
   * Medians of each case, run in turn one run per round (the first `warmup`
   * rounds unrecorded), so the element, its floor and Chart.js share the
   * machine's busy and quiet moments. A run's cost is the main thread's busy
   * time over it: an element's first render waits between its tasks (so as
   * not to block the page), and those waits are not work.
   */
  async function rounds(plan, cases) {
    const times = cases.map(() => []);
    for (let round = 0; round < plan.warmup + plan.runs; round++) {
      for (const [i, [mode, name]] of cases.entries()) {
        const { page, cdp } = pages[mode];
        await page.evaluate(() => window.bench.prepare());
        const before = await busyTime(cdp);
        await page.evaluate((n) => window.bench.run(n), name);
        const time = (await busyTime(cdp)) - before;
        if (round >= plan.warmup) times[i].push(time);
      }
    }
    return Object.fromEntries(cases.map(([mode, name], i) => [`${mode} ${name}`, median(times[i])]));
  }

  log('3 careers…');
  const cases = [];
  let chartSize;
  for (const tag of ELEMENTS) {
    const options = { tag, careers: THREE.join(' ') };
    const { html, chart } = await capture(options);
    chartSize ??= chart;
    await setup('elements', tag, 'element', options);
    await setup('floor', tag, 'floor', { html });
    cases.push(['elements', tag], ['floor', tag]);
  }
  await setup('chartjs', 'chart', 'chartjs', { rows: chartRows(THREE.map((id) => byId.get(id))), ...chartSize });
  cases.push(['chartjs', 'chart']);
  const three = await rounds(PLAN, cases);

  const growth = {};
  for (const count of GROWTH) {
    log(`${count} careers through \`data\`…`);
    const dataset = datasets[count];
    const careers = dataset.careers.map((career) => career.id).join(' ');
    const cases = [];
    for (const tag of ['career-table', 'career-salary-chart']) {
      const options = { tag, careers, data: dataset };
      const { html, chart } = await capture(options);
      if (chart) await setup('chartjs', `chart ${count}`, 'chartjs', { rows: chartRows(dataset.careers), ...chart });
      await setup('elements', `${tag} ${count}`, 'element', options);
      await setup('floor', `${tag} ${count}`, 'floor', { html });
      cases.push(['elements', `${tag} ${count}`], ['floor', `${tag} ${count}`]);
    }
    cases.push(['chartjs', `chart ${count}`]);
    Object.assign(growth, await rounds(growthPlan(count), cases));
  }

  const errors = await pages.elements.page.evaluate(() => window.bench.errors);
  for (const message of new Set(errors)) log(`career-error while measuring: ${message}`);
  for (const { close } of Object.values(pages)) await close();

  const loads = [];
  for (const slowdown of SLOWDOWNS) {
    log(`long tasks, CPU ${slowdown}×…`);
    const runs = [];
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      if (slowdown > 1) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
      }
      await page.goto(`${base}all.html`);
      const { updated, longTasks } = await page
        .waitForFunction(() => window.benchResult)
        .then((handle) => handle.jsonValue());
      runs.push({
        updated,
        count: longTasks.length,
        total: longTasks.reduce((sum, task) => sum + task.duration, 0),
        longest: Math.max(0, ...longTasks.map((task) => task.duration)),
      });
      await context.close();
    }
    // The load whose long tasks took the median total, whole (medians of each column would not add up).
    loads.push({ slowdown, ...runs.sort((a, b) => a.total - b.total || a.updated - b.updated)[LOADS >> 1] });
  }

  const post = await measurePost();
  return { version, three, growth, loads, post };
}

/** The demo blog post, with and without the script, at each CPU speed: `POST_RUNS` loads of each. */
async function measurePost() {
  const post = [];
  for (const slowdown of SLOWDOWNS) {
    for (const script of [true, false]) {
      log(`${POST}, ${script ? 'with' : 'without'} the script, CPU ${slowdown}×…`);
      const runs = [];
      for (let i = 0; i < POST_RUNS; i++) runs.push(await loadPost({ slowdown, script }));
      post.push({ slowdown, script, runs });
    }
  }
  return post;
}

/**
 * Loads the demo blog post in a fresh context (CPU slowed `slowdown`× by
 * DevTools throttling), without its scripts when `script` is false (the
 * floor), tracing it from navigation until every widget that renders at once
 * has rendered and a second has passed (or, without the script, a second
 * after the load event). The trace tells the page's long tasks and, of those,
 * the widgets' (scripts/trace-tasks.mjs): the ones from their script's
 * evaluation on, as the page's parsing and first layout come before.
 */
async function loadPost({ slowdown, script }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (slowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  if (!script) await page.route(/\/dist\//, (route) => route.abort());
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  await page.goto(`http://127.0.0.1:${port}/${POST}`, { waitUntil: 'load' });
  if (script) {
    await page.waitForFunction(() => {
      const widgets = [...document.querySelectorAll('career-compare, career-table, career-salary-chart, career-quiz')];
      const eager = widgets.filter((el) => el.getAttribute('loading') !== 'lazy');
      return eager.length > 0 && eager.every((el) => customElements.get(el.localName) && el.hasUpdated);
    });
    await page.evaluate(async () => {
      const eager = [...document.querySelectorAll('career-compare, career-table, career-salary-chart, career-quiz')];
      await Promise.all(eager.filter((el) => el.getAttribute('loading') !== 'lazy').map((el) => el.updateComplete));
    });
  }
  await page.waitForTimeout(1000);
  await cdp.send('Tracing.end');
  await traced;
  await context.close();
  const tasks = mainThreadTasks(events, {
    isOurs: (url) => url.includes('/dist/'),
    isPage: (url) => url.endsWith(`/${POST}`),
  });
  if (SHOW_TASKS) {
    for (const task of tasks.filter((t) => t.duration > 50)) {
      const work = Object.entries(task.work)
        .sort((a, b) => b[1] - a[1])
        .map(([name, time]) => `${name} ${time.toFixed(1)}`)
        .join(', ');
      const owner = task.widgets ? `widgets' ${task.widgetTime.toFixed(1)} ms of it` : 'page';
      const load = `${script ? 'with' : 'without'} the script, ${slowdown}×`;
      log(`  ${load}: task at ${task.start.toFixed(0)} ms: ${task.duration.toFixed(1)} ms, ${owner} (${work})`);
    }
  }
  const widgets = longTaskSummary(
    tasks.filter((task) => task.widgets),
    (task) => task.widgetTime,
  );
  return { page: longTaskSummary(tasks), widgets };
}

/** A line of the tables, on stdout. */
function out(line = '') {
  console.log(line);
}

/** A time for the tables: two decimals under 10 ms, one above; — for none. */
function formatMs(value) {
  return value === undefined ? '—' : value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(1)} ms`;
}

function machine() {
  let cpu = cpus()[0]?.model ?? 'unknown CPU';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {
    // Not Linux: os.cpus() named it.
  }
  return `${cpu.trim()}, ${availableParallelism()} cores`;
}

function print({ version, three, growth, loads, post }) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
  const ms = formatMs;
  const times = (value, floor) => `${(value / floor).toFixed(1)}×`;

  out(
    `Machine: ${machine()}; Chromium ${version}, headless; Node ${process.version}; ${new Date().toISOString().slice(0, 10)}.`,
  );
  out();
  out('**Size**, what loads at once (with Lit); the built-in data and other chunks load on first use.');
  out();
  out('| what | min+gzip | brotli | loaded on first use (gzip) |');
  out('| --- | --: | --: | --- |');
  for (const row of sizes) {
    const lazy = row.lazy.map((chunk) => `${chunk.name} ${kb(chunk.gzip)}`).join(', ') || '—';
    out(`| ${row.name} | ${kb(row.gzip)} | ${kb(row.brotli)} | ${lazy} |`);
  }
  out();
  const data = occupationData;
  out(
    `**Occupation data** (\`dist/occupations/\`, gzip), fetched only for occupations a page names: ${data.chunks} chunks ` +
      `(one per SOC minor group), ${kb(data.chunksTotal)} in all, ${kb(data.smallest)}–${kb(data.largest)} each; ` +
      `the index of titles for readable ids ${kb(data.index)}; the search titles ${kb(data.titles)}.`,
  );
  out();
  out(
    `**Search**, \`searchCareers\` in Node over all 830 occupations: the first call, which loads and prepares the ` +
      `titles, ${ms(search.first)}; then ${search.keystrokes} keystrokes (six job names typed letter by letter, five ` +
      `times): median ${ms(search.median)}, 95th percentile ${ms(search.p95)}, slowest ${ms(search.max)}.`,
  );
  out();
  out(
    `**Quiz fairness**: the share of first places each career takes over all ${fairness[0].patterns.toLocaleString('en')} ` +
      'answer patterns of the built-in quiz (a tie of k counts 1/k each; the patterns that point nowhere, ' +
      `${fairness[0].flat} of them, rank nobody), and how many patterns put it first on its own.`,
  );
  out();
  for (const set of fairness) {
    const fair = 1 / set.careers.length;
    out(
      `- ${set.name} (fair share ${(100 * fair).toFixed(1)}%): ` +
        set.careers
          .map(
            ({ career, share, alone }) =>
              `${career.title} ${(100 * share).toFixed(1)}% (${alone.toLocaleString('en')} alone)`,
          )
          .join(', '),
    );
  }
  out();
  out(
    `**Render cost, 3 careers**: median of ${PLAN.runs} runs (after ${PLAN.warmup} warm-up runs) of the main ` +
      "thread's busy time (the DevTools protocol's TaskDuration: script, style, layout and paint, not the waits between " +
      'tasks) from creating the element until it and every element nested in it have updated and the layout is done. The floor stamps the same ' +
      "DOM and styles into a plain `<div>`'s shadow root with no component code; Chart.js draws the same figures " +
      '(10th percentile, median, 90th) as a bar chart on a canvas of the same size, to the end of its first draw.',
  );
  out();
  out('| element | render | floor (same DOM, no code) | render ÷ floor | Chart.js, same data |');
  out('| --- | --: | --: | --: | --: |');
  for (const tag of ELEMENTS) {
    const [render, floor] = [three[`elements ${tag}`], three[`floor ${tag}`]];
    const chart = tag === 'career-salary-chart' ? ms(three['chartjs chart']) : '—';
    out(`| \`<${tag}>\` | ${ms(render)} | ${ms(floor)} | ${times(render, floor)} | ${chart} |`);
  }
  out();
  out(
    `**Growth**: the same, with ${GROWTH.join(', ')} careers copied from the built-in ones and passed through \`data\` ` +
      `(so the time includes checking that dataset); median of ${PLAN.runs} runs, ${growthPlan(100).runs} at 100.`,
  );
  out();
  out('| careers | `<career-table>` | its floor | `<career-salary-chart>` | its floor | Chart.js |');
  out('| --: | --: | --: | --: | --: | --: |');
  for (const count of GROWTH) {
    const cells = ['career-table', 'career-salary-chart'].flatMap((tag) =>
      ['elements', 'floor'].map((mode) => growth[`${mode} ${tag} ${count}`]),
    );
    out(`| ${count} | ${[...cells, growth[`chartjs chart ${count}`]].map(ms).join(' | ')} |`);
  }
  out();
  out(
    `**Long tasks** (over 50 ms) while \`bench/all.html\` loads: every element with 3 careers, from \`dist/career-compare.js\`; ` +
      `from navigation until every element has updated; of ${LOADS} loads, each in a fresh browser context, the one with the median total.`,
  );
  out();
  out('| CPU | long tasks | their total | longest | every element updated at |');
  out('| --- | --: | --: | --: | --: |');
  for (const load of loads) {
    const cpu = load.slowdown === 1 ? 'as is' : `slowed ${load.slowdown}× (DevTools throttling)`;
    out(
      `| ${cpu} | ${load.count} | ${ms(load.total)} | ${load.longest ? ms(load.longest) : '—'} | ${ms(load.updated)} |`,
    );
  }
  out();
  printPost(post);
}

/** The blog post table: the whole page with the script, the widgets' own tasks in it, and the page without the script. */
function printPost(post) {
  const ms = formatMs;
  out(
    `**The demo blog post** (\`${POST}\`: a compare with an inline dataset at the top, a chart and a quiz ` +
      'below the fold with `loading="lazy"`), loaded as a reader would and traced (DevTools protocol) from navigation until ' +
      'every widget that renders at once has rendered, plus a second. Three rows each: the whole page with the script; ' +
      "of those tasks, the widgets' (from their script's evaluation on: the evaluation, their renders and the style, " +
      "layout and paint of what they wrote; the page's parsing and first layout come before); and the floor, the same " +
      `page with its scripts blocked. ${POST_RUNS} loads of each, each in a fresh browser context: the median, and the ` +
      'worst in brackets. Total Blocking Time adds what each long task (over 50 ms) spends past 50 ms.',
  );
  out();
  out('| CPU | tasks | long tasks | longest task | Total Blocking Time |');
  out('| --- | --- | --: | --: | --: |');
  for (const { slowdown, script, runs } of post) {
    const cpu = slowdown === 1 ? 'as is' : `slowed ${slowdown}×`;
    const views = script
      ? [
          ['the whole page, with the script', 'page'],
          ["the widgets' tasks", 'widgets'],
        ]
      : [['floor: the page without the script', 'page']];
    for (const [label, view] of views) {
      const column = (key, format) => {
        const values = runs.map((run) => run[view][key]);
        return `${format(median(values))} (${format(Math.max(...values))})`;
      };
      const count = (value) => String(Math.round(value));
      out(
        `| ${cpu} | ${label} | ${column('count', count)} | ${column('longest', (v) => (v ? ms(v) : '—'))} | ${column('blocking', ms)} |`,
      );
    }
  }
}
