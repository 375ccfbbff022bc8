/**
 * What a citizen may paste to find signed content: a public article link (/a/<slug>), the
 * app's reader link (/read/<slug>), a verification link (/v/<code>, /verify/<code>), a
 * publication id, or the 10-character code typed by hand.
 */
import { CODE_LENGTH, normalizeCode } from './code.js';

export type Lookup = { by: 'code'; code: string } | { by: 'slug'; slug: string } | { by: 'id'; id: number };

const SLUG = /^[A-Za-z0-9_-]{1,64}$/;

export function parseLookup(raw: string): Lookup | null {
  const input = raw.trim();
  if (!input) return null;
  if (input.includes('/')) {
    let path: string;
    try {
      path = new URL(input, 'https://zhengwei.invalid').pathname;
    } catch {
      return null;
    }
    const m = /^\/(v|verify|a|read)\/([^/]+)\/?$/.exec(path);
    if (!m) return null;
    const value = decodeURIComponent(m[2]!);
    if (m[1] === 'v' || m[1] === 'verify') {
      const code = normalizeCode(value);
      return code ? { by: 'code', code } : null;
    }
    return SLUG.test(value) ? { by: 'slug', slug: value } : null;
  }
  const compact = input.replace(/[\s\-_]/g, '');
  if (/^\d{1,12}$/.test(compact) && compact.length !== CODE_LENGTH) return { by: 'id', id: Number(compact) };
  const code = normalizeCode(input);
  if (code) return { by: 'code', code };
  return SLUG.test(input) ? { by: 'slug', slug: input } : null;
}
