/**
 * The Vant components the app uses, registered globally with only their own styles, so the
 * bundle does not carry the whole library (its full stylesheet alone is ~200 kB).
 */
import type { App } from 'vue';
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
  List,
  Loading,
  NavBar,
  Popup,
  PullRefresh,
  Radio,
  RadioGroup,
  Search,
  Skeleton,
  Tabbar,
  TabbarItem,
  Tag,
  Uploader,
} from 'vant';
import 'vant/es/action-sheet/style/index.mjs';
import 'vant/es/badge/style/index.mjs';
import 'vant/es/button/style/index.mjs';
import 'vant/es/cascader/style/index.mjs';
import 'vant/es/cell/style/index.mjs';
import 'vant/es/cell-group/style/index.mjs';
import 'vant/es/dropdown-item/style/index.mjs';
import 'vant/es/dropdown-menu/style/index.mjs';
import 'vant/es/empty/style/index.mjs';
import 'vant/es/field/style/index.mjs';
import 'vant/es/icon/style/index.mjs';
import 'vant/es/list/style/index.mjs';
import 'vant/es/loading/style/index.mjs';
import 'vant/es/nav-bar/style/index.mjs';
import 'vant/es/popup/style/index.mjs';
import 'vant/es/pull-refresh/style/index.mjs';
import 'vant/es/radio/style/index.mjs';
import 'vant/es/radio-group/style/index.mjs';
import 'vant/es/search/style/index.mjs';
import 'vant/es/skeleton/style/index.mjs';
import 'vant/es/tabbar/style/index.mjs';
import 'vant/es/tabbar-item/style/index.mjs';
import 'vant/es/tag/style/index.mjs';
import 'vant/es/uploader/style/index.mjs';
// Used through function calls (showToast, showConfirmDialog), not as tags.
import 'vant/es/toast/style/index.mjs';
import 'vant/es/dialog/style/index.mjs';

const components = [
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
  List,
  Loading,
  NavBar,
  Popup,
  PullRefresh,
  Radio,
  RadioGroup,
  Search,
  Skeleton,
  Tabbar,
  TabbarItem,
  Tag,
  Uploader,
];

export function installVant(app: App): void {
  for (const c of components) app.use(c);
}
