/**
 * The offline verifier shipped in docs/SIGNING.md, run as a reader would run it: extracted from
 * the document, loaded as a module with nothing but the platform's WebCrypto, and given a real
 * bundle and the key list from the API.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { signedArticle } from './testing.js';

type Verifier = (
  bundle: unknown,
  keys: unknown,
) => Promise<{ valid: boolean; reason?: string; content?: { bodyHtml: string } }>;

async function loadVerifier(): Promise<Verifier> {
  const doc = fs.readFileSync(new URL('../../../docs/SIGNING.md', import.meta.url), 'utf8');
  const m = /<!-- offline-verifier:start -->\s*```js\n([\s\S]*?)```\s*<!-- offline-verifier:end -->/.exec(
    doc,
  );
  if (!m) throw new Error('docs/SIGNING.md has no offline verifier block');
  expect(m[1]).not.toMatch(/\bimport\b|\brequire\(/);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zw-verify-')), 'verify.mjs');
  fs.writeFileSync(file, m[1]!);
  const mod = (await import(pathToFileURL(file).href)) as { verifyZhengweiBundle: Verifier };
  return mod.verifyZhengweiBundle;
}

describeEachDatabase('offline verification with the documented snippet', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  let verifyOffline: Verifier;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
    verifyOffline = await loadVerifier();
  });
  afterAll(async () => {
    await deps?.outbox.stop();
    await app?.close();
  });

  const keys = async () =>
    (await app.inject({ method: 'GET', url: '/.well-known/zhengwei-signing-keys.json' })).json();
  const bundleOf = async (code: string) =>
    (await app.inject({ method: 'GET', url: `/api/signing/bundles/${code}` })).json<{
      payload: string;
      signature: string;
    }>();

  it('a real bundle verifies against the published keys; a tampered one does not', async () => {
    const { card } = await signedArticle(app, ctx.db, deps);
    const bundle = await bundleOf(card.signature!.code);
    const good = await verifyOffline(bundle, await keys());
    expect(good.valid).toBe(true);
    expect(good.content!.bodyHtml).toContain('工作日');

    const tampered = { ...bundle, payload: bundle.payload.replace('工作日', '周末') };
    expect(await verifyOffline(tampered, await keys())).toEqual({
      valid: false,
      reason: 'the signature does not match the content',
    });
    const forgedSignature = { ...bundle, signature: `${bundle.signature.slice(0, -4)}AAAA` };
    expect((await verifyOffline(forgedSignature, await keys())).valid).toBe(false);
  });

  it('a bundle signed with a key revoked since is refused offline', async () => {
    const { account, admin, card } = await signedArticle(app, ctx.db, deps);
    const bundle = await bundleOf(card.signature!.code);
    const res = await app.inject({
      method: 'POST',
      url: `/api/console/accounts/${account.id}/signing/keys/${card.signature!.keyId}/revoke`,
      headers: admin.headers,
      payload: { reason: '密钥泄露' },
    });
    expect(res.statusCode).toBe(200);
    const result = await verifyOffline(bundle, await keys());
    expect(result.valid).toBe(false);
    expect(result.reason).toContain('revoked');

    // Re-signed under the new key, the same code's new bundle verifies offline again.
    await deps.jobs.runDue();
    expect((await verifyOffline(await bundleOf(card.signature!.code), await keys())).valid).toBe(true);
  });
});
