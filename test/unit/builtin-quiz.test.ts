/**
 * The built-in quiz makes sense on the built-in careers: a reader who answers
 * as the source articles describe the person each career suits gets that
 * career first, clearly (not tied).
 */
import { describe, expect, it } from 'vitest';
import { hasProfile, rankCareers } from '../../src/core/scoring.js';
import { builtinDataset } from '../../src/data/builtin.js';
import type { QuizOption } from '../../src/data/types.js';

const quiz = builtinDataset.quiz!;
const careers = builtinDataset.careers;

/** Answers by question id → the start of the chosen option's label; every question must be answered. */
type Reader = Record<string, string>;

function answer(reader: Reader): QuizOption[] {
  return quiz.questions.map((question) => {
    const start = reader[question.id];
    const chosen = question.options.find((option) => option.label.startsWith(start));
    if (!chosen) throw new Error(`${question.id}: no option starts with "${start}"`);
    return chosen;
  });
}

/** Every combination of the readers' alternatives ({ q: ['A', 'B'] } → two readers). */
function variants(base: Reader, alternatives: Record<string, string[]>): Reader[] {
  return Object.entries(alternatives).reduce<Reader[]>(
    (readers, [question, choices]) =>
      readers.flatMap((reader) => choices.map((choice) => ({ ...reader, [question]: choice }))),
    [base],
  );
}

// "Consider healthcare coding if: you enjoy detail-oriented, independent work; you want to enter
// healthcare quickly without a four-year degree; remote work is a top priority; you're energized
// by puzzles" — and the coder's day at a desk, at a computer (both articles).
const coder = variants(
  {
    setting: 'At a computer',
    study: 'A short course',
    remote: 'Yes, most days',
    activity: 'Mostly seated',
    teamwork: 'On my own',
    goals: 'To deep expertise',
  },
  { tasks: ['Working out the answer', 'Checking work'], pay: ['Less than starting sooner', 'No preference'] },
);

// "Consider healthcare administration if: you're drawn to leadership and strategic decision-making;
// you enjoy working with people and managing teams; you're willing to invest in a bachelor's or
// master's degree; you want to shape how healthcare is delivered; you see yourself in senior leadership."
const administrator = variants(
  {
    setting: 'In meetings',
    study: 'Four or more years',
    tasks: 'Setting goals',
    teamwork: 'Guiding a team',
    goals: 'To running a department',
    pay: 'A lot',
  },
  { remote: ['Some days', 'No, on site'], activity: ['Mostly seated', 'A mix of both'] },
);

// The patient-care reader of the medical-assisting article: direct patient interaction in a dynamic
// clinical setting, hands-on work, entering the workforce quickly, a stepping stone to advanced clinical roles.
const assistant = variants(
  {
    setting: 'In an exam room',
    study: 'A short course',
    remote: 'No, on site',
    tasks: 'Putting a worried person at ease',
    teamwork: 'Side by side',
    goals: 'To more advanced patient care',
  },
  { activity: ['On my feet', 'A mix of both'], pay: ['Less than starting sooner', 'No preference'] },
);

describe('the built-in quiz on the built-in careers', () => {
  it('has eight questions and a profile for every built-in career', () => {
    expect(quiz.questions).toHaveLength(8);
    expect(careers.every(hasProfile)).toBe(true);
  });

  it('asks only about traits the careers have', () => {
    const known = new Set(careers.flatMap((career) => Object.keys(career.traits ?? {})));
    for (const question of quiz.questions) {
      for (const option of question.options)
        for (const trait of Object.keys(option.traits)) expect(known).toContain(trait);
    }
  });

  for (const [name, readers, id] of [
    ['"consider medical coding if…"', coder, 'medical-coder'],
    ['"consider administration if…"', administrator, 'healthcare-administrator'],
    ['patient-care', assistant, 'medical-assistant'],
  ] as const) {
    it(`ranks ${id} first, untied, for the ${name} reader`, () => {
      for (const reader of readers) {
        const { ranking, flat } = rankCareers(careers, answer(reader));
        expect(ranking[0].career.id, JSON.stringify(reader)).toBe(id);
        expect(ranking[0].tied, JSON.stringify(reader)).toBe(false);
        expect(flat).toBe(false);
      }
    });

    it(`gives the ${name} reader's top match two or three reasons from the career's own notes`, () => {
      const [top] = rankCareers(careers, answer(readers[0])).ranking;
      expect(top.reasons.length).toBeGreaterThanOrEqual(2);
      expect(top.reasons.length).toBeLessThanOrEqual(3);
      for (const reason of top.reasons) {
        expect(reason.option.reason).toBeTruthy();
        expect(reason.note).toBe(top.career.traitNotes?.[reason.trait]);
      }
      expect(top.reasons.some((reason) => reason.note)).toBe(true);
    });
  }

  it('explains the medical assistant to the patient-care reader in the words the brief asks for', () => {
    const [top] = rankCareers(careers, answer(assistant[0])).ranking;
    expect(top.reasons[0]).toMatchObject({
      trait: 'patient-care',
      note: 'medical assistants spend much of the day with patients',
      option: { reason: "You'd rather spend your day with patients" },
    });
  });
});
