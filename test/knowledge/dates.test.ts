import { describe, expect, it } from 'vitest';
import { findDates, splitDatePrefix } from '../../src/knowledge/dates.js';

const summary = (text: string) =>
  findDates(text).map((d) => ({
    text: d.text,
    display: d.display,
    sortKey: d.sortKey,
    endSortKey: d.endSortKey,
    precision: d.precision,
  }));

describe('findDates', () => {
  it('reads "January 4th, 1923" as a day-precision date sorting 1923-01-04', () => {
    expect(summary('Lenin added a postscript on January 4th, 1923')).toEqual([
      {
        text: 'January 4th, 1923',
        display: '4 January 1923',
        sortKey: '1923-01-04',
        endSortKey: undefined,
        precision: 'day',
      },
    ]);
  });

  it('reads day-first dates, with or without "of", to the same display form', () => {
    expect(findDates('The armistice began on 11 November 1918')[0]?.display).toBe('11 November 1918');
    expect(findDates('the 4th of July, 1776')[0]).toMatchObject({
      display: '4 July 1776',
      sortKey: '1776-07-04',
      precision: 'day',
    });
  });

  it('accepts an abbreviated month with a full stop', () => {
    expect(findDates('Signed Jan. 9 1905')[0]).toMatchObject({
      display: '9 January 1905',
      sortKey: '1905-01-09',
    });
  });

  it('reads "March 1848" as a month-precision date with day 00', () => {
    expect(summary('Revolutions spread across Europe in March 1848')).toEqual([
      {
        text: 'March 1848',
        display: 'March 1848',
        sortKey: '1848-03-00',
        endSortKey: undefined,
        precision: 'month',
      },
    ]);
  });

  it('keeps both ends of a year range and joins them with an en dash', () => {
    expect(summary('The Great War 1914 - 1918')).toEqual([
      {
        text: '1914 - 1918',
        display: '1914–1918',
        sortKey: '1914-00-00',
        endSortKey: '1918-00-00',
        precision: 'year',
      },
    ]);
  });

  it('expands a two-digit range end within the same century', () => {
    expect(findDates('Rationing lasted 1939–54')[0]).toMatchObject({
      display: '1939–1954',
      endSortKey: '1954-00-00',
    });
  });

  it('reads "509 BC" as a negative year sorting before year 1', () => {
    expect(findDates('The Republic was founded in 509 BC')[0]).toMatchObject({
      display: '509 BC',
      sortKey: '-0509-00-00',
      precision: 'year',
    });
  });

  it('reads "44 B.C." with dots as a BC year', () => {
    expect(findDates('Caesar was killed in 44 B.C. by senators')[0]).toMatchObject({
      display: '44 BC',
      sortKey: '-0044-00-00',
    });
  });

  it('reads a span whose era is written once after both years as one date', () => {
    expect(findDates('The old king reigned from 610-680 AD over the river towns')).toEqual([
      expect.objectContaining({
        text: '610-680 AD',
        display: '610–680 AD',
        sortKey: '0610-00-00',
        endSortKey: '0680-00-00',
      }),
    ]);
    // BC years count down, so a BC span runs from the larger number to the smaller.
    expect(findDates('Farming villages spread between 5200 and 4700 BC along the coast')).toEqual([
      expect.objectContaining({
        text: '5200 and 4700 BC',
        display: '5200–4700 BC',
        sortKey: '-5200-00-00',
        endSortKey: '-4700-00-00',
      }),
    ]);
  });

  it('keeps two era years apart when they do not run forward in time', () => {
    // "300 and 400 BC" runs backwards: not a span, so only the year next to the era is read.
    expect(findDates('Between 300 and 400 BC the port grew').map((d) => d.display)).toEqual(['400 BC']);
  });

  it('reads a year followed by AD as a positive year', () => {
    expect(findDates('The invasion of 1066 AD')[0]).toMatchObject({
      display: '1066 AD',
      sortKey: '1066-00-00',
    });
  });

  it('reads "the 1920s" as a decade spanning 1920 to 1929', () => {
    expect(summary('Consumer credit boomed in the 1920s')).toEqual([
      {
        text: '1920s',
        display: '1920s',
        sortKey: '1920-00-00',
        endSortKey: '1929-00-00',
        precision: 'decade',
      },
    ]);
  });

  it('reads a bare year after "in", "by" or an opening bracket', () => {
    expect(findDates('In 1922 the union was formed').map((d) => d.display)).toEqual(['1922']);
    expect(findDates('most farms were collective by 1937').map((d) => d.display)).toEqual(['1937']);
    expect(findDates('Darwin published his theory (1859)').map((d) => d.display)).toEqual(['1859']);
  });

  it('lists dates in the order they appear, not the order the patterns find them', () => {
    expect(findDates('The crash came in 1929 and the banks shut in March 1933').map((d) => d.text)).toEqual([
      '1929',
      'March 1933',
    ]);
  });

  it('reports a full date once, not also its year', () => {
    expect(findDates('Kennedy was shot on November 22, 1963')).toHaveLength(1);
  });

  it('does not read "6,000 men" as a year', () => {
    expect(findDates('Napoleon left 6,000 men behind')).toEqual([]);
  });

  it('does not read "2000 calories" as a year, even after "around"', () => {
    expect(findDates('An adult needs around 2000 calories a day')).toEqual([]);
  });

  it('finds only the year in "an army of 6,000 men in 1812"', () => {
    expect(findDates('an army of 6,000 men in 1812').map((d) => d.text)).toEqual(['1812']);
  });

  it('does not read a count in running text as a year', () => {
    expect(findDates('The lab sequenced 1500 samples')).toEqual([]);
  });
});

describe('splitDatePrefix', () => {
  it('splits "1922 - …" into the date label and the statement', () => {
    const split = splitDatePrefix('1922 - Stalin became General Secretary');
    expect(split?.date.display).toBe('1922');
    expect(split?.rest).toBe('Stalin became General Secretary');
  });

  it('splits "In 1905, …" at the comma', () => {
    const split = splitDatePrefix('In 1905, sailors mutinied on the Potemkin');
    expect(split?.date.sortKey).toBe('1905-00-00');
    expect(split?.rest).toBe('sailors mutinied on the Potemkin');
  });

  it('splits a range label followed by a colon', () => {
    const split = splitDatePrefix('1939 - 1945: the Second World War');
    expect(split?.date.display).toBe('1939–1945');
    expect(split?.rest).toBe('the Second World War');
  });

  it('splits a full date followed by an em dash', () => {
    const split = splitDatePrefix('October 29, 1929 — the stock market crashed');
    expect(split?.date.sortKey).toBe('1929-10-29');
    expect(split?.rest).toBe('the stock market crashed');
  });

  it('does not take "By 1905, …" for the date of the statement: it is a bound', () => {
    expect(splitDatePrefix('By 1905, the railway already reached the coast')).toBeUndefined();
    expect(splitDatePrefix('During 1905, strikes spread to the ports')?.rest).toBe(
      'strikes spread to the ports',
    );
  });

  it('does not split a statement whose date comes at the end', () => {
    expect(splitDatePrefix('Lenin died in 1924')).toBeUndefined();
  });

  it('does not split "In 1905 …" without a comma', () => {
    expect(splitDatePrefix('In 1905 the Tsar issued a manifesto')).toBeUndefined();
  });

  it('does not split a date label with nothing after it', () => {
    expect(splitDatePrefix('1922')).toBeUndefined();
    expect(splitDatePrefix('1922 -')).toBeUndefined();
  });
});
