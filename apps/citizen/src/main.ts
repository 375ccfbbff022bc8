import { createApp } from 'vue';
import {
  ActionSheet,
  Badge,
  Button,
  Cascader,
  Cell,
  CellGroup,
  DropdownItem,
  DropdownMenu,
  Empty,
  Field,
  Icon,
  Image as VanImage,
  List,
  Loading,
  NavBar,
  PasswordInput,
  NumberKeyboard,
  PullRefresh,
  Radio,
  RadioGroup,
  Search,
  Skeleton,
  Tabbar,
  TabbarItem,
  Tag,
} from 'vant';
import 'vant/lib/index.css';
import './styles.css';
import App from './App.vue';
import { router } from './router';
import { i18n } from './i18n';
import { loadSession } from './session';

const app = createApp(App);
// Registered one by one so the bundle carries only the Vant components we use.
for (const c of [
  ActionSheet, Badge, Button, Cascader, Cell, CellGroup, DropdownItem, DropdownMenu, Empty, Field, Icon,
  VanImage, List, Loading, NavBar, PasswordInput, NumberKeyboard, PullRefresh, Radio, RadioGroup, Search,
  Skeleton, Tabbar, TabbarItem, Tag,
]) app.use(c);
app.use(router).use(i18n);
void loadSession();
app.mount('#app');

// Offline app shell; only in production so the dev server's modules are never cached.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => void navigator.serviceWorker.register('/sw.js'));
}
