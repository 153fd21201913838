// `npm start`: installs dependencies if they are missing, builds, serves the
// demo pages and the built files on localhost, prints the URL, and rebuilds
// when src/ or data/ change.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (command, args) => {
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
};

if (!existsSync('node_modules/lit') || !existsSync('node_modules/@web/dev-server')) {
  console.log('Installing dependencies…');
  run(npm, [existsSync('package-lock.json') ? 'ci' : 'install']);
}
console.log('Building…');
run(npm, ['run', 'build', '--silent']);

/** The first free port on localhost from `from` up. */
function freePort(from) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(freePort(from + 1)));
    server.listen(from, '127.0.0.1', () => server.close(() => resolve(from)));
  });
}

const port = await freePort(Number(process.env.PORT) || 8000);
const { startDevServer } = await import('@web/dev-server');
await startDevServer({
  config: { rootDir: '.', hostname: 'localhost', port, nodeResolve: true, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(
  `\ncareer-compare demo: http://localhost:${port}/demo/\n(Ctrl+C to stop; edits to src/ and data/ rebuild dist/ — reload the page.)\n`,
);

// Rebuild on change; the dev server serves whatever dist/ holds now.
const watcher = spawn(
  npm === 'npm' ? 'npx' : 'npx.cmd',
  ['rollup', '-c', '--watch', '--silent', '--no-watch.clearScreen'],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
process.on('SIGINT', () => {
  watcher.kill();
  process.exit(0);
});
