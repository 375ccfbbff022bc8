import { describe, expect, it } from 'vitest';
import { acceptableEndpoint } from './endpoint.js';

const prod = { allowLoopback: false };

describe('push endpoints the server will post to', () => {
  it('accepts the public https push services', () => {
    for (const e of [
      'https://fcm.googleapis.com/fcm/send/abc:def',
      'https://updates.push.services.mozilla.com/wpush/v2/gAAA',
      'https://web.push.apple.com/QGz',
      'https://wns2-by3p.notify.windows.com/w/?token=x',
      'https://8.8.8.8/push',
      'https://[2001:4860:4860::8888]/push',
    ])
      expect(acceptableEndpoint(e, prod), e).toBe(true);
  });

  it('refuses plain http, private and reserved addresses, internal names and credentials', () => {
    for (const e of [
      'http://fcm.googleapis.com/fcm/send/abc',
      'https://127.0.0.1/x',
      'https://10.1.2.3/x',
      'https://172.20.0.5/x',
      'https://192.168.1.1/x',
      'https://169.254.169.254/latest/meta-data',
      'https://100.64.0.1/x',
      'https://0.0.0.0/x',
      'https://[::1]/x',
      'https://[fd00::1]/x',
      'https://[fe80::1]/x',
      'https://[::ffff:10.0.0.1]/x',
      'https://localhost/x',
      'https://intranet/x',
      'https://db.internal/x',
      'https://printer.local/x',
      'https://user:pw@fcm.googleapis.com/x',
      'ftp://fcm.googleapis.com/x',
      'not a url',
    ])
      expect(acceptableEndpoint(e, prod), e).toBe(false);
  });

  it('plain http to loopback only when local test push services are allowed', () => {
    expect(acceptableEndpoint('http://127.0.0.1:8123/sub/1', prod)).toBe(false);
    expect(acceptableEndpoint('http://127.0.0.1:8123/sub/1', { allowLoopback: true })).toBe(true);
    expect(acceptableEndpoint('http://[::1]:8123/sub/1', { allowLoopback: true })).toBe(true);
    // Still only loopback: allowing it opens nothing else.
    expect(acceptableEndpoint('http://10.0.0.1/sub/1', { allowLoopback: true })).toBe(false);
  });
});
