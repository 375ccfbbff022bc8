/**
 * The part of the error catalogue (./errors.ts) that belongs to cases: filing, casework,
 * administration, statistics and Open311. Kept apart only for the catalogue's size; the same
 * rules hold: stable codes, an HTTP status, Chinese first and English second.
 */

export const caseErrors = {
  // Cases: filing and the citizen's side (src/modules/cases)
  CASE_NOT_FOUND: { status: 404, zh: '诉求不存在', en: 'No such case' },
  CASE_CATEGORY_INVALID: {
    status: 400,
    zh: '请选择有效的诉求分类',
    en: 'Choose a valid case category',
  },
  CASE_REGION_INVALID: { status: 400, zh: '所选地区不存在', en: 'No such region' },
  CASE_ATTACHMENT_INVALID: {
    status: 400,
    zh: '附件无效或已被使用，请重新上传',
    en: 'An attachment is not valid or already used; please upload it again',
  },
  CASE_ATTACHMENT_TYPE: {
    status: 415,
    zh: '附件只支持 JPEG、PNG、GIF、WebP 图片或 PDF 文件',
    en: 'Attachments must be JPEG, PNG, GIF or WebP images or PDF files',
  },
  CASE_TARGET_IS_REPORTED_UNIT: {
    status: 409,
    zh: '举报不能由被举报单位办理',
    en: 'A report cannot be handled by the unit it reports on',
  },
  CASE_NOT_RATABLE: {
    status: 409,
    zh: '诉求尚未答复，或本次答复已评价',
    en: 'The case has no answer yet, or this answer was already rated',
  },
  CASE_REOPEN_NOT_ALLOWED: {
    status: 409,
    zh: '只能在答复后 7 日内重新办理一次',
    en: 'A case can be reopened once, within 7 days of its answer',
  },
  // Cases: the departments' casework (src/modules/casework)
  CASE_STATUS_CONFLICT: {
    status: 409,
    zh: '诉求当前状态不允许此操作，请刷新后重试',
    en: 'The case is not in a state that allows this; reload and retry',
  },
  CASE_TARGET_INVALID: {
    status: 400,
    zh: '请选择其他正常运营的单位',
    en: 'Choose another active department',
  },
  CASE_STATEMENT_ALREADY_MADE: {
    status: 409,
    zh: '该诉求已作出首次公开回应',
    en: 'The first public statement on this case was already made',
  },
  CASE_ASSIST_ALREADY_OPEN: {
    status: 409,
    zh: '已向该单位发出协办请求，尚未结束',
    en: 'An assistance request to this department is still open',
  },
  CASE_ASSIST_NOT_FOUND: { status: 404, zh: '协办请求不存在', en: 'No such assistance request' },
  CASE_ASSIST_CLOSED: { status: 409, zh: '该协办已结束', en: 'This assistance request is closed' },
  // Cases: administration (src/modules/casesadmin)
  CASE_CATEGORY_NOT_FOUND: { status: 404, zh: '诉求分类不存在', en: 'No such case category' },
  CASE_CATEGORY_CODE_TAKEN: {
    status: 409,
    zh: '分类代码已被使用（代码创建后不可修改）',
    en: 'This category code is taken (codes never change once created)',
  },
  CASE_CATEGORY_PARENT_INVALID: {
    status: 400,
    zh: '上级分类无效：只能选择一个启用中的顶级分类，且分类只分一级',
    en: 'Invalid parent: choose an active top-level category (one level of groups only)',
  },
  CASE_CATEGORY_STATEMENT_HOURS: {
    status: 400,
    zh: '首次回应时限须短于办理时限',
    en: 'The first-statement deadline must be shorter than the answer deadline',
  },
  CASE_CATEGORY_ATTRIBUTE_INVALID: {
    status: 400,
    zh: '附加信息项有误：代码和顺序不能重复，单选/多选项须填写选项且选项键不能重复',
    en: 'Invalid attributes: codes and orders must be unique; list types need choices with unique keys',
  },
  CASE_CATEGORY_HAS_ACTIVE_CHILDREN: {
    status: 409,
    zh: '请先停用该分类下的子分类',
    en: 'Deactivate its sub-categories first',
  },
  CASE_CATEGORY_IN_USE: {
    status: 409,
    zh: '已有诉求或子分类使用该分类，不能删除，可以停用',
    en: 'Cases or sub-categories use this category; deactivate it instead of deleting',
  },
  CASE_ROUTING_RULE_NOT_FOUND: { status: 404, zh: '分派规则不存在', en: 'No such routing rule' },
  CASE_ROUTING_RULE_DUPLICATE: {
    status: 409,
    zh: '该分类在该地区已有分派规则，请先删除原规则',
    en: 'This category already has a rule for this region; delete it first',
  },
  CASE_ROUTING_REGION_UNKNOWN: { status: 400, zh: '行政区划代码不存在', en: 'Unknown region code' },
  CASE_ROUTING_ACCOUNT_INACTIVE: {
    status: 409,
    zh: '目标公众号已停用或待审核，不能接收分派',
    en: 'The target account is suspended or held and cannot receive cases',
  },
  CASE_CLOCK_STATEMENT_HOURS: {
    status: 400,
    zh: '首次回应时限须短于办理时限',
    en: 'The first-statement deadline must be shorter than the answer deadline',
  },
  CASE_CLOCK_CATEGORY_DUPLICATE: {
    status: 400,
    zh: '同一分类只能设置一次',
    en: 'A category appears more than once',
  },
  OPEN311_CLIENT_NOT_FOUND: { status: 404, zh: 'Open311 密钥不存在', en: 'No such Open311 key' },
  OPEN311_CLIENT_REVOKED: { status: 409, zh: '该密钥已吊销', en: 'This key is already revoked' },
  // Public case statistics (src/modules/casestats)
  CASE_STATS_REGION_NOT_FOUND: { status: 404, zh: '没有这个行政区划', en: 'No such region' },
  // Open311 GeoReport v2 (src/modules/open311): `code` of the spec's <error> elements
  OPEN311_FORMAT_UNSUPPORTED: {
    status: 404,
    zh: '不支持该格式，请使用 .xml 或 .json',
    en: 'Format not supported; use .xml or .json',
  },
  OPEN311_JURISDICTION_NOT_FOUND: {
    status: 404,
    zh: '未知的 jurisdiction_id（应为本平台的行政区划代码）',
    en: 'Unknown jurisdiction_id (a region code of this platform is expected)',
  },
  OPEN311_API_KEY_REQUIRED: { status: 403, zh: '缺少 api_key', en: 'api_key is required' },
  OPEN311_API_KEY_INVALID: {
    status: 403,
    zh: 'api_key 无效或已吊销',
    en: 'Invalid or revoked api_key',
  },
  OPEN311_SERVICE_CODE_REQUIRED: { status: 400, zh: '缺少 service_code', en: 'service_code is required' },
  OPEN311_SERVICE_NOT_FOUND: { status: 404, zh: '未知的 service_code', en: 'Unknown service_code' },
  OPEN311_LOCATION_REQUIRED: {
    status: 400,
    zh: '需要位置：lat 和 long、address_string 或 address_id 之一',
    en: 'A location is required: lat and long, address_string or address_id',
  },
  OPEN311_LOCATION_INVALID: {
    status: 400,
    zh: 'lat/long 须同时提供且为有效的 WGS84 坐标',
    en: 'lat and long must come together as valid WGS84 coordinates',
  },
  OPEN311_ATTRIBUTE_REQUIRED: { status: 400, zh: '缺少必填属性', en: 'A required attribute is missing' },
  OPEN311_ATTRIBUTE_INVALID: {
    status: 400,
    zh: '属性值不符合服务定义',
    en: 'An attribute value does not match the service definition',
  },
  OPEN311_FIELD_INVALID: { status: 400, zh: '字段内容无效', en: 'A field is not valid' },
  OPEN311_NO_DEPARTMENT: {
    status: 400,
    zh: '无法确定受理该服务的部门（没有分派规则，也没有默认受理部门）',
    en: 'No department takes this service here (no routing rule and no default department)',
  },
  OPEN311_REQUEST_NOT_FOUND: {
    status: 404,
    zh: '未知的 service_request_id',
    en: 'Unknown service_request_id',
  },
  OPEN311_TOKEN_NOT_FOUND: { status: 404, zh: '未知的 token', en: 'Unknown token' },
  OPEN311_DATE_INVALID: {
    status: 400,
    zh: '日期时间须为带时区的 ISO 8601 格式，如 2026-12-01T00:00:00Z',
    en: 'Dates must be ISO 8601 with a time zone, e.g. 2026-12-01T00:00:00Z',
  },
  OPEN311_DATE_RANGE: {
    status: 400,
    zh: 'end_date 须晚于 start_date，且跨度不超过 90 天',
    en: 'end_date must follow start_date, at most 90 days later',
  },
  OPEN311_STATUS_INVALID: {
    status: 400,
    zh: 'status 只能是 open 或 closed',
    en: 'status must be open or closed',
  },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;
