/** The SQL of citizens' uploads (conversation_media) and of who may fetch them. */
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Schema } from '../../db/schema.js';
import type { ConversationMediaTable } from '../../db/tables/conversations.js';

export type CitizenMediaRow = Selectable<ConversationMediaTable>;

export class CitizenMediaRepository {
  constructor(private readonly k: Kysely<Schema>) {}

  /** A citizen's upload for one account; another citizen's or account's id finds nothing. */
  findOwned(id: number, citizenId: number, accountId: number): Promise<CitizenMediaRow | undefined> {
    return this.k
      .selectFrom('conversation_media')
      .selectAll()
      .where('id', '=', id)
      .where('citizen_id', '=', citizenId)
      .where('account_id', '=', accountId)
      .executeTakeFirst();
  }

  find(id: number): Promise<CitizenMediaRow | undefined> {
    return this.k.selectFrom('conversation_media').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findByHash(citizenId: number, accountId: number, sha256: string): Promise<CitizenMediaRow | undefined> {
    return this.k
      .selectFrom('conversation_media')
      .selectAll()
      .where('citizen_id', '=', citizenId)
      .where('account_id', '=', accountId)
      .where('sha256', '=', sha256)
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
  }

  insert(values: Insertable<ConversationMediaTable>): Promise<CitizenMediaRow> {
    return this.k.insertInto('conversation_media').values(values).returningAll().executeTakeFirstOrThrow();
  }

  /**
   * The accounts whose staff may see this upload: the one it was sent to, and every account
   * now holding a conversation that contains it (a transfer takes the media along).
   */
  async accountsHolding(media: CitizenMediaRow): Promise<Array<{ id: number; region_code: string }>> {
    const rows = await this.k
      .selectFrom('accounts')
      .select(['accounts.id', 'accounts.region_code'])
      .where((eb) =>
        eb.or([
          eb('accounts.id', '=', media.account_id),
          eb(
            'accounts.id',
            'in',
            eb
              .selectFrom('conversation_messages as m')
              .innerJoin('conversations as c', 'c.id', 'm.conversation_id')
              .select('c.account_id')
              .where('m.citizen_media_id', '=', media.id),
          ),
        ]),
      )
      .execute();
    return rows;
  }
}
