import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setStrings } from '../../src/core/strings.js';
import { loadLanguage } from '../../src/shared/languages.js';
import {
  checkDataset,
  clearDatasetCache,
  describeProblem,
  jsonErrorPlace,
  loadDataset,
  loadLimits,
  parseDataset,
} from '../../src/shared/load-dataset.js';
import type { LoadResult } from '../../src/shared/load-dataset.js';

const valid = JSON.stringify({ version: 1, careers: [{ id: 'a', title: 'A' }] });
const hits = new Map<string, number>();

// A local server with one route per way a publisher's `src` can fail.
const server = createServer((request, response) => {
  const path = request.url ?? '';
  hits.set(path, (hits.get(path) ?? 0) + 1);
  const send = (status: number, type: string, body: string) => {
    response.writeHead(status, { 'content-type': type });
    response.end(body);
  };
  if (path === '/ok.json') send(200, 'application/json', valid);
  else if (path === '/server-error.json') send(500, 'text/plain', 'boom');
  else if (path === '/not-json.json') send(200, 'application/json', '{ "careers": [');
  else if (path === '/page.html') send(200, 'text/html', '<!doctype html><title>Not found</title>');
  else if (path === '/invalid.json')
    send(200, 'application/json', JSON.stringify({ careers: [{ id: 'Bad Id', title: 'x' }] }));
  else if (path === '/huge.json') send(200, 'application/json', `[${'0,'.repeat(60_000)}0]`);
  else if (path === '/never') {
    /* never answers */
  } else send(404, 'text/plain', 'not found');
});
let base = '';

/** A failed result's message in English, as an element shows it on an English page; throws on a success. */
function said(result: LoadResult): string {
  if (result.ok) throw new Error('expected a failure');
  return describeProblem(result.problem, 'en');
}

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});
beforeEach(() => clearDatasetCache());

describe('loadDataset', () => {
  it('loads, parses and validates a dataset', async () => {
    const result = await loadDataset('ok.json', base);
    expect(result).toEqual({ ok: true, dataset: JSON.parse(valid) });
  });

  it('asks the server once per URL, however many callers', async () => {
    hits.clear();
    const results = await Promise.all([
      loadDataset('ok.json', base),
      loadDataset(`${base}ok.json`),
      loadDataset('./ok.json', base),
    ]);
    expect(results.every((result) => result.ok)).toBe(true);
    expect(hits.get('/ok.json')).toBe(1);
  });

  it('shares a failure among callers at the same time, and asks again later', async () => {
    hits.clear();
    const together = await Promise.all([
      loadDataset('server-error.json', base),
      loadDataset('server-error.json', base),
    ]);
    expect(together.map((result) => result.ok)).toEqual([false, false]);
    expect(hits.get('/server-error.json')).toBe(1);
    const later = await loadDataset('server-error.json', base);
    expect(later.ok).toBe(false);
    expect(hits.get('/server-error.json')).toBe(2);
  });

  it('keeps a loaded dataset: a later caller does not ask again', async () => {
    hits.clear();
    await loadDataset('ok.json', base);
    await loadDataset('ok.json', base);
    expect(hits.get('/ok.json')).toBe(1);
  });

  it.each([
    ['missing.json', /could not be loaded \(HTTP 404\)/],
    ['server-error.json', /could not be loaded \(HTTP 500\)/],
    ['not-json.json', /is not valid JSON/],
    ['page.html', /is an HTML page, not JSON/],
    ['invalid.json', /is not valid: careers\[0\]\.id: expected a lowercase slug/],
  ])('reports %s in words', async (path, message) => {
    const result = await loadDataset(path, base);
    expect(result.ok).toBe(false);
    expect(said(result)).toMatch(message);
  });

  it('gives up on a server that never answers', async () => {
    const timeout = loadLimits.timeoutMs;
    loadLimits.timeoutMs = 200;
    try {
      const result = await loadDataset('never', base);
      expect(said(result)).toMatch(/did not arrive within 0.2 s/);
    } finally {
      loadLimits.timeoutMs = timeout;
    }
  });

  it('refuses a body larger than the size cap', async () => {
    const max = loadLimits.maxBytes;
    loadLimits.maxBytes = 10_000;
    try {
      const result = await loadDataset('huge.json', base);
      expect(said(result)).toMatch(/larger than 10000 bytes/);
    } finally {
      loadLimits.maxBytes = max;
    }
  });

  it('reports a network error', async () => {
    const result = await loadDataset('http://127.0.0.1:1/data.json');
    expect(said(result)).toMatch(/network error/);
  });

  it('reports a URL it cannot read', async () => {
    const result = await loadDataset('http://[bad', '');
    expect(said(result)).toMatch(/is not valid/);
  });
});

describe('parseDataset', () => {
  it('names what it parsed in every message', async () => {
    expect(said(await parseDataset('nope', 'inline'))).toBe('The inline dataset is not valid JSON.');
    const invalid = await parseDataset('{"careers": 3}', 'inline');
    expect(said(invalid)).toBe('The inline dataset is not valid: careers: expected a list.');
  });

  it('gives the line and column where the JSON breaks, when the engine says where', async () => {
    // V8 (Node, Chromium) names the position; this one is line 3, column 14.
    const broken = '{\n  "careers": [\n    {"id": 1,}\n  ]\n}';
    expect(said(await parseDataset(broken, 'inline'))).toBe(
      'The inline dataset is not valid JSON (line 3, column 14).',
    );
  });

  it('counts more problems as problems, and ends its sentence', async () => {
    const many = await parseDataset('{"careers": 3, "quiz": 1, "sources": 2}', 'inline');
    expect(said(many)).toMatch(/^The inline dataset is not valid: careers: expected a list \(\d more problems\)\.$/);
  });
});

describe('jsonErrorPlace', () => {
  const text = '{\n  "careers": [\n    {"id": 1,}\n  ]\n}';
  it("reads Firefox's line and column", () => {
    const error = new SyntaxError(
      'JSON.parse: expected double-quoted property name at line 3 column 14 of the JSON data',
    );
    expect(jsonErrorPlace(text, error)).toEqual({ line: 3, column: 14 });
  });

  it("works out the line and column from Chromium's position", () => {
    const error = new SyntaxError('Expected double-quoted property name in JSON at position 30');
    expect(jsonErrorPlace(text, error)).toEqual({ line: 3, column: 14 });
  });

  it('says nothing when the engine does not say where (WebKit)', () => {
    expect(jsonErrorPlace(text, new SyntaxError("JSON Parse error: Expected '}'"))).toBeUndefined();
  });
});

describe('describeProblem', () => {
  it("says each failure in the reader's language, naming the dataset", async () => {
    await loadLanguage('es');
    const missing = await loadDataset('missing.json', base);
    const invalid = await parseDataset('{"careers": 3, "quiz": 1}', 'inline');
    const property = await checkDataset('nope', 'property');
    if (missing.ok || invalid.ok || property.ok) throw new Error('expected failures');
    expect(describeProblem(missing.problem, 'es')).toBe(
      `No se pudo cargar el conjunto de datos de ${base}missing.json (HTTP 404).`,
    );
    expect(describeProblem(invalid.problem, 'es-MX')).toBe(
      'Hay datos no válidos en el conjunto de datos en línea: careers: expected a list (1 problema más).',
    );
    expect(describeProblem(property.problem, 'es')).toBe(
      'Hay datos no válidos en la propiedad data: dataset: expected an object.',
    );
  });

  it('falls back to English for a language it has no strings in', async () => {
    const invalid = await parseDataset('{"careers": 3, "quiz": 1}', 'inline');
    if (invalid.ok) throw new Error('expected a failure');
    expect(said(invalid)).toBe('The inline dataset is not valid: careers: expected a list (1 more problem).');
    expect(describeProblem(invalid.problem, 'fr')).toBe(said(invalid));
  });

  it("takes a publisher's own wording from setStrings", async () => {
    setStrings('de', { load: { notJson: '{what} ist kein JSON.', inline: 'Der eingebettete Datensatz' } });
    const result = await parseDataset('nope', 'inline');
    if (result.ok) throw new Error('expected a failure');
    expect(describeProblem(result.problem, 'de-AT')).toBe('Der eingebettete Datensatz ist kein JSON.');
  });

  it('does not read placeholders inside a URL', async () => {
    const result = await loadDataset('{status}/{what}.json', base);
    expect(said(result)).toBe(`The dataset at ${base}%7Bstatus%7D/%7Bwhat%7D.json could not be loaded (HTTP 404).`);
  });
});
