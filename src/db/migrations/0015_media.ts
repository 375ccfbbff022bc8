import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';

/**
 * Media beyond images (video, audio, attachments) and what the editor needs to show them
 * without fetching the file:
 *
 * - kind: 'image' | 'video' | 'audio' | 'attachment' (existing rows are all images).
 * - original_name: the file name as uploaded (attachments are linked by it), trimmed.
 * - width, height: pixels of the stored image (after the server resized it).
 * - thumb_key: storage key of a ~360 px WebP thumbnail (images only).
 */
export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .alterTable('media')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('image'))
    .execute();
  await db.schema.alterTable('media').addColumn('original_name', 'text').execute();
  await db.schema.alterTable('media').addColumn('width', 'integer').execute();
  await db.schema.alterTable('media').addColumn('height', 'integer').execute();
  await db.schema.alterTable('media').addColumn('thumb_key', 'text').execute();
}
