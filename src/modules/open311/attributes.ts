/**
 * The answers of a POST request's `attribute[CODE]=v` (and `attribute[CODE][]=v` for
 * multivaluelist) checked against the service definition. Every problem is reported, one
 * error per attribute, as the specification allows several errors in one answer.
 */
import type { Lang } from '../../infra/errors.js';
import { parseTime } from './format.js';
import { pick, type Attribute } from './services.js';

export const STRING_MAX = 200;
export const TEXT_MAX = 2000;

export type AttributeAnswers = Record<string, string | string[]>;

export interface AttributeProblem {
  code: 'OPEN311_ATTRIBUTE_REQUIRED' | 'OPEN311_ATTRIBUTE_INVALID';
  attribute: string;
}

/** Collects `attribute[CODE]` / `attribute[CODE][]` fields of a form. */
export function attributeFields(form: URLSearchParams): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [name, value] of form) {
    const m = /^attribute\[([^\]]+)\](\[\])?$/.exec(name);
    if (!m) continue;
    const list = out.get(m[1]!) ?? [];
    list.push(value);
    out.set(m[1]!, list);
  }
  return out;
}

export function checkAttributes(
  definition: Attribute[],
  given: Map<string, string[]>,
): { answers: AttributeAnswers; problems: AttributeProblem[] } {
  const answers: AttributeAnswers = {};
  const problems: AttributeProblem[] = [];
  for (const a of definition) {
    if (!a.variable) continue;
    const values = (given.get(a.code) ?? []).map((v) => v.trim()).filter((v) => v !== '');
    if (values.length === 0) {
      if (a.required) problems.push({ code: 'OPEN311_ATTRIBUTE_REQUIRED', attribute: a.code });
      continue;
    }
    const bad = () => problems.push({ code: 'OPEN311_ATTRIBUTE_INVALID', attribute: a.code });
    const keys = new Set(a.values.map((v) => v.key));
    if (a.datatype === 'multivaluelist') {
      const unique = [...new Set(values)];
      if (unique.some((v) => !keys.has(v))) bad();
      else answers[a.code] = unique;
      continue;
    }
    if (values.length > 1) {
      bad();
      continue;
    }
    const v = values[0]!;
    const ok =
      a.datatype === 'singlevaluelist'
        ? keys.has(v)
        : a.datatype === 'number'
          ? /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(v) && Number.isFinite(Number(v))
          : a.datatype === 'datetime'
            ? parseTime(v) !== null
            : a.datatype === 'text'
              ? [...v].length <= TEXT_MAX
              : [...v].length <= STRING_MAX && !/[\r\n]/.test(v);
    if (ok) answers[a.code] = v;
    else bad();
  }
  return { answers, problems };
}

/** Lines for the case description, so staff read the answers with the request. */
export function answerSummary(definition: Attribute[], answers: AttributeAnswers, lang: Lang): string {
  const lines: string[] = [];
  for (const a of definition) {
    const answer = answers[a.code];
    if (answer === undefined) continue;
    const names = (Array.isArray(answer) ? answer : [answer]).map((v) => {
      const option = a.values.find((o) => o.key === v);
      return option ? pick(option.name, lang) : v;
    });
    lines.push(
      `${pick(a.description, lang) || a.code}${lang === 'zh' ? '：' : ': '}${names.join(lang === 'zh' ? '、' : ', ')}`,
    );
  }
  return lines.join('\n');
}
