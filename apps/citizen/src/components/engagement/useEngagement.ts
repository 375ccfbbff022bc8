/**
 * One article's engagement state for the reader: the figures, the reader's own like and
 * answer, and the comments. Reactions update optimistically and settle on the server's figures.
 */
import { ref, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute, useRouter } from 'vue-router';
import { showToast } from 'vant';
import { ApiError } from '../../../../shared/http';
import { session } from '../../session';
import * as calls from './api';
import type { EngagementSummary, FeedbackValue, ReaderComment } from './api';

export function useEngagement(slug: Ref<string>) {
  const { t } = useI18n();
  const router = useRouter();
  const route = useRoute();
  const summary = ref<EngagementSummary | null>(null);
  const comments = ref<ReaderComment[]>([]);
  const busy = ref(false);

  async function load(): Promise<void> {
    const s = slug.value;
    const [e, c] = await Promise.all([
      calls.getEngagement(s).catch(() => null),
      calls.getComments(s).catch(() => ({ items: [] })),
    ]);
    if (s !== slug.value) return; // another article opened meanwhile
    summary.value = e;
    comments.value = c.items;
  }

  /** Reacting needs a citizen: signed-out readers are sent to sign in and come back here. */
  function requireSignIn(): boolean {
    if (session.citizen) return true;
    showToast(t('engagement.signInFirst'));
    void router.push({ name: 'login', query: { redirect: route.fullPath } });
    return false;
  }

  function fail(e: unknown): void {
    showToast(e instanceof ApiError ? e.message : t('engagement.failed'));
  }

  async function toggleLike(): Promise<void> {
    if (!summary.value || busy.value || !requireSignIn()) return;
    const before = summary.value;
    const liked = !before.liked;
    summary.value = { ...before, liked, likes: before.likes + (liked ? 1 : -1) };
    busy.value = true;
    try {
      summary.value = await calls.putLike(slug.value, liked);
    } catch (e) {
      summary.value = before;
      fail(e);
    } finally {
      busy.value = false;
    }
  }

  /** Tapping the chosen answer again takes it back. */
  async function answer(value: Exclude<FeedbackValue, null>): Promise<void> {
    if (!summary.value || busy.value || !requireSignIn()) return;
    const next = summary.value.feedback === value ? null : value;
    busy.value = true;
    try {
      summary.value = await calls.putFeedback(slug.value, next);
      if (next) showToast({ message: t('engagement.thanks'), type: 'success' });
    } catch (e) {
      fail(e);
    } finally {
      busy.value = false;
    }
  }

  /** Posts a comment; true when it was taken (then it shows at the top, marked if held). */
  async function comment(body: string): Promise<boolean> {
    if (!requireSignIn()) return false;
    try {
      const c = await calls.postComment(slug.value, body);
      // Newest first below the featured ones, as the server orders them.
      const list = comments.value;
      comments.value = [...list.filter((x) => x.featured), c, ...list.filter((x) => !x.featured)];
      if (!c.held && summary.value)
        summary.value = { ...summary.value, comments: summary.value.comments + 1 };
      showToast({
        message: c.held ? t('engagement.comments.held') : t('engagement.comments.posted'),
        type: 'success',
      });
      return true;
    } catch (e) {
      fail(e);
      return false;
    }
  }

  /** A share link carrying the account's attribution; the plain public link if that fails. */
  async function shareUrl(fallback: string): Promise<string> {
    try {
      const s = await calls.createShare(slug.value);
      if (summary.value) summary.value = { ...summary.value, shares: summary.value.shares + 1 };
      return new URL(s.url, location.origin).href;
    } catch {
      return fallback;
    }
  }

  return { summary, comments, load, toggleLike, answer, comment, shareUrl };
}
