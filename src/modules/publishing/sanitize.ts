/**
 * Article rich text: what survives into stored HTML. Every write of `body_html` goes through
 * `sanitizeArticleHtml`; the public page then prints it as is, so this allow-list is the only
 * thing standing between an editor's paste and a citizen's browser.
 */
import sanitizeHtml from 'sanitize-html';

/** Alignment is the one free style kept (centred subtitles, a signature on the right). */
const ALIGN = [/^(left|right|center|justify)$/];

/** A file we serve ourselves: `/media/ab/<sha256>.<ext>` (the editor's uploads). */
const OUR_MEDIA = /^\/media\/[0-9a-f]{2}\/[0-9a-f]{64}\.([a-z0-9]{2,4})$/;
const IMAGE_EXT = new Set(['jpg', 'png', 'gif', 'webp']);
const VIDEO_EXT = new Set(['mp4', 'webm']);
const AUDIO_EXT = new Set(['mp3', 'm4a', 'ogg', 'wav']);
const PLAYER_EXT = new Set([...VIDEO_EXT, ...AUDIO_EXT]);

function ourMediaOf(src: string | undefined, exts: Set<string>): boolean {
  const m = src ? OUR_MEDIA.exec(src) : null;
  return !!m && exts.has(m[1]!);
}

/** Images we serve ourselves, or any https image (http would be mixed content). */
function isAllowedImageSrc(src: string | undefined): boolean {
  return ourMediaOf(src, IMAGE_EXT) || (!!src && /^https:\/\/[^\s/]/i.test(src));
}

/**
 * Video and audio only from our own media (no hot-linked players, no tracking pixels). A
 * player without `src` may stay: each <source> inside is checked on its own.
 */
function isAllowedPlayerSrc(tag: string, src: string | undefined): boolean {
  return src === undefined || ourMediaOf(src, tag === 'audio' ? AUDIO_EXT : VIDEO_EXT);
}

/** Web and mail links, and our own media (attachments: PDF, Office files). */
function isAllowedHref(href: string | undefined): boolean {
  return !!href && (/^(https?:\/\/[^\s/]|mailto:)/i.test(href) || OUR_MEDIA.test(href));
}

/**
 * A source that survives the scheme check and fails `isAllowedPlayerSrc`, so exclusiveFilter
 * drops the whole player. (Renaming tags in transformTags breaks sanitize-html's closing tags.)
 */
const REFUSED_SRC = 'https://refused.invalid/';

/** Players always get controls (never autoplay, no muted loops) and load only metadata. */
function player(tagName: string, attribs: Record<string, string>) {
  if (!isAllowedPlayerSrc(tagName, attribs.src)) return { tagName, attribs: { src: REFUSED_SRC } };
  const out: Record<string, string> = { controls: 'controls', preload: 'metadata' };
  return { tagName, attribs: attribs.src === undefined ? out : { src: attribs.src, ...out } };
}

/** Pixel sizes: small positive integers only. */
function dimension(v: string | undefined): string | null {
  return v && /^[1-9]\d{0,4}$/.test(v) ? v : null;
}

/**
 * Exactly what the console's editor produces (apps/console/src/components/editor): headings,
 * paragraphs (aligned at most — a notice's signature sits on the right), bold/italic/underline,
 * lists, quotes, rules, links, images with captions, tables, and video/audio players of our
 * own media. Nothing else: no scripts, event handlers, iframes, classes or free styles.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'h2',
    'h3',
    'strong',
    'em',
    'u',
    'blockquote',
    'ul',
    'ol',
    'li',
    'hr',
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
    'video',
    'audio',
    'source',
  ],
  allowedAttributes: {
    a: ['href', 'rel', 'target'],
    img: ['src', 'alt', 'width', 'height'],
    th: ['colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
    p: ['style'],
    h2: ['style'],
    h3: ['style'],
    video: ['src', 'controls', 'preload'],
    audio: ['src', 'controls', 'preload'],
    source: ['src', 'type'],
    ol: ['start'],
  },
  allowedStyles: {
    // Official documents indent each paragraph's first line by two characters.
    p: { 'text-align': ALIGN, 'text-indent': [/^2em$/] },
    h2: { 'text-align': ALIGN },
    h3: { 'text-align': ALIGN },
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'], video: ['https'], audio: ['https'], source: ['https'] },
  selfClosing: ['img', 'br', 'hr', 'source'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Headings above h2 belong to the page (the title is the h1); b/i are common in pastes.
  transformTags: {
    h1: 'h2',
    h4: 'h3',
    b: 'strong',
    i: 'em',
    div: 'p',
    a: (tagName, attribs) => {
      const href = attribs.href?.trim();
      const out: Record<string, string> = isAllowedHref(href)
        ? { href: href!, rel: 'noopener noreferrer nofollow', target: '_blank' }
        : {};
      return { tagName, attribs: out };
    },
    img: (tagName, attribs) => {
      const out: Record<string, string> = { src: attribs.src ?? '' };
      if (attribs.alt) out.alt = attribs.alt;
      const w = dimension(attribs.width);
      const h = dimension(attribs.height);
      if (w && h) Object.assign(out, { width: w, height: h });
      return { tagName, attribs: out };
    },
    video: player,
    audio: player,
    ol: (tagName, attribs) => {
      const out: Record<string, string> = {};
      if (dimension(attribs.start) && attribs.start !== '1') out.start = attribs.start!;
      return { tagName, attribs: out };
    },
  },
  exclusiveFilter: (frame) =>
    (frame.tag === 'img' && !isAllowedImageSrc(frame.attribs.src)) ||
    ((frame.tag === 'video' || frame.tag === 'audio') && !isAllowedPlayerSrc(frame.tag, frame.attribs.src)) ||
    // (<source> is a void element: it is filtered here, not renamed in transformTags.)
    (frame.tag === 'source' && !ourMediaOf(frame.attribs.src, PLAYER_EXT)),
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

/** True when nothing a reader could see is left: no text, image or player. */
export function isEmptyBody(sanitised: string): boolean {
  return htmlToText(sanitised) === '' && !/<(img|video|audio)\b/i.test(sanitised);
}

export const SUMMARY_MAX = 120;

/** The summary shown on cards when the editor wrote none: the body's first sentences. */
export function deriveSummary(sanitised: string): string {
  const chars = [...htmlToText(sanitised)];
  if (chars.length <= SUMMARY_MAX) return chars.join('');
  return `${chars.slice(0, SUMMARY_MAX - 1).join('')}…`;
}
