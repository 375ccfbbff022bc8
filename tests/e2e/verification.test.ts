/**
 * Account verification in real Chromium: an unverified account's admin applies in the console
 * (the credit code's check character is checked while typing, the letter uploaded); the
 * platform admin asks for changes with a reason; the admin reads it and resubmits; the platform
 * admin approves. Citizens then see the badge, the verified name, validity and credit code on
 * the profile and on the "verify this account" page a poster's QR code opens, while another
 * unverified account stays plainly marked in the directory.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOON, inputByTestId, shot, signInConsole, startHarness, type Harness } from './harness.js';

const CODE = '11410000005184617' + '0';

describe('account verification in Chromium', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h?.close();
  });

  it(
    'apply → changes requested → resubmit → approve; citizens see the badge and the verify page',
    { timeout: 90_000 },
    async () => {
      const handle = 'xinyang-letters';
      const desk = await h.newContext({ viewport: { width: 1440, height: 1000 } });
      const admin = await desk.newPage();
      await signInConsole(admin, h.base, `${handle}-admin`);
      await admin.getByTestId('nav-verification').click();
      await expect
        .poll(() => admin.getByTestId('verification-status').textContent(), SOON)
        .toContain('未认证');

      const code = inputByTestId(admin, 'credit-code');
      await code.fill(CODE.slice(0, 17) + '1');
      await expect
        .poll(() => admin.getByTestId('credit-code-verdict').getAttribute('data-ok'), SOON)
        .toBe('0');
      await code.fill(CODE);
      await expect
        .poll(() => admin.getByTestId('credit-code-verdict').getAttribute('data-ok'), SOON)
        .toBe('1');
      await admin.locator('input[data-testid="letter-file"]').setInputFiles({
        name: '认证授权书.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(400, 32)]),
      });
      await expect.poll(() => admin.getByTestId('letter-link').count(), SOON).toBe(1);
      await inputByTestId(admin, 'operator-name').fill('王小明');
      await inputByTestId(admin, 'operator-phone').fill('0376-6221234');
      await shot(admin, 'verification-apply');
      await admin.getByTestId('verification-submit').click();
      await expect.poll(() => admin.getByTestId('verification-form').textContent(), SOON).toContain('待审核');

      const platformDesk = await h.newContext({ viewport: { width: 1440, height: 1000 } });
      const platform = await platformDesk.newPage();
      await signInConsole(platform, h.base, 'platform');
      await platform.getByTestId('nav-verification-review').click();
      await platform
        .getByTestId('verification-queue')
        .locator('.el-table__row', { hasText: '信阳' })
        .first()
        .click();
      await expect
        .poll(() => platform.getByTestId('verification-detail').textContent(), SOON)
        .toContain(CODE);
      await expect.poll(() => platform.getByTestId('guard-hint').count(), SOON).toBe(1);
      await platform
        .locator('[data-testid="review-reason"] textarea, textarea[data-testid="review-reason"]')
        .first()
        .fill('授权书未加盖公章，请重新上传');
      await shot(platform, 'verification-review');
      await platform.getByTestId('review-changes').click();
      await expect
        .poll(() => platform.getByTestId('verification-detail').textContent(), SOON)
        .toContain('需修改');

      await admin.reload();
      await expect
        .poll(() => admin.getByTestId('changes-requested').textContent(), SOON)
        .toContain('授权书未加盖公章');
      await admin.locator('input[data-testid="letter-file"]').setInputFiles({
        name: '认证授权书（盖章）.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(400, 33)]),
      });
      await expect.poll(() => admin.getByTestId('letter-link').textContent(), SOON).toContain('盖章');
      await shot(admin, 'verification-changes-requested');
      await admin.getByTestId('verification-submit').click();
      await expect.poll(() => admin.getByTestId('verification-form').textContent(), SOON).toContain('待审核');

      // The drawer's address names the application: reopening it shows the resubmission.
      await platform.reload();
      await expect
        .poll(() => platform.getByTestId('verification-detail').textContent(), SOON)
        .toContain('修改后重新提交');
      await platform.getByTestId('review-approve').click();
      await expect
        .poll(() => platform.getByTestId('verification-detail').textContent(), SOON)
        .toContain('已通过');

      await admin.reload();
      await expect
        .poll(() => admin.getByTestId('verification-status').textContent(), SOON)
        .toContain('已认证');
      await expect.poll(() => admin.getByTestId('days-left').textContent(), SOON).toContain('365');
      await shot(admin, 'verification-approved');

      const phone = await h.newContext({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
      });
      const citizen = await phone.newPage();
      await citizen.goto(`${h.base}/discover`);
      const card = (h: string) => citizen.locator(`[data-testid="account-card"][href$="/accounts/${h}"]`);
      await expect.poll(() => card(handle).getByTestId('verified-badge').count(), SOON).toBe(1);
      await expect.poll(() => card('xinyang-justice').getByTestId('unverified-tag').count(), SOON).toBe(1);
      await shot(citizen, 'verification-directory');

      await citizen.goto(`${h.base}/accounts/${handle}`);
      await expect.poll(() => citizen.getByTestId('credit-code').textContent(), SOON).toContain(CODE);
      await citizen.getByTestId('verify-account-link').click();
      await expect
        .poll(() => citizen.getByTestId('verified-page').getAttribute('data-state'), SOON)
        .toBe('verified');
      await expect.poll(() => citizen.getByTestId('verified-page-code').textContent(), SOON).toContain(CODE);
      await shot(citizen, 'verification-verified-page');

      await citizen.goto(`${h.base}/accounts/xinyang-justice/verified`);
      await expect
        .poll(() => citizen.getByTestId('verified-page').getAttribute('data-state'), SOON)
        .toBe('unverified');
      await shot(citizen, 'verification-unverified-page');
    },
  );
});
