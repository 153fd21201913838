// `npm run data`: generates every figure the widgets show from the official
// files in data/sources/ (see data/sources/SOURCES.md).
//
//   node scripts/build-data.mjs            writes the generated files
//   node scripts/build-data.mjs --check    writes nothing; fails if a committed file differs
//
// It writes
//   data/occupations/NN-N.json     one chunk per SOC minor group ("29-1", …): every
//                                  detailed occupation in the OEWS file, with pay and jobs
//                                  (OEWS), outlook and education (Employment Projections),
//                                  description, interests and Job Zone (O*NET)
//   data/occupations/index.json    [SOC code, title, jobs] per occupation: finds the chunk
//                                  for a readable id ("dental-hygienists")
//   data/occupations/titles.json   other titles per occupation (reported, short, one-word), for search
//   data/careers.json              the built-in dataset: the editorial overlay
//                                  (data/curated.json) with its figures taken from the above
//   src/data/occupation-chunks.ts  the loaders for the chunks, one `import()` each, so
//                                  bundlers split them
//   src/data/occupation-groups.ts  the SOC major groups that have a chunk
//
// Each source file's SHA-256 is checked against SOURCES.md before it is read.
// A new release: put the new file in data/sources/, update its row in
// SOURCES.md (file name and SHA-256) and FILES below, run `npm run data`. The
// labels (release, period, year) are read from the files themselves.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';

const root = new URL('..', import.meta.url).pathname;
const SOURCES = join(root, 'data/sources');

/** The files read, relative to data/sources/. */
export const FILES = {
  oews: 'oews/national_M2025_dl.xlsx',
  projections: 'ep/occupation_2024-34.xlsx',
  interests: 'onet-29.3/Interests.xlsx',
  jobZones: 'onet-29.3/Job Zones.xlsx',
  occupations: 'onet-29.3/Occupation Data.xlsx',
  alternateTitles: 'onet-29.3/Alternate Titles.xlsx',
  reportedTitles: 'onet-29.3/Sample of Reported Titles.xlsx',
  onetReadMe: 'onet-29.3/Read Me.txt',
};

/** RIASEC areas in O*NET's order: high-point values 1–6 name them in this order. */
const RIASEC = ['Realistic', 'Investigative', 'Artistic', 'Social', 'Enterprising', 'Conventional'];

const PERCENTILES = [
  ['p10', 'PCT10'],
  ['p25', 'PCT25'],
  ['median', 'MEDIAN'],
  ['p75', 'PCT75'],
  ['p90', 'PCT90'],
];

// ---------------------------------------------------------------- reading

/** The SHA-256 of each file as SOURCES.md records it: `| \`path\` | … | \`hash\` |`. */
function expectedHashes(dir) {
  const note = readFileSync(join(dir, 'SOURCES.md'), 'utf8');
  const hashes = new Map();
  for (const [, path, hash] of note.matchAll(/^\|\s*`([^`]+)`.*`([0-9a-f]{64})`\s*\|\s*$/gm)) hashes.set(path, hash);
  return hashes;
}

/** Fails unless every file in FILES has the SHA-256 that SOURCES.md records. */
export function verifyFiles(dir = SOURCES) {
  const hashes = expectedHashes(dir);
  for (const path of Object.values(FILES)) {
    const expected = hashes.get(path);
    if (!expected) throw new Error(`data/sources/SOURCES.md records no SHA-256 for ${path}`);
    const actual = createHash('sha256')
      .update(readFileSync(join(dir, path)))
      .digest('hex');
    if (actual !== expected)
      throw new Error(
        `data/sources/${path}: SHA-256 is ${actual}, SOURCES.md says ${expected}. ` +
          'The file is not the one released; download it again, or record the new release in SOURCES.md.',
      );
  }
}

/** A worksheet's cell values, one array per row (1-based rows dropped to 0-based arrays). */
async function readSheet(path, sheetName) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(SOURCES, path));
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet) throw new Error(`${path}: no sheet "${sheetName}"`);
  const rows = [];
  sheet.eachRow({ includeEmpty: false }, (row) => rows.push(row.values.slice(1).map(cellValue)));
  return { rows, workbook };
}

/** Plain text or number from a cell (rich text and hyperlinks flattened). */
function cellValue(value) {
  if (value && typeof value === 'object') {
    if (Array.isArray(value.richText)) return value.richText.map((part) => part.text).join('');
    if ('hyperlink' in value) return value.hyperlink;
    if ('result' in value) return value.result;
  }
  return value;
}

/** Rows as objects keyed by the header row. */
function records(rows, headerIndex = 0) {
  const header = rows[headerIndex].map((name) => String(name ?? '').trim());
  return rows.slice(headerIndex + 1).map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
}

// ---------------------------------------------------------------- values

/**
 * An OEWS figure: a number, or undefined for `*` (not available) and `#`
 * (top-coded: at or above the file's ceiling). A top-coded percentile is
 * never turned into an exact-looking number; `topCoded` lists it instead.
 */
function wage(value) {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*[\d.,]+\s*$/.test(value)) return Number(value.replace(/,/g, ''));
  return undefined;
}

const isTopCoded = (value) => typeof value === 'string' && value.trim() === '#';

/** Drops undefined fields and empty objects, so absent figures are simply absent. */
function compact(value) {
  if (Array.isArray(value)) return value.map(compact);
  if (!value || typeof value !== 'object') return value;
  const out = {};
  for (const [key, item] of Object.entries(value)) {
    const kept = compact(item);
    if (kept === undefined) continue;
    if (kept && typeof kept === 'object' && !Array.isArray(kept) && Object.keys(kept).length === 0) continue;
    out[key] = kept;
  }
  return out;
}

// ---------------------------------------------------------------- sources

export async function readOews(file = FILES.oews) {
  const { rows, workbook } = await readSheet(file);
  // "May 2025 OEWS Estimates", the first line of the file's own field descriptions.
  const notes = workbook.getWorksheet('Field Descriptions');
  const heading = String(cellValue(notes?.getRow(1).getCell(1).value) ?? '');
  const match = heading.match(
    /(January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})/,
  );
  if (!match) throw new Error(`${file}: cannot read the reference period from "${heading}"`);
  const release = { period: `${match[1]} ${match[2]}`, year: Number(match[2]) };
  const occupations = records(rows).filter((row) => row.O_GROUP === 'detailed');
  return { release, occupations, ceiling: topCodeCeiling(notes) };
}

/**
 * The wages "#" stands for, from the file's own notes: "# = indicates a wage
 * equal to or greater than $115.00 per hour or $239,200 per year".
 */
function topCodeCeiling(notes) {
  let ceiling;
  notes?.eachRow((row) => {
    const text = String(cellValue(row.getCell(1).value) ?? '');
    const match = text.match(/^#\s*=.*?\$([\d,.]+) per hour or \$([\d,.]+) per year/);
    if (match) ceiling = { H: Number(match[1].replace(/,/g, '')), A: Number(match[2].replace(/,/g, '')) };
  });
  return ceiling;
}

async function readProjections() {
  const { rows } = await readSheet(FILES.projections, 'Table 1.2');
  // "Table 1.2 Occupational projections, 2024–2034, …" → "2024-34".
  const title = String(rows[0][0]);
  const match = title.match(/(\d{4})\s*[–-]\s*(\d{2})(\d{2})/);
  if (!match) throw new Error(`${FILES.projections}: cannot read the projection period from "${title}"`);
  const period = `${match[1]}-${match[3]}`;
  const byCode = new Map();
  for (const row of records(rows, 1)) {
    const code = row['2024 National Employment Matrix code'] ?? Object.values(row)[1];
    if (row['Occupation type'] !== 'Line item' || typeof code !== 'string') continue;
    byCode.set(code, row);
  }
  const { rows: links } = await readSheet(FILES.projections, 'Table 1.8');
  const matrixLinks = new Map(links.map((row) => [row[1], row[3]]));
  return { period, byCode, matrixLinks };
}

/** The column of `row` whose header starts with `prefix` (EP headers carry years). */
function column(row, prefix) {
  const key = Object.keys(row).find((name) => name.startsWith(prefix));
  return key === undefined ? undefined : row[key];
}

/** A category from the projections ("—" is not available). */
function category(value) {
  return typeof value === 'string' && value.trim() && value.trim() !== '—' ? value.trim() : undefined;
}

async function readOnet() {
  const readMe = readFileSync(join(SOURCES, FILES.onetReadMe), 'utf8');
  const version = readMe.match(/O\*NET ([\d.]+) Database/)?.[1];
  if (!version) throw new Error(`${FILES.onetReadMe}: cannot read the O*NET release`);
  const byCode = new Map();
  const entry = (code) => {
    if (!byCode.has(code)) byCode.set(code, { scores: {}, highPoints: [], searchTitles: [] });
    return byCode.get(code);
  };
  for (const row of records((await readSheet(FILES.occupations)).rows)) {
    Object.assign(entry(row['O*NET-SOC Code']), { title: row.Title, description: row.Description });
  }
  for (const row of records((await readSheet(FILES.jobZones)).rows)) {
    entry(row['O*NET-SOC Code']).jobZone = row['Job Zone'];
  }
  for (const row of records((await readSheet(FILES.interests)).rows)) {
    const item = entry(row['O*NET-SOC Code']);
    if (row['Scale ID'] === 'OI') item.scores[row['Element Name']] = row['Data Value'];
    if (row['Scale ID'] === 'IH' && row['Data Value'] > 0) {
      const rank = ['First', 'Second', 'Third'].indexOf(String(row['Element Name']).split(' ')[0]);
      item.highPoints[rank] = RIASEC[row['Data Value'] - 1];
    }
  }
  for (const row of records((await readSheet(FILES.reportedTitles)).rows)) {
    entry(row['O*NET-SOC Code']).searchTitles.push(String(row['Reported Job Title']).trim());
  }
  for (const row of records((await readSheet(FILES.alternateTitles)).rows)) {
    const titles = entry(row['O*NET-SOC Code']).searchTitles;
    if (typeof row['Short Title'] === 'string') titles.push(row['Short Title'].trim());
    const title = String(row['Alternate Title']).trim();
    if (!/\s/.test(title)) titles.push(title);
  }
  return { version, byCode };
}

// ---------------------------------------------------------------- building

/** src/data/occupation-record.ts, loaded as it is (it has no runtime imports). */
async function loadRecordModule() {
  const { default: ts } = await import('typescript');
  const source = readFileSync(join(root, 'src/data/occupation-record.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
}

/** Each release named once; the chunks and the built-in careers link every figure to it. */
function releases(oews, projections, onet) {
  return {
    oews: {
      name: 'BLS Occupational Employment and Wage Statistics',
      shortName: 'BLS OEWS',
      label: oews.release.period,
      year: oews.release.year,
      url: `https://www.bls.gov/oes/${oews.release.year}/${oews.release.period.split(' ')[0].toLowerCase()}/oes{code}.htm`,
    },
    projections: {
      name: 'BLS Employment Projections',
      shortName: 'BLS EP',
      label: projections.period,
      url: 'https://data.bls.gov/projections/nationalMatrix?queryParams={soc}&ioType=o',
    },
    onet: {
      name: `O*NET ${onet.version} Database`,
      shortName: 'O*NET',
      label: onet.version,
      url: 'https://www.onetonline.org/link/summary/{onet}',
      attribution: onetCredit(onet),
    },
  };
}

/** The credits every generated dataset carries; O*NET's licence asks for its sentence. */
function datasetCredits(oews, projections, onet) {
  return [
    {
      name: `U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, ${oews.release.period}`,
      url: 'https://www.bls.gov/oes/tables.htm',
      license: 'Public domain (U.S. government work)',
    },
    {
      name: `U.S. Bureau of Labor Statistics, Employment Projections ${projections.period}`,
      url: 'https://www.bls.gov/emp/',
      license: 'Public domain (U.S. government work)',
    },
    {
      name: `O*NET ${onet.version} Database`,
      url: 'https://www.onetcenter.org/database.html',
      license: 'CC BY 4.0',
      attribution: onetCredit(onet),
    },
  ];
}

/** The sentence O*NET's licence asks for (SOURCES.md), for the release read. */
function onetCredit(onet) {
  return (
    `This page includes information from the O*NET ${onet.version} Database by the U.S. Department of Labor, ` +
    'Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. ' +
    'O*NET® is a trademark of USDOL/ETA.'
  );
}

/**
 * OEWS percentiles in one unit, lowest first, null where not published. A
 * top-coded cell ("#") is given as the file's ceiling and listed in `topCoded`,
 * so the widgets say "$239,200 or more", never an exact-looking figure.
 */
function percentiles(row, unit, ceiling) {
  const topCoded = [];
  const values = PERCENTILES.map(([key, column]) => {
    const cell = row[`${unit}_${column}`];
    if (isTopCoded(cell)) {
      if (ceiling === undefined) throw new Error(`${FILES.oews}: a "#" wage, but the file states no ceiling`);
      topCoded.push(`${unit === 'A' ? 'annual' : 'hourly'}.${key}`);
      return ceiling[unit];
    }
    return wage(cell) ?? null;
  });
  return { values: values.some((value) => value !== null) ? values : undefined, topCoded };
}

/** The O*NET profile of an OEWS code: its own ".00" code (aggregate codes have none). */
const onetProfile = (onet, soc) => onet.byCode.get(`${soc}.00`);

/** One occupation as a compact record (src/data/occupation-record.ts). */
export function occupationRecord(row, { oews, projections, onet }) {
  const soc = row.OCC_CODE;
  const annual = percentiles(row, 'A', oews.ceiling);
  const hourly = percentiles(row, 'H', oews.ceiling);
  const topCoded = [...annual.topCoded, ...hourly.topCoded];
  const ep = projections.byCode.get(soc);
  const profile = onetProfile(onet, soc);
  const openings = ep && wage(column(ep, 'Occupational openings'));
  const scores = profile && RIASEC.map((area) => profile.scores[area]);
  return compact({
    soc,
    title: String(row.OCC_TITLE).trim(),
    description: profile?.description,
    annual: annual.values,
    hourly: hourly.values,
    topCoded: topCoded.length ? topCoded : undefined,
    mean: wage(row.A_MEAN),
    jobs: wage(row.TOT_EMP),
    growth: ep && wage(column(ep, 'Employment change, percent')),
    // Projections count in thousands.
    openings: openings !== undefined ? Math.round(openings * 1000) : undefined,
    education: ep && category(column(ep, 'Typical education needed for entry')),
    experience: ep && category(column(ep, 'Work experience in a related occupation')),
    training: ep && category(column(ep, 'Typical on-the-job training')),
    jobZone: profile?.jobZone,
    interests: scores?.every((score) => typeof score === 'number') ? scores : undefined,
    highPoints:
      profile?.highPoints
        .filter(Boolean)
        .map((area) => area[0])
        .join('') || undefined,
  });
}

/**
 * Other names for each occupation, for search: the titles workers reported,
 * the short forms O*NET gives (RDH, CPC) and its one-word alternate titles
 * ("Coder", "Hygienist"). The longer alternate titles (56,560 in all) would
 * make the search file four times larger for little gain in matches.
 */
function otherTitles(onet, occupations) {
  const known = new Set(occupations.map((record) => record.soc));
  const titles = new Map(occupations.map((record) => [record.soc, new Set([record.title.toLowerCase()])]));
  const out = new Map(occupations.map((record) => [record.soc, []]));
  for (const [code, profile] of onet.byCode) {
    // O*NET splits some occupations ("15-1299.08"); an aggregate OEWS code ("13-1020") covers "13-1021"…
    const soc = [code.slice(0, 7), `${code.slice(0, 6)}0`].find((candidate) => known.has(candidate));
    if (!soc) continue;
    for (const title of profile.searchTitles) {
      const key = title.toLowerCase();
      if (titles.get(soc).has(key)) continue;
      titles.get(soc).add(key);
      out.get(soc).push(title);
    }
  }
  return out;
}

/** The curated careers: the editorial overlay, with every figure from the generated occupation. */
function curatedDataset(overlay, bySoc, credits) {
  const editorial = {
    name: 'career-compare editorial summary, written from the BLS Occupational Outlook Handbook and O*NET',
    shortName: 'career-compare',
  };
  const careers = overlay.careers.map((entry) => {
    const occupation = bySoc.get(entry.occupation.soc);
    if (!occupation)
      throw new Error(`data/curated.json: ${entry.id}: no occupation ${entry.occupation.soc} in the OEWS file`);
    const { id, title, occupation: _occupation, education, ...text } = entry;
    return compact({
      id,
      title,
      occupation: occupation.occupation,
      ...text,
      editorial,
      // O*NET's description fills the overview of a career with no summary of its own.
      description: entry.summary ? undefined : occupation.description,
      education: { ...occupation.education, summary: education?.summary },
      pay: occupation.pay,
      employment: occupation.employment,
      outlook: occupation.outlook,
      interests: occupation.interests,
    });
  });
  return { version: 1, careers, quiz: overlay.quiz, sources: credits };
}

/**
 * The chunk loaders for the npm entries: one static `import()` per file, which
 * every bundler splits into a chunk of its own. The script-tag files use
 * src/data/occupation-chunks.cdn.ts instead, which fetches the same JSON
 * from beside the script.
 */
function chunkLoaders(groups) {
  const lines = groups.map((group) => `  '${group}': () => import('../../data/occupations/${group}.json'),`);
  return [
    '// Generated by scripts/build-data.mjs (npm run data): do not edit.',
    '',
    "export { OCCUPATION_GROUPS } from './occupation-groups.js';",
    '',
    'const chunks: Record<string, () => Promise<{ default: unknown }>> = {',
    ...lines,
    '};',
    '',
    '/** The chunk of one SOC major group ("29"). */',
    'export const loadChunk = (group: string): Promise<unknown> =>',
    '  chunks[group] ? chunks[group]().then((module) => module.default) : Promise.reject(new Error(`no chunk ${group}`));',
    '',
    '/** Every occupation as [SOC code, title, jobs]: finds the chunk for a readable id. */',
    "export const loadIndex = (): Promise<unknown> => import('../../data/occupations/index.json').then((module) => module.default);",
    '',
    '/** Other titles per SOC code, for search. */',
    "export const loadTitles = (): Promise<unknown> => import('../../data/occupations/titles.json').then((module) => module.default);",
    '',
  ].join('\n');
}

export async function buildData() {
  verifyFiles();
  const [oews, projections, onet] = [await readOews(), await readProjections(), await readOnet()];
  const { expandOccupation, occupationId } = await loadRecordModule();
  const chunkReleases = releases(oews, projections, onet);
  const credits = datasetCredits(oews, projections, onet);

  const occupations = oews.occupations
    .map((row) => occupationRecord(row, { oews, projections, onet }))
    .sort((a, b) => a.soc.localeCompare(b.soc));
  const ids = new Set(occupations.map((record) => occupationId(record.title)));
  if (ids.size !== occupations.length) throw new Error('two occupations have the same readable id');
  const careers = new Map(occupations.map((record) => [record.soc, expandOccupation(record, chunkReleases)]));

  const files = new Map();
  // One chunk per SOC minor group ("29-1": health diagnosing and treating practitioners…), about nine occupations each.
  const groups = [...new Set(occupations.map((record) => record.soc.slice(0, 4)))];
  for (const group of groups) {
    const records = occupations.filter((record) => record.soc.startsWith(group));
    files.set(`data/occupations/${group}.json`, chunkJson({ releases: chunkReleases, occupations: records }));
  }
  // SOC code, title and jobs (which ranks ties): finds the chunk for a readable id.
  files.set(
    'data/occupations/index.json',
    `[\n${occupations.map((record) => JSON.stringify([record.soc, record.title, record.jobs ?? 0])).join(',\n')}\n]\n`,
  );
  // Other names, for search only.
  const others = otherTitles(onet, occupations);
  files.set(
    'data/occupations/titles.json',
    `{\n${occupations.map((record) => `${JSON.stringify(record.soc)}: ${JSON.stringify(others.get(record.soc))}`).join(',\n')}\n}\n`,
  );
  const overlay = JSON.parse(readFileSync(join(root, 'data/curated.json'), 'utf8'));
  files.set('data/careers.json', `${JSON.stringify(curatedDataset(overlay, careers, credits), null, 2)}\n`);
  files.set('src/data/occupation-chunks.ts', await formatted('src/data/occupation-chunks.ts', chunkLoaders(groups)));
  files.set('src/data/occupation-groups.ts', await formatted('src/data/occupation-groups.ts', groupList(groups)));
  files.set('data/careers.json', await formatted('data/careers.json', files.get('data/careers.json')));
  return files;
}

/** The SOC major groups, for both chunk loaders. */
function groupList(groups) {
  return [
    '// Generated by scripts/build-data.mjs (npm run data): do not edit.',
    '',
    '/** SOC major groups that have occupations, one chunk each (data/occupations/NN.json). */',
    `export const OCCUPATION_GROUPS: readonly string[] = ${JSON.stringify(groups)};`,
    '',
  ].join('\n');
}

/** Text as the project's Prettier settings print it, so `npm run lint` accepts generated files. */
async function formatted(path, text) {
  const prettier = await import('prettier');
  const options = await prettier.resolveConfig(join(root, path));
  return prettier.format(text, { ...options, filepath: join(root, path) });
}

/** A chunk as JSON with one occupation a line: small, and a new release reads as a readable diff. */
function chunkJson({ occupations, ...head }) {
  const lines = occupations.map((record) => JSON.stringify(record));
  return `${JSON.stringify(head, null, 1).slice(0, -2)},\n "occupations": [\n${lines.join(',\n')}\n ]\n}\n`;
}

/** Every generated file under data/occupations/, so a removed group's chunk is noticed. */
function existingChunks() {
  try {
    return readdirSync(join(root, 'data/occupations')).map((name) => `data/occupations/${name}`);
  } catch {
    return [];
  }
}

async function main() {
  const check = process.argv.includes('--check');
  const files = await buildData();
  const stale = existingChunks().filter((path) => !files.has(path));
  const differ = [...files].filter(([path, text]) => {
    try {
      return readFileSync(join(root, path), 'utf8') !== text;
    } catch {
      return true;
    }
  });
  if (check) {
    const problems = [...differ.map(([path]) => path), ...stale];
    if (problems.length) {
      console.error(`data: out of date with data/sources (run npm run data): ${problems.join(', ')}`);
      process.exit(1);
    }
    console.log(`data: ${files.size} generated files match data/sources`);
    return;
  }
  for (const path of stale) rmSync(join(root, path));
  for (const [path, text] of differ) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  console.log(`data: ${files.size} files, ${differ.length} changed, ${stale.length} removed`);
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  main().catch((error) => {
    console.error(`data: ${error.message}`);
    process.exit(1);
  });
}
