// The Eleventy example (examples/eleventy/) builds with Lit's Eleventy plugin and its post's
// HTML holds the elements server-rendered: the table's figures, the chart, the script.
import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { beforeAll, expect, it } from 'vitest';
import { formatMoney } from '../../src/core/format.js';
import { payFigures } from '../../src/core/pay.js';
import { careers } from '../../src/data/builtin.js';
import { loadOccupationData, occupationBySoc } from '../../src/data/occupations.js';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url);
const site = new URL('examples/eleventy/_site/', root);
let post: string;

beforeAll(async () => {
  await rm(site, { recursive: true, force: true });
  await run(
    process.execPath,
    ['node_modules/@11ty/eleventy/cmd.cjs', '--config=examples/eleventy/eleventy.config.mjs'],
    {
      cwd: root.pathname,
    },
  );
  post = await readFile(new URL('posts/hygienist-or-assistant/index.html', site), 'utf8');
});

it('server-renders the table with its figures', async () => {
  await loadOccupationData({ groups: ['29-1', '31-9'], index: false, titles: false });
  for (const soc of ['29-1292', '31-9091']) {
    const career = occupationBySoc(soc);
    if (typeof career !== 'object') throw new Error(`no occupation ${soc}`);
    const median = formatMoney(payFigures(career, 'annual')!.median!, { locale: 'en-US', currency: 'USD' });
    expect(post).toContain(median);
    // A built-in career counted under the code is its face (as in the browser).
    expect(post).toContain(careers.find((own) => own.occupation?.soc === soc)?.title ?? career.title);
  }
  expect(post).not.toContain('Loading careers');
});

it('writes each element with its declarative shadow root, and copies the hydrating script', async () => {
  expect(post.match(/<career-table [^>]*><template shadowroot="open" shadowrootmode="open">/g)).toHaveLength(1);
  expect(post.match(/<career-salary-chart [^>]*><template shadowroot="open" shadowrootmode="open">/g)).toHaveLength(1);
  expect(post).toMatch(/<svg[^>]*part="chart"/);
  expect(post).toContain('<script type="module" src="/career-compare/career-compare.hydrate.js"></script>');
  const script = await readFile(new URL('career-compare/career-compare.hydrate.js', site), 'utf8');
  expect(script.length).toBeGreaterThan(10_000);
});
