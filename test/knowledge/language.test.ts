import { describe, expect, it } from 'vitest';
import { isEnglish, isMostlyPast } from '../../src/knowledge/language.js';

describe('isEnglish', () => {
  it('accepts a long English sentence by its function words', () => {
    expect(
      isEnglish('The cell membrane controls what enters and leaves the cell and is made of lipids'),
    ).toBe(true);
  });

  it('rejects a long French sentence', () => {
    expect(
      isEnglish(
        'La révolution française commence en mille sept cent quatre-vingt-neuf avec la prise de la Bastille',
      ),
    ).toBe(false);
  });

  it('rejects a long German sentence', () => {
    expect(
      isEnglish(
        'Die Zelle ist die kleinste Einheit des Lebens und besteht aus Zellmembran Zellkern und Zytoplasma',
      ),
    ).toBe(false);
  });

  it('gives a short Latin-script text the benefit of the doubt', () => {
    expect(isEnglish('Photosynthesis basics')).toBe(true);
  });

  it('rejects a short text in another script', () => {
    expect(isEnglish('Революция 1917 года')).toBe(false);
    expect(isEnglish('Η Αθήνα')).toBe(false);
  });
});

describe('isMostlyPast', () => {
  it('is true when past forms outnumber present ones', () => {
    expect(isMostlyPast('Stalin purged the army and was paranoid. He launched five year plans.')).toBe(true);
  });

  it('is false for present-tense biology notes', () => {
    expect(isMostlyPast('Red blood cells are made in the bone marrow and the heart is a muscle')).toBe(false);
  });

  it('is false on a tie', () => {
    expect(isMostlyPast('It was and it is')).toBe(false);
  });
});
