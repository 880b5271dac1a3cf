// Small readers of the shared analysis's terms, used by every count rule.
import type { Analysis, Sentence, Term } from '../../analyse/index.js';

export type Tok = Term;

export const words = (t: Tok): string => t.normal;
export const has = (t: Tok | undefined, tag: string): boolean => !!t && t.tags.has(tag);
export const capitalised = (t: Tok | undefined): boolean => !!t && /^[A-Z]/.test(t.text);

/** The sentence's terms, without empty ones. */
export function sentenceTokens(a: Analysis, s: Sentence): Tok[] {
  const out: Tok[] = [];
  for (let i = s.from; i < s.to; i++) if (a.terms[i].text !== '') out.push(a.terms[i]);
  return out;
}
