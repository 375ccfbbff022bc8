/**
 * Cleans HTML pasted into the article editor (Word, WPS and web pages bring fonts, classes
 * and scripts). The server sanitises again on save; this keeps what the editor shows equal
 * to what will be published.
 */
const KEEP = new Set([
  'P',
  'BR',
  'STRONG',
  'B',
  'EM',
  'I',
  'U',
  'H2',
  'H3',
  'UL',
  'OL',
  'LI',
  'BLOCKQUOTE',
  'A',
  'IMG',
]);
const DROP = new Set([
  'SCRIPT',
  'STYLE',
  'META',
  'LINK',
  'TITLE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'TEMPLATE',
]);
/** Block containers that become paragraphs rather than vanish, so line structure survives. */
const AS_PARAGRAPH = new Set(['DIV', 'SECTION', 'ARTICLE', 'H1', 'H4', 'H5', 'H6', 'PRE', 'TR']);

export function safeUrl(url: string, allowRelative: boolean): string | null {
  const u = url.trim();
  if (/^https?:\/\//i.test(u) || /^mailto:/i.test(u)) return u;
  if (allowRelative && u.startsWith('/') && !u.startsWith('//')) return u;
  return null;
}

function cleanNode(node: Node, doc: Document): Node[] {
  if (node.nodeType === Node.TEXT_NODE) return [doc.createTextNode(node.textContent ?? '')];
  if (node.nodeType !== Node.ELEMENT_NODE) return [];
  const el = node as Element;
  const tag = el.tagName.toUpperCase();
  if (DROP.has(tag)) return [];
  const children = Array.from(el.childNodes).flatMap((c) => cleanNode(c, doc));
  if (KEEP.has(tag)) {
    const out = doc.createElement(tag.toLowerCase());
    if (tag === 'A') {
      const href = safeUrl(el.getAttribute('href') ?? '', false);
      if (!href) return children;
      out.setAttribute('href', href);
    }
    if (tag === 'IMG') {
      const src = safeUrl(el.getAttribute('src') ?? '', true);
      if (!src) return [];
      out.setAttribute('src', src);
      const alt = el.getAttribute('alt');
      if (alt) out.setAttribute('alt', alt);
    }
    out.append(...children);
    return [out];
  }
  if (AS_PARAGRAPH.has(tag)) {
    const p = doc.createElement('p');
    p.append(...children);
    return [p];
  }
  return children;
}

export function cleanHtml(html: string): string {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const box = document.createElement('div');
  box.append(...Array.from(parsed.body.childNodes).flatMap((n) => cleanNode(n, document)));
  // Word leaves empty paragraphs everywhere.
  for (const p of Array.from(box.querySelectorAll('p')))
    if (!p.textContent?.trim() && !p.querySelector('img')) p.remove();
  return box.innerHTML;
}

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** True when the editor holds no text and no image. */
export function isBlank(html: string): boolean {
  if (/<img\b/i.test(html)) return false;
  return (
    html
      .replace(/<[^>]*>/g, '')
      .replace(/&nbsp;/g, ' ')
      .trim() === ''
  );
}

const BLOCKS = new Set(['P', 'H2', 'H3', 'UL', 'OL', 'BLOCKQUOTE', 'DIV']);

/**
 * The editor's HTML as it should be stored: only blocks at the top level. Browsers leave
 * bare text after the editor is cleared and nest lists inside <p> (invalid HTML that
 * sanitisers then mangle). Works on a copy so the caret in the live editor stays put.
 */
export function normalizedHtml(root: HTMLElement): string {
  const box = root.cloneNode(true) as HTMLElement;
  for (const p of Array.from(box.querySelectorAll('p'))) {
    if (Array.from(p.children).some((c) => BLOCKS.has(c.tagName))) p.replaceWith(...Array.from(p.childNodes));
  }
  for (const div of Array.from(box.querySelectorAll(':scope > div'))) {
    const p = document.createElement('p');
    p.append(...Array.from(div.childNodes));
    div.replaceWith(p);
  }
  let run: Node[] = [];
  const flush = (before: Node | null) => {
    if (run.some((n) => n.textContent?.trim() || n.nodeName === 'IMG')) {
      const p = document.createElement('p');
      box.insertBefore(p, before);
      p.append(...run);
    } else for (const n of run) n.parentNode?.removeChild(n);
    run = [];
  };
  for (const n of Array.from(box.childNodes)) {
    if (n.nodeType === Node.ELEMENT_NODE && BLOCKS.has((n as Element).tagName)) flush(n);
    else run.push(n);
  }
  flush(null);
  // A lone <br> is how browsers keep an empty paragraph open; stored, it is just noise.
  for (const p of Array.from(box.querySelectorAll('p'))) if (p.innerHTML === '<br>') p.remove();
  return box.innerHTML;
}
