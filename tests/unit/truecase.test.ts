// Text in capitals is recased before it is parsed (src/analyse/truecase.ts): ordinary words to lower case, names
// to title case, acronyms kept, sentences opened with a capital; same length, same offsets. The expected
// recasings were written by hand.
import { describe, expect, it } from 'vitest';
import nlp from 'compromise';
import { caseOf, createEnglishWords, inCapitals, inLowerCase, truecase, type CaseKnowledge } from '../../src/analyse/truecase.js';
import { splitLines } from '../../src/analyse/lines.js';
import { createGazetteer } from '../../src/gazetteer/index.js';
import { analyseText } from '../helpers.js';
import { ARMED_GROUPS } from '../../src/extract/actors/lexicon.js';

const gz = createGazetteer();
const k: CaseKnowledge = {
  lexicon: (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon,
  words: createEnglishWords(),
  placeName: (p) => gz.citiesByName(p).length > 0 || gz.adminsByName(p).length > 0 || gz.countryByName(p) !== null,
  groupName: (p) => ARMED_GROUPS.has(p),
};
const recase = (text: string): string => truecase(text, splitLines(text), k);

describe('which texts are in capitals', () => {
  it.each([
    ['GUERRILLAS ATTACKED A POWER STATION IN SOYAPANGO TODAY.', true],
    ['Guerrillas attacked a power station in Soyapango today.', false],
    // a headline in capitals over a body in mixed case is not recased
    ['CRICKET - LEICESTERSHIRE TAKE OVER AT TOP\nLeicestershire beat Somerset by an innings and 39 runs in two days to take the lead.', false],
    ['TOO SHORT', false],
    ['ПАРТИЗАНЫ АТАКОВАЛИ ЭЛЕКТРОСТАНЦИЮ В СОЯПАНГО СЕГОДНЯ УТРОМ', true],
  ])('%s -> %s', (text, expected) => {
    expect(inCapitals(text)).toBe(expected);
  });
});

describe('how a word in capitals is written', () => {
  it.each([
    ['THE', false, 'lower'],
    ['ATTACKED', false, 'lower'],
    ['GUERRILLAS', false, 'lower'], // an inflection of a listed word
    ['DYNAMITE', false, 'lower'],
    ['JOHN', false, 'title'], // a first name in compromise's lexicon
    ['SOYAPANGO', false, 'title'], // no list knows it: a name
    ['FMLN', false, 'upper'], // short, no vowel: an acronym
    ['NATO', true, 'upper'], // alone in brackets
    ['I', false, 'upper'],
    ['A', false, 'lower'],
    ['DECEMBER', false, 'title'], // months and days are capitalised
  ])('%s (in brackets: %s) -> %s', (word, inParens, expected) => {
    expect(caseOf(k, word, inParens)).toBe(expected);
  });
});

describe('recasing a text', () => {
  it.each([
    [
      'URBAN GUERRILLAS OF THE FARABUNDO MARTI NATIONAL LIBERATION FRONT (FMLN) TODAY ATTACKED A POWER STATION IN SOYAPANGO.',
      'Urban guerrillas of the Farabundo Marti National Liberation Front (FMLN) today attacked a power station in Soyapango.',
    ],
    // a place of several words, and a name that a noun ends
    [
      'POLICE IN NEW ORLEANS AND BATON ROUGE SAID MEN SET FIRE TO A BUS IN HARRIS COUNTY AND BOMBED THE MAYOR\'S RESIDENCE.',
      "Police in New Orleans and Baton Rouge said men set fire to a bus in Harris County and bombed the mayor's residence.",
    ],
    // abbreviations keep their capitals; a sentence after a full stop opens with one
    ['THE U.S. EMBASSY WAS HIT. NOBODY WAS HURT, OFFICIALS SAID ON MONDAY.', 'The U.S. embassy was hit. Nobody was hurt, officials said on Monday.'],
  ])('%s', (text, expected) => {
    const out = recase(text);
    expect(out).toBe(expected);
    expect(out.length).toBe(text.length);
  });

  it('leaves a text in mixed case exactly as it is', () => {
    const text = 'Guerrillas of the FMLN attacked a power station in Soyapango on Monday, police said.';
    expect(recase(text)).toBe(text);
  });

  it('the analysis reads the recased text and says so; offsets are the original ones', () => {
    const text = 'GUNMEN KILLED TWO POLICE OFFICERS IN SAN SALVADOR ON MONDAY, THE DEFENSE MINISTRY SAID.';
    const a = analyseText(text);
    expect(a.recased).toBe(true);
    expect(a.text).toBe('Gunmen killed two police officers in San Salvador on Monday, the Defense Ministry said.');
    expect(a.doc.text).toBe(text);
    const salvador = a.terms.find((t) => t.text === 'Salvador')!;
    expect(text.slice(salvador.start, salvador.end)).toBe('SALVADOR');
  });
});

// A corpus lower-cased whole (GRIT's MUC-4) has lost its names' capitals: it is recased the same way.
describe('which texts are in lower case', () => {
  it.each([
    ['guerrillas attacked a power station in soyapango today, the army said.', true],
    ['Guerrillas attacked a power station in Soyapango today, the army said.', false],
    ['too short', false],
  ])('%s -> %s', (text, expected) => {
    expect(inLowerCase(text)).toBe(expected);
  });
});

describe('recasing a text in lower case', () => {
  it.each([
    [
      'urban guerrillas of the farabundo marti national liberation front (fmln) today attacked a power station in soyapango.',
      'Urban guerrillas of the Farabundo Marti National Liberation Front (FMLN) today attacked a power station in Soyapango.',
    ],
    ['the u.s. embassy was hit. nobody was hurt, officials said on monday.', 'The U.S. embassy was hit. Nobody was hurt, officials said on Monday.'],
    // a short form given in brackets is an acronym wherever it stands
    ['the army of national liberation (eln) said the castroite eln will go on fighting.', 'The army of national liberation (ELN) said the Castroite ELN will go on fighting.'],
    // a group noun (cartel, movement, forces, command, alliance) after a name ends the name
    [
      'a gunman of the cali cartel shot the judge, and the tupac katari guerrilla movement set off a car bomb.',
      'A gunman of the Cali Cartel shot the judge, and the Tupac Katari Guerrilla Movement set off a car bomb.',
    ],
    // the name goes on over "of" and a word when its acronym follows in brackets
    ['the ruiz armed forces of liberation (rafl) set off a bomb.', 'The Ruiz Armed Forces of Liberation (RAFL) set off a bomb.'],
    // a well-known armed group's name of two common words (actors' armed-groups list) is one name
    ['police said the shining path set off a car bomb near the bank.', 'Police said the Shining Path set off a car bomb near the bank.'],
    ['the boko haram fighters were seen on the path near the river on monday.', 'The Boko Haram fighters were seen on the path near the river on Monday.'],
    // a group's name takes no "a"/"an"
    ['the fighters say they want an islamic state, a spokesman said on monday.', 'The fighters say they want an Islamic state, a spokesman said on Monday.'],
  ])('%s', (text, expected) => {
    const out = recase(text);
    expect(out).toBe(expected);
    expect(out.length).toBe(text.length);
  });

  it('the record quotes the document as written', () => {
    const text = 'gunmen killed two police officers in san salvador on monday, the defense ministry said.';
    const a = analyseText(text);
    expect(a.recased).toBe(true);
    expect(a.text).toBe('Gunmen killed two police officers in San Salvador on Monday, the Defense Ministry said.');
    expect(a.doc.text).toBe(text);
  });
});
