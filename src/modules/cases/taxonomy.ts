/**
 * The default platform-wide case taxonomy: what a new installation (and the demo) starts with.
 * Platform admins maintain it afterwards in the console. Codes are stable (they are the
 * Open311 service_code); sub-categories name their parent by code. Major matters (public
 * safety) get 24 hours and a first public statement within 4; the rest 48 hours
 * (standards.md §5.2).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { isUniqueViolation } from '../../db/dialect.js';
import type { Schema } from '../../db/schema.js';
import { DEFAULT_DUE_HOURS, DEFAULT_WARN_PERCENT, MAJOR_DUE_HOURS } from './clock.js';

/** One Open311 attribute of a category (service definition), stored as JSON in case_categories.attributes. */
export interface CaseAttribute {
  code: string;
  datatype: 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';
  required: boolean;
  /** The question, zh-CN (Open311 `description`), and in English. */
  description: string;
  descriptionEn: string;
  order: number;
  values?: Array<{ key: string; name: string; nameEn: string }>;
}

export interface DefaultCategory {
  code: string;
  parent: string | null;
  zh: string;
  en: string;
  descriptionZh: string;
  descriptionEn: string;
  keywords: string;
  major: boolean;
  statementHours: number | null;
  attributes: CaseAttribute[];
}

const SEVERITY: CaseAttribute = {
  code: 'severity',
  datatype: 'singlevaluelist',
  required: false,
  description: '紧急程度',
  descriptionEn: 'How urgent is it?',
  order: 2,
  values: [
    { key: 'low', name: '一般', nameEn: 'Low' },
    { key: 'medium', name: '较急', nameEn: 'Medium' },
    { key: 'high', name: '紧急', nameEn: 'High' },
  ],
};

const PLATE: CaseAttribute = {
  code: 'plate_number',
  datatype: 'string',
  required: false,
  description: '涉及车辆的号牌（如有）',
  descriptionEn: 'Licence plate of the vehicle involved, if any',
  order: 1,
};

const cat = (
  code: string,
  parent: string | null,
  zh: string,
  en: string,
  descriptionZh: string,
  descriptionEn: string,
  keywords: string,
  extra: Partial<Pick<DefaultCategory, 'major' | 'statementHours' | 'attributes'>> = {},
): DefaultCategory => ({
  code,
  parent,
  zh,
  en,
  descriptionZh,
  descriptionEn,
  keywords,
  major: extra.major ?? false,
  statementHours: extra.statementHours ?? null,
  attributes: extra.attributes ?? [],
});

export const DEFAULT_TAXONOMY: readonly DefaultCategory[] = [
  cat(
    'traffic',
    null,
    '交通出行',
    'Traffic and transport',
    '道路交通、公共交通、停车等问题',
    'Roads, public transport, parking',
    '交通,道路,公交,停车',
  ),
  cat(
    'traffic-violation',
    'traffic',
    '交通违法',
    'Traffic violations',
    '违章停车、闯红灯、酒驾等交通违法行为',
    'Illegal parking, running red lights, drink-driving',
    '违章,违停,闯红灯,酒驾',
    { attributes: [PLATE, SEVERITY] },
  ),
  cat(
    'traffic-congestion',
    'traffic',
    '交通拥堵',
    'Traffic congestion',
    '道路拥堵、信号灯配时、交通组织',
    'Congestion, signal timing, traffic management',
    '拥堵,堵车,信号灯',
    { attributes: [SEVERITY] },
  ),
  cat(
    'traffic-public',
    'traffic',
    '公共交通',
    'Public transport',
    '公交、地铁、出租车服务',
    'Buses, metro, taxis',
    '公交,地铁,出租车',
  ),
  cat(
    'education',
    null,
    '教育',
    'Education',
    '入学招生、学校管理、教育收费、考试',
    'Admissions, schools, fees, examinations',
    '入学,招生,学校,考试,收费',
  ),
  cat(
    'health',
    null,
    '医疗卫生',
    'Health care',
    '医疗服务、医保报销、公共卫生、药品',
    'Medical services, insurance claims, public health, medicines',
    '医院,医保,药品,卫生',
  ),
  cat(
    'social-security',
    null,
    '社会保障',
    'Social security',
    '养老、社保缴费、就业、低保救助',
    'Pensions, contributions, employment, assistance',
    '社保,养老,就业,低保',
  ),
  cat(
    'market',
    null,
    '市场监管',
    'Market regulation',
    '食品安全、价格、消费纠纷、虚假广告',
    'Food safety, prices, consumer disputes, false advertising',
    '食品,价格,消费,广告',
    { attributes: [SEVERITY] },
  ),
  cat(
    'urban',
    null,
    '城市管理与环境',
    'City management and environment',
    '市容环境、噪声、污染、占道经营、垃圾',
    'Streets, noise, pollution, street vending, refuse',
    '环境,噪声,污染,垃圾,占道',
  ),
  cat(
    'public-safety',
    null,
    '公共安全',
    'Public safety',
    '安全隐患、突发事件、重大舆情（24 小时内答复，4 小时内首次回应）',
    'Hazards, emergencies, major public-opinion events (answer within 24 h, first statement within 4 h)',
    '安全,隐患,突发,应急',
    { major: true, statementHours: 4, attributes: [SEVERITY] },
  ),
  cat(
    'government-services',
    null,
    '政务服务',
    'Government services',
    '办事流程、窗口服务、政务服务平台、工作作风',
    'Procedures, service counters, online services, conduct of officials',
    '办事,窗口,审批,作风',
  ),
  cat('other', null, '其他', 'Other', '以上分类都不合适时选择', 'When nothing above fits', '其他'),
];

/**
 * Inserts the default categories whose code is not there yet (idempotent; never touches a
 * category an admin changed). Returns the ids by code of every default category.
 */
export async function seedDefaultTaxonomy(k: Kysely<Schema>, now: number): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const existing = await k.selectFrom('case_categories').select(['id', 'code']).execute();
  for (const e of existing) ids.set(e.code, e.id);
  for (const [position, c] of DEFAULT_TAXONOMY.entries()) {
    if (ids.has(c.code)) continue;
    const row = await k
      .insertInto('case_categories')
      .values({
        code: c.code,
        parent_id: c.parent ? (ids.get(c.parent) ?? null) : null,
        name_zh: c.zh,
        name_en: c.en,
        description_zh: c.descriptionZh,
        description_en: c.descriptionEn,
        keywords: c.keywords,
        major: c.major ? 1 : 0,
        due_hours: c.major ? MAJOR_DUE_HOURS : DEFAULT_DUE_HOURS,
        statement_hours: c.statementHours,
        time_basis: 'calendar',
        warn_percent: DEFAULT_WARN_PERCENT,
        attributes: JSON.stringify(c.attributes),
        active: 1,
        position: position * 10,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.set(c.code, row.id);
  }
  return ids;
}

const SHIPPED_KEY = 'cases.default_taxonomy_shipped';

/**
 * A new installation starts with the default taxonomy, so citizens can file on day one; the
 * platform admin edits it from there. Shipped once (a `meta` mark): categories an admin
 * deleted or renamed later are never brought back.
 */
export async function shipDefaultTaxonomy(database: Database, now: number): Promise<boolean> {
  try {
    return await database.k.transaction().execute(async (trx) => {
      const shipped = await trx
        .selectFrom('meta')
        .select('key')
        .where('key', '=', SHIPPED_KEY)
        .executeTakeFirst();
      if (shipped) return false;
      await seedDefaultTaxonomy(trx, now);
      await trx
        .insertInto('meta')
        .values({ key: SHIPPED_KEY, value: String(now) })
        .execute();
      return true;
    });
  } catch (err) {
    // Two processes started together: the other one shipped it.
    if (isUniqueViolation(err)) return false;
    throw err;
  }
}
