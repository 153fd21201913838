// `npx career-compare render`: the package's bin, run as a publisher would, on the build.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/core/format.js';
import { payFigures } from '../../src/core/pay.js';
import { careers } from '../../src/data/builtin.js';

const run = promisify(execFile);
const BIN = new URL('../../bin/career-compare.mjs', import.meta.url).pathname;
const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));

/** Runs the command; never rejects: its exit code, output and errors. */
async function careerCompare(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

const [first, second] = careers;
const median = (index: number) =>
  formatMoney(payFigures(careers[index], 'annual')!.median!, { locale: 'en-US', currency: 'USD' });

describe('career-compare render', () => {
  let folder: string;
  beforeAll(async () => (folder = await mkdtemp(join(tmpdir(), 'career-compare-'))));
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('prints a tag rendered with declarative shadow DOM and the script pinned to this release', async () => {
    const { code, stdout, stderr } = await careerCompare(
      'render',
      `<career-table careers="${first.id} ${second.id}"></career-table>`,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<career-table\s+careers="[^"]+"><template shadowroot="open" shadowrootmode="open">/);
    expect(stdout).toContain(median(0));
    expect(stdout).toContain(median(1));
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      `<script type="module" src="https://cdn.jsdelivr.net/npm/career-compare@${version}/dist/career-compare.hydrate.js"></script>`,
    );
  });

  it('leaves the script out with --no-script, and adds JSON-LD with --jsonld', async () => {
    const { stdout } = await careerCompare(
      'render',
      '<career-salary-chart careers="29-1292"></career-salary-chart>',
      '--no-script',
      '--jsonld',
    );
    expect(stdout).not.toContain('<script type="module"');
    const jsonld = /<script type="application\/ld\+json"[^>]*>([^<]*)<\/script>/.exec(stdout);
    expect(JSON.parse(jsonld![1])).toMatchObject({ '@type': 'Occupation', name: 'Dental Hygienists' });
  });

  it('renders the tags in an HTML file, fetching its src dataset and inlining it', async () => {
    const dataset = { careers: [{ ...first, id: 'our-own', title: 'Our Own Career' }] };
    await writeFile(join(folder, 'careers.json'), JSON.stringify(dataset));
    const page = `<!doctype html><html><head><title>Post</title></head><body>
<p>Intro</p>
<career-table src="careers.json" careers="our-own ${second.id}"><p>Fallback</p></career-table>
</body></html>`;
    await writeFile(join(folder, 'post.html'), page);
    const { code, stdout, stderr } = await careerCompare('render', join(folder, 'post.html'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.startsWith('<!doctype html><html><head><title>Post</title></head><body>\n<p>Intro</p>\n')).toBe(true);
    expect(stdout).toContain('Our Own Career');
    expect(stdout).not.toContain('src="careers.json"');
    const inline = /<script type="application\/json">([^<]*)<\/script>/.exec(stdout);
    expect(JSON.parse(inline![1])).toEqual(dataset);
    expect(stdout).toContain('<p>Fallback</p>');
    expect(stdout).toMatch(/<script type="module" src="[^"]+"><\/script>\n<\/body><\/html>/);
  });

  it('says what went wrong on standard error, with exit code 1, and still prints the page', async () => {
    const { code, stdout, stderr } = await careerCompare(
      'render',
      '<career-table careers="no-such-job"></career-table>',
    );
    expect(code).toBe(1);
    expect(stderr).toContain("unknown career 'no-such-job'");
    expect(stdout).toContain('no-such-job');
  });

  it('shows its usage for anything else, with exit code 2', async () => {
    const { code, stderr } = await careerCompare('draw', 'x');
    expect(code).toBe(2);
    expect(stderr).toContain('Usage: career-compare render');
  });
});
