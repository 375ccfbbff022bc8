/**
 * The case_attachments queries both sides of a case use: the citizen's (cases/repository.ts)
 * and the departments' (casework/repository.ts). Files of a case come in the order the page
 * shows them: those filed with the case, then each event's, by position.
 */
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Schema } from '../../db/schema.js';
import type { CaseAttachmentsTable } from '../../db/tables/cases.js';

export type AttachmentRow = Selectable<CaseAttachmentsTable>;

export function insertCaseAttachment(
  k: Kysely<Schema>,
  values: Insertable<CaseAttachmentsTable>,
): Promise<AttachmentRow> {
  return k.insertInto('case_attachments').values(values).returningAll().executeTakeFirstOrThrow();
}

export function caseAttachmentRows(k: Kysely<Schema>, caseId: number): Promise<AttachmentRow[]> {
  return k
    .selectFrom('case_attachments')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('event_id')
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export function findCaseAttachment(
  k: Kysely<Schema>,
  caseId: number,
  id: number,
): Promise<AttachmentRow | undefined> {
  return k
    .selectFrom('case_attachments')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('id', '=', id)
    .executeTakeFirst();
}
