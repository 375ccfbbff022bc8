/**
 * The end-to-end case, in real Chromium: a citizen files a traffic complaint with a
 * photo at 河南省教育厅 — the wrong door. The routing rule sends it to 信阳交警; their responder
 * accepts and answers it in the console; the citizen sees where it went, the live countdown,
 * then the answer, and rates it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileTrafficComplaintAtEdu } from './caseSteps.js';
import { SOON, shot, signInCitizen, signInConsole, startHarness, type Harness } from './harness.js';

const TITLE = '中山路小学门口机动车乱停';
const ANSWER = '已在上下学时段安排交警执勤，违停车辆依法处理，并增设了禁停标志。';

describe('a case through the wrong door (Chromium)', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('is routed to the traffic police, answered there, and rated by the citizen', async () => {
    const phone = await h.newContext({
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
    });
    const citizen = await phone.newPage();
    await signInCitizen(h, citizen, '13700137688');
    const trackingNo = await fileTrafficComplaintAtEdu(h, citizen, {
      title: TITLE,
      description: '上学时段机动车停在人行道和校门口，孩子们只能绕到机动车道上走，很危险。',
      photoColour: [200, 80, 40],
    });
    await expect.poll(() => citizen.getByTestId('case-routed').textContent(), SOON).toContain('信阳交警');

    // The case page: handled by the traffic police, moved from the door, a live countdown.
    await citizen.goto(`${h.base}/me/cases/${trackingNo}`);
    await expect.poll(() => citizen.getByTestId('case-department').textContent(), SOON).toContain('信阳交警');
    await expect
      .poll(() => citizen.getByTestId('case-moved').textContent(), SOON)
      .toContain('由 河南省教育厅 转至');
    const clock = citizen.getByTestId('countdown-time');
    const first = await clock.textContent();
    expect(await clock.getAttribute('data-overdue')).toBe('false');
    await expect.poll(() => clock.textContent(), { timeout: 4_000 }).not.toBe(first);
    await shot(citizen, 'wrong-door-citizen-waiting');

    // The door never handles it: 河南省教育厅 sees it only among the cases it passed on.
    const row = await h.deps.database.k
      .selectFrom('cases')
      .innerJoin('accounts as a', 'a.id', 'cases.account_id')
      .innerJoin('accounts as d', 'd.id', 'cases.filed_account_id')
      .select(['a.handle as handler', 'd.handle as door', 'cases.id'])
      .where('tracking_no', '=', trackingNo)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ handler: 'xinyang-traffic', door: 'henan-edu' });

    // 信阳交警's responder accepts and answers.
    const desk = await h.newContext({ viewport: { width: 1440, height: 1000 } });
    const console = await desk.newPage();
    await signInConsole(console, h.base, 'xinyang-traffic-responder');
    await console.getByTestId('nav-cases').click();
    await console.getByTestId('cases-table').getByText(TITLE).click();
    await expect.poll(() => console.getByTestId('case-tracking').textContent(), SOON).toBe(trackingNo);
    await expect.poll(() => console.locator('[data-testid="case-files"] img').count(), SOON).toBe(1);
    await console.getByTestId('case-accept').click();
    await expect.poll(() => console.getByTestId('case-status').first().textContent(), SOON).toBe('已受理');
    await console.getByTestId('case-answer').click();
    await console.getByTestId('case-text-dialog').locator('textarea').fill(ANSWER);
    await console.getByTestId('case-text-submit').click();
    await expect.poll(() => console.getByTestId('case-status').first().textContent(), SOON).toBe('已答复');
    await shot(console, 'wrong-door-console-answered');

    // The citizen sees the answer and the whole way it went, and rates it.
    await citizen.reload();
    await expect.poll(() => citizen.getByTestId('case-answer').textContent(), SOON).toContain(ANSWER);
    const kinds = await citizen
      .getByTestId('case-timeline')
      .locator('li')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-kind')));
    expect(kinds).toEqual(expect.arrayContaining(['received', 'routed', 'accepted', 'answered']));
    await citizen.getByTestId('case-stars').locator('.van-rate__item').nth(4).click();
    await citizen.getByTestId('case-rate-submit').click();
    await expect.poll(() => citizen.getByTestId('case-rated').count(), SOON).toBe(1);
    await shot(citizen, 'wrong-door-citizen-rated');

    const rated = await h.deps.database.k
      .selectFrom('cases')
      .select(['satisfaction', 'status', 'answered_on_time'])
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(rated).toEqual({ satisfaction: 5, status: 'answered', answered_on_time: 1 });
  }, 90_000);
});
