// The page's main-thread tasks, read from a Chromium trace (the DevTools protocol's Tracing
// domain with the 'toplevel', 'devtools.timeline', 'v8' and 'v8.execute' categories), for
// `npm run bench`: which long tasks the widgets cause, beside those the page has anyway.
//
// A PerformanceObserver's long tasks cannot tell the two apart: on the demo blog post the
// page's own first layout (fonts, the article's text) is a long task with or without the
// script. The trace says what each task did, so a task is counted as the widgets' when it
// compiles their script or runs from its evaluation on: the evaluation, their callbacks and
// renders, and the style, layout and paint of what they wrote. The page's parsing comes
// before, and its first layout ends the task that evaluates the script (see widgetTime).

/** Trace events that run script: when a task holds one, it ran JavaScript. */
const SCRIPT_EVENTS = new Set([
  'v8.compileModule',
  'v8.evaluateModule',
  'EvaluateScript',
  'FunctionCall',
  'v8.callFunction',
  'RunMicrotasks',
  'TimerFire',
  'FireAnimationFrame',
]);

/** What a task's time is told by, for `npm run bench -- --post --tasks` (nested events overlap). */
const WORK_EVENTS = new Set([
  'ParseHTML',
  'v8.compileModule',
  'v8.evaluateModule',
  'RunMicrotasks',
  'FunctionCall',
  'v8.callFunction',
  'TimerFire',
  'UpdateLayoutTree',
  'Layout',
  'Paint',
  'EventDispatch',
]);

/** The name of a main-thread task in the 'toplevel' category. */
const TASK = 'ThreadControllerImpl::RunTask';

/**
 * The page's main-thread tasks in `events`, in order: each with its start and duration (ms,
 * from the first task), the ms of the main kinds of work in it, whether it ran script, and
 * whether it belongs to the widgets: it compiled a module whose URL `isOurs` accepts, or it
 * is or comes after the first task that evaluated one (a classic script's URL must be ours;
 * a module's evaluation names none, so the page must have no module of its own). The main
 * thread is the renderer's `CrRendererMain` that parsed a document whose URL `isPage`
 * accepts: a browser-wide trace also holds other renderers, such as one still closing the
 * page loaded before.
 */
export function mainThreadTasks(events, { isOurs, isPage }) {
  const mains = new Set(
    events
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const byThread = new Map();
  for (const event of events) {
    const thread = `${event.pid}:${event.tid}`;
    if (event.ph !== 'X' || !mains.has(thread)) continue;
    if (!byThread.has(thread)) byThread.set(thread, []);
    byThread.get(thread).push(event);
  }
  const parsesPage = (list) => list.some((e) => e.name === 'ParseHTML' && isPage(e.args?.beginData?.url ?? ''));
  const main = [...byThread.values()].find(parsesPage);
  if (!main) return [];
  const onMain = main.sort((a, b) => a.ts - b.ts || b.dur - a.dur);

  // Top-level tasks: a task inside another (a nested run loop) is part of it.
  const tasks = [];
  for (const event of onMain) {
    if (event.name !== TASK) continue;
    const last = tasks[tasks.length - 1];
    if (last && event.ts < last.ts + last.dur) continue;
    tasks.push({
      ts: event.ts,
      dur: event.dur,
      script: false,
      scriptTime: 0,
      scriptEnd: 0,
      compiles: false,
      evaluates: false,
      work: {},
    });
  }
  // What ran inside each task (both lists are in time order).
  let index = 0;
  for (const event of onMain) {
    if (event.name === TASK) continue;
    while (index < tasks.length && tasks[index].ts + tasks[index].dur < event.ts) index++;
    const task = tasks[index];
    if (!task || event.ts < task.ts) continue;
    if (SCRIPT_EVENTS.has(event.name)) {
      task.script = true;
      // Script time, each stretch once (a function call inside a module's evaluation is in it).
      const end = event.ts + event.dur;
      if (end > task.scriptEnd) task.scriptTime += end - Math.max(event.ts, task.scriptEnd);
      task.scriptEnd = Math.max(task.scriptEnd, end);
    }
    if (WORK_EVENTS.has(event.name)) task.work[event.name] = (task.work[event.name] ?? 0) + event.dur / 1000;
    const url = event.args?.data?.url ?? event.args?.fileName ?? '';
    if (event.name === 'v8.compileModule' && isOurs(url)) task.compiles = true;
    // A module's evaluation names no URL: the first one is the widgets' on a page with no module of its own.
    if (event.name === 'v8.evaluateModule' || (event.name === 'EvaluateScript' && isOurs(url))) task.evaluates = true;
  }
  const first = tasks.findIndex((task) => task.evaluates);
  const start = tasks[0]?.ts ?? 0;
  return tasks.map((task, i) => {
    const widgets = task.compiles || (first >= 0 && i >= first);
    // The task that evaluates the script is the parser's last: after the script it finishes
    // parsing and lays out the whole page, as it does without the script. Only the script's
    // own time in it is the widgets'; in the tasks after it, all of it.
    const widgetTime = !widgets ? 0 : task.evaluates || task.compiles ? task.scriptTime : task.dur;
    return {
      start: (task.ts - start) / 1000,
      duration: task.dur / 1000,
      script: task.script,
      work: task.work,
      widgets,
      widgetTime: widgetTime / 1000,
    };
  });
}

/**
 * Long tasks (over 50 ms) of `tasks`: how many, the longest and Total Blocking Time (what each
 * spends past 50 ms). `duration` picks the time counted: a task's own, or the widgets' share.
 */
export function longTaskSummary(tasks, duration = (task) => task.duration) {
  const long = tasks.map((task) => ({ duration: duration(task) })).filter((task) => task.duration > 50);
  return {
    count: long.length,
    longest: Math.max(0, ...long.map((task) => task.duration)),
    blocking: long.reduce((sum, task) => sum + task.duration - 50, 0),
  };
}
