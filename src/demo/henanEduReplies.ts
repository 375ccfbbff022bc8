/**
 * The Henan Provincial Department of Education's numbered replies, as the paper describes
 * them (§3): "The account also sets automatic reply using number 1-5. Send number 1, and you
 * will obtain the latest educational information in Henan Province; … number 2 … special
 * topic on learning good school principals, and follow 'Jiao Yulu spirit'; number 3 is an
 * access to the Department's charity activity 'Send you warm water'. Reply number 4 … forbidden
 * acts about holidays and complaint telephone numbers; reply number 5 … the telephone hotlines
 * of relevant departments, numbers of academic records, employment and registration."
 *
 * Demo data only, for now. The messaging issue (keyword rules, capability 5) turns each entry
 * into an exact-match keyword rule of the account and `HENAN_EDU_REPLY_MENU` into the text the
 * account sends on follow and as its default reply. Telephone numbers are national public
 * hotlines only, so nothing here sends a reader to a number that is not what it says.
 */

export interface NumberedReply {
  /** What the citizen sends: '1' … '5'. */
  keyword: string;
  /** Short label, for the list of choices. */
  title: string;
  /** English label, for the console and the English app. */
  titleEn: string;
  /** The text the account answers with. */
  reply: string;
}

export const HENAN_EDU_REPLIES: readonly NumberedReply[] = [
  {
    keyword: '1',
    title: '河南教育最新资讯',
    titleEn: 'Latest education news of Henan',
    reply:
      '【河南教育最新资讯】\n' +
      '· 关于做好2026年秋季学期学生资助工作的通知\n' +
      '· 2027年河南省普通高考报名时间及有关事项安排\n' +
      '· 冬季校园安全工作提示：防范一氧化碳中毒、溺冰和呼吸道传染病\n' +
      '点击本公众号消息列表即可阅读全文。如需咨询教育政策，请直接留言，我们将在24小时内回复。',
  },
  {
    keyword: '2',
    title: '学习好校长·弘扬焦裕禄精神',
    titleEn: 'Learning from good principals and the Jiao Yulu spirit',
    reply:
      '【专题：学习好校长 弘扬焦裕禄精神】\n' +
      '焦裕禄同志“心中装着全体人民、唯独没有他自己”的公仆情怀，是全省教育工作者的精神坐标。' +
      '本专题持续推出我省扎根基层、潜心育人的好校长事迹，引导广大校长和教师' +
      '学习焦裕禄精神，做党和人民满意的好老师。欢迎留言推荐您身边的好校长。',
  },
  {
    keyword: '3',
    title: '“送你一杯温暖水”公益活动',
    titleEn: 'Charity activity "Send you a cup of warm water"',
    reply:
      '【“送你一杯温暖水”公益活动】\n' +
      '寒冬时节，省教育厅发起“送你一杯温暖水”公益活动：倡议全省各级各类学校在校门口、' +
      '考点和服务窗口设立爱心供水点，为环卫工人、执勤民警、外卖快递小哥和考生家长' +
      '免费送上一杯热水。欢迎各校报名参加，并将活动照片和故事留言发给我们。',
  },
  {
    keyword: '4',
    title: '节假日“严禁”事项及举报电话',
    titleEn: 'What is forbidden during holidays, and where to report it',
    reply:
      '【节假日期间严禁事项】\n' +
      '严禁公款吃喝、公款旅游、违规收送礼品礼金和购物卡；严禁违规发放津贴补贴；' +
      '严禁公车私用；严禁在职中小学教师组织或参与有偿补课；严禁借节日向学生和家长索要财物。\n' +
      '【举报电话】12345 政务服务便民热线；12388 纪检监察举报电话。',
  },
  {
    keyword: '5',
    title: '相关处室服务热线',
    titleEn: 'Hotlines of the responsible offices',
    reply:
      '【服务热线】\n' +
      '· 学历学籍查询：中国高等教育学生信息网（学信网）客服 010-67410388\n' +
      '· 毕业生就业：12333 人力资源和社会保障服务热线\n' +
      '· 高考报名与招生咨询：户籍所在地县级招生办公室，或 12345 政务服务便民热线\n' +
      '· 其他教育事务：12345 政务服务便民热线\n' +
      '工作时间：工作日 9:00—17:00。',
  },
];

/** The "reply a number" hint: what the account sends on follow and when nothing matches. */
export const HENAN_EDU_REPLY_MENU =
  '欢迎关注河南省教育厅！传播河南教育资讯，展示河南教育形象，服务师生和人民群众。\n' +
  '回复数字获取：\n' +
  HENAN_EDU_REPLIES.map((r) => `${r.keyword} ${r.title}`).join('\n');
