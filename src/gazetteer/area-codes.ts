// US telephone area codes -> the state they serve, from the areacodes package (MIT; NANPA's assignments):
// a local number in a story (a police tip line, "call 417-555-0100") places it in that state. Toll-free
// codes (800, 888, ...) serve no state and are left out. Prepared at build time (scripts/build-gazetteer.mjs).

/** Area code ("417") -> the full name of the US state it serves ("Missouri"). */
export type AreaCodeIndex = Record<string, string>;

interface AreaCodeRow {
  type?: string;
  state?: string | null;
  stateCode?: string | null;
}

export function prepareAreaCodes(data: Record<string, AreaCodeRow>): AreaCodeIndex {
  const out: AreaCodeIndex = {};
  for (const [code, row] of Object.entries(data)) {
    if (/^\d{3}$/.test(code) && row.type === 'local' && row.state && row.stateCode) out[code] = row.state;
  }
  return out;
}
