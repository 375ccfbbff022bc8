import type { Database } from '../../db/database.js';
import { AppError } from '../../infra/errors.js';
import { checkAuthor, checkBody, checkCover, checkSummary, checkTier, checkTitle } from './draftRules.js';
import { PublishingRepository, type ArticleRow } from './repository.js';

export interface DraftInput {
  title: string;
  author?: string;
  /** Empty or absent: derived from the body. */
  summary?: string;
  /** Any HTML; it is sanitised before it is stored. */
  bodyHtml: string;
  coverMediaId?: number | null;
  /** Release tier, 1 by default. */
  tier?: number;
}

/**
 * Creates a draft article of an account: sanitises the body, derives a missing summary,
 * checks the cover belongs to the account, and records the creation in the audit log and
 * version 1 in the article's versions.
 * The caller has already checked that the actor may write articles of this account.
 */
export async function createDraft(
  deps: { database: Database },
  props: { accountId: number; actorId: number; now: number; input: DraftInput },
): Promise<ArticleRow> {
  const { accountId, actorId, now, input } = props;
  const title = checkTitle(input.title);
  const author = checkAuthor(input.author);
  const bodyHtml = checkBody(input.bodyHtml);
  const summary = checkSummary(input.summary, bodyHtml);
  const tier = checkTier(input.tier);
  return PublishingRepository.of(deps.database).transaction(async (repo) => {
    const cover = await checkCover(repo, accountId, input.coverMediaId);
    const id = await repo.insertArticle({
      account_id: accountId,
      title,
      author,
      summary,
      body_html: bodyHtml,
      cover_media_id: cover,
      tier,
      created_by: actorId,
      created_at: now,
      updated_at: now,
    });
    await repo.recordVersion(accountId, id, actorId, now);
    await repo.audit({
      at: now,
      actorKind: 'staff',
      actorId,
      accountId,
      action: 'article.create',
      target: `article:${id}`,
      details: { title, tier },
    });
    const row = await repo.findArticle(accountId, id);
    if (!row) throw new AppError('INTERNAL');
    return row;
  });
}
