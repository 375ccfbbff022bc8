/**
 * Casework in the console, in real Chromium, over the demo: 信阳交警's responder finds the
 * traffic complaint routed from 河南省教育厅 in 诉求办理, accepts it and answers with a photo;
 * then transfers the overdue bus complaint to 郑州交警, whose responder finds it with the same
 * deadline, and the old department keeps a read-only view.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solidPng } from '../../src/modules/publishing/png.js';
import { SOON, shot, signInConsole, startHarness, type Harness } from './harness.js';

describe('casework in the console (Chromium)', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('a responder accepts and answers a case with a photo, and transfers another to 郑州交警', async () => {
    const context = await h.newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    await signInConsole(page, h.base, 'xinyang-traffic-responder');
    await page.getByTestId('nav-cases').click();
    const table = page.getByTestId('cases-table');
    await expect.poll(() => table.getByText('学校门口早高峰违停严重').count(), SOON).toBe(1);
    await expect.poll(() => table.getByText('12 路公交车经常不按站停车').count(), SOON).toBe(1);
    // The bus complaint is three days old: overdue, in red.
    const busRow = table.locator('tr', { hasText: '12 路公交车经常不按站停车' });
    await expect.poll(() => busRow.getByTestId('case-deadline').textContent(), SOON).toContain('已超时');
    await shot(page, 'cases-list');

    // The routed complaint: accept, then answer with a photo.
    await table.getByText('学校门口早高峰违停严重').click();
    await expect
      .poll(() => page.getByTestId('case-title').textContent(), SOON)
      .toBe('学校门口早高峰违停严重');
    await expect
      .poll(() => page.getByTestId('case-timeline').textContent(), SOON)
      .toContain('按分派规则转至');
    await page.getByTestId('case-accept').click();
    await expect.poll(() => page.getByTestId('case-status').first().textContent(), SOON).toBe('已受理');
    await page.getByTestId('case-answer').click();
    const dialog = page.getByTestId('case-text-dialog');
    await dialog
      .locator('textarea')
      .fill('已安排警力每日早高峰在校门口执勤，并对违停车辆依法处罚。感谢您的监督。');
    await page.locator('input[data-testid="case-file-input"]').setInputFiles({
      name: '执勤现场.png',
      mimeType: 'image/png',
      buffer: solidPng(64, 48, [30, 120, 200]),
    });
    await expect.poll(() => dialog.getByText('执勤现场.png').count(), SOON).toBe(1);
    await shot(page, 'case-answer-dialog');
    await page.getByTestId('case-text-submit').click();
    await expect.poll(() => page.getByTestId('case-status').first().textContent(), SOON).toBe('已答复');
    await expect
      .poll(() => page.getByTestId('case-answer-text').textContent(), SOON)
      .toContain('已安排警力每日早高峰');
    await expect.poll(() => page.locator('img[alt="执勤现场.png"]').count(), SOON).toBe(1);
    await expect.poll(() => page.getByTestId('case-close').count(), SOON).toBe(1);
    await shot(page, 'case-answered');

    // The overdue bus complaint goes to 郑州交警 (a made-up wrong turn, to show the transfer).
    await page.getByTestId('nav-cases').click();
    await table.getByText('12 路公交车经常不按站停车').click();
    await expect
      .poll(() => page.getByTestId('case-title').textContent(), SOON)
      .toBe('12 路公交车经常不按站停车');
    const dueBefore = await page.getByTestId('case-deadline').first().getAttribute('class');
    expect(dueBefore).toContain('overdue');
    await page.getByTestId('case-transfer').click();
    const target = page.getByTestId('case-target-dialog');
    await target.getByTestId('case-target-select').click();
    await page.keyboard.type('郑州');
    await page
      .getByRole('option', { name: /郑州.*交/ })
      .first()
      .click();
    await target.locator('textarea').fill('线路属郑州公交集团，转郑州交警协调');
    await shot(page, 'case-transfer-dialog');
    await page.getByTestId('case-target-submit').click();
    await expect
      .poll(() => page.getByText('本诉求已转交其他单位办理，您只能查看转出前的记录。').count(), SOON)
      .toBe(1);
    await expect.poll(() => page.getByTestId('case-actions').count(), SOON).toBe(0);
    await expect.poll(() => page.getByTestId('case-timeline').textContent(), SOON).toContain('转交');
    await shot(page, 'case-transferred-away');

    // 郑州交警's responder finds it in its box, still overdue: the deadline travelled.
    const other = await (await h.newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
    await signInConsole(other, h.base, 'zhengzhou-traffic-responder');
    await other.getByTestId('nav-cases').click();
    const theirs = other.getByTestId('cases-table');
    await expect.poll(() => theirs.getByText('12 路公交车经常不按站停车').count(), SOON).toBe(1);
    await theirs.getByText('12 路公交车经常不按站停车').click();
    await expect.poll(() => other.getByTestId('case-accept').count(), SOON).toBe(1);
    await expect
      .poll(() => other.getByTestId('case-deadline').first().textContent(), SOON)
      .toContain('已超时');
    await expect
      .poll(() => other.getByTestId('case-timeline').textContent(), SOON)
      .toContain('原因：线路属郑州公交集团，转郑州交警协调');
    await shot(other, 'case-received-by-transfer');
  }, 90_000);
  it('an anonymous report shows 匿名; joint handling: both departments see and post in the exchange', async () => {
    const context = await h.newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    await signInConsole(page, h.base, 'xinyang-letters-responder');
    await page.getByTestId('nav-cases').click();
    const table = page.getByTestId('cases-table');
    await expect.poll(() => table.getByText('某窗口工作人员办事推诿').count(), SOON).toBe(1);
    await table.getByText('某窗口工作人员办事推诿').click();
    await expect.poll(() => page.getByTestId('case-reporter').textContent(), SOON).toContain('匿名');
    expect(await page.getByTestId('case-reporter').textContent()).not.toContain('手机号');

    await page.getByTestId('case-assist').click();
    const dialog = page.getByTestId('case-target-dialog');
    await dialog.getByTestId('case-target-select').click();
    await page.keyboard.type('信阳市公安');
    await page
      .getByRole('option', { name: /信阳市公安局/ })
      .first()
      .click();
    await dialog.locator('textarea').fill('请协助核实窗口工作人员当日排班情况');
    await page.getByTestId('case-target-submit').click();
    const panel = page.getByTestId('assist-panel');
    await expect.poll(() => panel.textContent(), SOON).toContain('请协助核实窗口工作人员当日排班情况');

    const police = await (await h.newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
    await signInConsole(police, h.base, 'xinyang-police-responder');
    await police.getByTestId('nav-cases').click();
    await police.getByTestId('case-box-assisting').click();
    const theirs = police.getByTestId('cases-table');
    await expect.poll(() => theirs.getByText('某窗口工作人员办事推诿').count(), SOON).toBe(1);
    await theirs.getByText('某窗口工作人员办事推诿').click();
    await expect.poll(() => police.getByTestId('case-actions').count(), SOON).toBe(0);
    await police
      .locator('textarea[data-testid="assist-input"]')
      .fill('已调取排班表：当日窗口为两名工作人员轮岗。');
    await police.getByTestId('assist-send').click();
    await expect.poll(() => police.getByTestId('assist-panel').textContent(), SOON).toContain('已调取排班表');
    await shot(police, 'case-assisting-view');

    await page.getByRole('button', { name: '刷新' }).click();
    await expect.poll(() => panel.textContent(), SOON).toContain('已调取排班表');
    await shot(page, 'case-assist-exchange');

    // The same page in English.
    await page.getByText('English', { exact: true }).click();
    await expect.poll(() => page.getByTestId('case-reporter').textContent(), SOON).toContain('Anonymous');
    await expect.poll(() => page.getByTestId('case-actions').textContent(), SOON).toContain('Answer');
    await shot(page, 'case-detail-en');
    await page.getByTestId('nav-cases').click();
    await expect.poll(() => page.getByTestId('case-boxes').textContent(), SOON).toContain('Transferred away');
    await shot(page, 'cases-list-en');
  }, 90_000);
});
