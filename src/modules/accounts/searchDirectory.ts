import { regionPrefix } from '../../infra/auth/principal.js';
import { AppError } from '../../infra/errors.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { toAccountCard } from './presenters.js';
import type { AccountsRepository } from './repository.js';

export interface SearchDirectoryProps {
  /** Matched case-insensitively against name, handle and introduction. */
  q?: string;
  /** A region code: accounts of that region and of every region inside it. */
  region?: string;
  department?: string;
  limit: number;
  cursor?: string;
}

/** The citizen directory: active accounts, verified first, then by follower count. */
export async function searchDirectory(repo: AccountsRepository, props: SearchDirectoryProps) {
  const after = props.cursor ? decodeCursor(props.cursor) : undefined;
  if (props.region !== undefined && !(await repo.regionExists(props.region))) {
    throw new AppError('REGION_NOT_FOUND', { field: 'region' });
  }
  const q = props.q?.trim();
  const rows = await repo.directory({
    q: q ? q : undefined,
    regionPrefix: props.region ? regionPrefix(props.region) : undefined,
    department: props.department,
    after,
    limit: props.limit + 1,
  });
  const page = rows.slice(0, props.limit);
  const last = page[page.length - 1];
  const nextCursor =
    rows.length > props.limit && last
      ? encodeCursor({ verified: last.verified, followers: last.follower_count, id: last.id })
      : null;
  return { items: page.map(toAccountCard), nextCursor };
}
