import { beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases.js';
import { GroupCommit } from './groupCommit.js';
import type { CommittedEvent } from './outbox.js';

/** An outbox stand-in that records what it was handed to publish. */
function recordingOutbox() {
  const published: CommittedEvent[][] = [];
  return { published, publishCommitted: async (events: CommittedEvent[]) => void published.push(events) };
}

describeEachDatabase('group commit', (ctx) => {
  beforeEach(async () => {
    await ctx.db.k.deleteFrom('meta').where('key', 'like', 'gc-%').execute();
    await ctx.db.k.deleteFrom('outbox').execute();
  });

  const metaKeys = async () =>
    (
      await ctx.db.k.selectFrom('meta').select('key').where('key', 'like', 'gc-%').orderBy('key').execute()
    ).map((r) => r.key);

  it('units sent together all commit, each answers its own value, and their events get outbox ids', async () => {
    const outbox = recordingOutbox();
    const commits = new GroupCommit(ctx.db, outbox);
    const values = await Promise.all(
      ['gc-a', 'gc-b', 'gc-c'].map((key) =>
        commits.run(async (trx, events) => {
          await trx.insertInto('meta').values({ key, value: '1' }).execute();
          events.push({
            room: 'citizen:1',
            event: 'conversation.removed',
            data: { accountId: 1, conversationId: 2 },
            createdAt: 5,
          });
          return key.toUpperCase();
        }),
      ),
    );

    expect(values).toEqual(['GC-A', 'GC-B', 'GC-C']);
    expect(await metaKeys()).toEqual(['gc-a', 'gc-b', 'gc-c']);
    const rows = await ctx.db.k.selectFrom('outbox').select(['id', 'room']).orderBy('id').execute();
    expect(rows).toHaveLength(3);
    const published = outbox.published.flat();
    expect(published.map((e) => e.id).sort((a, b) => a - b)).toEqual(rows.map((r) => r.id));
  });

  it('a unit that throws rolls back only its own writes and events; the others still commit', async () => {
    const outbox = recordingOutbox();
    const commits = new GroupCommit(ctx.db, outbox);
    const unit = (key: string, fail: boolean) =>
      commits.run(async (trx, events) => {
        await trx.insertInto('meta').values({ key, value: '1' }).execute();
        events.push({
          room: 'citizen:1',
          event: 'conversation.removed',
          data: { accountId: 1, conversationId: 2 },
          createdAt: 5,
        });
        if (fail) throw new Error(`refused ${key}`);
        return key;
      });
    const results = await Promise.allSettled([unit('gc-1', false), unit('gc-2', true), unit('gc-3', false)]);

    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe('refused gc-2');
    expect(await metaKeys()).toEqual(['gc-1', 'gc-3']);
    expect(outbox.published.flat()).toHaveLength(2);
    expect(await ctx.db.k.selectFrom('outbox').select('id').execute()).toHaveLength(2);
  });

  it('a database error in one unit (a duplicate key) leaves the batch usable for the next units', async () => {
    const commits = new GroupCommit(ctx.db, recordingOutbox());
    const insert = (key: string) =>
      commits.run(async (trx) => {
        await trx.insertInto('meta').values({ key, value: '1' }).execute();
        return key;
      });
    const results = await Promise.allSettled([insert('gc-x'), insert('gc-x'), insert('gc-y')]);

    // One of the two gc-x units wins (on PostgreSQL they race in separate transactions).
    expect(
      results
        .slice(0, 2)
        .map((r) => r.status)
        .sort(),
    ).toEqual(['fulfilled', 'rejected']);
    expect(results[2]!.status).toBe('fulfilled');
    expect(await metaKeys()).toEqual(['gc-x', 'gc-y']);
  });

  // PostgreSQL gives every unit its own transaction (groupCommit.ts), so only SQLite batches.
  if (ctx.dialect === 'sqlite')
    it('on SQLite, units sent in one turn of the event loop share one transaction (one commit)', async () => {
      const commits = new GroupCommit(ctx.db, recordingOutbox());
      const seen = await Promise.all([1, 2, 3].map(() => commits.run(async (trx) => trx)));
      expect(new Set(seen).size).toBe(1);
    });

  if (ctx.dialect === 'sqlite')
    it('on SQLite, a later unit of the batch sees what an earlier one wrote before the commit', async () => {
      const commits = new GroupCommit(ctx.db, recordingOutbox());
      const [, seen] = await Promise.all([
        commits.run((trx) => trx.insertInto('meta').values({ key: 'gc-first', value: 'v' }).execute()),
        commits.run(
          async (trx) =>
            (await trx.selectFrom('meta').select('value').where('key', '=', 'gc-first').executeTakeFirst())
              ?.value,
        ),
      ]);
      expect(seen).toBe('v');
    });

  it('nothing is published before the commit, and a unit is answered only after it', async () => {
    const outbox = recordingOutbox();
    const commits = new GroupCommit(ctx.db, outbox);
    let publishedWhenAnswered = -1;
    let storedWhenAnswered = false;
    await commits
      .run(async (trx, events) => {
        await trx.insertInto('meta').values({ key: 'gc-durable', value: '1' }).execute();
        events.push({
          room: 'citizen:1',
          event: 'conversation.removed',
          data: { accountId: 1, conversationId: 2 },
          createdAt: 5,
        });
        expect(outbox.published).toHaveLength(0);
      })
      .then(async () => {
        publishedWhenAnswered = outbox.published.flat().length;
        // A second connection (PostgreSQL) or the same one after commit (SQLite) sees the row.
        storedWhenAnswered = (await metaKeys()).includes('gc-durable');
      });
    expect(publishedWhenAnswered).toBe(1);
    expect(storedWhenAnswered).toBe(true);
  });
});
