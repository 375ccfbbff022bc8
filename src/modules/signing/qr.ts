/** The small QR code under a public article: it opens the verification page (/v/<code>). */
import QRCode from 'qrcode';

export async function signatureQrSvg(url: string): Promise<string> {
  // Inline SVG: the article page's CSP allows no scripts and the code needs no request.
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
}
