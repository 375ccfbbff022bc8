/** The staff module's HTTP contract (docs/API.md, console section). */
import { Type, type Static } from 'typebox';
import { STAFF_ROLES } from '../../infra/auth/principal.js';

const Role = Type.Enum(STAFF_ROLES as string[]);
const Roles = Type.Array(Role, { minItems: 1, maxItems: STAFF_ROLES.length, uniqueItems: true });
/** Stored lower-case; letters, digits and . _ - */
const Username = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{2,39}$' });
const Password = Type.String({ minLength: 1, maxLength: 200 });

export const StaffSession = Type.Object({
  user: Type.Object({
    id: Type.Integer(),
    username: Type.String(),
    displayName: Type.String(),
    isPlatformAdmin: Type.Boolean(),
    supervisorRegion: Type.Union([Type.String(), Type.Null()]),
  }),
  accounts: Type.Array(
    Type.Object({
      id: Type.Integer(),
      handle: Type.String(),
      name: Type.String(),
      roles: Type.Array(Role),
    }),
  ),
  csrfToken: Type.String(),
});
export type StaffSessionT = Static<typeof StaffSession>;

export const Member = Type.Object({
  userId: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(Role),
});

const sessionTags = ['console: session'];
const staffTags = ['console: staff'];
const AccountParams = Type.Object({ accountId: Type.String({ maxLength: 40 }) });
const MemberParams = Type.Object({
  accountId: Type.String({ maxLength: 40 }),
  userId: Type.String({ maxLength: 40 }),
});

export const signInSchema = {
  tags: sessionTags,
  summary: 'Sign in to the console (sets the zw_staff cookie)',
  body: Type.Object(
    { username: Type.String({ minLength: 1, maxLength: 100 }), password: Password },
    { additionalProperties: false },
  ),
  response: { 200: StaffSession },
};

export const getSessionSchema = {
  tags: sessionTags,
  summary: 'The signed-in staff user, their accounts and roles (401 when signed out)',
  response: { 200: StaffSession },
};

export const signOutSchema = { tags: sessionTags, summary: 'Sign out of the console' };

export const changePasswordSchema = {
  tags: sessionTags,
  summary: "Change the signed-in user's password; signs out their other sessions",
  body: Type.Object({ currentPassword: Password, newPassword: Password }, { additionalProperties: false }),
};

export const listStaffSchema = {
  tags: staffTags,
  summary: 'Staff of an account and their roles (account admin)',
  params: AccountParams,
  response: { 200: Type.Object({ items: Type.Array(Member) }) },
};

export const addStaffSchema = {
  tags: staffTags,
  summary: 'Grant roles to a user on the account, creating the user when new (password required then)',
  params: AccountParams,
  body: Type.Object(
    {
      username: Username,
      displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 60, pattern: '\\S' })),
      password: Type.Optional(Password),
      roles: Roles,
    },
    { additionalProperties: false },
  ),
  response: { 200: Member },
};
export type AddStaffBody = Static<typeof addStaffSchema.body>;

export const updateStaffSchema = {
  tags: staffTags,
  summary: "Replace a member's roles on the account",
  params: MemberParams,
  body: Type.Object({ roles: Roles }, { additionalProperties: false }),
  response: { 200: Member },
};

export const removeStaffSchema = {
  tags: staffTags,
  summary: 'Remove a member from the account (409 LAST_ADMIN for the last admin)',
  params: MemberParams,
};
