/** Thin handlers of follower tags (console) and the citizen's home region (citizen app). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { StaffRole } from '../../db/schema.js';
import type { AppDeps } from '../../deps.js';
import { requireCitizen, requireStaff } from '../../infra/auth/hooks.js';
import { authorizeAccount } from '../../infra/auth/principal.js';
import { AppError } from '../../infra/errors.js';
import { getMyRegion, setMyRegion } from './region.js';
import { AudienceRepository } from './repository.js';
import {
  addMembersSchema,
  createTagSchema,
  deleteTagSchema,
  followerTagsSchema,
  getMyRegionSchema,
  listTagsSchema,
  removeMembersSchema,
  renameTagSchema,
  setMyRegionSchema,
} from './schema.js';
import { changeTagMembers, createTag, deleteTag, listTags, renameTag, tagsOfFollowers } from './tags.js';

/**
 * Who reads tags: admins, editors (menus match on them) and the follower list's readers.
 * Only admins change tags or who carries them.
 */
export const TAG_READERS: readonly StaffRole[] = ['admin', 'editor', 'analyst', 'responder'];
export const TAG_WRITERS: readonly StaffRole[] = ['admin'];

export const audienceRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const repo = AudienceRepository.of(deps.database);

  /** The signed-in staff member, once they hold one of `roles` on the account. */
  async function staffOn(
    req: Parameters<typeof requireStaff>[0],
    accountId: number,
    roles: readonly StaffRole[],
  ) {
    const staff = requireStaff(req);
    const account = await repo.findAccount(accountId);
    if (!account) throw new AppError('ACCOUNT_NOT_FOUND');
    authorizeAccount(staff, account, { roles });
    return { accountId: account.id, actorId: staff.userId, now: deps.clock.now() };
  }

  const base = '/api/console/accounts/:accountId';

  app.get(`${base}/tags`, { schema: listTagsSchema }, async (req) => {
    const { accountId } = await staffOn(req, req.params.accountId, TAG_READERS);
    return { items: await listTags(repo, accountId) };
  });

  app.post(`${base}/tags`, { schema: createTagSchema }, async (req, reply) => {
    const actor = await staffOn(req, req.params.accountId, TAG_WRITERS);
    return reply.status(201).send(await createTag(repo, { ...actor, name: req.body.name }));
  });

  app.put(`${base}/tags/:tagId`, { schema: renameTagSchema }, async (req) => {
    const actor = await staffOn(req, req.params.accountId, TAG_WRITERS);
    return renameTag(repo, { ...actor, tagId: req.params.tagId, name: req.body.name });
  });

  app.delete(`${base}/tags/:tagId`, { schema: deleteTagSchema }, async (req, reply) => {
    const actor = await staffOn(req, req.params.accountId, TAG_WRITERS);
    await deleteTag(repo, { ...actor, tagId: req.params.tagId });
    return reply.status(204).send(null);
  });

  app.post(`${base}/tags/:tagId/members`, { schema: addMembersSchema }, async (req) => {
    const actor = await staffOn(req, req.params.accountId, TAG_WRITERS);
    return changeTagMembers(repo, {
      ...actor,
      tagId: req.params.tagId,
      openids: req.body.openids,
      add: true,
    });
  });

  app.post(`${base}/tags/:tagId/members/remove`, { schema: removeMembersSchema }, async (req) => {
    const actor = await staffOn(req, req.params.accountId, TAG_WRITERS);
    return changeTagMembers(repo, {
      ...actor,
      tagId: req.params.tagId,
      openids: req.body.openids,
      add: false,
    });
  });

  app.get(`${base}/follower-tags`, { schema: followerTagsSchema }, async (req) => {
    const { accountId } = await staffOn(req, req.params.accountId, TAG_READERS);
    return { items: await tagsOfFollowers(repo, accountId, req.query.openid) };
  });

  app.get('/api/me/region', { schema: getMyRegionSchema }, async (req) => {
    return getMyRegion(repo, requireCitizen(req).citizenId);
  });

  app.put('/api/me/region', { schema: setMyRegionSchema }, async (req) => {
    return setMyRegion(repo, { citizenId: requireCitizen(req).citizenId, regionCode: req.body.regionCode });
  });
};
