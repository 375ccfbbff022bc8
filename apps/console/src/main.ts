import { createApp } from 'vue';
import App from './App.vue';
import element from './element';
import { i18n } from './i18n';
import { router } from './router';
import './styles.css';

createApp(App).use(i18n).use(element).use(router).mount('#app');
