/**
 * The publication card: how a publication appears in threads, feeds, real-time events and
 * API answers. One presenter, used by publishing (on publish) and the feed (on read).
 */
import type { PublicationsTable } from '../../db/schema.js';
import type { ContentSignature, PublicationCardPayload } from '../../shared/realtime.js';
import type { Selectable } from 'kysely';
import { Type, type Static } from 'typebox';

/** The columns a card shows (the life-cycle columns of 0010 are read where they matter). */
export type PublicationRow = Omit<
  Selectable<PublicationsTable>,
  'withdrawn_at' | 'revised_at' | 'push_id' | 'audience'
> & { account_name: string };

export function publicationUrl(slug: string): string {
  return `/a/${slug}`;
}

export function toPublicationCard(row: PublicationRow): PublicationCardPayload {
  return {
    id: row.id,
    slug: row.slug,
    seq: row.seq,
    accountId: row.account_id,
    accountName: row.account_name,
    title: row.title,
    summary: row.summary,
    coverUrl: row.cover_url,
    publishedAt: row.published_at,
    url: publicationUrl(row.slug),
  };
}

/**
 * The card with its signature, where the caller has one (a release, the article API); feed
 * lists leave it out and the reader fetches the article. (Not a second parameter of
 * toPublicationCard: that one is passed to `Array.map`.)
 */
export function withSignature<T extends PublicationCardPayload>(
  card: T,
  signature: ContentSignature | null,
): T {
  return signature ? { ...card, signature } : card;
}

export const ContentSignatureSchema = Type.Object(
  {
    code: Type.String({ description: '10-character verification code (Crockford base32)' }),
    keyId: Type.String(),
    algorithm: Type.Literal('Ed25519'),
    value: Type.String({ description: 'base64url signature over the canonical payload (docs/SIGNING.md)' }),
    signedAt: Type.Integer({ description: 'epoch ms' }),
    url: Type.String({ description: '/v/<code>: the verification page' }),
  },
  { description: 'The content signature (docs/SIGNING.md)' },
);

export const PublicationCard = Type.Object({
  id: Type.Integer(),
  slug: Type.String(),
  seq: Type.Integer(),
  accountId: Type.Integer(),
  accountName: Type.String(),
  title: Type.String(),
  summary: Type.String(),
  coverUrl: Type.Union([Type.String(), Type.Null()]),
  publishedAt: Type.Integer({ description: 'epoch ms' }),
  url: Type.String({ description: '/a/<slug>' }),
  signature: Type.Optional(ContentSignatureSchema),
});

/**
 * The same card is described twice: as a plain interface in src/shared/realtime.ts (the
 * browser apps import it, so it cannot pull in TypeBox) and as the schema above (HTTP
 * answers and OpenAPI). This line stops the two from drifting apart: it fails to compile
 * unless each is assignable to the other.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const cardShapesAgree: Same<Static<typeof PublicationCard>, PublicationCardPayload> = true;
