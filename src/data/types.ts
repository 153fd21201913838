/**
 * The dataset format. `data/schema.json` documents the same shape for
 * publishers; a unit test keeps the two in agreement.
 */

/** Where a figure or fact comes from. */
export interface Source {
  /** Publisher and product, e.g. "BLS Occupational Employment and Wage Statistics". */
  name: string;
  /** Short form for tight spaces, e.g. "BLS OEWS". */
  shortName?: string;
  /** An http(s) or relative URL. */
  url?: string;
  /** A credit the source's licence asks for, shown wherever its content is (O*NET's CC BY sentence). */
  attribution?: string;
}

/** The pay percentiles, lowest first: the order in which they must not decrease. */
export const PERCENTILE_KEYS = ['p10', 'p25', 'median', 'p75', 'p90'] as const;
export type PercentileKey = (typeof PERCENTILE_KEYS)[number];

/** Pay percentiles in one unit (a year or an hour). */
export interface PayPercentiles {
  p10?: number;
  p25?: number;
  median?: number;
  p75?: number;
  p90?: number;
}

export interface Pay {
  /** ISO 4217 code. */
  currency: string;
  annual?: PayPercentiles;
  hourly?: PayPercentiles;
  /** Mean annual wage, where the source gives one. */
  annualMean?: number;
  /**
   * Figures at the source's ceiling, as "annual.p90" or "hourly.median": the
   * true value is that amount or more (OEWS top-codes very high wages with "#").
   */
  topCoded?: string[];
  /** Reference year of the figures. */
  year: number;
  /** Reference period in words, e.g. "May 2024". */
  period?: string;
  source: Source;
}

export interface Outlook {
  /** Projected change in employment over `period`, in percent (may be negative). */
  growthPercent: number;
  /** Projection decade, e.g. "2024-34". */
  period: string;
  /** Average openings a year over the period, where the source gives it. */
  openingsPerYear?: number;
  source: Source;
}

export interface Employment {
  /** Number of jobs. */
  count: number;
  year: number;
  /** Reference period in words, e.g. "May 2025". */
  period?: string;
  source: Source;
}

export interface Education {
  /** The career's education path in plain words. */
  summary?: string;
  /** Typical entry-level education as the source names it. */
  typicalEntry?: string;
  /** Work experience in a related occupation, as the source names it. */
  workExperience?: string;
  /** Typical on-the-job training, as the source names it. */
  onTheJobTraining?: string;
  /** Release of the three fields above, e.g. the projections decade "2024-34". */
  period?: string;
  /** Source of the three fields above. */
  source?: Source;
}

export interface Certification {
  /** Full name, e.g. "Certified Professional Coder". */
  name: string;
  /** e.g. "CPC". */
  abbreviation?: string;
  /** Awarding body, e.g. "AAPC". */
  issuer?: string;
  url?: string;
}

/** How much of something a career has: none, some or a lot. */
export type Level = 'none' | 'low' | 'medium' | 'high';

export interface LevelNote {
  level: Level;
  /** A sentence that explains the level. */
  note?: string;
}

/** Interest profile from O*NET. */
export interface Interests {
  /** O*NET-SOC code, e.g. "31-9092.00". */
  onetCode?: string;
  /** O*NET Job Zone, 1 (little preparation) to 5 (extensive). */
  jobZone?: number;
  /** RIASEC high points, strongest first, e.g. ["Conventional", "Social"]. */
  highPoints?: string[];
  /** RIASEC interest scores on O*NET's 1–7 scale, keyed by interest name. */
  scores?: Record<string, number>;
  /** O*NET release the figures come from, e.g. "29.3". */
  release?: string;
  source: Source;
}

/** What the job is, in the words of an official source (O*NET). */
export interface Description {
  text: string;
  /** Release of the source, e.g. "29.3". */
  release?: string;
  source: Source;
}

export interface Link {
  label: string;
  /** An http(s) or relative URL; anything else is rejected. */
  href: string;
}

export interface Career {
  /** Lowercase slug, unique in the dataset. */
  id: string;
  title: string;
  /** The official occupation this career is counted under. */
  occupation?: { name: string; soc?: string };
  summary?: string;
  /** What the job is, from an official source; `summary` is the dataset's own words. */
  description?: Description;
  /**
   * Who wrote the descriptive text (summary, schedule, training, notes…) when
   * it is not the figures' source: named in the sources note as an editorial summary.
   */
  editorial?: Source;
  responsibilities?: string[];
  workEnvironment?: string;
  schedule?: string;
  education?: Education;
  /** How people train for the career, in plain words. */
  training?: string;
  certifications?: Certification[];
  skills?: string[];
  advancement?: string;
  remoteWork?: LevelNote;
  patientContact?: LevelNote;
  pay?: Pay;
  outlook?: Outlook;
  employment?: Employment;
  interests?: Interests;
  /** Calls to action: a guide, a course, job listings. */
  links?: Link[];
  /**
   * Quiz profile: trait name → 0..1, how strongly the career has it. Careers
   * with O*NET interests have the traits realistic … conventional and
   * preparation without this; the ones named here win.
   */
  traits?: Record<string, number>;
  /** Quiz reasons: trait name → why the career fits a reader who wants it. */
  traitNotes?: Record<string, string>;
}

export interface QuizOption {
  label: string;
  /**
   * Trait name → weight: positive when the option says the reader likes the
   * trait, negative when they dislike it. In a `level` question, the wanted level, 0–1.
   */
  traits: Record<string, number>;
  /** What choosing this option says about the reader, e.g. "You'd rather work with patients". */
  reason?: string;
}

export interface QuizQuestion {
  /** Slug, unique in the quiz. */
  id: string;
  text: string;
  /**
   * What the question asks about in a few words, e.g. "organising records and
   * data"; reasons name it ("You chose “I'd love it” for organising records and data").
   */
  topic?: string;
  /**
   * `level`: the question asks how much of a trait the reader wants, not
   * whether: each option's traits give the wanted level, 0–1, and a career
   * fits by how close its own level is. Without `kind`, an option's traits are
   * weights for what the reader likes (+) or dislikes (−).
   */
  kind?: 'level';
  options: QuizOption[];
}

export interface Quiz {
  title?: string;
  intro?: string;
  questions: QuizQuestion[];
}

/** A source credited by the dataset as a whole, with any attribution its licence asks for. */
export interface Credit {
  name: string;
  url?: string;
  license?: string;
  attribution?: string;
}

export interface Dataset {
  /** Format version; 1 for now. Optional. */
  version?: 1;
  careers: Career[];
  quiz?: Quiz;
  sources?: Credit[];
}

export type ValidationResult =
  { ok: true; dataset: Dataset; errors: [] } | { ok: false; dataset?: undefined; errors: string[] };
