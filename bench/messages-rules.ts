/**
 * Automatic replies of the messages benchmark's account: the demo Henan Department of
 * Education set (numbered replies 1–5, menu keys, contains and regex rules, greeting and
 * default reply), saved through the real use cases. Article replies are left out: the
 * benchmark account has no publications.
 */
import type { AppDeps } from '../src/deps.js';
import { DEMO_AUTOREPLIES, type DemoReply } from '../src/demo/autoreplies.js';
import { AutoRepliesRepository } from '../src/modules/autoreplies/repository.js';
import { createRule } from '../src/modules/autoreplies/saveRule.js';
import { setReplySet } from '../src/modules/autoreplies/setReplySet.js';

export async function seedBenchRules(deps: AppDeps, accountId: number): Promise<void> {
  const repo = AutoRepliesRepository.of(deps.database);
  const demo = DEMO_AUTOREPLIES['henan-edu']!;
  const now = deps.clock.now();
  for (const [which, text] of [
    ['greeting', demo.greeting],
    ['default', demo.fallback],
  ] as const) {
    const input = { enabled: true, replies: [{ kind: 'text' as const, text }] };
    await setReplySet(repo, { accountId, which, input, actorId: null, now });
  }
  for (const rule of demo.rules) {
    const replies = rule.replies.filter(
      (r): r is Exclude<DemoReply, { kind: 'articles' }> => r.kind !== 'articles',
    );
    if (replies.length === 0) continue;
    await createRule(repo, { accountId, input: { ...rule, replies }, actorId: null, now });
  }
}
