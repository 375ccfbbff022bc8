import { useRouter, type RouteLocationRaw } from 'vue-router';

/**
 * Back that also works when the page was opened directly (shared link, PWA start): with no
 * in-app history, go to a sensible parent instead of leaving the app.
 */
export function useBack(fallback: () => RouteLocationRaw) {
  const router = useRouter();
  return () => {
    if (window.history.state?.back) router.back();
    else void router.replace(fallback());
  };
}
