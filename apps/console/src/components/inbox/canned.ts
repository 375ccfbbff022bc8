/**
 * The account's canned replies, loaded once and shared by the composer's picker and the
 * management dialog, so an edit shows in the picker at once.
 */
import { reactive } from 'vue';
import { listCannedReplies, type CannedReply } from '../../api';

export const cannedStore = reactive<{ accountId: number | null; items: CannedReply[]; loading: boolean }>({
  accountId: null,
  items: [],
  loading: false,
});

export async function loadCanned(accountId: number, force = false): Promise<void> {
  if (!force && cannedStore.accountId === accountId && cannedStore.items.length > 0) return;
  cannedStore.loading = true;
  try {
    const { items } = await listCannedReplies(accountId);
    cannedStore.accountId = accountId;
    cannedStore.items = items;
  } finally {
    cannedStore.loading = false;
  }
}
