import type { Career, Source } from '../data/types.js';

/** What a figure is: the label a footnote gives it. */
export type FigureKind = 'pay' | 'outlook' | 'employment' | 'education';

export interface SourceNote {
  kind: FigureKind;
  source: Source;
  /** The reference the figures carry: "May 2024", "2024", "2024-34". */
  reference?: string;
}

/**
 * The distinct sources behind the given kinds of figure for these careers,
 * in the order the kinds are asked for: one note per source and reference,
 * however many careers share it (as every BLS pay figure does).
 */
export function collectSources(careers: Career[], kinds: FigureKind[]): SourceNote[] {
  const notes = new Map<string, SourceNote>();
  for (const kind of kinds) {
    for (const career of careers) {
      const source = career[kind]?.source;
      if (!source) continue;
      const note: SourceNote = { kind, source, reference: reference(career, kind) };
      const key = `${kind}|${source.name}|${note.reference}`;
      if (!notes.has(key)) notes.set(key, note);
    }
  }
  return [...notes.values()];
}

/** The reference a kind of figure carries; education has none. */
function reference({ pay, outlook, employment }: Career, kind: FigureKind): string | undefined {
  if (kind === 'pay') return pay?.period ?? String(pay?.year);
  if (kind === 'outlook') return outlook?.period;
  if (kind === 'employment') return String(employment?.year);
  return undefined;
}
