/**
 * `fakereport.outcome`: tells reporters on their devices that their report was decided, by
 * Web Push to every subscription they hold (best effort, once: the reliable channel is "我的举报"
 * in the app, which shows the outcome and an unseen dot). The notification names the account
 * and the outcome only — the note is read in the app. A subscription the service calls gone
 * is removed, as for article pushes.
 */
import type { AppDeps } from '../../deps.js';
import type { JobHandler } from '../../infra/jobs/names.js';
import type { WebPushSender } from '../webpush/sender.js';
import { senderFor } from '../webpush/jobs.js';
import type { PushMessage } from '../webpush/payload.js';

type Deps = Pick<AppDeps, 'database'>;

export function fakeReportOutcomeJob(
  deps: Deps,
  opts: { sender?: (database: AppDeps['database']) => Promise<WebPushSender> } = {},
): JobHandler<'fakereport.outcome'> {
  return async ({ reportIds }) => {
    if (reportIds.length === 0) return 'skipped';
    const k = deps.database.k;
    const rows = await k
      .selectFrom('fake_reports as r')
      .innerJoin('accounts as a', 'a.id', 'r.account_id')
      .innerJoin('push_subscriptions as s', 's.citizen_id', 'r.citizen_id')
      .select(['r.id', 'r.status', 'a.name', 's.id as sub_id', 's.endpoint', 's.p256dh', 's.auth'])
      .where('r.id', 'in', reportIds)
      .where('r.status', '!=', 'open')
      .execute();
    if (rows.length === 0) return 'skipped';
    const sender = await (opts.sender ?? senderFor)(deps.database);
    const gone: number[] = [];
    await Promise.all(
      rows.map(async (row) => {
        const upheld = row.status === 'upheld';
        const message: PushMessage = {
          title: '举报处理结果',
          body: upheld
            ? `您举报的“${row.name.slice(0, 40)}”经核实已被停用，感谢您的举报。`
            : `您举报的“${row.name.slice(0, 40)}”已处理完毕，点击查看处理说明。`,
          url: '/me/reports',
          tag: `fake-report-${row.id}`,
        };
        const outcome = await sender.send(row, JSON.stringify(message));
        if (outcome === 'gone') gone.push(row.sub_id);
      }),
    );
    if (gone.length > 0) await k.deleteFrom('push_subscriptions').where('id', 'in', gone).execute();
    return 'done';
  };
}
