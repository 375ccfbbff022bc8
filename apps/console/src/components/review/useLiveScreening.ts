/**
 * Live sensitive-word screening of the article being edited: the text is checked a short
 * quiet time after the last change (answers that come back out of order are dropped), and the
 * body's hits become the editor's highlights. `hits` is null when the check failed.
 */
import { computed, onBeforeUnmount, ref } from 'vue';
import { ApiError } from '../../../../shared/http';
import { checkScreening, type ScreeningHit } from './api';

/** Quiet time before the text is screened again. */
const SCREEN_MS = 800;

export interface ScreenedText {
  title: string;
  summary: string;
  bodyHtml: string;
}

export function useLiveScreening(accountId: number, text: () => ScreenedText) {
  const hits = ref<ScreeningHit[] | null>([]);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;

  async function screen(): Promise<void> {
    const mine = ++seq;
    try {
      const found = await checkScreening(accountId, text());
      if (mine === seq) hits.value = found;
    } catch {
      if (mine === seq) hits.value = null;
    }
  }

  function later(): void {
    clearTimeout(timer);
    timer = setTimeout(() => void screen(), SCREEN_MS);
  }
  onBeforeUnmount(() => clearTimeout(timer));

  const highlights = computed(() =>
    (hits.value ?? []).filter((h) => h.field === 'body').map((h) => ({ text: h.text, level: h.level })),
  );
  return { hits, highlights, screen, later };
}

/** The block hits a refused submission or release names (CONTENT_BLOCKED), else none. */
export function blockedHits(e: unknown): ScreeningHit[] {
  if (!(e instanceof ApiError) || e.code !== 'CONTENT_BLOCKED') return [];
  return ((e.details?.hits as ScreeningHit[] | undefined) ?? []).filter((h) => h.level === 'block');
}
