/** Department names, loaded once and shared, so any view can show "公安" for "public_security". */
import { ref } from 'vue';
import type { Department } from '../../shared/types';
import { getDepartments } from './api';
import { i18n } from './i18n';

export const departments = ref<Department[]>([]);
let loading: Promise<void> | null = null;

export function loadDepartments(): Promise<void> {
  loading ??= getDepartments()
    .then((r) => {
      departments.value = r.items;
    })
    .catch(() => {
      loading = null; // try again next time rather than caching the failure
    });
  return loading;
}

export function departmentLabel(key: string): string {
  const d = departments.value.find((x) => x.key === key);
  if (!d) return key;
  return i18n.global.locale.value === 'en' ? d.en : d.zh;
}
