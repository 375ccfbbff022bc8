/**
 * Curated character tables for the impersonation guard (docs/GUARD.md).
 *
 * opencc-js (through the screening module's fold) already maps traditional characters and
 * the Taiwan/Hong Kong variants to simplified ones. What it leaves out are the characters
 * impostors reach for precisely because no converter folds them: old and Japanese forms
 * (敎, 囯, 吿, 衞, 竝, 県, 発 …), katakana that look like ideographs (ロ, エ, カ …) and
 * Cyrillic/Greek letters that look like Latin ones.
 *
 * - VARIANTS fold to one character before comparison: they are the same character to a
 *   reader, so a difference costs nothing beyond the normalisation note.
 * - LOOKALIKE_GROUPS are distinct characters that are easy to misread for one another
 *   (己/已, 未/末, 干/于 …): not folded (real names may differ there), but substituting one
 *   for another is a cheap edit.
 */

/** variant → standard simplified form, written as pairs "variant standard". */
const VARIANT_PAIRS =
  // Old / orthodox forms and variants outside opencc's tables.
  '敎教 囯国 圀国 囻国 國国 廰厅 厛厅 庁厅 廳厅 吿告 戶户 戸户 衞卫 衛卫 爲为 為为 並并 竝并 ' +
  '曁暨 兊兑 兌兑 冊册 靑青 淸清 旣既 卽即 鄕乡 郷乡 鄉乡 絶绝 峯峰 羣群 衆众 敍叙 敘叙 畧略 ' +
  '畱留 巿市 県县 縣县 區区 匸区 広广 鉄铁 栄荣 沢泽 斈学 學学 覚觉 従从 応应 総总 営营 労劳 ' +
  '団团 図图 実实 変变 単单 挙举 浄净 淨净 辺边 伝传 転转 駅驿 軽轻 関关 闗关 雑杂 歳岁 廃废 ' +
  '発发 髪发 發发 佈布 兪俞 嶋岛 島岛 嶌岛 墻墙 牆墙 裏里 裡里 啓启 啟启 綫线 線线 叄叁 參参 ' +
  '亜亚 亞亚 悪恶 惡恶 圧压 壓压 囲围 圍围 醫医 蔵藏 黒黑 黙默 悳德 溫温 説说 說说 稅税 眞真 ' +
  '嶽岳 鑛矿 礦矿 砿矿 鉱矿 卋世 丗世 亊事 夛多 夣梦 夢梦 効效 勲勋 晩晚 舊旧 乗乘 檢检 検检 ' +
  '険险 驗验 験验 経经 經经 済济 濟济 稲稻 黃黄 靜静 錬炼 鍊炼 煉炼 豬猪 塩盐 鹽盐 監监 攜携 ' +
  '擕携 沖冲 衝冲 決决 況况 涼凉 減减 凈净 汚污 汙污 窓窗 牕窗 牀床 侭尽 盡尽 儘尽 焔焰 燄焰 ' +
  '灣湾 閲阅 脫脱 悅悦 蛻蜕 衛卫 廣广 東东 專专 爲为 僞伪 偽伪 冩写 寫写 隣邻 鄰邻 査查 桒桑 ' +
  '庻庶 寳宝 寶宝 寛宽 姉姊 歩步 渉涉 頼赖 賴赖 麪面 麵面 糸丝 絲丝 鷄鸡 雞鸡 雜杂 厰厂 廠厂 ' +
  '麼么 麽么 昇升 陞升 祕秘 粧妆 菴庵 贊赞 讃赞 讚赞 衹只 祇只 隻只 甦苏 蘇苏 囘回 囬回 ' +
  '廻回 迴回 凖准 準准 徳德 惪德 恵惠 摂摄 攝摄 擧举 舉举 氷冰 灋法 浛含 ' +
  // Katakana and symbols that read as ideographs.
  'ロ口 エ工 カ力 タ夕 ハ八 ニ二 ト卜 ー一 ヽ丶 〇零 ㄇ冂 ㄚ丫 ' +
  // Cyrillic and Greek letters that read as Latin ones (after lower-casing).
  'аa еe оo рp сc хx уy кk мm тt вb нh іi јj ѕs ԁd ɡg ӏl οo αa νv ιi κk τt ρp υu';

export const VARIANTS: ReadonlyMap<string, string> = new Map(
  VARIANT_PAIRS.split(/\s+/)
    .filter((p) => p.length > 0)
    .map((p) => {
      const [from, to] = Array.from(p);
      return [from!, to!] as const;
    }),
);

/** Groups of distinct characters that are easily misread for one another. */
const LOOKALIKE_GROUPS = [
  '己已巳',
  '土士',
  '未末',
  '干于千',
  '人入',
  '八儿',
  '天夭',
  '日曰',
  '大太犬',
  '王玉主',
  '问间闫',
  '厅斤',
  '戍戌戊成',
  '候侯',
  '微徽',
  '宁守',
  '贝见',
  '即既',
  '延廷',
  '辨辩瓣',
  '析折',
  '拔拨',
  '祟崇',
  '徒徙',
  '刺剌',
  '汩汨',
  '冶治',
  '苦若',
  '鸟乌',
  '今令',
  '免兔',
  '处外',
  '白自',
  '木本术',
  '田由甲申',
  '川州',
  '己乙',
  '午牛',
  '侍待',
  '清青请情',
  '历厉',
  '厂广',
  '阅阀',
  '管菅',
  '暑署',
  '晴睛',
  '幕暮墓慕',
  '监鉴',
  '帅师',
  '乂义',
  'o0',
  'l1i',
];

/** character → an id shared by the characters it is easily misread for. */
export const LOOKALIKE_CLASS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const g of LOOKALIKE_GROUPS) {
    const chars = Array.from(g);
    for (const c of chars) if (!m.has(c)) m.set(c, chars[0]!);
  }
  return m;
})();

/**
 * Words impostors wrap around a real name. Stripped only at the start or the end of a name
 * (never in the middle: 政务 in 政务服务管理局 is part of the name), longest first, repeatedly.
 */
export const DECORATION_SUFFIXES = [
  '官方微信公众号',
  '官方公众号',
  '官方服务号',
  '官方订阅号',
  '官方账号',
  '官方微信',
  '官方微博',
  '官方平台',
  '官方号',
  '微信公众号',
  '微信服务号',
  '服务平台',
  '服务号',
  '订阅号',
  '公众号',
  '微信号',
  '政务号',
  '官方',
  '官微',
  '发布',
  '微信',
  '微博',
  '在线',
  '平台',
  '政务',
  '频道',
  '资讯',
  '账号',
  '号',
].sort((a, b) => b.length - a.length);

/** At the start, the same words (often in brackets: 【官方】, 【公众号】) and a few more. */
export const DECORATION_PREFIXES = [...DECORATION_SUFFIXES.filter((d) => d !== '号'), '正版'].sort(
  (a, b) => b.length - a.length,
);

/**
 * Administrative-level characters: dropping or adding one (信阳市公安局 → 信阳公安局) is the
 * commonest impostor edit and costs little; exchanging one for another (抚顺市 ↔ 抚顺县) names a
 * different unit and costs as much as any other substitution (see compare.ts).
 */
export const ADMIN_CHARS: ReadonlySet<string> = new Set(['省', '市', '县', '区']);
