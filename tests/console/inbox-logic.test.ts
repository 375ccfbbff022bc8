/**
 * The console inbox's pure rules (apps/console/src/components/inbox): response clocks, how
 * live updates move rows between tabs, the conversation time line, idempotency keys, safe
 * links, canned-reply search and assignee choices. No browser and no database needed.
 */
import { describe, expect, it } from 'vitest';
import type { ConversationSummaryPayload, MessagePayload } from '../../src/shared/realtime.js';
import { clockOf, formatDuration } from '../../apps/console/src/components/inbox/clock.js';
import { upsertSummary, matchesFilter } from '../../apps/console/src/components/inbox/inboxList.js';
import {
  buildTimeline,
  applyCitizenRead,
  type PendingView,
} from '../../apps/console/src/components/inbox/timeline.js';
import { newClientId } from '../../apps/console/src/components/inbox/ids.js';
import { safeHref, shortOpenid } from '../../apps/console/src/components/inbox/format.js';
import { searchCanned } from '../../apps/console/src/components/inbox/cannedSearch.js';
import { assigneeOptions } from '../../apps/console/src/components/inbox/assignees.js';
import { previewText } from '../../apps/console/src/components/inbox/preview.js';

const MIN = 60_000;
const NOW = Date.UTC(2026, 0, 9, 8, 0);

function summary(over: Partial<ConversationSummaryPayload> = {}): ConversationSummaryPayload {
  return {
    id: 1,
    accountId: 7,
    openid: 'oAbCdEfGhIjKlMnOpQrS',
    status: 'open',
    assignee: null,
    waiting: true,
    lastMessage: { sender: 'citizen', kind: 'text', preview: '你好', at: NOW },
    dueAt: NOW + 3 * 60 * MIN,
    firstRespondedAt: null,
    overdue: false,
    unread: 1,
    transferredFrom: null,
    createdAt: NOW - MIN,
    updatedAt: NOW,
    ...over,
  };
}

function message(over: Partial<MessagePayload> = {}): MessagePayload {
  return {
    id: 1,
    conversationId: 1,
    accountId: 7,
    sender: 'citizen',
    senderName: null,
    kind: 'text',
    text: 'hi',
    media: null,
    location: null,
    articles: null,
    link: null,
    clientId: null,
    createdAt: NOW,
    readAt: null,
    ...over,
  };
}

describe('response clock chip', () => {
  it('is green with time left, orange inside the warning window, red once overdue', () => {
    expect(clockOf(summary({ dueAt: NOW + 192 * MIN }), NOW, 120)).toEqual({ tone: 'ok', minutes: 192 });
    expect(clockOf(summary({ dueAt: NOW + 90 * MIN }), NOW, 120)).toEqual({ tone: 'soon', minutes: 90 });
    expect(clockOf(summary({ dueAt: NOW - 125 * MIN }), NOW, 120)).toEqual({ tone: 'late', minutes: 125 });
  });

  it('shows red as soon as the server marks the conversation overdue, even before the local clock agrees', () => {
    expect(clockOf(summary({ dueAt: NOW + 30_000, overdue: true }), NOW, 120)?.tone).toBe('late');
  });

  it('shows nothing once answered (no due time) or closed', () => {
    expect(clockOf(summary({ dueAt: null }), NOW, 120)).toBeNull();
    expect(clockOf(summary({ status: 'closed' }), NOW, 120)).toBeNull();
  });

  it('never says "0 minutes left" while the deadline is still ahead', () => {
    expect(clockOf(summary({ dueAt: NOW + 10_000 }), NOW, 120)).toEqual({ tone: 'soon', minutes: 1 });
  });

  it('writes durations with the two largest units, in Chinese and English', () => {
    expect(formatDuration(192, 'zh')).toBe('3小时12分');
    expect(formatDuration(120, 'zh')).toBe('2小时');
    expect(formatDuration(45, 'zh')).toBe('45分');
    expect(formatDuration(3 * 1440 + 65, 'zh')).toBe('3天1小时');
    expect(formatDuration(192, 'en')).toBe('3h 12m');
    expect(formatDuration(2880, 'en')).toBe('2d');
  });
});

describe('live list updates', () => {
  const base = { userId: 5, searching: false, keepId: null };

  it('a conversation closed elsewhere leaves the "all" tab', () => {
    const c = summary({ id: 4 });
    expect(upsertSummary([c], { ...c, status: 'closed' }, { ...base, filter: 'all' })).toEqual([]);
  });

  it('an updated conversation moves to the top of the list by its latest activity', () => {
    const a = summary({
      id: 1,
      lastMessage: { sender: 'citizen', kind: 'text', preview: 'a', at: NOW - 2 * MIN },
    });
    const b = summary({
      id: 2,
      lastMessage: { sender: 'citizen', kind: 'text', preview: 'b', at: NOW - MIN },
    });
    const a2 = {
      ...a,
      lastMessage: { sender: 'citizen' as const, kind: 'text' as const, preview: 'a2', at: NOW },
    };
    const out = upsertSummary([b, a], a2, { ...base, filter: 'all' });
    expect(out.map((c) => c.id)).toEqual([1, 2]);
    expect(out[0]!.lastMessage?.preview).toBe('a2');
  });

  it('a conversation assigned away leaves the "unassigned" tab, unless it is the one open', () => {
    const c = summary({ id: 3 });
    const assigned = { ...c, assignee: { id: 9, name: '李四' } };
    expect(upsertSummary([c], assigned, { ...base, filter: 'unassigned' })).toEqual([]);
    expect(upsertSummary([c], assigned, { ...base, filter: 'unassigned', keepId: 3 })).toHaveLength(1);
  });

  it('"all" and "mine" hold open conversations (mine: assigned to me); "closed" only closed ones', () => {
    expect(matchesFilter(summary(), 'all', 5)).toBe(true);
    expect(matchesFilter(summary({ status: 'closed' }), 'all', 5)).toBe(false);
    const mine = summary({ assignee: { id: 5, name: '我' } });
    expect(matchesFilter(mine, 'mine', 5)).toBe(true);
    expect(matchesFilter(mine, 'mine', 6)).toBe(false);
    expect(matchesFilter({ ...mine, status: 'closed' }, 'mine', 5)).toBe(false);
    expect(matchesFilter({ ...mine, status: 'closed' }, 'closed', 5)).toBe(true);
    expect(matchesFilter(summary({ overdue: true }), 'overdue', 5)).toBe(true);
  });

  it('a new conversation appears in a matching tab, but not in search results it may not match', () => {
    const fresh = summary({ id: 8 });
    expect(upsertSummary([], fresh, { ...base, filter: 'waiting' })).toHaveLength(1);
    expect(upsertSummary([], fresh, { ...base, filter: 'waiting', searching: true })).toHaveLength(0);
    expect(upsertSummary([], fresh, { ...base, filter: 'closed' })).toHaveLength(0);
  });

  it('the preview names the kind of a non-text message in the console language', () => {
    const t = (k: string) => ({ 'inbox.preview.image': '[图片]' })[k] ?? k;
    expect(previewText({ sender: 'citizen', kind: 'image', preview: '', at: NOW }, t)).toBe('[图片]');
    expect(previewText({ sender: 'citizen', kind: 'text', preview: '办证', at: NOW }, t)).toBe('办证');
    const located = {
      sender: 'citizen' as const,
      kind: 'location' as const,
      preview: '[Location] 文化路',
      at: NOW,
    };
    expect(previewText(located, (k) => (k === 'inbox.preview.location' ? '[位置]' : k))).toBe(
      '[位置] 文化路',
    );
  });
});

describe('conversation time line', () => {
  const note = (id: number, at: number) => ({
    id,
    authorId: 1,
    authorName: '王五',
    text: 'n',
    createdAt: at,
  });
  const pending = (clientId: string, at: number): PendingView => ({
    clientId,
    conversationId: 1,
    preview: 'x',
    imageUrl: null,
    status: 'sending',
    error: null,
    createdAt: at,
  });

  it('shows internal notes between the messages they were written among', () => {
    const entries = buildTimeline(
      [message({ id: 1, createdAt: NOW }), message({ id: 2, createdAt: NOW + 2 * MIN })],
      [note(1, NOW + MIN)],
      [],
      false,
    ).filter((e) => e.type !== 'day');
    expect(entries.map((e) => e.key)).toEqual(['m1', 'n1', 'm2']);
  });

  it('holds back notes older than the loaded history until older messages are loaded', () => {
    const msgs = [message({ id: 5, createdAt: NOW })];
    expect(buildTimeline(msgs, [note(1, NOW - MIN)], [], true).some((e) => e.type === 'note')).toBe(false);
    expect(buildTimeline(msgs, [note(1, NOW - MIN)], [], false).some((e) => e.type === 'note')).toBe(true);
  });

  it('an automatic reply written in the same millisecond follows the message it answers', () => {
    const entries = buildTimeline(
      [message({ id: 10, sender: 'auto' }), message({ id: 9 })].map((m) => ({ ...m, createdAt: NOW })),
      [],
      [],
      false,
    ).filter((e) => e.type === 'message');
    expect(entries.map((e) => e.key)).toEqual(['m9', 'm10']);
  });

  it('a send in flight shows last, and disappears once the server copy with its clientId is there', () => {
    const p = pending('c1234567890', NOW - 10 * MIN);
    const before = buildTimeline([message({ id: 1 })], [], [p], false);
    expect(before[before.length - 1]!.key).toBe('pc1234567890');
    const after = buildTimeline(
      [message({ id: 1 }), message({ id: 2, sender: 'staff', clientId: 'c1234567890' })],
      [],
      [p],
      false,
    );
    expect(after.some((e) => e.type === 'pending')).toBe(false);
  });

  it('puts a day line before the first entry of each day', () => {
    const entries = buildTimeline(
      [message({ id: 1, createdAt: NOW - 86_400_000 }), message({ id: 2, createdAt: NOW })],
      [],
      [],
      false,
    );
    expect(entries.map((e) => e.type)).toEqual(['day', 'message', 'day', 'message']);
  });

  it('a citizen read receipt marks the account messages up to that id, not the citizen own', () => {
    const out = applyCitizenRead(
      [message({ id: 1 }), message({ id: 2, sender: 'staff' }), message({ id: 3, sender: 'staff' })],
      2,
      NOW,
    );
    expect(out.map((m) => m.readAt)).toEqual([null, NOW, null]);
  });
});

describe('small helpers', () => {
  it('client ids are valid idempotency keys (8–64 of A-Z a-z 0-9 _ -) and never repeat', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newClientId()));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });

  it('only web addresses and site paths become links', () => {
    expect(safeHref('/a/abc')).toBe('/a/abc');
    expect(safeHref('https://example.gov.cn/x')).toBe('https://example.gov.cn/x');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('//evil.example/x')).toBeUndefined();
    expect(safeHref('data:text/html,x')).toBeUndefined();
  });

  it('shortens openids but keeps both ends', () => {
    expect(shortOpenid('oAbCdEfGhIjKlMnOpQrS')).toBe('oAbCdE…pQrS');
    expect(shortOpenid('short')).toBe('short');
  });

  it('canned-reply search finds titles first, then texts', () => {
    const items = [
      { id: 1, title: '材料清单', text: '办理需要身份证' },
      { id: 2, title: '办理时间', text: '工作日 9:00–17:00' },
    ];
    expect(searchCanned(items, '办理').map((r) => r.id)).toEqual([2, 1]);
    expect(searchCanned(items, '').map((r) => r.id)).toEqual([1, 2]);
  });

  it('a responder who may not list staff can still take a conversation, and sees who holds it', () => {
    const me = { id: 5, name: '我' };
    const holder = { id: 9, name: '李四' };
    expect(assigneeOptions(null, me, holder)).toEqual([me, holder]);
    expect(assigneeOptions([holder, me], me, null)).toEqual([holder, me]);
  });
});
