// The occupation data: generated from the official files (scripts/build-data.mjs),
// loaded in chunks, found by SOC code, readable id or search.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { buildData, occupationRecord, readOews, verifyFiles } from '../../scripts/build-data.mjs';
import builtin from '../../data/careers.json';
import { expandOccupation, occupationId } from '../../src/data/occupation-record.js';
import type { OccupationChunk } from '../../src/data/occupation-record.js';
import * as occupations from '../../src/data/occupations.js';
import { loadAllOccupations, searchCareers } from '../../src/data/occupations.js';
import { selectCareers } from '../../src/data/select.js';
import { validateDataset } from '../../src/data/validate.js';
import type { Career, Dataset } from '../../src/data/types.js';

const root = new URL('../..', import.meta.url).pathname;
const builtinDataset = builtin as unknown as Dataset;

describe('npm run data', () => {
  it('writes exactly the committed files, the same on every run', async () => {
    const first: Map<string, string> = await buildData();
    const second: Map<string, string> = await buildData();
    expect([...second]).toEqual([...first]);
    for (const [path, text] of first) {
      expect(readFileSync(join(root, path), 'utf8'), `${path} is out of date: run npm run data`).toBe(text);
    }
  }, 60_000);

  it('refuses a source file whose SHA-256 is not the one SOURCES.md records', () => {
    const copy = mkdtempSync(join(tmpdir(), 'career-sources-'));
    try {
      cpSync(join(root, 'data/sources'), copy, { recursive: true });
      expect(() => verifyFiles(copy)).not.toThrow();
      const file = join(copy, 'onet-29.3/Job Zones.xlsx');
      const bytes = readFileSync(file);
      bytes[100] ^= 1;
      writeFileSync(file, bytes);
      expect(() => verifyFiles(copy)).toThrow(
        /onet-29\.3\/Job Zones\.xlsx: SHA-256 is [0-9a-f]{64}, SOURCES\.md says 5109fad5/,
      );
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('keeps a top-coded wage ("#", as in May 2024) as "that much or more", never an exact figure', async () => {
    const oews = await readOews('oews/national_M2024_dl.xlsx');
    expect(oews.release).toEqual({ period: 'May 2024', year: 2024 });
    expect(oews.ceiling).toEqual({ A: 239200, H: 115 });
    const chiefs = oews.occupations.find((row: Record<string, unknown>) => row.OCC_CODE === '11-1011');
    const none = { byCode: new Map() };
    const record = occupationRecord(chiefs, { oews, projections: none, onet: none });
    expect(record.topCoded).toContain('annual.p90');
    expect(record.annual[4]).toBe(239200);
  });
});

/** Every generated chunk. */
const chunkFiles = readdirSync(join(root, 'data/occupations'))
  .filter((name) => /^\d\d-\d\.json$/.test(name))
  .map((name) => JSON.parse(readFileSync(join(root, 'data/occupations', name), 'utf8')) as OccupationChunk);
const allRecords = chunkFiles.flatMap((chunk) =>
  chunk.occupations.map((record) => ({ record, releases: chunk.releases })),
);

const occupation = (soc: string): Career => {
  const found = allRecords.find(({ record }) => record.soc === soc)!;
  return expandOccupation(found.record, found.releases);
};

describe('the generated occupations', () => {
  it('has all 830 detailed occupations of OEWS May 2025, each a valid career', () => {
    expect(allRecords).toHaveLength(830);
    const careers = allRecords.map(({ record, releases }) => expandOccupation(record, releases));
    expect(validateDataset({ careers }).errors).toEqual([]);
  });

  // The spot checks of data/sources/SOURCES.md.
  it.each([
    ['29-1292', 'Dental Hygienists', 222740, 98100, 7, 15300, 3, ['Social', 'Realistic', 'Investigative']],
    ['31-9092', 'Medical Assistants', 817870, 45690, 12.5, 112300, 3, ['Conventional', 'Social', 'Realistic']],
    ['29-2072', 'Medical Records Specialists', 194720, 51140, 7.1, 14200, 3, ['Conventional', 'Investigative']],
    [
      '11-9111',
      'Medical and Health Services Managers',
      597080,
      123860,
      23.2,
      62100,
      4,
      ['Enterprising', 'Conventional', 'Social'],
    ],
    [
      '15-1252',
      'Software Developers',
      1687890,
      135980,
      15.8,
      115200,
      4,
      ['Investigative', 'Conventional', 'Realistic'],
    ],
  ])('%s %s matches the published figures', (soc, title, jobs, median, growth, openings, zone, highPoints) => {
    const career = occupation(soc);
    expect(career.title).toBe(title);
    expect(career.employment).toMatchObject({ count: jobs, period: 'May 2025' });
    expect(career.pay).toMatchObject({ annual: { median }, period: 'May 2025', year: 2025 });
    expect(career.pay!.source.url).toBe(`https://www.bls.gov/oes/2025/may/oes${soc.replace('-', '')}.htm`);
    expect(career.outlook).toMatchObject({ growthPercent: growth, openingsPerYear: openings, period: '2024-34' });
    expect(career.interests).toMatchObject({ jobZone: zone, highPoints, release: '29.3' });
    expect(career.interests!.source.attribution).toMatch(/^This page includes information from the O\*NET 29\.3/);
  });

  it('leaves out what a source does not publish: teachers have no hourly pay, actors no annual pay', () => {
    const teachers = occupation('25-2021');
    expect(teachers.pay!.annual!.median).toBeGreaterThan(0);
    expect(teachers.pay!.hourly).toBeUndefined();
    const actors = occupation('27-2011');
    expect(actors.pay!.hourly!.median).toBeGreaterThan(0);
    expect(actors.pay!.annual).toBeUndefined();
    // "*" is absent, never 0.
    for (const { record } of allRecords) {
      for (const value of [...(record.annual ?? []), ...(record.hourly ?? [])]) expect(value).not.toBe(0);
    }
  });

  it('gives the curated careers their figures from the same release', () => {
    for (const career of builtinDataset.careers) {
      const generated = occupation(career.occupation!.soc!);
      expect(career.pay, career.id).toEqual(generated.pay);
      expect(career.outlook, career.id).toEqual(generated.outlook);
      expect(career.employment, career.id).toEqual(generated.employment);
      expect(career.interests, career.id).toEqual(generated.interests);
      expect(career.education?.typicalEntry, career.id).toBe(generated.education?.typicalEntry);
      expect(career.editorial?.shortName).toBe('career-compare');
    }
    expect(validateDataset(builtinDataset).errors).toEqual([]);
  });

  it('gives each occupation a readable id from its title', () => {
    expect(occupationId('Dental Hygienists')).toBe('dental-hygienists');
    expect(occupationId('Heavy and Tractor-Trailer Truck Drivers')).toBe('heavy-and-tractor-trailer-truck-drivers');
    expect(occupationId('Nurse Anesthetists, Nurse Midwives, & Nurse Practitioners')).toBe(
      'nurse-anesthetists-nurse-midwives-and-nurse-practitioners',
    );
  });
});

describe('selectCareers with every occupation', () => {
  beforeAll(async () => {
    await occupations.loadOccupationData({ groups: ['15-1', '29-1'], index: true, titles: true });
  });

  const select = (ids: string[]) => selectCareers(builtinDataset, ids, 2, occupations);

  it('finds occupations by SOC code and by readable id, ignoring case', () => {
    const { careers, unknown, needs } = select(['29-1292', 'Software-Developers']);
    expect(careers.map((career) => career.title)).toEqual(['Dental Hygienists', 'Software Developers']);
    expect([unknown, needs]).toEqual([[], undefined]);
  });

  it('shows a curated career as the face of its occupation', () => {
    expect(select(['29-2072']).careers.map((career) => career.id)).toEqual(['medical-coder']);
    expect(select(['medical-records-specialists', 'MEDICAL-CODER']).careers.map((career) => career.id)).toEqual([
      'medical-coder',
    ]);
  });

  it('asks for the chunk it lacks, and names what does not exist', () => {
    expect(select(['11-1011']).needs).toEqual({ groups: ['11-1'], index: false, titles: false });
    const missing = select(['dental', 'hygienist', '29-1999']);
    expect(missing.careers).toEqual([]);
    expect(missing.unknown).toEqual(['dental', 'hygienist', '29-1999']);
    expect(occupations.suggestCareer('dental hygienist')?.id).toBe('dental-hygienists');
  });
});

describe('searchCareers', () => {
  it.each([
    ['coder', 'Medical Records Specialists'],
    ['hygienist', 'Dental Hygienists'],
    ['truck driver', 'Heavy and Tractor-Trailer Truck Drivers'],
    ['programmer', 'Computer Programmers'],
    ['Software developer', 'Software Developers'],
    ['RDH', 'Dental Hygienists'],
    ['nurse', 'Registered Nurses'],
    ['electrician', 'Electricians'],
  ])('"%s" puts %s first', async (query, title) => {
    const [first] = await searchCareers(query);
    expect(first.title).toBe(title);
    expect(first.id).toBe(occupationId(title));
  });

  it('ranks a whole word above the beginning of a longer one', async () => {
    const titles = (await searchCareers('nurse', { limit: 10 })).map((match) => match.title);
    const nursemaid = titles.indexOf('Childcare Workers');
    for (const title of ['Nurse Practitioners', 'Nurse Anesthetists', 'Nurse Midwives']) {
      expect(titles.indexOf(title), title).toBeGreaterThanOrEqual(0);
      if (nursemaid >= 0) expect(titles.indexOf(title), title).toBeLessThan(nursemaid);
    }
  });

  it('ranks, limits, and says which other title matched', async () => {
    const results = await searchCareers('hygienist', { limit: 3 });
    expect(results).toHaveLength(3);
    expect(results[0]).toMatchObject({ soc: '29-1292', matched: 'Hygienist' });
    expect(results[0].score).toBeGreaterThan(results[2].score);
    expect(await searchCareers('  ')).toEqual([]);
    expect(await searchCareers('zzzqqq')).toEqual([]);
  });

  it('loads every chunk for a page that lists them all', async () => {
    const all = await loadAllOccupations();
    expect(all).toHaveLength(830);
    expect(new Set(all.map((career) => career.id)).size).toBe(830);
  });
});

describe('files beside the script-tag file', () => {
  it('are in its folder, or under dist/ when a CDN serves the package at a URL with no file', async () => {
    const { scriptFolder } = await import('../../src/shared/beside-script.js');
    expect(scriptFolder('https://cdn.jsdelivr.net/npm/career-compare@1/dist/career-compare.js')).toBe(
      'https://cdn.jsdelivr.net/npm/career-compare@1/dist/',
    );
    expect(scriptFolder('https://example.org/assets/career-compare.iife.js?v=2')).toBe('https://example.org/assets/');
    expect(scriptFolder('https://cdn.jsdelivr.net/npm/career-compare')).toBe(
      'https://cdn.jsdelivr.net/npm/career-compare/dist/',
    );
    expect(scriptFolder('https://unpkg.com/career-compare@1.2.0/')).toBe(
      'https://unpkg.com/career-compare@1.2.0/dist/',
    );
  });
});
