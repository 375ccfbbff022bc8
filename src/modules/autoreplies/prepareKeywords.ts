/**
 * Keywords as a rule stores them: length and count limits, folding (fold.ts), and for
 * regexes the syntax and backtracking checks (regexSafety.ts). Runs before the rule's
 * transaction opens, so a slow regex check never holds database locks.
 */
import { AppError } from '../../infra/errors.js';
import { foldText } from './fold.js';
import { checkRegex } from './regexSafety.js';
import type { KeywordValues } from './repository.js';
import { LIMITS, type RuleInputT } from './schema.js';

/** All regex checks of one save together get this long. */
const REGEX_CHECK_BUDGET_MS = 10_000;

export async function prepareKeywords(input: RuleInputT['keywords']): Promise<KeywordValues[]> {
  if (input.length > LIMITS.keywordsPerRule)
    throw new AppError('AUTOREPLY_TOO_MANY_KEYWORDS', {
      field: 'keywords',
      details: { limit: LIMITS.keywordsPerRule, actual: input.length },
    });
  const deadline = Date.now() + REGEX_CHECK_BUDGET_MS;
  const out: KeywordValues[] = [];
  const seen = new Set<string>();
  for (const [i, k] of input.entries()) {
    const field = `keywords[${i}].keyword`;
    const keyword = k.keyword.trim();
    if ([...keyword].length > LIMITS.keywordLength)
      throw new AppError('AUTOREPLY_KEYWORD_TOO_LONG', {
        field,
        details: { keyword, limit: LIMITS.keywordLength },
      });
    let folded: string;
    if (k.matchType === 'regex') {
      if (!keyword) throw new AppError('AUTOREPLY_KEYWORD_EMPTY', { field });
      const verdict = await checkRegex(keyword, deadline);
      if (!verdict.ok)
        throw new AppError(
          verdict.reason === 'invalid' ? 'AUTOREPLY_REGEX_INVALID' : 'AUTOREPLY_REGEX_UNSAFE',
          {
            field,
            details: { keyword, reason: verdict.detail },
          },
        );
      folded = verdict.folded;
    } else {
      folded = foldText(keyword);
      if (!folded) throw new AppError('AUTOREPLY_KEYWORD_EMPTY', { field, details: { keyword } });
    }
    // "１" and "1" are one keyword once folded; keep the first as typed.
    const key = `${k.matchType}\u0000${folded}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ keyword, folded, match_type: k.matchType });
  }
  return out;
}
