import type { FastifyInstance } from 'fastify';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.js';
import { buildTestApp } from '../../test/app.js';
import { buildAccount } from '../../test/factories.js';
import { suggestHours } from './readHours.js';
import { buildPublication } from './testing.js';

describeEachDatabase('account feeds', (ctx) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    ({ app } = await buildTestApp(ctx.db));
  });

  it('lists the 20 newest public publications in well-formed RSS 2.0 and Atom, absolute links', async () => {
    const account = await buildAccount(ctx.db, { name: '信阳市公安局 & 交警支队' });
    const t0 = Date.UTC(2026, 10, 1);
    const titles: string[] = [];
    for (let i = 0; i < 22; i++) {
      const p = await buildPublication(ctx.db, account.id, {
        title: `通知 ${i} <第${i}期>`,
        publishedAt: t0 + i * 3600_000,
      });
      titles.push(p.title);
    }
    const targeted = await buildPublication(ctx.db, account.id, {
      title: '仅推送给部分关注者',
      publishedAt: t0 + 100 * 3600_000,
      audience: '{"tags":["驾驶人"]}',
    });
    const withdrawn = await buildPublication(ctx.db, account.id, {
      title: '已撤回的文章',
      publishedAt: t0 + 101 * 3600_000,
      withdrawnAt: t0 + 102 * 3600_000,
    });

    const rss = await app.inject({
      method: 'GET',
      url: `/accounts/${account.handle}/feed.rss`,
      headers: { host: 'zw.example.cn' },
    });
    expect(rss.statusCode).toBe(200);
    expect(rss.headers['content-type']).toContain('application/rss+xml');
    expect(XMLValidator.validate(rss.body)).toBe(true);
    const channel = new XMLParser({ ignoreAttributes: false }).parse(rss.body).rss.channel;
    // Escaped in the document, the same name once parsed.
    expect(rss.body).toContain('信阳市公安局 &amp; 交警支队');
    expect(channel.title).toBe('信阳市公安局 & 交警支队');
    const items = channel.item as Array<{ title: string; link: string }>;
    expect(items).toHaveLength(20);
    // Newest first; the two oldest fall off; targeted and withdrawn ones never appear.
    expect(items[0]!.title).toContain('通知 21');
    expect(items[19]!.title).toContain('通知 2 ');
    expect(rss.body).not.toContain(targeted.title);
    expect(rss.body).not.toContain(withdrawn.title);
    expect(items.every((i) => i.link.startsWith('http://zw.example.cn/a/'))).toBe(true);

    const atom = await app.inject({
      method: 'GET',
      url: `/accounts/${account.handle}/feed.atom`,
      headers: { host: 'zw.example.cn' },
    });
    expect(atom.statusCode).toBe(200);
    expect(atom.headers['content-type']).toContain('application/atom+xml');
    expect(XMLValidator.validate(atom.body)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(atom.body).feed;
    expect(feed.entry).toHaveLength(20);
    expect(atom.body).not.toContain(targeted.title);
    expect(atom.body).not.toContain(withdrawn.title);
    expect(atom.body).toContain('href="http://zw.example.cn/accounts/');
  });

  it('answers 404 for an unknown account', async () => {
    const res = await app.inject({ method: 'GET', url: '/accounts/no-such-account/feed.rss' });
    expect(res.statusCode).toBe(404);
  });
});

describe('suggested push hours', () => {
  it('falls back to common reading times while there are too few reads', () => {
    expect(suggestHours([{ hour: 3, count: 10 }])).toMatchObject({
      suggested: [8, 12, 20],
      basis: 'default',
      total: 10,
    });
  });

  it('takes the busiest hours, one per peak, only those with half the top hour or more', () => {
    const rows = [
      { hour: 20, count: 100 },
      { hour: 21, count: 90 },
      { hour: 12, count: 60 },
      { hour: 7, count: 55 },
      { hour: 9, count: 30 },
    ];
    const r = suggestHours(rows);
    expect(r.counts[21]).toBe(90);
    expect(r.total).toBe(335);
    expect(r.suggested).toEqual([20, 12, 7]);
    expect(
      suggestHours([
        { hour: 23, count: 100 },
        { hour: 0, count: 90 },
        { hour: 10, count: 20 },
      ]).suggested,
    ).toEqual([23]);
  });
});
