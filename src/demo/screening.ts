/**
 * Demo sensitive words: a small platform dictionary so screening shows something out of
 * the box — a few obviously prohibited terms (block) and the superlatives China's
 * Advertising Law forbids in promotion (warn: an editor should reword them, a reviewer
 * decides). Imported through the screening use case (folded, versioned, audited as the
 * system), once per installation behind its own meta flag, and never over a dictionary
 * platform admins have already started.
 */
import { PLATFORM_SCOPE } from '../db/tables/screening.js';
import type { AppDeps } from '../deps.js';
import { ScreeningRepository } from '../modules/screening/repository.js';
import { importWords } from '../modules/screening/words.js';
import { readMeta, writeMeta } from './meta.js';

const FLAG = 'demo_screening_seeded';

/** CSV as an admin would import it: word,level,note. */
export const DEMO_PLATFORM_WORDS = `word,level,note
赌博,block,违法活动
网络赌博,block,违法活动
六合彩,block,非法彩票
代开发票,block,违法广告
办证刻章,block,违法广告
枪支出售,block,违禁品
最高级,warn,广告法极限用语
最佳,warn,广告法极限用语
顶级,warn,广告法极限用语
国家级,warn,广告法极限用语（须有依据）
第一品牌,warn,广告法极限用语
史上最,warn,广告法极限用语
`;

export async function seedDemoScreening(deps: AppDeps): Promise<void> {
  if (await readMeta(deps.database, FLAG)) return;
  const repo = ScreeningRepository.of(deps.database);
  if ((await repo.countWords(PLATFORM_SCOPE)) === 0)
    await importWords(
      repo,
      { scope: PLATFORM_SCOPE, actorId: null, now: deps.clock.now() },
      { format: 'csv', content: DEMO_PLATFORM_WORDS, mode: 'merge' },
    );
  await writeMeta(deps.database, FLAG, new Date(deps.clock.now()).toISOString());
}
