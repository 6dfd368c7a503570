import { describe, expect, it } from 'vitest';
import {
  argumentFromParagraph,
  argumentsFromCallout,
  checklistOf,
  keyPhrases,
  verbPhrases,
} from '../../src/knowledge/arguments.js';
import type { Block, CalloutBlock } from '../../src/markdown/tree.js';
import { paragraph, rich } from './helpers.js';

function callout(calloutType: string, title: string, blocks: readonly Block[]): CalloutBlock {
  return { type: 'callout', calloutType, title: rich(title), foldable: false, blocks, line: 10, endLine: 14 };
}

const ESSAY =
  'Rationing cut the amount of sugar and fat people ate, while the Dig for Victory campaign encouraged ' +
  'families to grow vegetables. Many poorer families ate better than before the war, so overall health improved.';

describe('argumentFromParagraph', () => {
  it('turns "Arguing against X - …" into a prompt with the rest as the model answer', () => {
    const text =
      'Arguing against the Treaty of Versailles - The reparations crippled Germany in 1921 and fuelled resentment.';
    const argument = argumentFromParagraph(paragraph(rich(text), 7, 8), ['Interwar'], 'treaty.md');
    expect(argument).toMatchObject({
      prompt: 'Argue against the Treaty of Versailles.',
      model: 'The reparations crippled Germany in 1921 and fuelled resentment.',
      context: ['Interwar'],
      source: { path: 'treaty.md', line: 7, endLine: 8 },
    });
    expect(argument?.checklist).toContain('1921');
  });

  it('turns "For: …" into a stance on the topic it is given', () => {
    const argument = argumentFromParagraph(
      paragraph(rich('For: it created millions of jobs through public works.')),
      [],
      'usa.md',
      'Was the New Deal a success?',
    );
    expect(argument?.prompt).toBe('Argue for: Was the New Deal a success?');
    expect(argument?.model).toBe('it created millions of jobs through public works.');
  });

  it('makes nothing from "For: …" without a topic, or from an ordinary paragraph', () => {
    expect(argumentFromParagraph(paragraph(rich('For: it created jobs.')), [], 'usa.md')).toBeUndefined();
    expect(
      argumentFromParagraph(paragraph(rich('The New Deal created jobs.')), [], 'usa.md'),
    ).toBeUndefined();
  });
});

describe('argumentsFromCallout', () => {
  it('makes one argument per stance paragraph, with the callout title as topic and context', () => {
    const block = callout('question', 'Was the New Deal a success?', [
      paragraph(rich('For: unemployment fell from 25% to 14% by 1937.'), 11),
      paragraph(rich('Against: recovery stalled again in 1937 and 1938.'), 13),
    ]);
    const found = argumentsFromCallout(block, ['USA'], 'usa.md');
    expect(found.map((a) => a.prompt)).toEqual([
      'Argue for: Was the New Deal a success?',
      'Argue against: Was the New Deal a success?',
    ]);
    expect(found[0]?.context).toEqual(['USA', 'Was the New Deal a success?']);
  });

  it('makes the prose of an essay callout the model answer to its title', () => {
    const block = callout('essay', 'How far did rationing improve British diets', [
      paragraph(rich(ESSAY.slice(0, 100)), 11),
      paragraph(rich(ESSAY.slice(100)), 13),
    ]);
    const [argument] = argumentsFromCallout(block, ['Home front'], 'ww2.md');
    expect(argument).toMatchObject({
      prompt: 'How far did rationing improve British diets.',
      model: `${ESSAY.slice(0, 100).trim()} ${ESSAY.slice(100).trim()}`,
      context: ['Home front'],
      source: { path: 'ww2.md', line: 10, endLine: 13 },
    });
  });

  it('makes nothing from a note callout, an untitled callout, or short prose', () => {
    expect(argumentsFromCallout(callout('note', 'Diets', [paragraph(rich(ESSAY))]), [], 'a.md')).toEqual([]);
    expect(argumentsFromCallout(callout('essay', '', [paragraph(rich(ESSAY))]), [], 'a.md')).toEqual([]);
    expect(
      argumentsFromCallout(callout('essay', 'Diets', [paragraph(rich('Rationing helped.'))]), [], 'a.md'),
    ).toEqual([]);
  });

  it('makes nothing from an essay callout that holds a list of facts', () => {
    const list: Block = {
      type: 'list',
      ordered: false,
      items: [{ content: rich('Sugar'), raw: 'Sugar', line: 12, endLine: 12, ordered: false, children: [] }],
      line: 12,
      endLine: 12,
    };
    expect(
      argumentsFromCallout(callout('essay', 'Diets', [paragraph(rich(ESSAY)), list]), [], 'a.md'),
    ).toEqual([]);
  });
});

describe('keyPhrases', () => {
  it('breaks runs of content words at stopwords, past verbs and punctuation', () => {
    expect(keyPhrases('The central bank raised interest rates to curb rising inflation.')).toEqual([
      'central bank',
      'interest rates',
      'curb rising inflation',
    ]);
  });

  it('keeps an -s word after a lower-case noun as a plural, not a verb', () => {
    expect(keyPhrases('Stalin introduced five year plans in 1928.')).toEqual(['five year plans']);
  });

  it('drops runs longer than four words', () => {
    expect(keyPhrases('Soviet heavy industry steel output grew')).toEqual([]);
  });
});

describe('checklistOf', () => {
  it('lists marked terms, then dates, then verb phrases and key phrases, without repeats', () => {
    const model = 'Roosevelt reformed the banks in 1933 and the Emergency Banking Act restored confidence.';
    const block = paragraph(rich(model, ['bold', 'Emergency Banking Act']));
    expect(checklistOf(model, block, 'the New Deal')).toEqual([
      'Emergency Banking Act',
      '1933',
      'reformed the banks',
    ]);
  });

  it('keeps a single bold word and skips a phrase that contains a point already listed', () => {
    const model = 'Government spending has a multiplier effect.';
    const block = paragraph(rich(model, ['bold', 'multiplier']));
    expect(checklistOf(model, block, 'fiscal policy')).toEqual(['multiplier', 'Government spending']);
  });

  it('leaves out points that are part of the subject', () => {
    const model = 'The New Deal reformed the banks.';
    expect(checklistOf(model, paragraph(rich(model)), 'the New Deal')).toEqual(['reformed the banks']);
  });

  it('keeps at most seven points', () => {
    const years = Array.from({ length: 10 }, (_, i) => `in ${1901 + i}`).join(', ');
    const points = checklistOf(years, paragraph(rich(years)), 'growth');
    expect(points).toEqual(['1901', '1902', '1903', '1904', '1905', '1906', '1907']);
  });
});

describe('checklist points are claims, not function-word pairs', () => {
  it('never starts a point with an auxiliary ("was able", "were against")', () => {
    const points = verbPhrases(
      'Caesar was able to pay his legions, and the senators were against him; he sent letters to the Senate.',
    );
    expect(points).toEqual(['sent letters']);
  });
});
