/**
 * The "verify this account" QR code for posters and service halls: it opens the account's
 * verification page in the citizen app, where the badge, verified name, validity and credit
 * code are read from the platform — not from the poster. Rendered like the follow codes.
 */
import { renderFollowQr, type QrFormat } from '../follows/qrcode.js';

export function renderVerifyQr(url: string, format: QrFormat): Promise<string | Buffer> {
  return renderFollowQr(url, format);
}
