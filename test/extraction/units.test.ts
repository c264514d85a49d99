import { describe, expect, it } from 'vitest';
import { readCountedNoun, readCurrencyBefore, readUnitAfter, singularize } from '../../shared/extraction/units.js';

describe('readUnitAfter', () => {
  const unitAfter = (text: string) => readUnitAfter(text, text.search(/\D/))?.unit ?? null;
  it('reads names of several words, glued symbols and hyphenated adjectives', () => {
    expect(unitAfter('5 per cent of GDP')).toBe('percent');
    expect(unitAfter('2 percentage points')).toBe('percentage-point');
    expect(unitAfter('5km away')).toBe('km');
    expect(unitAfter('30-minute meeting')).toBe('minute');
    expect(unitAfter('50-year-old man')).toBe('year');
    expect(unitAfter('5 Canadian dollars')).toBe('currency:CAD');
  });
  it('does not read a symbol glued to more text', () => {
    expect(unitAfter('35 F-35 jets')).toBeNull();
    expect(unitAfter('4 mega')).toBeNull();
  });
});

describe('readCurrencyBefore', () => {
  it('maps symbols and codes to ISO 4217, the longest symbol first', () => {
    expect(readCurrencyBefore('US$5', 3)).toEqual({ unit: 'currency:USD', start: 0 });
    expect(readCurrencyBefore('C$5', 2)).toEqual({ unit: 'currency:CAD', start: 0 });
    expect(readCurrencyBefore('cost €5', 6)).toEqual({ unit: 'currency:EUR', start: 5 });
    expect(readCurrencyBefore('CHF 52', 4)).toEqual({ unit: 'currency:CHF', start: 0 });
    expect(readCurrencyBefore('cost 5', 5)).toBeNull();
  });
});

describe('counted nouns', () => {
  it('takes the head noun of the phrase after the number, in the singular', () => {
    expect(readCountedNoun('18 Black Hawk helicopters by', 2, 18)).toMatchObject({
      counted: 'helicopter',
      phrase: 'Black Hawk helicopters',
    });
    expect(readCountedNoun('32 member countries met', 2, 32)).toMatchObject({ counted: 'country' });
    expect(readCountedNoun('3 people died', 1, 3)).toMatchObject({ counted: 'person' });
    expect(readCountedNoun('4 will attend', 1, 4)).toBeNull();
  });
  it('singularizes regular and irregular plurals', () => {
    expect(['ministries', 'churches', 'children', 'heroes', 'jets'].map(singularize)).toEqual([
      'ministry',
      'church',
      'child',
      'hero',
      'jet',
    ]);
  });
  it('singularizes nouns in "-oe" apart from nouns in "-o" (seventh round; "4 New Balance shoes" had counted "sho")', () => {
    expect(['shoes', 'toes', 'canoes', 'snow-shoes', 'potatoes', 'echoes'].map(singularize)).toEqual([
      'shoe',
      'toe',
      'canoe',
      'snow-shoe',
      'potato',
      'echo',
    ]);
  });

  it('singularizes nouns in "-s" apart from nouns in "-se" ("20 buses" had counted "buse")', () => {
    expect(['buses', 'school-buses', 'viruses', 'biases', 'houses', 'cases', 'nurses'].map(singularize)).toEqual([
      'bus',
      'school-bus',
      'virus',
      'bias',
      'house',
      'case',
      'nurse',
    ]);
  });

  it('singularizes plurals in "-ves", "-ses" of "-sis" and "-ices" ("claimed 45 lives" had counted "live")', () => {
    expect(['lives', 'wolves', 'crises', 'analyses', 'indices', 'quizzes', 'moves', 'cases'].map(singularize)).toEqual([
      'life',
      'wolf',
      'crisis',
      'analysis',
      'index',
      'quiz',
      'move',
      'case',
    ]);
  });
});
