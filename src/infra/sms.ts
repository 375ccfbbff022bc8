/**
 * Text messages go through a provider. The embedded default only writes the code to the
 * server log — plainly labelled as a development provider — so a fresh install works with
 * no SMS contract; production plugs in a real gateway behind the same interface.
 */
export interface SmsProvider {
  readonly name: string;
  sendCode(phone: string, code: string): Promise<void>;
}

export class DevLogSmsProvider implements SmsProvider {
  readonly name = 'development-log';
  constructor(private log: { warn(obj: unknown, msg: string): void }) {}
  async sendCode(phone: string, code: string): Promise<void> {
    this.log.warn(
      { phone, code },
      `[开发用短信通道 DEVELOPMENT SMS PROVIDER — not for production] 验证码 code for ${phone}: ${code}`,
    );
  }
}

/** Keeps sent codes in memory: tests read them back. */
export class MemorySmsProvider implements SmsProvider {
  readonly name = 'memory';
  readonly sent: Array<{ phone: string; code: string }> = [];
  async sendCode(phone: string, code: string): Promise<void> {
    this.sent.push({ phone, code });
  }
  lastCodeFor(phone: string): string | undefined {
    return this.sent.filter((s) => s.phone === phone).at(-1)?.code;
  }
}
