/**
 * The canonical form of signed content (docs/SIGNING.md is the normative description; keep
 * the two in step). A payload is a JSON object serialised with its keys sorted at every level
 * and no insignificant whitespace — RFC 8785 (JCS) for the values used here: strings,
 * integers, booleans, null, arrays and objects (no floating-point numbers occur). Strings are
 * serialised as ECMAScript's JSON.stringify does, which is what RFC 8785 prescribes.
 */

export const PAYLOAD_FORMAT = 'zhengwei-signed/1';

export type Canonical = string | number | boolean | null | Canonical[] | { [key: string]: Canonical };

export function canonicalJson(value: Canonical): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isSafeInteger(value))
      throw new Error('canonical payloads carry integers only');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k]!)}`).join(',')}}`;
}

/** Who signed: the account as it was at signing time. */
export interface SignedPublisher {
  id: number;
  handle: string;
  verifiedName: string;
}

/**
 * What the citizen sees of a publication — the fields a verifier compares with the live
 * content. Everything else in a payload (publisher, code, key, time) says who vouched for it.
 */
export interface ArticleContent {
  title: string;
  summary: string;
  author: string;
  /** The sanitised HTML served to the public (sanitize.ts), byte for byte. */
  bodyHtml: string;
  /** Public URL of the cover image, or null. */
  cover: string | null;
  /** Media the body references (images, video, audio, attachments), in order of appearance. */
  media: string[];
  publishedAt: number;
  /** When an approved correction replaced the text, else null. */
  revisedAt: number | null;
  /** The article's version number (corrections raise it). */
  revision: number;
  /** Public page of the publication, /a/<slug>. */
  url: string;
}

/** An automatic reply's article card (news card): the fields a citizen's chat shows. */
export interface ReplyCardContent {
  ruleId: number;
  cards: Array<{ title: string; summary: string; url: string; cover: string | null }>;
}

export type SubjectContent =
  | { kind: 'article'; content: ArticleContent }
  | { kind: 'reply'; content: ReplyCardContent }
  | { kind: 'alert'; content: Record<string, Canonical> };

export interface PayloadFields {
  kind: SubjectContent['kind'];
  subjectId: number;
  publisher: SignedPublisher;
  content: Record<string, Canonical>;
  code: string;
  keyId: string;
  signedAt: number;
}

export function buildPayload(f: PayloadFields): string {
  return canonicalJson({
    format: PAYLOAD_FORMAT,
    kind: f.kind,
    subjectId: f.subjectId,
    publisher: { ...f.publisher },
    content: f.content,
    code: f.code,
    keyId: f.keyId,
    signedAt: f.signedAt,
  });
}

export function parsePayload(payload: string): PayloadFields & { format: string } {
  return JSON.parse(payload) as PayloadFields & { format: string };
}

/** Media URLs an article body references, in order, each once. */
export function bodyMedia(html: string): string[] {
  const seen = new Set<string>();
  for (const m of html.matchAll(/\s(?:src|href|poster)="([^"]+)"/g)) {
    const url = m[1]!.replace(/&amp;/g, '&');
    if (url.startsWith('/media/')) seen.add(url);
  }
  return [...seen];
}

/** Canonical-ready object of article content (the interface's fields, nothing else). */
export function articleContent(c: ArticleContent): Record<string, Canonical> {
  return {
    title: c.title,
    summary: c.summary,
    author: c.author,
    bodyHtml: c.bodyHtml,
    cover: c.cover,
    media: [...c.media],
    publishedAt: c.publishedAt,
    revisedAt: c.revisedAt,
    revision: c.revision,
    url: c.url,
  };
}
