/**
 * All SQL of citizen sign-in: the one-time codes (with their send windows) and citizens.
 * Every check that guards against a race is a single conditional statement, so two
 * concurrent requests for one phone cannot both pass it on either dialect.
 */
import type { Database } from '../../db/database.js';

export interface OtpRow {
  phone: string;
  code_hash: string;
  expires_at: number;
  attempts: number;
  sent_at: number;
  window_start: number;
  window_sends: number;
}

export interface SendPolicy {
  /** Minimum gap between two sends to one phone. */
  minGapMs: number;
  windowMs: number;
  maxSendsPerWindow: number;
}

export class CitizensRepository {
  constructor(private database: Database) {}

  /**
   * Forgets codes whose hourly send window ended before `before`: by then the code has long
   * expired and the send count no longer limits anything.
   */
  async purgeStaleOtpCodes(before: number): Promise<void> {
    await this.database.k
      .deleteFrom('otp_codes')
      .where('window_start', '<', before - 3600_000)
      .where('expires_at', '<', before)
      .execute();
  }

  findOtp(phone: string): Promise<OtpRow | undefined> {
    return this.database.k.selectFrom('otp_codes').selectAll().where('phone', '=', phone).executeTakeFirst();
  }

  /**
   * Stores a fresh code unless the send policy refuses it. The policy is the WHERE of the
   * upsert, so the check and the write are one atomic statement. Returns false when refused.
   */
  async storeOtpIfAllowed(
    phone: string,
    codeHash: string,
    now: number,
    expiresAt: number,
    policy: SendPolicy,
  ): Promise<boolean> {
    const windowOver = now - policy.windowMs;
    const result = await this.database.k
      .insertInto('otp_codes')
      .values({
        phone,
        code_hash: codeHash,
        expires_at: expiresAt,
        attempts: 0,
        sent_at: now,
        window_start: now,
        window_sends: 1,
      })
      .onConflict((oc) =>
        oc
          .column('phone')
          .doUpdateSet((eb) => ({
            code_hash: codeHash,
            expires_at: expiresAt,
            attempts: 0,
            sent_at: now,
            window_start: eb
              .case()
              .when('otp_codes.window_start', '<=', windowOver)
              .then(now)
              .else(eb.ref('otp_codes.window_start'))
              .end(),
            window_sends: eb
              .case()
              .when('otp_codes.window_start', '<=', windowOver)
              .then(1)
              .else(eb('otp_codes.window_sends', '+', 1))
              .end(),
          }))
          .where('otp_codes.sent_at', '<=', now - policy.minGapMs)
          .where((eb) =>
            eb.or([
              eb('otp_codes.window_start', '<=', windowOver),
              eb('otp_codes.window_sends', '<', policy.maxSendsPerWindow),
            ]),
          ),
      )
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /** Counts a wrong guess against the code that was guessed; returns the new count. */
  async recordWrongAttempt(phone: string, codeHash: string): Promise<number | null> {
    const row = await this.database.k
      .updateTable('otp_codes')
      .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
      .where('phone', '=', phone)
      .where('code_hash', '=', codeHash)
      .returning('attempts')
      .executeTakeFirst();
    return row?.attempts ?? null;
  }

  /**
   * Uses the code up: succeeds for exactly one caller, and only while it is still valid.
   * The row stays (without a code) because it carries the hourly send window.
   */
  async consumeOtp(phone: string, codeHash: string, now: number, maxAttempts: number): Promise<boolean> {
    const result = await this.database.k
      .updateTable('otp_codes')
      .set({ code_hash: '', attempts: 0, expires_at: 0 })
      .where('phone', '=', phone)
      .where('code_hash', '=', codeHash)
      .where('attempts', '<', maxAttempts)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** The citizen with this phone, created on first sign-in. */
  async findOrCreateCitizen(phone: string, now: number): Promise<{ id: number; phone: string }> {
    await this.database.k
      .insertInto('citizens')
      .values({ phone, created_at: now })
      .onConflict((oc) => oc.column('phone').doNothing())
      .execute();
    return this.database.k
      .selectFrom('citizens')
      .select(['id', 'phone'])
      .where('phone', '=', phone)
      .executeTakeFirstOrThrow();
  }
}
