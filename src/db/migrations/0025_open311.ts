import type { Kysely } from 'kysely';

/**
 * Open311 GeoReport v2 (issue "Cases"): what a service request brings beyond a case.
 *
 * - cases.media_url: the URL of a photo the Open311 client published itself (`media_url` of
 *   POST requests). It is the client's public link, returned as given; the platform's own
 *   attachments stay private and are never exposed through Open311.
 * - cases.open311_attributes: the answers to the service definition's attributes, JSON
 *   `{"CODE": "value" | ["v1", "v2"]}` (the case description also lists them for staff).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('cases').addColumn('media_url', 'text').execute();
  await db.schema.alterTable('cases').addColumn('open311_attributes', 'text').execute();
}
