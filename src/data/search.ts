/**
 * Finding an occupation by name: official titles first, then the titles
 * workers report and O*NET's short and one-word alternate titles ("coder",
 * "RDH"). Pure and synchronous over an index built once; `searchCareers`
 * loads the data on first use.
 */
import { occupationId } from './occupation-record.js';
import type { IndexEntry } from './occupations.js';

/** One search result. */
export interface CareerMatch {
  /** Readable id, usable in `careers` ("dental-hygienists"). */
  id: string;
  /** SOC code ("29-1292"), also usable in `careers`. */
  soc: string;
  /** The BLS title. */
  title: string;
  /** The other title that matched, when it was not the official one ("Hygienist"). */
  matched?: string;
  /** How well it matched, 0–1 (1: the whole title, exactly). */
  score: number;
}

export interface SearchOptions {
  /** Most results to return (default 10). */
  limit?: number;
}

interface Name {
  text: string;
  words: string[];
  official: boolean;
  /** Index of its occupation in `entries`. */
  entry: number;
}

interface Entry {
  soc: string;
  title: string;
  jobs: number;
}

/**
 * A prepared index, built once and searched on every keystroke: every name
 * tokenised, and each distinct word (sorted, for prefix lookups) with the
 * names that contain it, so a query only scores the names its rarest word can match.
 */
export interface SearchIndex {
  entries: Entry[];
  names: Name[];
  /** Distinct words, sorted. */
  words: string[];
  /** For each word in `words`, the indexes of the names that contain it. */
  postings: number[][];
}

/** Words of a name or query: lowercase, accents and punctuation gone, plural "s" dropped. */
export function searchWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word));
}

export function buildSearchIndex(index: IndexEntry[], titles: Record<string, string[]>): SearchIndex {
  const entries = index.map(([soc, title, jobs]) => ({ soc, title, jobs }));
  const names: Name[] = [];
  entries.forEach(({ soc, title }, entry) => {
    names.push({ text: title, words: searchWords(title), official: true, entry });
    for (const text of titles[soc] ?? []) names.push({ text, words: searchWords(text), official: false, entry });
  });
  const byWord = new Map<string, number[]>();
  names.forEach((name, i) => {
    for (const word of new Set(name.words)) {
      const list = byWord.get(word);
      if (list) list.push(i);
      else byWord.set(word, [i]);
    }
  });
  const words = [...byWord.keys()].sort();
  return { entries, names, words, postings: words.map((word) => byWord.get(word)!) };
}

/** The names with a word that begins with `prefix`: a binary search for the first such word, then a scan. */
function namesWithPrefix(search: SearchIndex, prefix: string): number[][] {
  let low = 0;
  let high = search.words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (search.words[middle] < prefix) low = middle + 1;
    else high = middle;
  }
  const lists: number[][] = [];
  for (let i = low; i < search.words.length && search.words[i].startsWith(prefix); i++) lists.push(search.postings[i]);
  return lists;
}

/**
 * How well `query` matches one name, 0–1: every query word must begin a word
 * of the name (the last may be half typed); the more of the name the query
 * covers, in words and letters, the better, with a bonus for words in the same order. Other titles
 * count a little less than the official one.
 */
function nameScore(query: string[], name: Name): number {
  let used = 0;
  let inOrder = true;
  let last = -1;
  for (const word of query) {
    const exact = name.words.indexOf(word);
    const at = exact >= 0 ? exact : name.words.findIndex((candidate) => candidate.startsWith(word));
    if (at < 0) return 0;
    if (at < last) inOrder = false;
    last = at;
    // A word only begun counts for the share of it typed: "nurse" is a whole word of
    // "Nurse Practitioners" but only half of "Nursemaid".
    used += word.length / name.words[at].length;
  }
  const coverage = used / Math.max(name.words.length, query.length);
  const score = 0.6 * coverage + (inOrder ? 0.25 : 0) + (name.official ? 0.15 : 0.1);
  return Math.round(score * 1000) / 1000;
}

/** Occupations matching `query`, best first; ties go to the occupation with more jobs. */
export function searchIndex(search: SearchIndex, query: string, { limit = 10 }: SearchOptions = {}): CareerMatch[] {
  const words = searchWords(query);
  // One letter would match most of the 20,000 names: wait for a second one.
  if (words.join('').length < 2) return [];
  // Every query word must begin a word of the name: the rarest one names the candidates.
  const candidates = words
    .map((word) => namesWithPrefix(search, word))
    .reduce((rarest, lists) => (count(lists) < count(rarest) ? lists : rarest));
  const best = new Map<number, { name: Name; score: number }>();
  for (const list of candidates) {
    for (const i of list) {
      const name = search.names[i];
      const score = nameScore(words, name);
      const current = best.get(name.entry);
      if (score > 0 && (!current || score > current.score)) best.set(name.entry, { name, score });
    }
  }
  const matches = [...best].map(([entry, { name, score }]) => {
    const { soc, title, jobs } = search.entries[entry];
    return {
      id: occupationId(title),
      soc,
      title,
      ...(name.official ? {} : { matched: name.text }),
      score: Math.min(score, 1),
      jobs,
    };
  });
  matches.sort((a, b) => b.score - a.score || b.jobs - a.jobs || a.soc.localeCompare(b.soc));
  return matches.slice(0, Math.max(0, limit)).map(({ jobs: _jobs, ...match }) => match);
}

const count = (lists: number[][]) => lists.reduce((sum, list) => sum + list.length, 0);
