/** Shared dictionaries (department types), fetched once per page load and cached. */
import { ref } from 'vue';
import type { AccountLevel, Department } from '../../shared/types';
import { listDepartments } from './api';
import { i18n } from './i18n';

export const levels: AccountLevel[] = ['national', 'provincial', 'municipal', 'county', 'township'];

const departments = ref<Department[]>([]);
let loading: Promise<void> | null = null;

export function useDepartments() {
  loading ??= listDepartments()
    .then((r) => {
      departments.value = r.items;
    })
    .catch(() => {
      loading = null; // retry on the next page that needs it
    });
  return departments;
}

export function departmentLabel(key: string): string {
  const d = departments.value.find((x) => x.key === key);
  if (!d) return key;
  return i18n.global.locale.value === 'en' ? d.en : d.zh;
}
