/**
 * HTTP byte ranges (RFC 9110 §14), for media served to browsers: video and audio players
 * fetch and seek by ranges (Safari will not play them otherwise).
 */

export interface ByteRange {
  start: number;
  /** Inclusive. */
  end: number;
}

/** `bytes=a-b`, `bytes=a-` or `bytes=-n`; several ranges are answered with the whole file. */
export function parseRange(header: string | undefined, size: number): ByteRange | 'unsatisfiable' | null {
  const m = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!m || (m[1] === '' && m[2] === '')) return null;
  let start: number;
  let end: number;
  if (m[1] === '') {
    start = Math.max(0, size - Number(m[2]));
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  if (start >= size || start > end) return 'unsatisfiable';
  return { start, end };
}
