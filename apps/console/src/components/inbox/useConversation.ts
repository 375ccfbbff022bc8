/**
 * One open conversation's data: loading it, older history, following it live and marking it
 * read (the citizen's read receipt) once it is actually in front of someone.
 */
import { onBeforeUnmount, ref } from 'vue';
import { ElMessage } from 'element-plus';
import { ApiError } from '../../../../shared/http';
import type { ConversationSummaryPayload, MessagePayload } from '../../../../../src/shared/realtime';
import { errorMessage, getConversation, listOlderMessages, markConversationRead } from '../../api';
import type { ConversationNote } from '../../api';
import { useLive } from '../../live';
import { canAnswer } from './access';
import { applyCitizenRead, mergeMessages } from './timeline';

export function useConversation(opts: {
  conversationId: number;
  accountId: number;
  /** Every new state of the inbox row, for the list. */
  onSummary: (s: ConversationSummaryPayload) => void;
  /** Not there, or another account's: the caller may leave instead of showing it. */
  onMissing: () => void;
  failedText: string;
}) {
  const summary = ref<ConversationSummaryPayload | null>(null);
  const messages = ref<MessagePayload[]>([]);
  const notes = ref<ConversationNote[]>([]);
  const hasOlder = ref(false);
  const loading = ref(true);
  const loadingOlder = ref(false);
  const error = ref('');

  function setSummary(s: ConversationSummaryPayload) {
    summary.value = s;
    opts.onSummary(s);
  }

  let readTimer: ReturnType<typeof setTimeout> | null = null;
  function markRead(delayMs = 0) {
    if (readTimer) clearTimeout(readTimer);
    readTimer = setTimeout(() => {
      const last = messages.value[messages.value.length - 1];
      // Supervisors only look: their reading is not the account's reading.
      if (!last || document.visibilityState !== 'visible' || !canAnswer.value) return;
      markConversationRead(opts.conversationId, last.id)
        .then(() => {
          if (summary.value && summary.value.unread > 0) setSummary({ ...summary.value, unread: 0 });
        })
        .catch(() => {});
    }, delayMs);
  }
  /** A message that arrived in a background tab is read when the tab comes back. */
  const onVisible = () => {
    if (document.visibilityState === 'visible' && summary.value?.unread) markRead();
  };
  document.addEventListener('visibilitychange', onVisible);
  onBeforeUnmount(() => {
    document.removeEventListener('visibilitychange', onVisible);
    if (readTimer) clearTimeout(readTimer);
  });

  async function load() {
    loading.value = true;
    error.value = '';
    try {
      const d = await getConversation(opts.conversationId);
      // Platform admins may read any account's conversation: one of another account is as
      // good as missing here (the address outlived an account switch) and is not shown.
      if (d.conversation.accountId !== opts.accountId) return opts.onMissing();
      // Merged, not replaced: a send confirmed or a live message received while this
      // request was in flight is newer than the snapshot and must not vanish.
      messages.value = mergeMessages(messages.value, d.messages);
      notes.value = d.notes;
      hasOlder.value = d.hasOlder;
      setSummary(d.conversation);
      markRead();
    } catch (e) {
      error.value = errorMessage(e, opts.failedText);
      if (e instanceof ApiError && e.status === 404) opts.onMissing();
    } finally {
      loading.value = false;
    }
  }

  async function older() {
    const first = messages.value[0];
    if (!first) return;
    loadingOlder.value = true;
    try {
      const page = await listOlderMessages(opts.conversationId, first.id);
      messages.value = mergeMessages(messages.value, page.items);
      hasOlder.value = page.nextCursor !== null;
    } catch (e) {
      ElMessage.error(errorMessage(e, opts.failedText));
    } finally {
      loadingOlder.value = false;
    }
  }

  function addMessage(m: MessagePayload) {
    if (m.conversationId === opts.conversationId) messages.value = mergeMessages(messages.value, [m]);
  }

  useLive({
    'message.created': (m) => {
      if (m.conversationId !== opts.conversationId) return;
      addMessage(m);
      if (m.sender === 'citizen') markRead(800);
    },
    'conversation.read': (d) => {
      if (d.conversationId !== opts.conversationId || d.reader !== 'citizen') return;
      messages.value = applyCitizenRead(messages.value, d.upToId, d.at);
    },
    'conversation.updated': (s) => {
      if (s.id === opts.conversationId && s.accountId === opts.accountId) summary.value = s;
    },
  });

  void load();
  return { summary, messages, notes, hasOlder, loading, loadingOlder, error, setSummary, older, addMessage };
}
