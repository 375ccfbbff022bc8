/**
 * The static, ordered list of migrations. Never edit or reorder a shipped migration: add a
 * new one. Migrations are typed against Kysely<unknown> and never import live types.
 */
import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';
import * as m0001 from './0001_foundation.js';
import * as m0002 from './0002_staff_login_attempts.js';
import * as m0003 from './0003_feed.js';
import * as m0004 from './0004_menus.js';
import * as m0005 from './0005_rate_limits.js';
import * as m0006 from './0006_menu_variants.js';
import * as m0007 from './0007_autoreplies.js';
import * as m0008 from './0008_jobs_notifications.js';
import * as m0009 from './0009_conversations.js';
import * as m0010 from './0010_publication_lifecycle.js';
import * as m0011 from './0011_review.js';
import * as m0012 from './0012_screening.js';
import * as m0013 from './0013_engagement.js';
import * as m0014 from './0014_pushes.js';
import * as m0015 from './0015_media.js';
import * as m0016 from './0016_account_verification.js';
import * as m0017 from './0017_verification.js';
import * as m0018 from './0018_signing.js';
import * as m0019 from './0019_name_guard.js';
import * as m0020 from './0020_fake_reports.js';
import * as m0021 from './0021_work_calendar.js';
import * as m0022 from './0022_cases.js';
import * as m0025 from './0025_open311.js';

export interface MigrationModule {
  up(db: Kysely<unknown>, dialect: DialectName): Promise<void>;
}

export const migrations: ReadonlyArray<readonly [name: string, module: MigrationModule]> = [
  ['0001_foundation', m0001],
  ['0002_staff_login_attempts', m0002],
  ['0003_feed', m0003],
  ['0004_menus', m0004],
  ['0005_rate_limits', m0005],
  ['0006_menu_variants', m0006],
  ['0007_autoreplies', m0007],
  ['0008_jobs_notifications', m0008],
  ['0009_conversations', m0009],
  ['0010_publication_lifecycle', m0010],
  ['0011_review', m0011],
  ['0012_screening', m0012],
  ['0013_engagement', m0013],
  ['0014_pushes', m0014],
  ['0015_media', m0015],
  ['0016_account_verification', m0016],
  ['0017_verification', m0017],
  ['0018_signing', m0018],
  ['0019_name_guard', m0019],
  ['0020_fake_reports', m0020],
  ['0021_work_calendar', m0021],
  ['0022_cases', m0022],
  ['0025_open311', m0025],
];
