// A local telephone number's area code places a US story in a state (src/resolve/text-states.ts stateByPhone,
// src/gazetteer/area-codes.ts): it resolves a town named in several states and picks the event's region.
// Facts written by hand: 417 serves south-west Missouri (Springfield), 217 central Illinois, 800 is toll-free.
import { describe, expect, it } from 'vitest';
import { createGazetteer } from '../../src/gazetteer/index.js';
import { stateByPhone } from '../../src/resolve/text-states.js';
import { extractDocument } from '../../src/pipeline.js';
import { makeDocument } from '../../src/document.js';
import { REFERENCE, analyseText } from '../helpers.js';

const F = 'phone-state.test.ts';
const gz = createGazetteer();
const byPhone = (text: string): string | null => stateByPhone(analyseText(text), (code) => gz.stateOfAreaCode(code));

describe(`${F}: area codes`, () => {
  it('knows the state of a local area code, and none for a toll-free one', () => {
    expect([gz.stateOfAreaCode('417'), gz.stateOfAreaCode('217'), gz.stateOfAreaCode('800'), gz.stateOfAreaCode('999')]).toEqual(['Missouri', 'Illinois', null, null]);
  });

  it.each<[string, string | null]>([
    ['Title\n\nAnyone with information should call police at 417-864-1810.\n', 'Missouri'],
    ['Title\n\nAnyone with information should call police at (417) 864-1810.\n', 'Missouri'],
    ['Title\n\nCall 417.864.1810 or Crime Stoppers at 800-222-8477.\n', 'Missouri'],
    // two states: no one region
    ['Title\n\nCall 417-864-1810 or 217-555-0100.\n', null],
    // not a telephone number: a score, an ID, a longer digit run
    ['Title\n\nThe case number is 2016-417-8641810 and the vote was 417-210.\n', null],
  ])('%j -> %s', (text, state) => expect(byPhone(text), `${F}: ${text}`).toBe(state));
});

describe(`${F}: through the pipeline`, () => {
  const record = (text: string) => extractDocument(makeDocument(text, { id: 't', published: REFERENCE }), { explain: true });

  it('resolves a town named in several states to the state of the tip line', () => {
    const text = 'Man shot in Springfield\n\nA man was shot in Springfield on Friday, police said. Anyone with information should call police at 417-864-1810.\n';
    const plain = 'Man shot in Springfield\n\nA man was shot in Springfield on Friday, police said.\n';
    expect(record(plain).places.find((p) => p.name === 'Springfield')?.admin1).toBe('Illinois');
    const r = record(text);
    const place = r.places.find((p) => p.id === r.event?.location);
    expect([place?.name, place?.admin1]).toEqual(['Springfield', 'Missouri']);
  });

  it("makes the phone's state the story's region when a town of it is named", () => {
    // Peoria, Illinois is the bigger town and named twice; the Arizona number places the story in Peoria, Arizona's region
    const text =
      'Shooting leaves one hurt\n\nA man from Peoria, Illinois was visiting Glendale, Arizona when he was shot on Friday. ' +
      'He grew up in Peoria. Police asked anyone with information to call 623-930-3000.\n';
    const r = record(text);
    const place = r.places.find((p) => p.id === r.event?.location);
    expect([place?.name, place?.admin1]).toEqual(['Glendale', 'Arizona']);
  });
});
