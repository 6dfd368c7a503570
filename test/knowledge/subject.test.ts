import { describe, expect, it } from 'vitest';
import type { Subject } from '../../src/knowledge/model.js';
import { headingSubject, resolveLeadingPronoun } from '../../src/knowledge/subject.js';

const trotsky: Subject = { name: 'Leon Trotsky', person: true, plural: false };
const romans: Subject = { name: 'Romans', person: true, plural: true };

describe('headingSubject', () => {
  it('takes a capitalised name as a person when the section says "He"', () => {
    expect(headingSubject('Leon Trotsky', 'Created the Red Army\nHe was exiled in 1929')).toEqual(trotsky);
  });

  it('takes a name as a person when the section uses a human-only verb', () => {
    expect(headingSubject('Charles de Gaulle', 'Born in Lille\nLed the Free French')).toEqual({
      name: 'Charles de Gaulle',
      person: true,
      plural: false,
    });
  });

  it('takes a plural name as a group of people when the section says "They"', () => {
    expect(headingSubject('Romans', 'They built aqueducts')).toEqual(romans);
  });

  it('takes no subject from a heading that states an aim or an instruction', () => {
    expect(headingSubject('Abolish the Salt Tax', 'Argued that bread should be cheap')).toBeUndefined();
    expect(headingSubject('Unite the Italian States', 'Wanted one kingdom under Piedmont')).toBeUndefined();
    expect(headingSubject('Defend the Northern Border', 'Built forts along the river')).toBeUndefined();
  });

  it('still takes a heading whose first word is a noun, or an event in -ing, as its subject', () => {
    expect(headingSubject('Reform Act', 'Extended the vote in 1832')?.name).toBe('Reform Act');
    expect(headingSubject('Test Act', 'Kept Catholics out of office')?.name).toBe('Test Act');
    // A noun before "of" names a thing: "Act of Supremacy", "Cross of Gold".
    expect(headingSubject('Act of Supremacy', 'Passed by Parliament in 1534')?.name).toBe('Act of Supremacy');
    // A first name that is also a verb ("to pierce", "to harry") heads a person, not an aim.
    expect(headingSubject('Pierce Whitlock', 'Born in Leeds')?.name).toBe('Pierce Whitlock');
    expect(headingSubject('Harry Okafor', 'Took office in 1961')?.name).toBe('Harry Okafor');
    expect(headingSubject('Storming of the Bastille', 'Began the revolution')?.name).toBe(
      'Storming of the Bastille',
    );
  });

  it('takes a heading whose section says where it stands or when it was built as a place, never a person', () => {
    expect(
      headingSubject('St. Alban', '- Built on the grave of St. Alban\n- Seat of the bishop since 1877'),
    ).toEqual({ name: 'St. Alban', person: false, plural: false, place: true });
    expect(headingSubject('Hagia Irene', '- Located in Istanbul\n- Used as an armoury')?.place).toBe(true);
    // Building something is what a person does, and a person's section outweighs "Located in".
    expect(headingSubject('Khafre', '- Built the second pyramid at Giza')?.place).toBeUndefined();
    expect(
      headingSubject(
        'Leonardo',
        'Born in Vinci in 1452\nLocated in Milan from 1482\nPainted the Last Supper',
      ),
    ).toMatchObject({ person: true });
    expect(
      headingSubject('Mendel', '- Built on the work of earlier breeders\n- Grew peas')?.place,
    ).toBeUndefined();
  });

  it('takes a heading whose own section names it in the plural as the group', () => {
    expect(
      headingSubject('Carmelite', '- Believed in silent prayer\n- Some Carmelites lived as hermits'),
    ).toEqual({ name: 'Carmelites', person: false, plural: true });
    // A family name or a body in the plural is not a member of a group.
    expect(headingSubject('Kennedy', '- Elected in 1960\n- The youngest of the Kennedys to run')?.name).toBe(
      'Kennedy',
    );
    expect(headingSubject('Parliament', '- Dissolved in 1629\n- Later Parliaments met')?.name).toBe(
      'Parliament',
    );
    // A name that its section never writes with an -s stays one person.
    expect(headingSubject('Hadrian', '- Believed the empire was big enough\n- Built a wall')).toMatchObject({
      name: 'Hadrian',
      plural: false,
    });
  });

  it('takes no subject from a heading that labels findings or highlights', () => {
    expect(headingSubject('Highlights', 'Makes the case for reason')).toBeUndefined();
    expect(headingSubject('Regional Priorities', 'Sped up clean energy')).toBeUndefined();
    expect(headingSubject('Main Findings', 'Showed a link to diet')).toBeUndefined();
  });

  it('takes a name without person evidence as a thing', () => {
    expect(headingSubject('Mitochondria', 'Produce ATP')).toEqual({
      name: 'Mitochondria',
      person: false,
      plural: false,
    });
  });

  it('drops a trailing colon from the heading', () => {
    expect(headingSubject('Otto von Bismarck:', 'He unified Germany')?.name).toBe('Otto von Bismarck');
  });

  it('gives no subject for topic headings, questions, dates or lower-case phrases', () => {
    expect(headingSubject('General Notes', 'He was tired')).toBeUndefined();
    expect(headingSubject('Why did Rome fall?', '')).toBeUndefined();
    expect(headingSubject('Events of 1917', '')).toBeUndefined();
    expect(headingSubject('photosynthesis in plants', '')).toBeUndefined();
  });

  it('gives no subject for two names joined by "and" or a heading over four words', () => {
    expect(headingSubject('Stalin and Trotsky', 'They disagreed')).toBeUndefined();
    expect(headingSubject('The Long Rise Of Mussolini Today', '')).toBeUndefined();
  });
});

describe('resolveLeadingPronoun', () => {
  it('replaces a leading "He" with the heading subject', () => {
    expect(
      resolveLeadingPronoun('He was exiled to Mexico', { parentPeople: [], headingSubject: trotsky }),
    ).toEqual({
      text: 'Leon Trotsky was exiled to Mexico',
      subject: trotsky,
      unresolved: false,
    });
  });

  it('replaces "His" with the possessive of the name', () => {
    expect(
      resolveLeadingPronoun('His rivals feared him', { parentPeople: [], headingSubject: trotsky }).text,
    ).toBe("Leon Trotsky's rivals feared him");
  });

  it('never resolves "He" to a person named in the same clause', () => {
    const alone = resolveLeadingPronoun('He opposed Trotsky', { parentPeople: [], headingSubject: trotsky });
    expect(alone).toEqual({ text: 'He opposed Trotsky', unresolved: true });
    const withParent = resolveLeadingPronoun('He opposed Trotsky', {
      parentPeople: ['Joseph Stalin'],
      headingSubject: trotsky,
    });
    expect(withParent.text).toBe('Joseph Stalin opposed Trotsky');
  });

  it('resolves "They" only to a plural subject', () => {
    expect(
      resolveLeadingPronoun('They built aqueducts', { parentPeople: [], headingSubject: romans }).text,
    ).toBe('Romans built aqueducts');
    expect(
      resolveLeadingPronoun('They built aqueducts', { parentPeople: [], headingSubject: trotsky }).unresolved,
    ).toBe(true);
  });

  it('resolves "It" to the parent bullet\'s marked term', () => {
    expect(
      resolveLeadingPronoun('It controls the cell', { parentPeople: [], parentTerm: 'the nucleus' }),
    ).toEqual({
      text: 'the nucleus controls the cell',
      subject: { name: 'the nucleus', person: false, plural: false },
      unresolved: false,
    });
  });

  it('leaves "It" unresolved when only a person is available', () => {
    expect(
      resolveLeadingPronoun('It spread quickly', { parentPeople: [], headingSubject: trotsky }).unresolved,
    ).toBe(true);
  });

  it('leaves text without a leading pronoun alone, including words that start like one', () => {
    const c = { parentPeople: [], headingSubject: trotsky };
    expect(resolveLeadingPronoun('Trotsky led the Red Army', c)).toEqual({
      text: 'Trotsky led the Red Army',
      unresolved: false,
    });
    expect(resolveLeadingPronoun('Italy joined the Allies in 1915', c).text).toBe(
      'Italy joined the Allies in 1915',
    );
    expect(resolveLeadingPronoun('Hearts pump blood', c).unresolved).toBe(false);
  });

  it('leaves "This is because…" alone', () => {
    expect(resolveLeadingPronoun('This is because wages fell', { parentPeople: [] })).toEqual({
      text: 'This is because wages fell',
      unresolved: false,
    });
  });
});

describe('headingSubject of a structural heading', () => {
  it('names no one under "Full Text" or "Key Points", even when the section speaks of "he"', () => {
    expect(headingSubject('Full Text', 'He wrote it in a single winter.')).toBeUndefined();
    expect(headingSubject('Key Points', 'He was born in Leeds.')).toBeUndefined();
    expect(headingSubject('Robert Owen', 'He was born in Newtown.')?.person).toBe(true);
  });

  it('reads a heading its section calls someone else\'s work as a thing, even when it "argued"', () => {
    expect(
      headingSubject(
        'Principia',
        "A book in three volumes\nNewton's treatise on motion\nArgued that gravity is universal",
      )?.person,
    ).toBe(false);
  });
});
