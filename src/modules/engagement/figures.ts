/** An article's engagement over all its releases, for the console's article pages. */
import { AppError } from '../../infra/errors.js';
import { usefulPercent } from './presenters.js';
import type { EngagementRepository } from './repository.js';

export type Figures = Awaited<ReturnType<typeof articleFigures>>;

export async function articleFigures(repo: EngagementRepository, accountId: number, articleId: number) {
  if (!(await repo.articleExists(accountId, articleId))) throw new AppError('ARTICLE_NOT_FOUND');
  const pubs = await repo.publicationsOfArticle(accountId, articleId);
  const ids = pubs.map((p) => p.id);
  const [c, held] = await Promise.all([repo.countersOf(ids), repo.heldCommentsOf(ids)]);
  return {
    articleId,
    publications: pubs.length,
    reads: c.reads,
    anonymousReads: c.anon_reads,
    likes: c.likes,
    shares: c.shares,
    shareOpens: c.share_opens,
    useful: c.useful,
    notUseful: c.not_useful,
    usefulPercent: usefulPercent(c.useful, c.not_useful),
    comments: c.comments,
    heldComments: held,
  };
}

/** Figures of several articles in two queries; an article never released has zeros. */
export async function articlesFigures(
  repo: EngagementRepository,
  accountId: number,
  articleIds: number[],
): Promise<Figures[]> {
  const ids = [...new Set(articleIds)];
  const [rows, held] = await Promise.all([
    repo.countersByArticle(accountId, ids),
    repo.heldCommentsByArticle(accountId, ids),
  ]);
  const byArticle = new Map(rows.map((r) => [r.article_id, r]));
  const heldBy = new Map(held.map((h) => [h.article_id, Number(h.n)]));
  return ids.map((articleId) => {
    const r = byArticle.get(articleId);
    const n = (v: unknown) => Number(v ?? 0);
    return {
      articleId,
      publications: n(r?.publications),
      reads: n(r?.reads),
      anonymousReads: n(r?.anon_reads),
      likes: n(r?.likes),
      shares: n(r?.shares),
      shareOpens: n(r?.share_opens),
      useful: n(r?.useful),
      notUseful: n(r?.not_useful),
      usefulPercent: usefulPercent(n(r?.useful), n(r?.not_useful)),
      comments: n(r?.comments),
      heldComments: heldBy.get(articleId) ?? 0,
    };
  });
}
