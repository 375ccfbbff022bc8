/**
 * Small HTML helpers of the article editor. (Pasted HTML is cleaned by the editor's schema —
 * TipTap keeps only the nodes it knows — and the server sanitises again on save.)
 */

/** http(s) and mailto links; with `allowRelative`, also paths on this site (our media). */
export function safeUrl(url: string, allowRelative: boolean): string | null {
  const u = url.trim();
  if (/^https?:\/\/[^\s/]/i.test(u) || /^mailto:/i.test(u)) return u;
  if (allowRelative && u.startsWith('/') && !u.startsWith('//')) return u;
  return null;
}

/** True when the editor holds no text and no image or player. */
export function isBlank(html: string): boolean {
  if (/<(img|video|audio)\b/i.test(html)) return false;
  return (
    html
      .replace(/<[^>]*>/g, '')
      .replace(/&nbsp;/g, ' ')
      .trim() === ''
  );
}
