/** Route schemas of signed content (docs/API.md "Signed content"). */
import { Type } from 'typebox';
import { AccountCard } from '../accounts/card.js';

const tags = ['signing'];
const Nullable = <T extends ReturnType<typeof Type.Integer> | ReturnType<typeof Type.String>>(t: T) =>
  Type.Union([t, Type.Null()]);
const Ms = Type.Integer({ description: 'epoch ms' });

const PublicKey = Type.Object({
  keyId: Type.String({ description: 'first 16 hex digits of SHA-256 of the raw public key' }),
  algorithm: Type.Literal('Ed25519'),
  publicKey: Type.String({ description: 'raw 32-byte Ed25519 public key, base64url' }),
  fingerprint: Type.String(),
  validFrom: Ms,
  validUntil: Nullable(Ms),
  revokedAt: Nullable(Ms),
  compromisedFrom: Nullable(Ms),
  revocationReason: Nullable(Type.String()),
});

const PublishedKey = Type.Object({
  ...PublicKey.properties,
  account: Type.Object({ id: Type.Integer(), handle: Type.String(), name: Type.String() }),
});

export const KeyList = Type.Object({
  format: Type.Literal('zhengwei-signing-keys/1'),
  generatedAt: Ms,
  keys: Type.Array(PublishedKey),
});

const Bundle = Type.Object({
  format: Type.String(),
  algorithm: Type.Literal('Ed25519'),
  keyId: Type.String(),
  payload: Type.String({ description: 'the canonical text that was signed (docs/SIGNING.md)' }),
  signature: Type.String({ description: 'base64url' }),
});

const Status = Type.Union([
  Type.Literal('intact'),
  Type.Literal('altered'),
  Type.Literal('revoked'),
  Type.Literal('withdrawn'),
  Type.Literal('not_found'),
  Type.Literal('not_signed'),
  Type.Literal('suspended'),
]);

const Verification = Type.Object({
  status: Status,
  code: Nullable(Type.String({ description: 'ABCDE-FGHJK' })),
  subject: Type.Union([
    Type.Object({
      kind: Type.Union([Type.Literal('article'), Type.Literal('reply'), Type.Literal('alert')]),
      id: Type.Integer(),
    }),
    Type.Null(),
  ]),
  article: Type.Union([
    Type.Object({
      id: Type.Integer(),
      slug: Type.String(),
      title: Nullable(Type.String()),
      url: Type.String(),
      publishedAt: Ms,
      revisedAt: Nullable(Ms),
    }),
    Type.Null(),
  ]),
  withdrawnAt: Nullable(Ms),
  publisher: Type.Union([
    Type.Object({ ...AccountCard.properties, verifiedName: Nullable(Type.String()) }),
    Type.Null(),
  ]),
  signedAt: Nullable(Ms),
  version: Nullable(Type.Integer()),
  signatureValid: Type.Boolean(),
  key: Type.Union([PublicKey, Type.Null()]),
  differences: Type.Array(
    Type.Object({ field: Type.String(), signed: Type.String(), current: Type.String() }),
  ),
  copy: Type.Union([
    Type.Object({
      kind: Type.Union([Type.Literal('text'), Type.Literal('bundle')]),
      matches: Type.Boolean(),
      reason: Type.Union([
        Type.Literal('bad_signature'),
        Type.Literal('superseded'),
        Type.Literal('different'),
        Type.Null(),
      ]),
      differences: Type.Array(Type.Object({ copy: Type.String(), original: Nullable(Type.String()) })),
    }),
    Type.Null(),
  ]),
  bundle: Type.Union([Bundle, Type.Null()]),
});

const Query = Type.String({
  minLength: 1,
  maxLength: 2000,
  description: 'a public article link, /v/<code> link, publication id or verification code',
});

export const verifyGetSchema = {
  tags,
  summary: 'Verify signed content by link, id or code (public)',
  querystring: Type.Object({ q: Query }),
  response: { 200: Verification },
};

export const verifyPostSchema = {
  tags,
  summary: 'Verify signed content and check a copy (text or signed bundle) against it (public)',
  body: Type.Object(
    {
      q: Query,
      copy: Type.Optional(Type.String({ maxLength: 200_000, description: 'pasted text or bundle JSON' })),
    },
    { additionalProperties: false },
  ),
  response: { 200: Verification },
};

export const keysSchema = {
  tags,
  summary: 'Every public signing key with its validity (public)',
  response: { 200: KeyList },
};

export const bundleSchema = {
  tags,
  summary: 'The signed bundle of a verification code, for offline verification (public)',
  params: Type.Object({ code: Type.String({ minLength: 1, maxLength: 40 }) }),
  response: { 200: Bundle },
};

const AccountParams = Type.Object({ accountId: Type.Integer({ minimum: 1, maximum: 2147483647 }) });
const AdminKey = Type.Object({ ...PublicKey.properties, createdAt: Ms, current: Type.Boolean() });

export const listKeysSchema = {
  tags,
  summary: "An account's signing keys (console)",
  params: AccountParams,
  response: {
    200: Type.Object({
      verified: Type.Boolean(),
      current: Type.Union([AdminKey, Type.Null()]),
      keys: Type.Array(AdminKey),
    }),
  },
};

export const rotateKeySchema = {
  tags,
  summary: "Rotate the account's signing key (account admins)",
  params: AccountParams,
  response: { 201: AdminKey },
};

export const revokeKeySchema = {
  tags,
  summary: 'Revoke a compromised signing key (account admins); live content is re-signed',
  params: Type.Object({ ...AccountParams.properties, keyId: Type.String({ pattern: '^[0-9a-f]{16}$' }) }),
  body: Type.Object(
    {
      reason: Type.String({ minLength: 1, maxLength: 200 }),
      compromisedFrom: Type.Optional(Nullable(Ms)),
    },
    { additionalProperties: false },
  ),
  response: { 200: Type.Object({ revoked: AdminKey, replacement: Type.Union([AdminKey, Type.Null()]) }) },
};
