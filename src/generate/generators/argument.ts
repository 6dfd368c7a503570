/** Argument prompts: the student's own paragraph is the model answer, its key points the checklist. */
import type { NoteKnowledge } from '../../knowledge/model.js';
import type { Candidate, NoteScope } from '../candidate.js';
import { fromFact } from './make.js';

/** One `argument` item per argument the note contains. */
export function argumentsOf(k: NoteKnowledge, scope: NoteScope): Candidate[] {
  return k.arguments.map((a) =>
    fromFact({ text: `${a.prompt} ${a.model}`, context: a.context, source: a.source }, scope, {
      kind: 'argument',
      prompt: a.prompt,
      answer: a.model,
      checklist: a.checklist,
      shape: 'argument',
      generator: 'argument',
    }),
  );
}
