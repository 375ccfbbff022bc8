/**
 * The one catalogue of errors the platform returns. Every error a client can see has a
 * stable `code` (clients branch on it, so never rename one), an HTTP status, and a message
 * in Chinese first and English second. The private `cause` is logged, never sent.
 */

import { caseErrors } from './caseErrors.js';

export const errorCatalogue = {
  // Generic request problems
  NOT_FOUND: { status: 404, zh: '请求的资源不存在', en: 'The requested resource does not exist' },
  ROUTE_NOT_FOUND: { status: 404, zh: '接口不存在', en: 'No such endpoint' },
  VALIDATION_FAILED: { status: 400, zh: '提交的内容不符合要求', en: 'The request is not valid' },
  INVALID_JSON: { status: 400, zh: '请求内容不是合法的 JSON', en: 'The request body is not valid JSON' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持的内容类型', en: 'Unsupported content type' },
  BODY_TOO_LARGE: { status: 413, zh: '提交的内容过大', en: 'The request body is too large' },
  RATE_LIMITED: {
    status: 429,
    zh: '操作过于频繁，请稍后再试',
    en: 'Too many requests, please try again later',
  },
  INTERNAL: {
    status: 500,
    zh: '服务器内部错误，请稍后再试',
    en: 'Internal server error, please try again later',
  },

  // Authentication and authorisation
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please sign in first' },
  FORBIDDEN: { status: 403, zh: '您没有执行此操作的权限', en: 'You are not allowed to do this' },
  CSRF_FAILED: {
    status: 403,
    zh: '请求校验失败，请刷新页面后重试',
    en: 'Request check failed; reload the page and retry',
  },
  BAD_CREDENTIALS: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  ACCOUNT_DISABLED: { status: 403, zh: '该用户已停用', en: 'This user is disabled' },
  WRONG_PASSWORD: { status: 400, zh: '原密码不正确', en: 'The current password is wrong' },
  WEAK_PASSWORD: {
    status: 400,
    zh: '密码至少 10 位，且需包含字母和数字',
    en: 'Passwords need at least 10 characters with letters and digits',
  },
  USERNAME_TAKEN: { status: 409, zh: '用户名已被占用', en: 'That username is taken' },

  // Citizen sign-in
  INVALID_PHONE: {
    status: 400,
    zh: '请输入正确的 11 位手机号码',
    en: 'Enter a valid 11-digit mobile number',
  },
  OTP_SEND_TOO_SOON: {
    status: 429,
    zh: '验证码发送过于频繁，请稍后再试',
    en: 'Codes were sent too often; please wait',
  },
  OTP_INVALID: { status: 400, zh: '验证码错误', en: 'The code is wrong' },
  OTP_EXPIRED: { status: 400, zh: '验证码已过期，请重新获取', en: 'The code has expired; request a new one' },
  OTP_TOO_MANY_ATTEMPTS: {
    status: 429,
    zh: '验证码错误次数过多，请重新获取',
    en: 'Too many wrong codes; request a new one',
  },

  // Accounts, staff, following
  ACCOUNT_NOT_FOUND: { status: 404, zh: '公众号不存在', en: 'No such account' },
  ACCOUNT_NAME_TAKEN: { status: 409, zh: '已存在同名公众号', en: 'An account with this name already exists' },
  REGION_NOT_FOUND: { status: 400, zh: '行政区划代码不存在', en: 'Unknown region code' },
  STAFF_NOT_FOUND: { status: 404, zh: '工作人员不存在', en: 'No such staff member' },
  LAST_ADMIN: {
    status: 409,
    zh: '公众号至少需要保留一名管理员',
    en: 'An account must keep at least one admin',
  },

  // Publishing
  ARTICLE_NOT_FOUND: { status: 404, zh: '文章不存在', en: 'No such article' },
  ARTICLE_ALREADY_PUBLISHED: { status: 409, zh: '文章已发布', en: 'The article is already published' },
  CONTENT_BLOCKED: {
    status: 422,
    zh: '内容包含禁用词，请修改后再提交',
    en: 'The content contains blocked words; edit it and submit again',
  },
  ARTICLE_EMPTY: { status: 400, zh: '正文不能为空', en: 'The body cannot be empty' },
  MEDIA_NOT_FOUND: { status: 404, zh: '素材不存在', en: 'No such media file' },
  COVER_NOT_IMAGE: {
    status: 422,
    zh: '封面只能使用图片素材',
    en: 'A cover must be an image',
  },
  MEDIA_TYPE_NOT_ALLOWED: {
    status: 415,
    zh: '只支持 JPEG、PNG、GIF、WebP 图片，MP4、WebM 视频，MP3、M4A、OGG、WAV 音频，以及 PDF、OFD、Word、Excel、PowerPoint 文件',
    en: 'Only JPEG, PNG, GIF and WebP images, MP4 and WebM video, MP3, M4A, OGG and WAV audio, and PDF, OFD, Word, Excel and PowerPoint files are allowed',
  },

  // Media uploads of the editor (src/modules/publishing/uploadMedia.ts)
  MEDIA_TOO_LARGE: {
    status: 413,
    zh: '文件过大：图片不超过 10 MB，音频 30 MB，视频 200 MB，附件 50 MB',
    en: 'The file is too large: images up to 10 MB, audio 30 MB, video 200 MB, attachments 50 MB',
  },
  MEDIA_IMAGE_INVALID: {
    status: 422,
    zh: '图片已损坏或尺寸过大，无法处理',
    en: 'The image is damaged or too large to process',
  },

  // Custom menus
  MENU_INVALID: {
    status: 400,
    zh: '自定义菜单不符合要求',
    en: 'The custom menu is not valid',
  },
  TAG_NOT_FOUND: { status: 404, zh: '标签不存在', en: 'No such tag' },
  TAG_NAME_TAKEN: { status: 409, zh: '已有同名标签', en: 'A tag with this name already exists' },
  TAG_LIMIT: {
    status: 400,
    zh: '每个公众号最多创建 100 个标签',
    en: 'An account can have at most 100 tags',
  },
  TAG_IN_USE: {
    status: 409,
    zh: '该标签正用于个性化菜单，请先修改或删除相关菜单',
    en: 'A conditional menu uses this tag; change or remove that menu first',
  },
  FOLLOWER_NOT_FOUND: {
    status: 404,
    zh: '找不到该关注者（openid 无效或已取消关注）',
    en: 'No such follower (unknown openid, or no longer following)',
  },

  // Automatic replies (src/modules/autoreplies)
  AUTOREPLY_RULE_NOT_FOUND: { status: 404, zh: '自动回复规则不存在', en: 'No such automatic-reply rule' },
  AUTOREPLY_KEYWORD_EMPTY: {
    status: 400,
    zh: '关键词不能为空（只含空格也不行）',
    en: 'A keyword cannot be empty or only spaces',
  },
  AUTOREPLY_KEYWORD_TOO_LONG: {
    status: 400,
    zh: '关键词最多 60 个字',
    en: 'A keyword can have at most 60 characters',
  },
  AUTOREPLY_TOO_MANY_KEYWORDS: {
    status: 400,
    zh: '每条规则最多 200 个关键词',
    en: 'A rule can have at most 200 keywords',
  },
  AUTOREPLY_TOO_MANY_UNANCHORED_REGEX: {
    status: 409,
    zh: '每个公众号最多 50 个不含固定文字的正则关键词（它们要对每条消息逐一运行），请在正则中写入固定文字',
    en: 'An account can have at most 50 regular-expression keywords without literal text (each runs against every message); add literal text to the pattern',
  },
  AUTOREPLY_TOO_MANY_RULES: {
    status: 409,
    zh: '每个公众号最多 10000 条关键词回复规则',
    en: 'An account can have at most 10,000 keyword rules',
  },
  AUTOREPLY_REGEX_INVALID: {
    status: 400,
    zh: '正则表达式写法有误',
    en: 'The regular expression is not valid',
  },
  AUTOREPLY_REGEX_UNSAFE: {
    status: 400,
    zh: '正则表达式可能导致匹配极慢（灾难性回溯），请改写得更简单',
    en: 'The regular expression could make matching very slow (catastrophic backtracking); simplify it',
  },
  AUTOREPLY_MEDIA_NOT_FOUND: {
    status: 400,
    zh: '回复中的图片不是本公众号的素材',
    en: "The reply's image is not a media file of this account",
  },
  AUTOREPLY_ARTICLE_NOT_FOUND: {
    status: 400,
    zh: '回复中的图文不是本公众号已发布的文章',
    en: "The reply's article is not a publication of this account",
  },
  AUTOREPLY_LINK_INVALID: {
    status: 400,
    zh: '链接须为站内路径（如 /accounts/henan-edu/hotlines）或 http(s) 网址',
    en: 'A link must be a site path (such as /accounts/henan-edu/hotlines) or an http(s) URL',
  },
  AUTOREPLY_REPLIES_MISSING: {
    status: 400,
    zh: '启用时至少需要一条回复内容',
    en: 'Add at least one reply before enabling it',
  },

  // Conversations (src/modules/conversations)
  NOT_FOLLOWING: {
    status: 403,
    zh: '请先关注该公众号再发送消息',
    en: 'Follow this account before sending messages',
  },
  CONVERSATION_NOT_FOUND: { status: 404, zh: '会话不存在', en: 'No such conversation' },
  CONVERSATION_CLOSED: {
    status: 409,
    zh: '会话已结束，请先重新打开',
    en: 'The conversation is closed; reopen it first',
  },
  CONVERSATION_OPEN_EXISTS: {
    status: 409,
    zh: '该群众与此公众号已有进行中的会话',
    en: 'This citizen already has an open conversation with that account',
  },
  MESSAGE_EMPTY: { status: 400, zh: '消息内容不能为空', en: 'The message cannot be empty' },
  MESSAGE_TOO_LONG: {
    status: 400,
    zh: '消息不能超过 2000 字',
    en: 'Messages are limited to 2,000 characters',
  },
  MESSAGE_MEDIA_MISMATCH: {
    status: 400,
    zh: '素材类型与消息类型不一致',
    en: 'The media file does not match the message kind',
  },
  MESSAGE_MEDIA_TYPE_NOT_ALLOWED: {
    status: 415,
    zh: '只支持 JPEG、PNG、GIF、WebP 图片或 WebM、Ogg、MP4、MP3、AAC 语音',
    en: 'Only JPEG, PNG, GIF and WebP images or WebM, Ogg, MP4, MP3 and AAC voice recordings are allowed',
  },
  PUBLICATION_NOT_FOUND: { status: 404, zh: '图文消息不存在', en: 'No such publication' },
  ASSIGNEE_NOT_ELIGIBLE: {
    status: 400,
    zh: '只能指派给本公众号的管理员或回复员',
    en: 'Conversations can only be assigned to admins or responders of the account',
  },
  TRANSFER_TARGET_INVALID: {
    status: 400,
    zh: '不能转交给当前公众号',
    en: 'A conversation cannot be transferred to the account that holds it',
  },
  CANNED_REPLY_NOT_FOUND: { status: 404, zh: '快捷回复不存在', en: 'No such canned reply' },
  CANNED_REPLIES_FULL: {
    status: 409,
    zh: '快捷回复最多 200 条，请先删除不用的',
    en: 'An account can keep 200 canned replies; delete unused ones first',
  },

  // Jobs, response clocks and notifications (src/infra/jobs, src/modules/notifications)
  WORKING_HOURS_INVALID: {
    status: 400,
    zh: '下班时间须晚于上班时间',
    en: 'The end of working hours must be after the start',
  },
  WARNING_TOO_EARLY: {
    status: 400,
    zh: '提前提醒的分钟数须小于首次回复时限',
    en: 'The warning must come fewer minutes before the deadline than the response target',
  },

  // Review workflow and the release tiers (src/modules/review)
  REVIEW_SELF_APPROVAL: {
    status: 403,
    zh: '不能审核自己提交或最后编辑的文章（双人原则）',
    en: 'You cannot review an article you submitted or last edited (two-person rule)',
  },
  REVIEW_NOT_YOUR_STEP: {
    status: 403,
    zh: '当前审核环节需要其他角色处理',
    en: 'The current review step needs another role',
  },
  REVIEW_NOT_PENDING: {
    status: 409,
    zh: '该文章当前没有待处理的审核，或审核已被他人处理',
    en: 'There is no pending review of this article, or someone else has just decided it',
  },
  REVIEW_ALREADY_PENDING: {
    status: 409,
    zh: '该文章已在审核中，请先撤回再修改',
    en: 'The article is in review; withdraw the submission before editing',
  },
  REVIEW_REQUIRED: {
    status: 409,
    zh: '文章须审核通过后才能发布',
    en: 'The article must be approved before it is released',
  },
  REVIEW_COMMENT_REQUIRED: {
    status: 400,
    zh: '驳回时必须填写意见',
    en: 'A rejection needs a comment',
  },
  ARTICLE_NOT_EDITABLE: {
    status: 409,
    zh: '文章当前状态不能修改',
    en: 'The article cannot be edited in its current state',
  },
  ARTICLE_NOT_PUBLISHED: {
    status: 409,
    zh: '文章尚未发布',
    en: 'The article is not published',
  },
  ARTICLE_WITHDRAWN: {
    status: 410,
    zh: '该文章已被撤回',
    en: 'This article has been withdrawn',
  },
  VERSION_NOT_FOUND: { status: 404, zh: '版本不存在', en: 'No such version' },

  // Mass pushes and Web Push (src/modules/pushes, src/modules/webpush)
  PUSH_NOT_FOUND: { status: 404, zh: '群发记录不存在', en: 'No such push' },
  PUSH_QUOTA_EXCEEDED: {
    status: 429,
    zh: '今日群发次数已用完，请明天再发',
    en: 'The push quota of this day is used up; push again tomorrow',
  },
  PUSH_ARTICLE_COUNT: {
    status: 400,
    zh: '一次群发须包含 1 至 8 篇文章',
    en: 'A push carries 1 to 8 articles',
  },
  PUSH_ARTICLE_NOT_RELEASABLE: {
    status: 409,
    zh: '所选文章尚未审核通过或已发布，不能群发',
    en: 'A chosen article is not approved or is already released',
  },
  PUSH_AUDIENCE_INVALID: { status: 400, zh: '群发对象不正确', en: 'The audience is not valid' },
  PUSH_TIME_INVALID: {
    status: 400,
    zh: '定时群发的时间须在 5 分钟之后、30 天之内',
    en: 'A scheduled push must be due in 5 minutes to 30 days',
  },
  PUSH_NOT_SCHEDULED: {
    status: 409,
    zh: '该群发已开始发送或已取消，不能再修改',
    en: 'The push is already going out or was cancelled',
  },
  PUSH_SUBSCRIPTION_INVALID: {
    status: 400,
    zh: '推送订阅信息不正确',
    en: 'The push subscription is not valid',
  },

  // Sensitive-word screening (src/modules/screening)
  SCREENING_WORD_NOT_FOUND: { status: 404, zh: '敏感词不存在', en: 'No such sensitive word' },
  SCREENING_WORD_EXISTS: {
    status: 409,
    zh: '词库中已有该词（忽略全半角、大小写、繁简和分隔符后相同）',
    en: 'The list already holds this word (same after width, case, script and separators are ignored)',
  },
  SCREENING_WORD_INVALID: {
    status: 400,
    zh: '敏感词须为 1 至 30 个字，且不能只由空格、标点或符号组成',
    en: 'A sensitive word has 1 to 30 characters and cannot be only spaces, punctuation or symbols',
  },
  SCREENING_IMPORT_INVALID: {
    status: 400,
    zh: '导入内容有错误，未导入任何词，请按行号修改后重试',
    en: 'The import has errors and nothing was imported; fix the listed lines and retry',
  },
  SCREENING_TOO_MANY_WORDS: {
    status: 400,
    zh: '词库的词数已达上限',
    en: 'The list has reached its word limit',
  },

  // Reach and engagement (src/modules/engagement)
  COMMENT_NOT_FOUND: { status: 404, zh: '评论不存在', en: 'No such comment' },
  COMMENT_DELETED: { status: 409, zh: '该评论已被删除', en: 'This comment has been deleted' },
  COMMENT_NOT_PUBLISHED: {
    status: 409,
    zh: '评论通过审核后才能精选',
    en: 'A comment can be featured only after it is approved',
  },
  // Account verification (src/modules/verification)
  CREDIT_CODE_LENGTH: {
    status: 400,
    zh: '统一社会信用代码应为 18 位（旧组织机构代码为 9 位）',
    en: 'A unified social credit code has 18 characters (an old organisation code 9)',
  },
  CREDIT_CODE_CHARACTERS: {
    status: 400,
    zh: '代码含有不允许的字符（不使用 I、O、S、V、Z，第 3–8 位为数字）',
    en: 'The code has a character that is not allowed (no I, O, S, V, Z; positions 3–8 are digits)',
  },
  CREDIT_CODE_CHECK: {
    status: 400,
    zh: '代码校验位不正确，请核对证照上的代码',
    en: 'The check character is wrong; compare the code with the certificate',
  },
  VERIFICATION_ALREADY_OPEN: {
    status: 409,
    zh: '该公众号已有进行中的认证申请',
    en: 'This account already has an open verification application',
  },
  VERIFICATION_NOT_FOUND: { status: 404, zh: '认证申请不存在', en: 'No such verification application' },
  VERIFICATION_STATE: {
    status: 409,
    zh: '认证申请当前状态不允许此操作（可能已被他人处理）',
    en: "The application's current state does not allow this (someone may have decided already)",
  },
  VERIFICATION_LETTER_REQUIRED: {
    status: 400,
    zh: '请上传加盖公章的授权书',
    en: 'Upload the stamped authorisation letter',
  },
  VERIFICATION_LETTER_TYPE: {
    status: 415,
    zh: '授权书只支持 PDF 或 JPEG、PNG 图片，且不超过 10 MB',
    en: 'The letter must be a PDF or a JPEG or PNG image of at most 10 MB',
  },
  VERIFICATION_REASON_REQUIRED: {
    status: 400,
    zh: '请填写理由，申请方会看到它',
    en: 'Give a reason; the applicant will see it',
  },
  VERIFIED_NAME_TAKEN: {
    status: 409,
    zh: '该认证名称已被其他公众号使用',
    en: 'Another account already holds this verified name',
  },
  VERIFICATION_ACCOUNT_INACTIVE: {
    status: 409,
    zh: '公众号已被停用或正待名称审核，不能通过认证',
    en: 'The account is suspended or held for name review and cannot be verified',
  },
  // Citizens' reports of fake accounts (src/modules/fakereports)
  ACCOUNT_SUSPENDED: {
    status: 409,
    zh: '公众号已被平台停用，无法群发',
    en: 'The account is suspended by the platform and cannot push',
  },
  FAKE_REPORT_ALREADY_OPEN: {
    status: 409,
    zh: '您对该公众号的举报正在处理中，请等待处理结果',
    en: 'Your report about this account is still being handled; please wait for the outcome',
  },
  FAKE_REPORT_SCREENSHOT_INVALID: {
    status: 400,
    zh: '截图无效或已被使用，请重新上传',
    en: 'A screenshot is not valid or already used; please upload it again',
  },
  FAKE_REPORT_SCREENSHOT_NOT_IMAGE: {
    status: 415,
    zh: '截图只支持 JPEG、PNG、GIF、WebP 图片',
    en: 'Screenshots must be JPEG, PNG, GIF or WebP images',
  },
  FAKE_REPORT_DESCRIPTION_REQUIRED: {
    status: 400,
    zh: '选择“其他”时请描述具体情况',
    en: 'Please describe the problem when the reason is "other"',
  },
  FAKE_REPORT_NOTHING_OPEN: {
    status: 409,
    zh: '该公众号没有待处理的举报',
    en: 'This account has no open reports',
  },
  FAKE_REPORT_ACCOUNT_STATE: {
    status: 409,
    zh: '公众号当前状态不允许此操作（可能已被他人处理）',
    en: "The account's current state does not allow this (someone may have decided already)",
  },
  // Signed content (src/modules/signing)
  SIGNING_NOT_VERIFIED: {
    status: 409,
    zh: '只有已认证的公众号才能签名发布内容',
    en: 'Only verified accounts sign their content',
  },
  SIGNING_KEY_NOT_FOUND: { status: 404, zh: '签名密钥不存在', en: 'No such signing key' },
  SIGNING_KEY_REVOKED: { status: 409, zh: '该密钥已被吊销', en: 'This key is already revoked' },
  SIGNING_KEY_UNAVAILABLE: {
    status: 500,
    zh: '签名密钥无法解密，请检查 ZW_SIGNING_SECRET 配置',
    en: 'The signing key cannot be unsealed; check ZW_SIGNING_SECRET',
  },
  // The official working calendar (src/modules/calendar)
  CALENDAR_DATE_INVALID: {
    status: 400,
    zh: '日期无效或不属于所保存的年份',
    en: 'Not a real date of the year being saved',
  },
  CALENDAR_DATE_DUPLICATE: { status: 400, zh: '同一日期出现了两次', en: 'The same date appears twice' },
  CALENDAR_WORKDAY_ON_WEEKDAY: {
    status: 400,
    zh: '调休上班日应在周六或周日（工作日本来就上班）',
    en: 'A make-up working day falls on a Saturday or Sunday (weekdays are worked anyway)',
  },
  // Impersonation guard: name holds (src/modules/guard)
  NAME_HOLD_NOT_FOUND: { status: 404, zh: '名称审核记录不存在', en: 'No such name hold' },
  NAME_HOLD_NOT_PENDING: {
    status: 409,
    zh: '该名称审核已处理或已被新的申请取代',
    en: 'This name hold was already decided or replaced by a newer request',
  },
  // Cases, statistics and Open311 (./caseErrors.ts)
  ...caseErrors,
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type ErrorCode = keyof typeof errorCatalogue;

export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    /** The offending field (dot path) for validation errors. */
    field?: string;
    details?: Record<string, unknown>;
  };
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly field?: string;
  readonly details?: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    opts: { field?: string; details?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(errorCatalogue[code].en, { cause: opts.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = errorCatalogue[code].status;
    this.field = opts.field;
    this.details = opts.details;
  }
}

export type Lang = 'zh' | 'en';

/** zh-CN is the default; English only when the client prefers it. */
export function pickLang(acceptLanguage: string | undefined, cookieLang?: string): Lang {
  if (cookieLang === 'en' || cookieLang === 'zh') return cookieLang;
  if (!acceptLanguage) return 'zh';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh';
}

export function errorBody(err: AppError, lang: Lang): ErrorBody {
  const entry = errorCatalogue[err.code];
  const body: ErrorBody = { error: { code: err.code, message: entry[lang] } };
  if (err.field) {
    body.error.field = err.field;
    // Only a generic validation message needs the field to make sense to a person.
    if (err.code === 'VALIDATION_FAILED') {
      body.error.message = `${entry[lang]}${lang === 'zh' ? '：' : ': '}${err.field}`;
    }
  }
  if (err.details) body.error.details = err.details;
  return body;
}
