// `npm test`: every check, in order, stopping at the first failure.
//
//   1. browsers    find Chromium, Firefox and WebKit (on Debian/Ubuntu, as root
//                  or with passwordless sudo, apt-get installs missing ones);
//                  a browser too old to drive fails it, named, with the fix
//   2. type check  tsc -p tsconfig.test.json
//   3. unit tests  vitest run
//   4. build       npm run build
//   5. dist tests  vitest on the build: the prerender command, the Eleventy example
//   6. sizes, lint size budgets (scripts/sizes.mjs), eslint, prettier, lit-analyzer, publint, attw
//   7. browser     web-test-runner (web-test-runner.config.mjs), every engine found
//
// Under the summary table, each failing test is named (engine, file, test,
// the error's first line), so a log cut to its tail still says what failed.
// The last line is the summary, `test: N passed, N failed`, counting checks:
// each unit and browser test (per engine) is one, and so is each step that has
// no tests of its own (browsers, type check, build) or whose counts could not
// be read. The exit code is 0 only when every step passed.
//
// Environment: CI=true|1 makes a missing engine an error (otherwise the
// others run); BROWSERS=chromium,firefox limits the engines; see
// scripts/browsers.mjs for the rest.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ensureBrowsers, isCI } from './browsers.mjs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);

const work = mkdtempSync(join(tmpdir(), 'career-compare-test-'));
const unitJson = join(work, 'vitest.json');
const distJson = join(work, 'vitest-dist.json');
const browserJson = join(work, 'wtr.json');

// Ctrl-C reaches the child too (same process group): let it wind down, then
// report it as the failure it is.
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    interrupted = true;
  });
}

/** Runs a command with the terminal; resolves with its exit code. */
function exec(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', (error) => {
      console.error(`test: could not run ${command}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** A step that runs vitest with `config`, its results written to `json` for the counts. */
function vitestStep(name, config, json) {
  return {
    name,
    command: [
      'npx',
      '--no',
      '--',
      'vitest',
      'run',
      '--config',
      config,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${json}`,
    ],
    counts: () => vitestCounts(json),
  };
}

function vitestCounts(file) {
  const report = readJson(file);
  if (!report || typeof report.numTotalTests !== 'number') return undefined;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A file that fails to load has no failed tests but fails the run.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  const failures = (report.testResults ?? []).flatMap((file) => {
    const path = relative(root, file.name);
    const failedTests = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    if (file.status === 'failed' && failedTests.length === 0)
      return [{ file: path, test: '(the file)', error: file.message }];
    return failedTests.map((test) => ({ file: path, test: test.fullName, error: test.failureMessages?.[0] }));
  });
  return {
    failures,
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles,
    detail:
      `${report.numTotalTests} tests: ${report.numFailedTests} failing` +
      (skipped ? `, ${skipped} skipped` : '') +
      (brokenFiles ? `, ${brokenFiles} file(s) did not load` : ''),
  };
}

let engines = [];
let missingEngines = [];

const steps = [
  {
    name: 'browsers',
    async run() {
      const found = ensureBrowsers({ install: true, ci: isCI() });
      engines = found.available;
      missingEngines = found.missing;
      if (engines.length === 0) throw new Error('no browser engine available for the browser tests');
      return { detail: engines.join(', ') + (missingEngines.length ? ` (missing: ${missingEngines.join(', ')})` : '') };
    },
  },
  {
    name: 'type check',
    command: ['npx', '--no', '--', 'tsc', '-p', 'tsconfig.test.json'],
  },
  vitestStep('unit tests', 'vitest.config.ts', unitJson),
  {
    name: 'build',
    command: ['npm', 'run', '--silent', 'build'],
  },
  // What the build made: the prerender command (bin/) and the Eleventy example.
  vitestStep('dist tests', 'vitest.dist.config.ts', distJson),
  {
    name: 'size budgets',
    command: ['node', 'scripts/sizes.mjs', '--check'],
  },
  {
    // eslint (typescript-eslint, lit, wc), prettier, lit-analyzer, publint, attw.
    name: 'lint',
    command: ['npm', 'run', '--silent', 'lint'],
  },
  {
    name: 'browser tests',
    command: ['npx', '--no', '--', 'web-test-runner', '--config', 'web-test-runner.config.mjs'],
    env: () => ({ BROWSERS: engines.join(','), WTR_SUMMARY_FILE: browserJson, WTR_QUIET_BROWSERS: '1' }),
    counts() {
      const report = readJson(browserJson);
      if (!report?.engines) return undefined;
      let passed = 0;
      let failed = 0;
      const parts = [];
      for (const [name, counts] of Object.entries(report.engines)) {
        passed += counts.passed;
        failed += counts.failed;
        parts.push(
          `${name} ${counts.passed}/${counts.passed + counts.failed}` +
            (counts.skipped ? ` (+${counts.skipped} skipped)` : ''),
        );
      }
      if (missingEngines.length) parts.push(`not run in ${missingEngines.join(', ')}`);
      return {
        passed,
        failed,
        failures: report.failures ?? [],
        slowest: report.slowest ?? [],
        detail: parts.join(', '),
      };
    },
  },
];

const results = [];
let failedStep;

for (const step of steps) {
  console.log(`\n━━ test: ${step.name} ━━`);
  if (step.command) console.log(`$ ${step.command.join(' ')}`);
  const started = Date.now();
  let ok;
  let detail = '';
  let counts;
  if (step.run) {
    try {
      detail = (await step.run()).detail ?? '';
      ok = true;
    } catch (error) {
      detail = error.message;
      ok = false;
    }
  } else {
    const [command, ...args] = step.command;
    const code = await exec(command, args, step.env?.());
    ok = code === 0 && !interrupted;
    counts = step.counts?.();
    detail = counts?.detail ?? (code === 0 ? '' : `exit code ${code}`);
    // Passed with failures counted, or failed with none: trust the exit code.
    if (counts && ok !== (counts.failed === 0)) counts = undefined;
    if (!counts && step.counts && code !== 0) detail = `exit code ${code}` + (detail ? `; ${detail}` : '');
  }
  const seconds = (Date.now() - started) / 1000;
  results.push({ name: step.name, ok, detail, counts, seconds });
  if (!ok) {
    failedStep = step;
    console.error(`\ntest: ✗ ${step.name} failed${detail ? `: ${detail}` : ''}${interrupted ? ' (interrupted)' : ''}`);
    break;
  }
  console.log(`test: ✓ ${step.name} (${seconds.toFixed(1)} s)`);
}

rmSync(work, { recursive: true, force: true });

let passed = 0;
let failed = 0;
console.log('\n━━ test: summary ━━');
for (const step of steps) {
  const result = results.find((r) => r.name === step.name);
  if (!result) {
    console.log(`  -     ${step.name.padEnd(14)} not run`);
    continue;
  }
  if (result.counts) {
    passed += result.counts.passed;
    failed += result.counts.failed;
  } else if (result.ok) passed += 1;
  else failed += 1;
  const status = result.ok ? 'ok  ' : 'FAIL';
  console.log(`  ${status}  ${result.name.padEnd(14)} ${result.seconds.toFixed(1).padStart(6)} s  ${result.detail}`);
}
if (failedStep) console.log(`Stopped at: ${failedStep.name}.`);
printFailures(results.flatMap((result) => result.counts?.failures ?? []));
if (failed > 0) printSlowest(results.flatMap((result) => result.counts?.slowest ?? []));
console.log(`test: ${passed} passed, ${failed} failed`);
process.exitCode = failedStep ? 1 : 0;

/** Names each failing test in one line: engine, file, test and the error's first line. */
function printFailures(failures) {
  if (failures.length === 0) return;
  const LIMIT = 30;
  console.log(`Failing (${failures.length}):`);
  for (const { engine, file, test, error } of failures.slice(0, LIMIT)) {
    const message =
      String(error ?? '')
        .split('\n')
        .find((line) => line.trim()) ?? '';
    console.log(`  ✗ ${engine ? `${engine} ` : ''}${file} › ${test}: ${message.trim().slice(0, 240)}`);
  }
  if (failures.length > LIMIT) console.log(`  … and ${failures.length - LIMIT} more (see above)`);
}

/** The slowest browser tests, when something failed: a test near its time limit on a slow machine may be why. */
function printSlowest(slowest) {
  if (slowest.length === 0) return;
  console.log('Slowest browser tests:');
  for (const { engine, file, test, ms } of slowest)
    console.log(`  ${(ms / 1000).toFixed(1).padStart(5)} s  ${engine} ${file} › ${test}`);
}
