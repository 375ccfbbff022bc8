/** An article's engagement over all its releases, for the console's article pages. */
import { AppError } from '../../infra/errors.js';
import { usefulPercent } from './presenters.js';
import type { EngagementRepository } from './repository.js';

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
