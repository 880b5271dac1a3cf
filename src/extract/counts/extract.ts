// The runner: owns the loop over one sentence. Each rule, in order, is scanned (a pattern rule: the runner
// matches its pattern on the sentence and hands build each match) or asked (a token rule yields its counts);
// every count it makes joins one list, with its text, before the next is built, so later builds see it.
import type { Analysis, Sentence } from '../../analyse/index.js';
import type { CountCandidate } from '../types.js';
import { sentenceTokens } from './terms.js';
import type { Built, CountRule, RuleContext } from './types.js';

/**
 * Each pattern rule's global copy (null for a token rule), made once per document by the caller (they were made
 * anew for every sentence and rule): the runner resets a copy's lastIndex before each sentence's scan.
 */
export function globalPatterns(rules: readonly CountRule[]): (RegExp | null)[] {
  return rules.map((rule) =>
    rule.pattern ? new RegExp(rule.pattern.source, rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`) : null,
  );
}

/** Raw count candidates of one sentence, before refinement. */
export function runRules(a: Analysis, s: Sentence, rules: readonly CountRule[], patterns: readonly (RegExp | null)[] = globalPatterns(rules)): CountCandidate[] {
  const found: CountCandidate[] = [];
  const ctx: RuleContext = { a, s, toks: sentenceTokens(a, s), found };
  const add = (b: Built): void => {
    found.push({ text: a.text.slice(b.start, b.end), ...b });
  };
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r];
    if (rule.pattern) {
      const re = patterns[r]!;
      re.lastIndex = 0;
      for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
        const built = rule.build(m, ctx);
        if (built === null) continue;
        if (Array.isArray(built)) (built as readonly Built[]).forEach(add);
        else add(built as Built);
      }
    } else {
      for (const b of rule.build(ctx)) add(b);
    }
  }
  return found;
}
