#!/usr/bin/env node
// npx career-compare render: prints the HTML of career elements rendered on
// the server (declarative shadow DOM), for a blog post or a static page.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const USAGE = `Usage: career-compare render <html> [options]

  <html>   a tag, e.g. '<career-compare careers="29-1292 31-9091"></career-compare>',
           an HTML file with such tags in it, or - to read standard input

Options:
  --no-script          no script tag: a static table and chart, the quiz says it needs JavaScript
  --script-src <url>   the hydrating script to load (default: this release's on jsDelivr)
  --jsonld             add schema.org Occupation data (JSON-LD) after each element
  --base <url>         the URL relative src datasets resolve against (default: the file's folder)

Prints the HTML to standard output; problems (a dataset that failed, an unknown career) go to standard error.`;

async function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'no-script': { type: 'boolean' },
      'script-src': { type: 'string' },
      jsonld: { type: 'boolean' },
      base: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, source] = positionals;
  if (values.help || command !== 'render' || !source || positionals.length > 2) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  let input = source;
  let base = values.base;
  if (source === '-') input = await readStdin();
  else if (!source.trimStart().startsWith('<')) {
    input = await readFile(source, 'utf8');
    base ??= pathToFileURL(source).href;
  }
  const { prerender, scriptTag } = await import('../dist/ssr/index.js');
  let problems = 0;
  const html = await prerender(input, {
    base,
    jsonld: values.jsonld,
    script: values['no-script'] ? false : scriptTag(values['script-src']),
    onProblem: (message) => {
      problems++;
      console.error(`career-compare: ${message}`);
    },
  });
  process.stdout.write(html.endsWith('\n') ? html : `${html}\n`);
  return problems ? 1 : 0;
}

async function readStdin() {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(`career-compare: ${error.message}`);
    process.exitCode = 1;
  },
);
