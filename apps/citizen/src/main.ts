import { createApp } from 'vue';
import { installVant } from './vant';
import './styles.css';
import App from './App.vue';
import { router } from './router';
import { i18n } from './i18n';
import { loadSession } from './session';
import { installPushPrompt } from './webPush';

const app = createApp(App);
installVant(app);
app.use(router).use(i18n);
installPushPrompt(router);
void loadSession();
app.mount('#app');

// Offline app shell; only in production so the dev server's modules are never cached.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => void navigator.serviceWorker.register('/sw.js'));
}
