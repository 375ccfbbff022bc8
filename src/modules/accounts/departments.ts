import type { AccountLevel } from '../../db/schema.js';

/**
 * The catalogue of department types an account can belong to (the paper's Figure 2 groups
 * accounts this way). Keys are stable API values; labels are for people.
 */
export const DEPARTMENTS = [
  { key: 'public_security', zh: '公安', en: 'Public security' },
  { key: 'judicial', zh: '司法', en: 'Justice' },
  { key: 'tourism', zh: '文旅', en: 'Culture and tourism' },
  { key: 'taxation', zh: '税务', en: 'Taxation' },
  { key: 'education', zh: '教育', en: 'Education' },
  { key: 'health', zh: '卫生健康', en: 'Health' },
  { key: 'transport', zh: '交通运输', en: 'Transport' },
  { key: 'traffic_police', zh: '交警', en: 'Traffic police' },
  { key: 'emergency', zh: '应急管理', en: 'Emergency management' },
  { key: 'civil_affairs', zh: '民政', en: 'Civil affairs' },
  { key: 'propaganda', zh: '宣传', en: 'Publicity' },
  { key: 'organisation', zh: '组织', en: 'Organisation' },
  { key: 'party_committee', zh: '党委', en: 'Party committee' },
  { key: 'npc', zh: '人大', en: "People's Congress" },
  { key: 'cppcc', zh: '政协', en: 'CPPCC' },
  { key: 'letters_complaints', zh: '信访', en: 'Letters and complaints' },
  { key: 'government', zh: '政府办', en: 'Government office' },
  { key: 'market_regulation', zh: '市场监管', en: 'Market regulation' },
  { key: 'human_resources', zh: '人社', en: 'Human resources and social security' },
  { key: 'other', zh: '其他', en: 'Other' },
] as const;

export type DepartmentType = (typeof DEPARTMENTS)[number]['key'];

export const DEPARTMENT_KEYS: readonly DepartmentType[] = DEPARTMENTS.map((d) => d.key);

/** The five administrative levels with labels (the paper's Figure 1 counts accounts by them). */
export const LEVEL_LABELS = [
  { key: 'national', zh: '国家级', en: 'National' },
  { key: 'provincial', zh: '省级', en: 'Provincial' },
  { key: 'municipal', zh: '市级', en: 'Municipal' },
  { key: 'county', zh: '县级', en: 'County' },
  { key: 'township', zh: '乡镇级', en: 'Township' },
] as const satisfies ReadonlyArray<{ key: AccountLevel; zh: string; en: string }>;
