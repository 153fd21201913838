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
  const notes: SourceNote[] = [];
  const seen = new Set<string>();
  for (const kind of kinds) {
    for (const career of careers) {
      const note = sourceOf(career, kind);
      if (!note) continue;
      const key = `${kind}|${note.source.name}|${note.reference ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      notes.push(note);
    }
  }
  return notes;
}

function sourceOf(career: Career, kind: FigureKind): SourceNote | undefined {
  switch (kind) {
    case 'pay':
      return career.pay && { kind, source: career.pay.source, reference: career.pay.period ?? String(career.pay.year) };
    case 'outlook':
      return career.outlook && { kind, source: career.outlook.source, reference: career.outlook.period };
    case 'employment':
      return career.employment && { kind, source: career.employment.source, reference: String(career.employment.year) };
    case 'education':
      return career.education?.source && { kind, source: career.education.source };
  }
}
