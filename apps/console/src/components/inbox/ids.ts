/**
 * An idempotency key for one send (8–64 of [A-Za-z0-9_-]). crypto.getRandomValues works on
 * plain-http intranet addresses too, where crypto.randomUUID does not exist.
 */
export function newClientId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return 'c' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
