/**
 * Brings an account name to the form the guard compares (docs/GUARD.md, "Normalisation"):
 *
 * 1. the screening fold: NFKC (full-width → half-width, compatibility ideographs and Kangxi
 *    radicals → unified ideographs), lower case, traditional → simplified (opencc-js tables),
 *    and removal of punctuation, symbols (emoji), spaces, brackets and zero-width characters;
 * 2. the guard's own variant table (confusables.ts): old, Japanese and look-alike forms;
 * 3. decorations stripped from the start and the end (官方, 发布, 服务号, 在线 …), kept aside
 *    so that the comparison can charge a little for them instead of ignoring them;
 * 4. tokens: one per ideograph (with its pinyin readings, toneless and with tone numbers,
 *    all readings of a polyphonic character), one per Latin run (so "xinyang" can be matched
 *    against 信阳 by its spelling), one per other character.
 */
import { pinyin } from 'pinyin-pro';
import { normalize as fold } from '../screening/normalize.js';
import {
  ADMIN_CHARS,
  DECORATION_PREFIXES,
  DECORATION_SUFFIXES,
  LOOKALIKE_CLASS,
  VARIANTS,
} from './confusables.js';

export interface Token {
  /** The normalised character, or a whole Latin run. */
  text: string;
  latin: boolean;
  /** 省/市/县/区. */
  admin: boolean;
  /** Look-alike class id (the character itself when it belongs to none). */
  look: string;
  /** The usual reading with its tone number ("yang2"), '' for a non-ideograph. */
  tone: string;
  /** The usual reading without tone ("yang"). */
  plain: string;
  /** Every toneless reading of a polyphonic character (长: chang, zhang): for spelled pinyin. */
  readings: readonly string[];
}

export interface NormalizedName {
  /** The name as given, trimmed. */
  trimmed: string;
  /** Folded and variant-mapped, decorations still on. */
  folded: string;
  /** `folded` without the decorations at its start and end. */
  core: string;
  /** The decorations taken off, in the order met. */
  decorations: string[];
  /** Tokens of `core`. */
  tokens: Token[];
  /** Tokens of `folded` (decorations kept): 信阳发布 vs 信阳布发 is a swap, not two decorations. */
  fullTokens: Token[];
}

const HAN = /\p{Script=Han}/u;
const LATIN = /^[a-z]$/;
/** A core shorter than this keeps its decorations: "发布" alone, or "信阳发布" → "信阳" at most. */
const MIN_CORE = 2;

interface Readings {
  tone: string;
  plain: string;
  all: string[];
}
const memo = new Map<string, Readings>();
const toneless = (t: string) => t.replace(/[0-5]$/, '').replace('ü', 'v');

/**
 * The pinyin of one ideograph (memoised). Homophones are judged on the usual reading only:
 * rare readings make unrelated characters "sound alike" (信 has an archaic shēn, 红 a gōng).
 */
export function readingsOf(ch: string): Readings {
  let r = memo.get(ch);
  if (!r) {
    const all = HAN.test(ch)
      ? pinyin(ch, { toneType: 'num', type: 'array', multiple: true }).filter((t) =>
          /^[a-zü]+[0-5]?$/.test(t),
        )
      : [];
    const usual = all.length ? pinyin(ch, { toneType: 'num' }) : '';
    r = { tone: usual, plain: toneless(usual), all: [...new Set(all.map(toneless))] };
    memo.set(ch, r);
  }
  return r;
}

/** Step 1 and 2: the folded form, decorations included. */
export function foldName(name: string): string {
  let out = '';
  for (const ch of fold(name.trim())) out += VARIANTS.get(ch) ?? ch;
  return out;
}

/** Step 3: decorations off both ends, longest first, as long as a core of MIN_CORE remains. */
export function stripDecorations(folded: string): { core: string; decorations: string[] } {
  let core = folded;
  const decorations: string[] = [];
  for (let changed = true; changed;) {
    changed = false;
    for (const d of DECORATION_SUFFIXES) {
      if (core.endsWith(d) && Array.from(core).length - Array.from(d).length >= MIN_CORE) {
        core = core.slice(0, core.length - d.length);
        decorations.push(d);
        changed = true;
        break;
      }
    }
    for (const d of DECORATION_PREFIXES) {
      if (core.startsWith(d) && Array.from(core).length - Array.from(d).length >= MIN_CORE) {
        core = core.slice(d.length);
        decorations.push(d);
        changed = true;
        break;
      }
    }
  }
  return { core, decorations };
}

/** Step 4. */
export function tokenize(core: string): Token[] {
  const out: Token[] = [];
  let run = '';
  const flush = () => {
    if (run)
      out.push({ text: run, latin: true, admin: false, look: run, tone: '', plain: run, readings: [run] });
    run = '';
  };
  for (const ch of core) {
    if (LATIN.test(ch)) {
      run += ch;
      continue;
    }
    flush();
    const r = readingsOf(ch);
    out.push({
      text: ch,
      latin: false,
      admin: ADMIN_CHARS.has(ch),
      look: LOOKALIKE_CLASS.get(ch) ?? ch,
      tone: r.tone,
      plain: r.plain,
      readings: r.all,
    });
  }
  flush();
  return out;
}

export function normalizeName(name: string): NormalizedName {
  const trimmed = name.trim();
  const folded = foldName(trimmed);
  const { core, decorations } = stripDecorations(folded);
  const tokens = tokenize(core);
  return {
    trimmed,
    folded,
    core,
    decorations,
    tokens,
    fullTokens: core === folded ? tokens : tokenize(folded),
  };
}
