/**
 * Pages with edits not yet saved register a check here. Leaving by route is each page's own
 * `onBeforeRouteLeave`; switching account remounts the page without a route change, so the
 * account switcher asks through `confirmDiscardUnsaved` first.
 */
import { ElMessageBox } from 'element-plus';
import { onBeforeUnmount, onMounted } from 'vue';
import { i18n } from './i18n';

const checks = new Set<() => boolean>();

/**
 * Registers `isDirty` while the calling component is mounted; closing the tab or reloading
 * with unsaved edits then asks the browser's own question too.
 */
export function useUnsavedCheck(isDirty: () => boolean): void {
  const beforeUnload = (ev: BeforeUnloadEvent) => {
    if (isDirty()) ev.preventDefault();
  };
  onMounted(() => {
    checks.add(isDirty);
    window.addEventListener('beforeunload', beforeUnload);
  });
  onBeforeUnmount(() => {
    checks.delete(isDirty);
    window.removeEventListener('beforeunload', beforeUnload);
  });
}

/** True when nothing is unsaved, or the user chose to discard it. */
export async function confirmDiscardUnsaved(): Promise<boolean> {
  if (![...checks].some((dirty) => dirty())) return true;
  const { t } = i18n.global;
  try {
    await ElMessageBox.confirm(t('common.unsavedSwitch'), t('common.tip'), {
      type: 'warning',
      confirmButtonText: t('common.discardAndSwitch'),
      cancelButtonText: t('common.cancel'),
    });
    return true;
  } catch {
    return false;
  }
}
