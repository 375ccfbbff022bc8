/**
 * The signed-in staff member and the account they are working on. One reactive store,
 * because the top bar, the menu, the router guard and every page read it.
 */
import { computed, reactive } from 'vue';
import { setCsrfToken } from '../../shared/http';
import type { StaffAccountRef, StaffRole, StaffSession } from '../../shared/types';

const STORAGE_KEY = 'zw.console.accountId';

interface State {
  session: StaffSession | null;
  /** Accounts visible without a role (platform admin, supervisor), from GET /accounts. */
  extraAccounts: StaffAccountRef[];
  accountId: number | null;
}

export const state = reactive<State>({ session: null, extraAccounts: [], accountId: null });

export const user = computed(() => state.session?.user ?? null);

/** Accounts for the switcher: the user's own first, then the ones they may oversee. */
export const switchableAccounts = computed<StaffAccountRef[]>(() => {
  const own = state.session?.accounts ?? [];
  const ownIds = new Set(own.map((a) => a.id));
  return [...own, ...state.extraAccounts.filter((a) => !ownIds.has(a.id))];
});

export const currentAccount = computed(
  () => switchableAccounts.value.find((a) => a.id === state.accountId) ?? null,
);

export const roles = computed<StaffRole[]>(() => currentAccount.value?.roles ?? []);

export function hasRole(...wanted: StaffRole[]): boolean {
  return roles.value.some((r) => wanted.includes(r));
}

export const isPlatformAdmin = computed(() => !!user.value?.isPlatformAdmin);
export const isSupervisor = computed(() => !!user.value?.supervisorRegion);

/** What the current user may do on the current account; mirrors the server's checks. */
export const can = reactive({
  editProfile: computed(() => hasRole('admin') || isPlatformAdmin.value),
  manageStaff: computed(() => hasRole('admin')),
  readArticles: computed(() => hasRole('admin', 'editor', 'reviewer', 'leader')),
  writeArticles: computed(() => hasRole('admin', 'editor')),
  readFollowers: computed(() => hasRole('admin', 'analyst', 'responder')),
  /** Follower statistics: the follower list's readers, and platform admins. */
  readFollowerStats: computed(() => hasRole('admin', 'analyst', 'responder') || isPlatformAdmin.value),
  /** Follow QR codes are promotion material: admins and editors make them. */
  makeQrCodes: computed(() => hasRole('admin', 'editor') || isPlatformAdmin.value),
  /** Custom menus and hotlines: admins and editors (and platform admins). */
  editMenus: computed(() => hasRole('admin', 'editor') || isPlatformAdmin.value),
  /** Follower tags: seen by the follower list's readers, changed by admins only. */
  readTags: computed(() => hasRole('admin', 'editor', 'analyst', 'responder') || isPlatformAdmin.value),
  manageTags: computed(() => hasRole('admin') || isPlatformAdmin.value),
  /** The audit log: the account's admins, platform admins and supervisors of its region. */
  readAudit: computed(() => hasRole('admin') || isPlatformAdmin.value || isSupervisor.value),
  verifyAudit: computed(() => isPlatformAdmin.value),
  listAccounts: computed(() => isPlatformAdmin.value || isSupervisor.value),
  createAccounts: computed(() => isPlatformAdmin.value),
});

export function setSession(session: StaffSession | null): void {
  state.session = session;
  setCsrfToken(session?.csrfToken ?? null);
  if (!session) {
    state.extraAccounts = [];
    state.accountId = null;
    return;
  }
  pickAccount();
}

export function setExtraAccounts(accounts: StaffAccountRef[]): void {
  state.extraAccounts = accounts;
  pickAccount();
}

/** Keeps the remembered account when it is still allowed, else the first one. */
function pickAccount(): void {
  const remembered = Number(localStorage.getItem(STORAGE_KEY));
  const list = switchableAccounts.value;
  const keep = list.find((a) => a.id === state.accountId) ?? list.find((a) => a.id === remembered);
  state.accountId = keep?.id ?? list[0]?.id ?? null;
}

export function switchAccount(id: number): void {
  state.accountId = id;
  localStorage.setItem(STORAGE_KEY, String(id));
}

/** Updates the cached name after a profile edit so the switcher shows it at once. */
export function renameAccount(id: number, name: string): void {
  for (const a of [...(state.session?.accounts ?? []), ...state.extraAccounts])
    if (a.id === id) a.name = name;
}
