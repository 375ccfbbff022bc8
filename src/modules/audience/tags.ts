/**
 * Follower tags (WeChat's 用户标签): an account's own labels for some of its followers, which
 * conditional menus match on. Staff create, rename and delete them and tag or untag
 * followers by openid; every change is audited in the same transaction.
 */
import { isUniqueViolation } from '../../db/dialect.js';
import { AppError } from '../../infra/errors.js';
import type { AudienceRepository, TagRow } from './repository.js';

export const TAG_LIMITS = { perAccount: 100, nameChars: 30, openidsPerCall: 50 } as const;

interface Actor {
  accountId: number;
  actorId: number;
  now: number;
}

function tidyName(raw: string): string {
  const name = raw.trim();
  if (name === '' || [...name].length > TAG_LIMITS.nameChars)
    throw new AppError('VALIDATION_FAILED', { field: 'name' });
  return name;
}

/** A concurrent request may take the name between the check and the write. */
async function nameRace<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('TAG_NAME_TAKEN', { field: 'name', cause: e });
    throw e;
  }
}

async function tagOf(repo: AudienceRepository, accountId: number, tagId: number): Promise<TagRow> {
  const [row] = await repo.listTags(accountId, [tagId]);
  if (!row) throw new AppError('TAG_NOT_FOUND');
  return row;
}

export function listTags(repo: AudienceRepository, accountId: number): Promise<TagRow[]> {
  return repo.listTags(accountId);
}

export async function createTag(repo: AudienceRepository, props: Actor & { name: string }): Promise<TagRow> {
  const name = tidyName(props.name);
  return nameRace(() =>
    repo.transaction(async (tx) => {
      if ((await tx.countTags(props.accountId)) >= TAG_LIMITS.perAccount) throw new AppError('TAG_LIMIT');
      if (await tx.tagNameTaken(props.accountId, name))
        throw new AppError('TAG_NAME_TAKEN', { field: 'name' });
      const id = await tx.insertTag(props.accountId, name, props.now);
      await tx.audit(entry(props, 'tag.created', id, { name }));
      return tagOf(tx, props.accountId, id);
    }),
  );
}

export async function renameTag(
  repo: AudienceRepository,
  props: Actor & { tagId: number; name: string },
): Promise<TagRow> {
  const name = tidyName(props.name);
  return nameRace(() =>
    repo.transaction(async (tx) => {
      const tag = await tx.findTag(props.accountId, props.tagId);
      if (!tag) throw new AppError('TAG_NOT_FOUND');
      if (await tx.tagNameTaken(props.accountId, name, tag.id))
        throw new AppError('TAG_NAME_TAKEN', { field: 'name' });
      await tx.renameTag(tag.id, name);
      await tx.audit(entry(props, 'tag.renamed', tag.id, { from: tag.name, to: name }));
      return tagOf(tx, props.accountId, tag.id);
    }),
  );
}

/** Refused while a conditional menu matches on the tag: it would start matching everyone. */
export async function deleteTag(repo: AudienceRepository, props: Actor & { tagId: number }): Promise<void> {
  await repo.transaction(async (tx) => {
    const tag = await tx.findTag(props.accountId, props.tagId);
    if (!tag) throw new AppError('TAG_NOT_FOUND');
    const menus = await tx.variantsUsingTag(tag.id);
    if (menus.length > 0) throw new AppError('TAG_IN_USE', { details: { menus } });
    await tx.deleteTag(tag.id);
    await tx.audit(entry(props, 'tag.deleted', tag.id, { name: tag.name }));
  });
}

/**
 * Tags or untags followers named by openid. All or nothing: one openid that is not a
 * current follower of the account refuses the call (FOLLOWER_NOT_FOUND, `details.openids`).
 */
export async function changeTagMembers(
  repo: AudienceRepository,
  props: Actor & { tagId: number; openids: string[]; add: boolean },
): Promise<TagRow> {
  const openids = [...new Set(props.openids)];
  return repo.transaction(async (tx) => {
    const tag = await tx.findTag(props.accountId, props.tagId);
    if (!tag) throw new AppError('TAG_NOT_FOUND');
    const found = await tx.followersByOpenid(props.accountId, openids);
    const unknown = openids.filter((o) => !found.has(o));
    if (unknown.length > 0) throw new AppError('FOLLOWER_NOT_FOUND', { details: { openids: unknown } });
    const citizens = [...found.values()];
    const changed = props.add
      ? await tx.addMembers(props.accountId, tag.id, citizens, props.now)
      : await tx.removeMembers(tag.id, citizens);
    if (changed > 0) {
      const action = props.add ? 'tag.members_added' : 'tag.members_removed';
      await tx.audit(entry(props, action, tag.id, { name: tag.name, openids }));
    }
    return tagOf(tx, props.accountId, tag.id);
  });
}

/** The tags of each follower (unknown openids answer no tags). */
export async function tagsOfFollowers(
  repo: AudienceRepository,
  accountId: number,
  openids: string[],
): Promise<Array<{ openid: string; tagIds: number[] }>> {
  const map = await repo.tagsOfFollowers(accountId, [...new Set(openids)]);
  return [...map.entries()].map(([openid, tagIds]) => ({ openid, tagIds }));
}

function entry(props: Actor, action: string, tagId: number, details: Record<string, unknown>) {
  return {
    at: props.now,
    actorKind: 'staff' as const,
    actorId: props.actorId,
    accountId: props.accountId,
    action,
    target: `tag:${tagId}`,
    details,
  };
}
