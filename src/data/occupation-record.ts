/**
 * The generated occupation chunks (data/occupations/NN.json), written by
 * scripts/build-data.mjs from the official files. A chunk names each release
 * once and keeps one compact record per occupation; `expandOccupation` turns a
 * record into a career of the dataset format, with every figure's source.
 *
 * No runtime imports: the build script loads this file as it is, so the
 * generated built-in careers and the chunks are expanded by the same code.
 */
import type { Career, PercentileKey, Source } from './types.js';

/** A release of one source: its name, its label and a link per occupation (`{soc}`, `{code}`, `{onet}`). */
export interface Release {
  name: string;
  shortName: string;
  /** "May 2025", "2024-34", "29.3". */
  label: string;
  /** Reference year, for OEWS. */
  year?: number;
  /** Link for one occupation: `{soc}` is "29-1292", `{code}` "291292", `{onet}` "29-1292.00". */
  url: string;
  /** A credit the licence asks for wherever the content is shown. */
  attribution?: string;
}

export interface Releases {
  oews: Release;
  projections: Release;
  onet: Release;
}

/** One occupation, as compact as readable JSON allows: figures absent from the source are absent here. */
export interface OccupationRecord {
  soc: string;
  title: string;
  /** O*NET description. */
  description?: string;
  /** Annual wage percentiles p10, p25, median, p75, p90; null where not published. */
  annual?: (number | null)[];
  /** Hourly wage percentiles, likewise. */
  hourly?: (number | null)[];
  /** Percentiles at the file's ceiling ("annual.p90"): the true figure is that much or more. */
  topCoded?: string[];
  /** Mean annual wage. */
  mean?: number;
  /** Employment. */
  jobs?: number;
  /** Projected employment change, percent. */
  growth?: number;
  /** Openings a year (already multiplied out of the projections' thousands). */
  openings?: number;
  /** Typical entry education, work experience and on-the-job training (Projections). */
  education?: string;
  experience?: string;
  training?: string;
  /** O*NET Job Zone, 1–5. */
  jobZone?: number;
  /** O*NET interest scores, 1–7, in RIASEC order. */
  interests?: number[];
  /** O*NET high points as RIASEC letters, strongest first, e.g. "SRI". */
  highPoints?: string;
}

/** One chunk: the releases, named once (O*NET's with the credit its licence asks for), then the occupations. */
export interface OccupationChunk {
  releases: Releases;
  occupations: OccupationRecord[];
}

/** RIASEC areas in O*NET's order; the letters of `highPoints` are their initials. */
export const RIASEC = ['Realistic', 'Investigative', 'Artistic', 'Social', 'Enterprising', 'Conventional'] as const;

const PERCENTILES: PercentileKey[] = ['p10', 'p25', 'median', 'p75', 'p90'];

/** "Dental Hygienists" → "dental-hygienists": the readable id of an occupation. */
export function occupationId(title: string): string {
  return title
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Is `value` shaped like a SOC code ("29-1292")? */
export const isSocCode = (value: string): boolean => /^\d\d-\d{4}$/.test(value);

function sourceFor(release: Release, soc: string): Source {
  const url = release.url.replace('{soc}', soc).replace('{code}', soc.replace('-', '')).replace('{onet}', `${soc}.00`);
  return {
    name: release.name,
    shortName: release.shortName,
    url,
    ...(release.attribution && { attribution: release.attribution }),
  };
}

function percentiles(values: (number | null)[] | undefined) {
  if (!values) return undefined;
  const entries = PERCENTILES.map((key, i) => [key, values[i]] as const).filter(
    ([, value]) => typeof value === 'number',
  );
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** An occupation record as a career of the dataset format. */
export function expandOccupation(record: OccupationRecord, releases: Releases): Career {
  const { oews, projections, onet } = releases;
  const { soc, title } = record;
  const career: Career = { id: occupationId(title), title, occupation: { name: title, soc } };
  if (record.description) {
    career.description = { text: record.description, release: onet.label, source: sourceFor(onet, soc) };
  }
  const annual = percentiles(record.annual);
  const hourly = percentiles(record.hourly);
  if (annual || hourly) {
    career.pay = {
      currency: 'USD',
      ...(annual && { annual }),
      ...(hourly && { hourly }),
      ...(record.mean !== undefined && { annualMean: record.mean }),
      ...(record.topCoded && { topCoded: record.topCoded }),
      year: oews.year!,
      period: oews.label,
      source: sourceFor(oews, soc),
    };
  }
  if (record.jobs !== undefined) {
    career.employment = { count: record.jobs, year: oews.year!, period: oews.label, source: sourceFor(oews, soc) };
  }
  if (record.growth !== undefined) {
    career.outlook = {
      growthPercent: record.growth,
      period: projections.label,
      ...(record.openings !== undefined && { openingsPerYear: record.openings }),
      source: sourceFor(projections, soc),
    };
  }
  if (record.education || record.experience || record.training) {
    career.education = {
      ...(record.education && { typicalEntry: record.education }),
      ...(record.experience && { workExperience: record.experience }),
      ...(record.training && { onTheJobTraining: record.training }),
      period: projections.label,
      source: sourceFor(projections, soc),
    };
  }
  if (record.interests || record.jobZone) {
    career.interests = {
      onetCode: `${soc}.00`,
      ...(record.jobZone && { jobZone: record.jobZone }),
      ...(record.highPoints && {
        highPoints: [...record.highPoints].map((letter) => RIASEC.find((area) => area[0] === letter)!),
      }),
      ...(record.interests && {
        scores: Object.fromEntries(RIASEC.map((area, i) => [area, record.interests![i]])),
      }),
      release: onet.label,
      source: sourceFor(onet, soc),
    };
  }
  return career;
}
