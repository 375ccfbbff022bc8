import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../infra/audit.js';
import { buildAccount, buildCitizen, buildStaff } from '../../test/factories.js';
import { describeEachDatabase } from '../../test/databases.js';
import { EMPTY_CALENDAR } from '../responseclock/calendar.js';
import { fileCase, type FileCaseInput } from './file.js';
import { issueOpen311Key } from '../open311/keys.js';
import { henanRegions, routingRule, taxonomy } from './testing.js';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-12-07T02:00:00Z');

describeEachDatabase('filing cases', (ctx) => {
  const base = async (over: Partial<FileCaseInput> = {}): Promise<FileCaseInput> => {
    const cats = await taxonomy(ctx.db);
    const door = over.accountId ?? (await buildAccount(ctx.db)).id;
    const citizen = over.citizenId === undefined ? (await buildCitizen(ctx.db)).id : over.citizenId;
    return {
      accountId: door,
      kind: 'complaint',
      categoryId: cats.get('education')!,
      title: '学校乱收费',
      description: '某中学强制收取补课费',
      contactPreference: 'phone',
      now: NOW,
      calendar: EMPTY_CALENDAR,
      ...over,
      citizenId: citizen,
    };
  };

  describe('at the door', () => {
    it('files a case with a tracking number, the received event, the clock and a notification', async () => {
      const door = await buildAccount(ctx.db);
      const responder = await buildStaff(ctx.db, { roles: [[door.id, 'responder']] });
      const editor = await buildStaff(ctx.db, { roles: [[door.id, 'editor']] });
      const row = await fileCase(ctx.db, await base({ accountId: door.id, title: '  学校乱收费 ' }));
      expect(row.tracking_no).toBe(`SQ20261207-${String(row.id).padStart(6, '0')}`);
      expect(row).toMatchObject({
        title: '学校乱收费',
        status: 'received',
        account_id: door.id,
        filed_account_id: door.id,
        time_basis: 'calendar',
        clock_started_at: NOW,
        due_at: NOW + 48 * HOUR,
        warn_at: NOW + 36 * HOUR,
        statement_due_at: null,
        clock_stage: 'warning',
        clock_next_at: NOW + 36 * HOUR,
      });
      const events = await ctx.db.k
        .selectFrom('case_events')
        .selectAll()
        .where('case_id', '=', row.id)
        .execute();
      expect(events.map((e) => e.kind)).toEqual(['received']);
      const parts = await ctx.db.k
        .selectFrom('case_participants')
        .select(['account_id', 'role'])
        .where('case_id', '=', row.id)
        .execute();
      expect(parts).toEqual([{ account_id: door.id, role: 'handling' }]);
      const notes = await ctx.db.k
        .selectFrom('staff_notifications')
        .select(['user_id', 'kind'])
        .where('account_id', '=', door.id)
        .execute();
      expect(notes).toEqual([{ user_id: responder.id, kind: 'case.received' }]);
      expect(notes.some((n) => n.user_id === editor.id)).toBe(false);
      expect(await verifyAuditChain(ctx.db.k)).toBeNull();
    });

    it('a major category runs 24 hours with a 4-hour first statement', async () => {
      const cats = await taxonomy(ctx.db);
      const row = await fileCase(ctx.db, await base({ categoryId: cats.get('public-safety')! }));
      expect(row).toMatchObject({
        major: 1,
        due_at: NOW + 24 * HOUR,
        statement_due_at: NOW + 4 * HOUR,
        statement_warn_at: NOW + 3 * HOUR,
        clock_stage: 'statement_warning',
        clock_next_at: NOW + 3 * HOUR,
      });
    });

    it("uses the account's own clock for the category, then its account-wide one (not for major matters)", async () => {
      const cats = await taxonomy(ctx.db);
      const door = await buildAccount(ctx.db);
      await ctx.db.k
        .insertInto('case_clock_settings')
        .values([
          {
            account_id: door.id,
            category_id: null,
            due_hours: 72,
            statement_hours: null,
            time_basis: 'calendar',
            warn_percent: 50,
            updated_by: null,
            updated_at: NOW,
          },
          {
            account_id: door.id,
            category_id: cats.get('health')!,
            due_hours: 12,
            statement_hours: null,
            time_basis: 'calendar',
            warn_percent: 75,
            updated_by: null,
            updated_at: NOW,
          },
        ])
        .execute();
      const wide = await fileCase(ctx.db, await base({ accountId: door.id }));
      expect(wide).toMatchObject({ due_at: NOW + 72 * HOUR, warn_at: NOW + 36 * HOUR, warn_percent: 50 });
      const own = await fileCase(ctx.db, await base({ accountId: door.id, categoryId: cats.get('health')! }));
      expect(own).toMatchObject({ due_at: NOW + 12 * HOUR, warn_at: NOW + 9 * HOUR });
      // The account-wide 72 hours never stretch a major matter's statutory 24.
      const major = await fileCase(
        ctx.db,
        await base({ accountId: door.id, categoryId: cats.get('public-safety')! }),
      );
      expect(major).toMatchObject({ due_at: NOW + 24 * HOUR, statement_due_at: NOW + 4 * HOUR });
    });
  });

  describe('routing', () => {
    it('moves a case to the department of the longest matching rule; the door keeps read access', async () => {
      await henanRegions(ctx.db);
      const cats = await taxonomy(ctx.db);
      const door = await buildAccount(ctx.db);
      const province = await buildAccount(ctx.db);
      const xinyang = await buildAccount(ctx.db, { region_code: '411500' });
      const violation = cats.get('traffic-violation')!;
      await routingRule(ctx.db, violation, '41', province.id);
      await routingRule(ctx.db, cats.get('traffic')!, '4115', xinyang.id);
      const row = await fileCase(
        ctx.db,
        await base({ accountId: door.id, categoryId: violation, regionCode: '411502' }),
      );
      expect(row).toMatchObject({ account_id: xinyang.id, filed_account_id: door.id, status: 'received' });
      const events = await ctx.db.k
        .selectFrom('case_events')
        .select(['kind', 'account_id', 'to_account_id', 'public'])
        .where('case_id', '=', row.id)
        .orderBy('id')
        .execute();
      expect(events).toEqual([
        { kind: 'received', account_id: door.id, to_account_id: null, public: 1 },
        { kind: 'routed', account_id: door.id, to_account_id: xinyang.id, public: 1 },
      ]);
      const parts = await ctx.db.k
        .selectFrom('case_participants')
        .select(['account_id', 'role'])
        .where('case_id', '=', row.id)
        .orderBy('role')
        .execute();
      expect(parts).toEqual([
        { account_id: xinyang.id, role: 'handling' },
        { account_id: door.id, role: 'transferred_away' },
      ]);
      // Elsewhere in Henan the province-wide rule applies; without a region, no rule does.
      const zz = await fileCase(
        ctx.db,
        await base({ accountId: door.id, categoryId: violation, regionCode: '410105' }),
      );
      expect(zz.account_id).toBe(province.id);
      const none = await fileCase(ctx.db, await base({ accountId: door.id, categoryId: violation }));
      expect(none.account_id).toBe(door.id);
      // A suspended department is not routed to: the broader rule takes the case.
      await ctx.db.k
        .updateTable('accounts')
        .set({ status: 'suspended' })
        .where('id', '=', xinyang.id)
        .execute();
      const fallback = await fileCase(
        ctx.db,
        await base({ accountId: door.id, categoryId: violation, regionCode: '411502' }),
      );
      expect(fallback.account_id).toBe(province.id);
    });

    it('never routes a report to the unit it reports on, and refuses one that would stay there', async () => {
      await henanRegions(ctx.db);
      const cats = await taxonomy(ctx.db);
      const market = cats.get('market')!;
      const bureau = await buildAccount(ctx.db, { region_code: '411500' });
      const supervisor = await buildAccount(ctx.db);
      const door = await buildAccount(ctx.db);
      await routingRule(ctx.db, market, '4115', bureau.id);
      await routingRule(ctx.db, market, '', supervisor.id);
      const report = await fileCase(
        ctx.db,
        await base({
          accountId: door.id,
          kind: 'report',
          categoryId: market,
          regionCode: '411502',
          reportedAccountId: bureau.id,
        }),
      );
      expect(report.account_id).toBe(supervisor.id);
      expect(report.reported_account_id).toBe(bureau.id);
      const audit = await ctx.db.k
        .selectFrom('audit_log')
        .select(['account_id'])
        .where('target', '=', `case:${report.id}`)
        .executeTakeFirstOrThrow();
      expect(audit.account_id).toBeNull();

      await expect(
        fileCase(ctx.db, await base({ accountId: bureau.id, kind: 'report', reportedAccountId: bureau.id })),
      ).rejects.toMatchObject({ code: 'CASE_TARGET_IS_REPORTED_UNIT', field: 'reportedAccountId' });
      await expect(
        fileCase(ctx.db, await base({ kind: 'complaint', reportedAccountId: bureau.id })),
      ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', field: 'reportedAccountId' });
    });
  });

  describe('bad input', () => {
    it('refuses with stable codes and fields', async () => {
      const cats = await taxonomy(ctx.db);
      const suspended = await buildAccount(ctx.db, { status: 'suspended' });
      const cases: Array<[Partial<FileCaseInput>, string, string]> = [
        [{ title: '单' }, 'VALIDATION_FAILED', 'title'],
        [{ description: '太短' }, 'VALIDATION_FAILED', 'description'],
        [{ kind: 'praise' as never }, 'VALIDATION_FAILED', 'kind'],
        [{ latitude: 95, longitude: 10 }, 'VALIDATION_FAILED', 'latitude'],
        [{ latitude: 32 }, 'VALIDATION_FAILED', 'longitude'],
        [{ regionCode: '999999' }, 'CASE_REGION_INVALID', 'regionCode'],
        [{ categoryId: 999_999 }, 'CASE_CATEGORY_INVALID', 'categoryId'],
        [{ accountId: suspended.id }, 'ACCOUNT_NOT_FOUND', 'accountId'],
        [{ attachmentIds: [999_999] }, 'CASE_ATTACHMENT_INVALID', 'attachmentIds'],
        [{ attachmentIds: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }, 'VALIDATION_FAILED', 'attachmentIds'],
      ];
      for (const [over, code, field] of cases) {
        await expect(fileCase(ctx.db, await base(over)), JSON.stringify(over)).rejects.toMatchObject({
          code,
          field,
        });
      }
      await ctx.db.k.updateTable('case_categories').set({ active: 0 }).where('code', '=', 'other').execute();
      await expect(fileCase(ctx.db, await base({ categoryId: cats.get('other')! }))).rejects.toMatchObject({
        code: 'CASE_CATEGORY_INVALID',
      });
      await ctx.db.k.updateTable('case_categories').set({ active: 1 }).where('code', '=', 'other').execute();
    });

    it('files an Open311 request without a citizen, with its token, photo link and answers', async () => {
      const client = await issueOpen311Key(ctx.db, { name: 'city 311 app' });
      const row = await fileCase(
        ctx.db,
        await base({
          citizenId: null,
          source: 'open311',
          contactPreference: 'none',
          contact: { email: 'a@example.cn' },
          open311: {
            clientId: client.id,
            token: 'tok-1',
            mediaUrl: 'https://example.cn/p.jpg',
            attributes: { plate: '豫S' },
          },
        }),
      );
      expect(row).toMatchObject({
        citizen_id: null,
        source: 'open311',
        contact: '{"email":"a@example.cn"}',
        open311_client_id: client.id,
        open311_token: 'tok-1',
        media_url: 'https://example.cn/p.jpg',
        open311_attributes: '{"plate":"豫S"}',
      });
    });
  });
});
