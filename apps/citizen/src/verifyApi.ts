/** Typed calls of content verification (docs/API.md "Signed content", docs/SIGNING.md). */
import { api } from '../../shared/http';
import type { ApiResponse } from '../../shared/types';

export type Verification = ApiResponse<'/api/signing/verify', 'get'>;
export type VerificationStatus = Verification['status'];

/** Looks up by link, publication id or code; with `copy`, also checks a pasted copy. */
export function verifyContent(q: string, copy?: string): Promise<Verification> {
  const text = copy?.trim();
  return text
    ? api<Verification>('POST', '/api/signing/verify', { q, copy: text })
    : api<Verification>('GET', `/api/signing/verify?q=${encodeURIComponent(q)}`);
}

/** ABCDE-FGHJK, however the code was typed. */
export function formatCode(code: string): string {
  const c = code.replace(/[\s-]/g, '').toUpperCase();
  return c.length === 10 ? `${c.slice(0, 5)}-${c.slice(5)}` : code;
}

/** A small SVG QR code of `text` (the qrcode library is loaded only when one is drawn). */
export async function qrSvg(text: string): Promise<string> {
  const { default: QRCode } = await import('qrcode');
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
}
