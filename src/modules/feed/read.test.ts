import { describe, expect, it } from 'vitest';
import { decodeFeedCursor, encodeFeedCursor, feedCandidates } from './read.js';

describe('feed candidates', () => {
  const accounts = [10, 50, 20, 40, 30].map((t, i) => ({ id: i + 1, last_published_at: t }));

  it('keeps on the first page only the accounts whose latest can rank among the newest `want`', () => {
    expect(
      feedCandidates(accounts, null, 2)
        .map((a) => a.last_published_at)
        .sort(),
    ).toEqual([40, 50]);
    expect(feedCandidates(accounts, null, 9)).toHaveLength(5);
  });

  it('after a cursor keeps every account that published since, and the newest settled ones', () => {
    const kept = feedCandidates(accounts, { publishedAt: 35, id: 1 }, 2).map((a) => a.last_published_at);
    expect(kept.sort()).toEqual([20, 30, 40, 50]);
  });

  it('keeps ties at the boundary', () => {
    const tied = [...accounts, { id: 9, last_published_at: 40 }];
    expect(feedCandidates(tied, null, 2)).toHaveLength(3);
  });
});

describe('feed cursors', () => {
  it('round-trip and refuse anything else', () => {
    expect(decodeFeedCursor(encodeFeedCursor({ publishedAt: 1_700_000_000_123, id: 42 }))).toEqual({
      publishedAt: 1_700_000_000_123,
      id: 42,
    });
    expect(() => decodeFeedCursor('garbage')).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });
});
