/**
 * Follow QR codes with scene parameters (PRODUCT.md §3): a poster in a service hall carries a
 * code that opens the account's profile in the citizen app with `?scene=hall-1`; the profile
 * passes the scene on to the follow call, so the follower list and the statistics show which
 * poster or hall each follower came from.
 */
import QRCode from 'qrcode';

/** Scene names: what a poster can carry in a URL without escaping, as in WeChat's scene_str. */
export const SCENE_PATTERN = '^[A-Za-z0-9_-]{1,64}$';

export type QrFormat = 'svg' | 'png';

export const QR_CONTENT_TYPES: Record<QrFormat, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
};

/**
 * The text a follow QR code encodes: the citizen app's profile page of the account with the
 * scene in its query string. `origin` is scheme + host (`https://zw.example.gov.cn`).
 */
export function followUrl(origin: string, handle: string, scene: string): string {
  const base = origin.replace(/\/+$/, '');
  return `${base}/accounts/${encodeURIComponent(handle)}?scene=${encodeURIComponent(scene)}`;
}

/**
 * Renders the code. Error correction M survives a scuffed or partly covered poster; the
 * PNG is 1024 px wide so it prints sharply at poster size; the quiet zone is the 2 modules
 * phone scanners need.
 */
export async function renderFollowQr(text: string, format: QrFormat): Promise<string | Buffer> {
  const common = { errorCorrectionLevel: 'M' as const, margin: 2 };
  return format === 'svg'
    ? QRCode.toString(text, { ...common, type: 'svg' })
    : QRCode.toBuffer(text, { ...common, type: 'png', width: 1024 });
}

/** `qrcode-<handle>-<scene>.<ext>`: handles and scenes are already filename-safe. */
export function qrFilename(handle: string, scene: string, format: QrFormat): string {
  return `qrcode-${handle}-${scene}.${format}`;
}
