// The bench's reading of a Chromium trace (scripts/trace-tasks.mjs): which main-thread tasks
// are the widgets' and what their long tasks add up to, on small traces written here.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { longTaskSummary, mainThreadTasks } from '../../scripts/trace-tasks.mjs';

const MAIN = { pid: 1, tid: 10 };
const OTHER = { pid: 1, tid: 11 };
const SCRIPT = 'http://127.0.0.1:8000/dist/career-compare.js';
const PAGE = 'http://127.0.0.1:8000/post.html';
const options = { isOurs: (url: string) => url.includes('/dist/'), isPage: (url: string) => url === PAGE };

/** A complete event at `start` ms lasting `duration` ms on `thread`. */
const event = (name: string, start: number, duration: number, args = {}, thread = MAIN) => ({
  ...thread,
  ph: 'X',
  name,
  ts: start * 1000,
  dur: duration * 1000,
  args,
});
const task = (start: number, duration: number) => event('ThreadControllerImpl::RunTask', start, duration);
const threadNames = [
  { ...MAIN, ph: 'M', name: 'thread_name', args: { name: 'CrRendererMain' } },
  { ...OTHER, ph: 'M', name: 'thread_name', args: { name: 'Compositor' } },
];

/** A page load: parsing, the page's own first layout, then the script and the widgets' renders. */
const load = [
  ...threadNames,
  task(0, 20),
  event('ParseHTML', 1, 15, { beginData: { url: PAGE } }),
  event('v8.compileModule', 16, 3, { data: { url: SCRIPT } }),
  task(30, 90),
  event('Layout', 31, 88),
  // The parser's last task: the script, then the page's layout as parsing ends.
  task(130, 65),
  event('v8.evaluateModule', 131, 40, { worldId: 0 }),
  // A nested run loop's task is part of the task around it, and a call inside the evaluation is in it.
  task(140, 5),
  event('FunctionCall', 141, 10, { data: { url: SCRIPT } }),
  event('RunMicrotasks', 172, 15),
  event('Layout', 188, 6),
  task(200, 70),
  event('RunMicrotasks', 200, 69),
  task(280, 55),
  event('Layout', 281, 50),
  // Another thread's work is not the page's main thread.
  event('ThreadControllerImpl::RunTask', 130, 500, {}, OTHER),
];

describe('mainThreadTasks', () => {
  it('lists the top-level tasks of the main thread, in ms from the first', () => {
    const tasks = mainThreadTasks(load, options);
    expect(tasks.map((t: { start: number; duration: number }) => [t.start, t.duration])).toEqual([
      [0, 20],
      [30, 90],
      [130, 65],
      [200, 70],
      [280, 55],
    ]);
  });

  it("counts as the widgets' the task compiling their script and every task from its evaluation on", () => {
    const tasks = mainThreadTasks(load, options);
    expect(tasks.map((t: { widgets: boolean }) => t.widgets)).toEqual([true, false, true, true, true]);
    expect(tasks.map((t: { script: boolean }) => t.script)).toEqual([true, false, true, true, false]);
  });

  it("counts nothing as the widgets' when their script never runs", () => {
    const floor = load.filter((e) => !String(e.name).startsWith('v8.') && e.name !== 'RunMicrotasks');
    expect(mainThreadTasks(floor, options).some((t: { widgets: boolean }) => t.widgets)).toBe(false);
  });

  it('finds no tasks in a trace without a renderer main thread that parsed the page', () => {
    expect(mainThreadTasks([task(0, 80)], options)).toEqual([]);
    expect(mainThreadTasks(load, { ...options, isPage: () => false })).toEqual([]);
  });

  it("reads the page's renderer, not another one in the same trace (one closing the page before)", () => {
    const before = { pid: 2, tid: 20 };
    const other = [
      { ...before, ph: 'M', name: 'thread_name', args: { name: 'CrRendererMain' } },
      event('ThreadControllerImpl::RunTask', 0, 400, {}, before),
      event('v8.evaluateModule', 1, 300, {}, before),
    ];
    const tasks = mainThreadTasks([...other, ...load], options);
    expect(tasks.map((t: { duration: number }) => t.duration)).toEqual([20, 90, 65, 70, 55]);
  });
});

describe('longTaskSummary', () => {
  it('counts the tasks over 50 ms, the longest and what they spend past 50 ms', () => {
    const tasks = mainThreadTasks(load, options);
    expect(longTaskSummary(tasks)).toEqual({ count: 4, longest: 90, blocking: 40 + 15 + 20 + 5 });
    const widgets = tasks.filter((t: { widgets: boolean }) => t.widgets);
    expect(longTaskSummary(widgets)).toEqual({ count: 3, longest: 70, blocking: 15 + 20 + 5 });
  });

  it("counts as the widgets' share of the task that evaluates their script only the script in it", () => {
    const tasks = mainThreadTasks(load, options);
    // Compiling: 3 ms of 20. Evaluating: 40 ms with the call inside it, 15 of microtasks, not the page's layout.
    expect(tasks.map((t: { widgetTime: number }) => t.widgetTime)).toEqual([3, 0, 55, 70, 55]);
    const widgets = tasks.filter((t: { widgets: boolean }) => t.widgets);
    const share = longTaskSummary(widgets, (t: { widgetTime: number }) => t.widgetTime);
    expect(share).toEqual({ count: 3, longest: 70, blocking: 5 + 20 + 5 });
    expect(longTaskSummary([])).toEqual({ count: 0, longest: 0, blocking: 0 });
  });
});
