/**
 * Staff sends with an idempotency key: each send gets a clientId once, and every retry —
 * automatic after a network failure or a busy server, or the user's "Retry" — repeats the
 * same key, so the server writes the message at most once however often it is tried.
 */
import { onBeforeUnmount, ref } from 'vue';
import { ApiError } from '../../../../shared/http';
import type { MessagePayload } from '../../../../../src/shared/realtime';
import { errorMessage, sendStaffMessage, uploadMedia, type StaffMessageInput } from '../../api';
import { newClientId } from './ids';
import type { PendingView } from './timeline';

/** A send in flight: what the time line shows, and what a retry sends again. */
export interface PendingSend extends PendingView {
  /** Null while an image still has to be uploaded (`file`). */
  input: StaffMessageInput | null;
  file: File | null;
}

/** Pauses before the automatic retries; after them the user decides. */
const BACKOFF_MS = [1_000, 3_000];

type Draft =
  | { kind: 'text'; text: string }
  | { kind: 'image'; file: File }
  | { kind: 'articles'; publicationIds: number[] };

/** Worth trying again by itself: no answer at all, a busy server, a rate limit. */
function transient(e: unknown): boolean {
  return !(e instanceof ApiError) || e.status >= 500 || e.status === 429;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Sends in flight, across conversations: switching to another conversation and back keeps a
 * failed send (and its Retry) where it was.
 */
const pending = ref<PendingSend[]>([]);
const confirmed = new Set<(m: MessagePayload) => void>();

/** For one open conversation pane; `onSent` hears of every confirmed send while it is mounted. */
export function useSender(opts: {
  accountId: number;
  onSent: (m: MessagePayload) => void;
  failedText: string;
}) {
  confirmed.add(opts.onSent);
  onBeforeUnmount(() => confirmed.delete(opts.onSent));

  function find(clientId: string): PendingSend | undefined {
    return pending.value.find((p) => p.clientId === clientId);
  }

  async function attempt(clientId: string): Promise<void> {
    for (let round = 0; ; round++) {
      const p = find(clientId);
      if (!p) return;
      p.status = 'sending';
      p.error = null;
      try {
        if (!p.input && p.file) {
          const media = await uploadMedia(opts.accountId, p.file);
          p.input = { clientId, kind: 'image', mediaId: media.id };
        }
        const message = await sendStaffMessage(p.conversationId, p.input!);
        pending.value = pending.value.filter((x) => x.clientId !== clientId);
        if (p.imageUrl) URL.revokeObjectURL(p.imageUrl);
        for (const hear of confirmed) hear(message);
        return;
      } catch (e) {
        const delay = BACKOFF_MS[round];
        if (transient(e) && delay !== undefined) {
          await wait(delay);
          continue;
        }
        p.status = 'failed';
        p.error = errorMessage(e, opts.failedText);
        return;
      }
    }
  }

  /** Starts a send; it shows in the time line at once (`preview`) until the server confirms it. */
  function send(conversationId: number, draft: Draft, preview: string): void {
    const clientId = newClientId();
    const input: StaffMessageInput | null =
      draft.kind === 'text'
        ? { clientId, kind: 'text', text: draft.text }
        : draft.kind === 'articles'
          ? { clientId, kind: 'articles', publicationIds: draft.publicationIds }
          : null;
    pending.value.push({
      clientId,
      conversationId,
      input,
      file: draft.kind === 'image' ? draft.file : null,
      preview,
      imageUrl: draft.kind === 'image' ? URL.createObjectURL(draft.file) : null,
      status: 'sending',
      error: null,
      createdAt: Date.now(),
    });
    void attempt(clientId);
  }

  function retry(clientId: string): void {
    if (find(clientId)?.status === 'failed') void attempt(clientId);
  }

  // A live `message.created` may bring the server's copy before the answer does; the time
  // line hides a placeholder whose clientId it already shows (timeline.ts).
  return { pending, send, retry };
}
