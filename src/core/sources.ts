import type { Career, Source } from '../data/types.js';

/** What a source note is for: the label a footnote gives it. */
export type FigureKind =
  'summary' | 'pay' | 'outlook' | 'employment' | 'education' | 'job-zone' | 'interests' | 'editorial';

export interface SourceNote {
  kind: FigureKind;
  source: Source;
  /** The reference the figures carry: "May 2025", "2025", "2024-34". */
  reference?: string;
}

/**
 * The distinct sources behind the given kinds of content for these careers,
 * in the order the kinds are asked for: one note per source and reference,
 * however many careers share it (as every BLS pay figure does).
 */
export function collectSources(careers: Career[], kinds: FigureKind[]): SourceNote[] {
  const notes = new Map<string, SourceNote>();
  for (const kind of kinds) {
    for (const career of careers) {
      const found = sourceOf(career, kind);
      if (!found) continue;
      const note: SourceNote = { kind, ...found };
      const key = `${kind}|${note.source.name}|${note.reference}`;
      if (!notes.has(key)) notes.set(key, note);
    }
  }
  return [...notes.values()];
}

/** A career's source for one kind of content, with the reference its figures carry. */
function sourceOf(career: Career, kind: FigureKind): Omit<SourceNote, 'kind'> | undefined {
  const { pay, outlook, employment, education, interests, description } = career;
  switch (kind) {
    case 'summary':
      // The summary row shows O*NET's description only where the dataset has no summary of its own.
      return !career.summary && description ? { source: description.source } : undefined;
    case 'pay':
      return pay && { source: pay.source, reference: pay.period ?? String(pay.year) };
    case 'outlook':
      return outlook && { source: outlook.source, reference: outlook.period };
    case 'employment':
      return employment && { source: employment.source, reference: employment.period ?? String(employment.year) };
    case 'education':
      return education?.source && { source: education.source, reference: education.period };
    case 'job-zone':
      return interests?.jobZone ? { source: interests.source } : undefined;
    case 'interests':
      return interests?.highPoints?.length ? { source: interests.source } : undefined;
    case 'editorial':
      return career.editorial && hasEditorialText(career) ? { source: career.editorial } : undefined;
  }
}

/** Whether a career has descriptive text of its dataset's own (what `editorial` credits). */
function hasEditorialText(career: Career): boolean {
  const { summary, education, training, workEnvironment, schedule, responsibilities, skills } = career;
  const { remoteWork, patientContact, advancement } = career;
  return (
    [summary, education?.summary, training, workEnvironment, schedule, advancement].some(Boolean) ||
    Boolean(responsibilities?.length || skills?.length || remoteWork || patientContact)
  );
}

/** The credits the shown sources' licences ask for (O*NET's CC BY sentence), each once. */
export function creditsFor(notes: SourceNote[]): string[] {
  return [...new Set(notes.map((note) => note.source.attribution).filter((text): text is string => Boolean(text)))];
}

/**
 * "Medical Coding & Billing Specialist: figures for the BLS occupation Medical
 * Records Specialists (29-2072)", for each career whose title is not its occupation's.
 */
export function occupationNotes(careers: Career[]): { title: string; occupation: string; soc?: string }[] {
  // "Medical Assistant" is the occupation "Medical Assistants": nothing to say.
  const singular = (name: string) => name.toLowerCase().replace(/s\b/g, '');
  return careers
    .filter((career) => career.occupation && singular(career.occupation.name) !== singular(career.title))
    .map((career) => ({ title: career.title, occupation: career.occupation!.name, soc: career.occupation!.soc }));
}
