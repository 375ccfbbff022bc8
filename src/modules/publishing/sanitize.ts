/**
 * Article rich text: what survives into stored HTML. Every write of `body_html` goes through
 * `sanitizeArticleHtml`; the public page then prints it as is, so this allow-list is the only
 * thing standing between an editor's paste and a citizen's browser.
 */
import sanitizeHtml from 'sanitize-html';

/** Image sources we serve ourselves, or any https image (http would be mixed content). */
function isAllowedImageSrc(src: string | undefined): boolean {
  if (!src) return false;
  return (
    /^\/media\/[0-9a-f]{2}\/[0-9a-f]{64}\.(jpg|png|gif|webp)$/.test(src) || /^https:\/\/[^\s/]/i.test(src)
  );
}

function isAllowedHref(href: string | undefined): boolean {
  return !!href && /^(https?:\/\/[^\s/]|mailto:)/i.test(href);
}

// A few presentational styles editors of government accounts actually use; no url(),
// no position, no sizes that could cover the page.
const COLOR = [/^#[0-9a-f]{3,8}$/i, /^rgba?\(\s*[\d.\s,%]+\)$/i];
const ALIGN = [/^(left|right|center|justify)$/];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'h2',
    'h3',
    'h4',
    'strong',
    'em',
    'u',
    's',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'img',
    'figure',
    'figcaption',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'span',
    'section',
    'hr',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'alt'],
    th: ['colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
    p: ['style'],
    span: ['style'],
    section: ['style'],
  },
  allowedStyles: {
    '*': { color: COLOR, 'background-color': COLOR, 'text-align': ALIGN },
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Headings above h2 belong to the page (the title is the h1); b/i are common in pastes.
  transformTags: {
    h1: 'h2',
    b: 'strong',
    i: 'em',
    strike: 's',
    del: 's',
    div: 'p',
    a: (tagName, attribs) => {
      const href = attribs.href?.trim();
      if (!isAllowedHref(href)) return { tagName, attribs: {} };
      const out: Record<string, string> = {
        href: href!,
        rel: 'noopener noreferrer nofollow',
        target: '_blank',
      };
      if (attribs.title) out.title = attribs.title;
      return { tagName, attribs: out };
    },
  },
  exclusiveFilter: (frame) => frame.tag === 'img' && !isAllowedImageSrc(frame.attribs.src),
};

export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Plain text of already-sanitised HTML (well-formed, so a tag regex is exact here). */
export function htmlToText(sanitised: string): string {
  const spaced = sanitised.replace(
    /<(br|\/p|\/h[2-4]|\/li|\/blockquote|\/figcaption|\/td|\/th|\/tr|\/section)\b[^>]*>/gi,
    ' ',
  );
  return decodeEntities(spaced.replace(/<[^>]*>/g, ''))
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim();
}

/** True when nothing a reader could see is left: no text and no image. */
export function isEmptyBody(sanitised: string): boolean {
  return htmlToText(sanitised) === '' && !/<img\b/i.test(sanitised);
}

export const SUMMARY_MAX = 120;

/** The summary shown on cards when the editor wrote none: the body's first sentences. */
export function deriveSummary(sanitised: string): string {
  const chars = [...htmlToText(sanitised)];
  if (chars.length <= SUMMARY_MAX) return chars.join('');
  return `${chars.slice(0, SUMMARY_MAX - 1).join('')}…`;
}
