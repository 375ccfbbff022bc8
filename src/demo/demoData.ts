/**
 * The demo data set: real-looking government accounts of Henan province, the setting of the
 * paper's examples (the Henan Department of Education's exam-score service; Xinyang's
 * police, letters-and-calls and justice bureaus). Contacts are the national public hotlines.
 */
import type { AccountLevel, StaffRole } from '../db/schema.js';

/** Meets assertStrongPassword; printed at start-up, so only for demo installations. */
export const DEMO_PASSWORD = 'Zhengwei@2026';

export interface DemoAccount {
  handle: string;
  name: string;
  en: string;
  level: AccountLevel;
  departmentType: string;
  regionCode: string;
  owningUnit: string;
  contact: string;
  introduction: string;
  verified: boolean;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    handle: 'henan-edu',
    name: '河南省教育厅',
    en: 'Henan Provincial Department of Education',
    level: 'provincial',
    departmentType: 'education',
    regionCode: '410000',
    owningUnit: '河南省教育厅',
    contact: '12345 政务服务便民热线',
    introduction:
      '河南省教育厅官方政务公众号：发布全省教育政策与通知，提供高考成绩查询、录取查询等便民服务，受理教育领域咨询与投诉。',
    verified: true,
  },
  {
    handle: 'xinyang-police',
    name: '信阳市公安局',
    en: 'Xinyang Municipal Public Security Bureau',
    level: 'municipal',
    departmentType: 'public_security',
    regionCode: '411500',
    owningUnit: '信阳市公安局',
    contact: '110 报警电话；12345 政务服务便民热线',
    introduction: '信阳公安官方发布：警情通报、防诈骗提醒、户政与出入境办事指南。紧急报警请拨打 110。',
    verified: true,
  },
  {
    handle: 'xinyang-letters',
    name: '信阳市信访局',
    en: 'Xinyang Municipal Bureau of Letters and Calls',
    level: 'municipal',
    departmentType: 'letters_complaints',
    regionCode: '411500',
    owningUnit: '信阳市信访局',
    contact: '12345 政务服务便民热线',
    introduction: '信阳市信访局政务公众号：网上信访、领导接访日程、信访事项办理进度查询。',
    verified: false,
  },
  {
    handle: 'xinyang-justice',
    name: '信阳市司法局',
    en: 'Xinyang Municipal Bureau of Justice',
    level: 'municipal',
    departmentType: 'judicial',
    regionCode: '411500',
    owningUnit: '信阳市司法局',
    contact: '12348 公共法律服务热线',
    introduction: '信阳司法行政官方公众号：法律援助申请、人民调解、普法宣传与公共法律服务。',
    verified: false,
  },
  {
    handle: 'zhengzhou-traffic',
    name: '郑州交警',
    en: 'Zhengzhou Traffic Police',
    level: 'municipal',
    departmentType: 'traffic_police',
    regionCode: '410100',
    owningUnit: '郑州市公安局交通警察支队',
    contact: '122 交通事故报警电话',
    introduction: '郑州市公安局交通警察支队官方公众号：路况信息、交通管制公告、违法处理与车驾管业务指南。',
    verified: true,
  },
  {
    handle: 'xinyang-traffic',
    name: '信阳交警',
    en: 'Xinyang Traffic Police',
    level: 'municipal',
    departmentType: 'traffic_police',
    regionCode: '411500',
    owningUnit: '信阳市公安局交通管理支队',
    contact: '122 交通事故报警电话',
    introduction: '信阳市公安局交通管理支队官方公众号：出行提示、恶劣天气交通管制、事故快处快赔指南。',
    verified: true,
  },
];

/**
 * Per account: one admin, editor, reviewer, leader and responder (usernames `<handle>-<role>`);
 * the leader approves tier-3 articles after the reviewer.
 */
export const DEMO_ACCOUNT_ROLES: Array<{ role: StaffRole; zh: string; en: string }> = [
  { role: 'admin', zh: '管理员', en: 'admin' },
  { role: 'editor', zh: '编辑', en: 'editor' },
  { role: 'reviewer', zh: '审核员', en: 'reviewer' },
  { role: 'leader', zh: '领导', en: 'leader' },
  { role: 'responder', zh: '客服', en: 'responder' },
];

export const DEMO_PLATFORM_ADMIN = {
  username: 'platform',
  displayName: '平台管理员',
  what: '平台管理员 / platform admin',
};
export const DEMO_SUPERVISOR = {
  username: 'supervisor',
  displayName: '信阳市政务新媒体监管员',
  region: '411500',
  what: '信阳市监管员（只读）/ supervisor of Xinyang (read-only)',
};

/** One person working several accounts, so the console's account switcher has something to do. */
export const DEMO_MULTI_ACCOUNT = {
  username: 'xinyang-newmedia',
  displayName: '信阳市政务新媒体中心·编辑',
  roles: [
    ['xinyang-police', 'editor'],
    ['xinyang-traffic', 'editor'],
    ['xinyang-justice', 'editor'],
    ['xinyang-letters', 'responder'],
  ] as Array<[handle: string, role: StaffRole]>,
  what: '信阳市政务新媒体中心 编辑（多个公众号）/ Xinyang new-media centre — editor of several accounts',
};
