import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext, Page } from 'playwright-core';
import {
  demoEmail,
  launchBrowser,
  screenshot,
  signIn,
  signOut,
  startApp,
  unlabeledControls,
  type RunningApp,
  type RunningBrowser,
} from './harness.ts';

/**
 * The governance pages in Debian's Chromium, against the real server and database with the demo
 * data. In "Nordlicht Logistik" (coordinated, English) the admin runs the advisor, compares the
 * five models, switches to the centralized one and publishes a new strategy; an affected member
 * (German) reads and acknowledges the duty notice and the strategy; the admin sees who has not
 * acknowledged, then reads the costs (charts, the what-if of the five models, the budget) and
 * switches the page to German. Screenshots go to test-artifacts/screenshots/gov-*.png.
 */

const ORG = 'Nordlicht Logistik';
const ADMIN = 'Ingrid Olsen'; // admin, lead of the hub; English
const MEMBER = 'Andreas Huber'; // editor in Depot Munich; German; affected by the switch
const BAKERY = 'Bäckerei Sonnenkorn'; // holistic, German
const BAKERY_ADMIN = 'Greta Sonnenkorn'; // admin, lead of the company

let app: RunningApp;
let browser: RunningBrowser;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  page = browser.page;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** The API as the signed-in browser sees it (same cookies), with the session's CSRF token. */
async function api(): Promise<{ request: APIRequestContext; csrf: string; me: any }> {
  const request = browser.context.request;
  const me = await (await request.get(`${app.url}/api/v1/auth/me`)).json();
  return { request, csrf: me.csrfToken, me };
}

async function getJson(path: string): Promise<any> {
  const { request } = await api();
  return (await request.get(`${app.url}/api/v1${path}`)).json();
}

async function navigate(name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
}

const heading = () => page.locator('h1').textContent();

describe('the governance pages in a browser', () => {
  it('runs the advisor wizard with the keyboard to a ranking with reasons and a staffing plan', async () => {
    await signIn(page, app.url, demoEmail(ORG, ADMIN));
    await navigate('Advisor');
    await expect.poll(heading).toBe('Governance advisor');

    // Step 1: a headcount of 0 is refused at the field, in words; nothing is sent.
    const employees = page.getByLabel('How many people work in the organization?');
    expect(await employees.inputValue()).toBe('250');
    await employees.fill('0');
    await employees.press('Enter');
    expect(await page.locator('.field-error').textContent()).toBe('Enter at least 1.');
    expect(await employees.getAttribute('aria-invalid')).toBe('true');
    expect(await unlabeledControls(page)).toEqual([]);
    await screenshot(page, 'gov-advisor-question');
    await employees.fill('1200');
    await employees.press('Enter');

    const answer = async (question: string, value: string) => {
      const field = page.getByLabel(question);
      await field.fill(value);
      await field.press('Enter');
    };
    await answer('What share of them works on site (percent)?', '40');
    await answer('How many departments or units should be active on social media?', '6');
    await answer(
      'In how many countries or independent business units is the organization active?',
      '1',
    );
    // More than the headcount is refused, as the server would.
    await answer('How many people already do social media as their job (0 = nobody)?', '1300');
    expect(await page.locator('.field-error').textContent()).toBe(
      'This cannot be more than the 1,200 employees.',
    );
    await answer('How many people already do social media as their job (0 = nobody)?', '3');

    // The three scales: radio groups, moved with the arrow keys.
    for (const legend of [
      'How binding are directives',
      'How regulated',
      'Authenticity or control',
    ]) {
      const group = page.locator('fieldset', { hasText: legend });
      await group.locator('input[type=radio]:checked').focus();
      await page.keyboard.press('ArrowRight');
      expect(await group.locator('input[type=radio]:checked').getAttribute('value')).toBe('4');
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await answer('What does an hour of work cost (per person, in EUR)?', '60');

    const ranking = page.getByTestId('advisor-ranking');
    await ranking.waitFor();
    const items = ranking.locator('> li');
    expect(await items.count()).toBe(5);
    const scores = await ranking
      .locator('[data-score]')
      .evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-score'))));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(await items.first().textContent()).toContain('best fit');
    // Every reason names its criterion.
    const reasons = ranking.locator('li.reason');
    expect(await reasons.count()).toBeGreaterThan(5);
    for (const text of await reasons.allTextContents()) expect(text).toMatch(/Criterion: \S/);
    expect(
      await ranking.locator('[data-criterion="dedicated_team"]').first().textContent(),
    ).toContain('Criterion: a dedicated team');
    const staffing = page.getByTestId('advisor-staffing');
    expect(await staffing.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await staffing.textContent()).toContain('Priced at €60.00 an hour.');
    expect(await page.getByTestId('staffing-total').textContent()).toMatch(/€[\d,]+\.\d\d/);
    expect(await page.locator('#advisor-uncertain').locator('..').textContent()).toContain(
      'What stays uncertain',
    );
    expect(await unlabeledControls(page)).toEqual([]);
    await screenshot(page, 'gov-advisor-ranking');
  });

  it('compares the five models, previews the switch to centralized and applies it', async () => {
    await navigate('Model switch');
    await expect.poll(heading).toBe('Model switch');
    await page.getByRole('button', { name: 'Compare all five side by side' }).click();
    const compare = page.getByTestId('switch-compare');
    await compare.waitFor();
    expect(await compare.locator('thead th[data-model]').count()).toBe(5);
    expect(await compare.locator('th[aria-current="true"]').getAttribute('data-model')).toBe(
      'coordinated',
    );
    expect(
      await compare.locator('tr', { hasText: 'Structure missing (required)' }).textContent(),
    ).toMatch(/1$/); // multi-coordinated lacks its regional hubs
    expect(await unlabeledControls(page)).toEqual([]);
    await screenshot(page, 'gov-model-compare');

    await page.getByRole('button', { name: 'Show the details of centralized' }).click();
    const summary = page.getByTestId('switch-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('5 members affected');
    expect(await page.locator('#switch-structure').locator('..').textContent()).toContain(
      'The organization has all the structure this model needs.',
    );
    const andreas = page.locator(`details[data-member="${MEMBER}"]`);
    await andreas.locator('summary').click();
    const lost = andreas.locator('tr[data-change="lost"]');
    expect(await lost.count()).toBe(1);
    expect(await lost.textContent()).toContain('reply in the inbox');
    const publish = andreas.locator('tr', { hasText: 'publish posts' }).first();
    expect(await publish.textContent()).toContain('with approval by');
    expect(await unlabeledControls(page)).toEqual([]);
    await screenshot(page, 'gov-model-preview');

    await page.getByRole('button', { name: 'Switch to the centralized model…' }).click();
    const question = page.locator('.confirm-box');
    expect(await question.textContent()).toContain(
      'from the coordinated model to the centralized model now? This affects 5 members.',
    );
    // Focus moved to the confirmation, so the keyboard confirms.
    await page.keyboard.press('Enter');
    const done = page.locator('#switch-done');
    await expect
      .poll(() => done.textContent())
      .toBe('The organization now works in the centralized model.');
    expect(await done.locator('..').textContent()).toContain('5 duty notices were sent.');
    const notices = page.getByTestId('switch-notices');
    await notices.waitFor();
    expect(await notices.textContent()).toContain('0 of 5 acknowledged');
    expect(await notices.textContent()).toContain(MEMBER);
    expect(await page.locator('.org-line').textContent()).toContain('centralized model');
    expect((await getJson('/organization')).model).toBe('centralized');
    await screenshot(page, 'gov-model-applied');
  });

  it('asks for a tick before applying a switch that lacks required structure', async () => {
    await page.locator('input[name="target-model"][value="multi_coordinated"]').check();
    const gap = page.locator('[data-code="structure.regional_hubs_missing"]');
    await gap.waitFor();
    expect(await gap.getAttribute('data-required')).toBe('true');
    expect(await gap.textContent()).toContain('Create a hub under Depot Hamburg');
    await page.getByRole('button', { name: 'Switch to the multi-coordinated model…' }).click();
    const confirm = page.getByRole('button', { name: 'Yes, switch now' });
    expect(await confirm.isDisabled()).toBe(true);
    await page.getByLabel(/Switch although required structure is missing/).check();
    expect(await confirm.isDisabled()).toBe(false);
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect((await getJson('/organization')).model).toBe('centralized');
  });

  it('publishes a new strategy version and shows who has not acknowledged it', async () => {
    await navigate('Strategy');
    await expect.poll(heading).toBe('Goals and strategy');
    const current = page.getByTestId('strategy-current');
    expect(await current.textContent()).toContain('Show the people who move the goods');
    expect(await current.locator('tr[data-kpi="engagement_rate"]').textContent()).toContain('3.5%');

    await page.getByLabel('Title', { exact: true }).fill('Deliver on time, tell it well');
    await page.getByRole('button', { name: 'Add a goal' }).click();
    await page
      .locator('#' + (await page.getByLabel('Key figure').last().getAttribute('id'))!)
      .selectOption('response_time_minutes');
    const target = page.getByLabel('Target', { exact: true }).last();
    await target.fill('soon');
    await page.getByRole('button', { name: 'Publish version 2' }).click();
    expect(await page.locator('.field-error').textContent()).toBe('Enter a number of 0 or more.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe(
      'true',
    );
    await target.fill('30');
    await page.getByRole('button', { name: 'Publish version 2' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Version 2 is published' }).count())
      .toBe(1);
    await expect.poll(() => current.textContent()).toContain('Deliver on time, tell it well');
    expect(await current.locator('tr[data-kpi="response_time_minutes"]').textContent()).toContain(
      '30 minutes',
    );
    const pending = page.getByTestId('strategy-pending');
    await expect.poll(() => pending.locator('li').count()).toBe(7);
    expect(await pending.textContent()).toContain(MEMBER);
    expect(await page.locator('table', { hasText: 'Version' }).last().textContent()).toContain(
      'Show the people who move the goods',
    );

    await current.getByRole('button', { name: 'I have read it: acknowledge version 2' }).click();
    await expect.poll(() => current.textContent()).toContain('You have acknowledged version 2.');
    await expect.poll(() => pending.locator('li').count()).toBe(6);
    expect(await pending.textContent()).not.toContain(ADMIN);
    expect(await unlabeledControls(page)).toEqual([]);
    await screenshot(page, 'gov-strategy-admin');
    await signOut(page);
  });

  it('shows the affected member the duty notice in German and takes the acknowledgement', async () => {
    await signIn(page, app.url, demoEmail(ORG, MEMBER));
    await navigate('Aufgaben');
    await expect.poll(heading).toBe('Aufgaben');
    const pending = page.getByTestId('duties-pending');
    await expect.poll(() => pending.textContent()).toBe('2 Hinweise warten auf Ihre Bestätigung.');
    const notice = page.locator('article[data-source="model_switch"]');
    expect(await notice.locator('h3').textContent()).toContain(
      'Modellwechsel: koordiniert (Hub and Spoke) → zentralisiert',
    );
    const lines = await notice.locator('.duty-lines li').allTextContents();
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toContain('im Posteingang antworten');
    expect(await unlabeledControls(page)).toEqual([]);
    await screenshot(page, 'gov-duties-member');

    await notice.getByRole('button', { name: /^Bestätigen: Modellwechsel/ }).click();
    await expect.poll(() => notice.getAttribute('data-acknowledged')).toBe('true');
    expect(await notice.textContent()).toContain('Bestätigt');
    await expect.poll(() => pending.textContent()).toBe('1 Hinweis wartet auf Ihre Bestätigung.');

    // The strategy: acknowledged on its page, which closes its notice too.
    await navigate('Strategie');
    await expect.poll(heading).toBe('Ziele und Strategie');
    const current = page.getByTestId('strategy-current');
    expect(await current.textContent()).toContain('Version 2 wartet auf Ihre Bestätigung.');
    expect(await page.getByTestId('strategy-acks').count()).toBe(0); // not an admin
    await current.getByRole('button', { name: 'Gelesen: Version 2 bestätigen' }).click();
    await expect.poll(() => current.textContent()).toContain('Sie haben Version 2 bestätigt.');
    await screenshot(page, 'gov-strategy-member');
    expect((await getJson('/duties')).pendingCount).toBe(0);
    expect((await api()).me.member.strategyAckVersion).toBe(2);

    // Members see no model switch controls and no cost figures.
    await navigate('Modellwechsel');
    await expect.poll(heading).toBe('Modellwechsel');
    expect(await page.locator('input[name="target-model"]').count()).toBe(0);
    expect(await page.locator('main').textContent()).toContain('Nur die Administration');
    await signOut(page);
  });

  it('shows the admin who has not acknowledged the switch notice yet', async () => {
    await signIn(page, app.url, demoEmail(ORG, ADMIN));
    await navigate('Duties');
    const batch = page.getByTestId('duty-batch').filter({ hasText: 'Model switch' });
    await batch.waitFor();
    const text = await batch.textContent();
    expect(text).toContain('1 of 5 acknowledged');
    expect(text).toContain('Kai Petersen');
    expect(text).not.toContain(MEMBER);
    expect(await unlabeledControls(page)).toEqual([]);
    await screenshot(page, 'gov-duties-admin');
  });

  it('draws the costs, lists the five models with the current one marked, and speaks German', async () => {
    const { request, csrf } = await api();
    const headers = { 'x-csrf-token': csrf };
    for (const [daysAgo, category, minutes] of [
      [3, 'create', 120],
      [10, 'coordinate', 90],
      [24, 'review', 45],
      [40, 'create', 60],
    ] as const) {
      const startedAt = new Date(Date.now() - daysAgo * 86_400_000).toISOString();
      const res = await request.post(`${app.url}/api/v1/time`, {
        headers,
        data: { category, minutes, startedAt },
      });
      expect(res.status()).toBe(201);
    }
    const settings = await request.put(`${app.url}/api/v1/costs/settings`, {
      headers,
      data: { currency: 'EUR', monthlyBudgetCents: 150_000, defaultMinutes: [] },
    });
    expect(settings.status()).toBe(200);

    await navigate('Costs');
    await expect.poll(heading).toBe('Costs');
    const hoursChart = page.locator('[data-chart="hours-cost"]');
    await hoursChart.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await page.locator('[data-chart="coordination"] .recharts-line').count()).toBe(1);
    // 90 days by week: every week drawn (a dot of the cost line each), quiet ones as zero.
    expect(await hoursChart.locator('.recharts-line-dot').count()).toBeGreaterThanOrEqual(13);
    expect(await hoursChart.locator('figcaption').textContent()).toContain('5.3 hours');

    const table = page.getByTestId('costs-table');
    expect(await table.locator('tfoot').textContent()).toContain('5.3');
    const csv = page.getByTestId('costs-csv');
    const href = (await csv.getAttribute('href'))!;
    expect(href).toMatch(/^\/api\/v1\/reports\/costs\.csv\?/);
    const download = await request.get(`${app.url}${href}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('text/csv');

    await page.getByLabel('Group by').selectOption('member');
    await expect.poll(() => table.getAttribute('data-group')).toBe('member');
    expect(await table.locator('tbody').textContent()).toContain(ADMIN);

    const whatIf = page.getByTestId('what-if-table');
    await whatIf.waitFor();
    expect(await whatIf.locator('thead th[data-model]').count()).toBe(5);
    const marked = whatIf.locator('thead th[aria-current="true"]');
    expect(await marked.count()).toBe(1);
    expect(await marked.getAttribute('data-model')).toBe('centralized');
    expect(await marked.textContent()).toContain('current');

    const budget = page.locator('#costs-budget').locator('..');
    expect(await page.getByTestId('budget-setting').textContent()).toBe(
      'Monthly budget: €1,500.00.',
    );
    expect(await page.getByTestId('budget-table').locator('tbody tr').count()).toBe(6);
    expect(await page.getByTestId('budget-trend').textContent()).toMatch(/^Trend: /);
    expect(await budget.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    expect(await unlabeledControls(page)).toEqual([]);
    await screenshot(page, 'gov-costs');

    await page.locator('.language-switch select').selectOption('de');
    await expect.poll(heading).toBe('Kosten');
    expect(await whatIf.locator('thead th').first().textContent()).toBe('Kennzahl');
    expect(await marked.textContent()).toContain('zentralisiert');
    expect(await page.getByTestId('budget-setting').textContent()).toBe(
      'Monatsbudget: 1.500,00\u00a0€.',
    );
    expect(await hoursChart.locator('figcaption').textContent()).toContain('5,3 Stunden');
    expect(await page.getByRole('navigation').textContent()).toContain('Modellwechsel');
    await expect.poll(async () => (await api()).me.member.locale).toBe('de');
    await screenshot(page, 'gov-costs-german');
  });

  it('keeps the staffing plan of the advice, applies it and shows what it did, in German', async () => {
    await signOut(page);
    await signIn(page, app.url, demoEmail(BAKERY, BAKERY_ADMIN));
    await navigate('Beratung');
    await expect.poll(heading).toBe('Governance-Beratung');
    const plans = page.locator('#staffing-plans').locator('..');
    await expect
      .poll(() => plans.textContent())
      .toContain('Es wurde noch kein Personalplan gespeichert.');

    // The suggested answers: the decentralized model comes first, its plan asks for unit leads.
    for (let step = 1; step <= 8; step++)
      await page.getByRole('button', { name: 'Weiter' }).click();
    await page.getByRole('button', { name: 'Reihenfolge zeigen' }).click();
    await page.getByTestId('advisor-ranking').waitFor();
    const save = page.getByTestId('advisor-save');
    // The admin names Jonas Weber for the lead of Backstube; the other roles keep Mooring's choice.
    const lead = save.getByLabel('Leitung der Einheit – Backstube', { exact: true });
    expect(await lead.inputValue()).toBe('');
    expect(await lead.locator('option:checked').textContent()).toBe('Mooring vorschlagen lassen');
    await lead.selectOption({ label: 'Jonas Weber' });
    expect(await unlabeledControls(page)).toEqual([]);
    // Named for a second role too, he is refused there, in words, at that select (422).
    const other = save.locator(`select:not([id="${await lead.getAttribute('id')}"])`).first();
    await other.selectOption({ label: 'Jonas Weber' });
    await save.getByRole('button', { name: 'Als Personalplan speichern' }).click();
    await expect
      .poll(() => save.getByRole('alert').textContent())
      .toContain('Einige Ihrer Wahlen passen nicht zum Plan.');
    const refused = save.locator('select[aria-invalid="true"]');
    expect(await refused.count()).toBe(1);
    const errorId = (await refused.getAttribute('aria-describedby'))!.split(' ').at(-1);
    expect(await save.locator(`[id="${errorId}"]`).textContent()).toBe(
      'Diese Person ist schon für eine andere Rolle dieses Plans gewählt.',
    );
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe(
      'true',
    );
    expect((await getJson('/staffing-plans')).items).toHaveLength(0);
    await screenshot(page, 'gov-staffing-choice-refused');
    await other.selectOption('');
    await lead.selectOption({ label: 'Jonas Weber' });
    await save.getByRole('button', { name: 'Als Personalplan speichern' }).click();
    const saved = save.getByRole('status');
    await expect.poll(() => saved.textContent()).toMatch(/^Am .+ als Personalplan gespeichert\./);
    // The button went away: the focus is on what replaced it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('status');
    const stored = (await getJson('/staffing-plans')).items;
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ status: 'proposed', model: 'decentralized' });

    const proposals = save.getByTestId('plan-proposals').locator('tbody tr');
    expect(await proposals.count()).toBe(stored[0].proposals.length);
    const jonas = proposals.filter({ hasText: 'Jonas Weber' });
    expect(await jonas.locator('th').textContent()).toBe('Leitung der Einheit');
    expect(await jonas.textContent()).toContain('Backstube');
    expect(await jonas.textContent()).toContain('von der Administration gewählt');
    expect(stored[0].proposals).toContainEqual(
      expect.objectContaining({
        role: 'unit_lead',
        unitName: 'Backstube',
        memberName: 'Jonas Weber',
        source: 'chosen',
      }),
    );
    expect(stored[0].proposals.filter((p: any) => p.source === 'chosen')).toHaveLength(1);
    const unplaced = save.getByTestId('plan-unplaced');
    expect(
      await unplaced.locator('tr[data-reason="no_candidates"]').first().textContent(),
    ).toContain('In der Einheit ist niemand mehr vorzuschlagen.');
    expect(
      await unplaced.locator('tr[data-reason="unit_to_create"]').first().textContent(),
    ).toContain('neu: Abteilung');
    const item = page.getByTestId('staffing-plans').locator(`li[data-plan="${stored[0].id}"]`);
    await expect.poll(() => item.getByTestId('plan-status').textContent()).toBe('vorgeschlagen');
    expect(await item.locator('summary').textContent()).toContain('Modell dezentral · erstellt am');
    expect(await unlabeledControls(page)).toEqual([]);
    await screenshot(page, 'gov-staffing-saved');

    // Applying asks first, saying how many people it gives a role; the keyboard confirms.
    await save.getByRole('button', { name: /^Personalplan vom .+ umsetzen/ }).click();
    expect(await save.locator('.plan-confirm').textContent()).toContain(
      'Diesen Plan jetzt umsetzen? 3 Personen bekommen eine Rolle',
    );
    await page.keyboard.press('Enter');
    const result = save.getByTestId('plan-result');
    await result.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Was die Umsetzung bewirkt hat',
    );
    expect(await result.locator('li').allTextContents()).toEqual([
      '0 Mitgliedschaften angelegt.',
      '3 Mitgliedschaften auf eine stärkere Rolle angehoben.',
      '3 Aufgabenhinweise verschickt.',
    ]);
    expect(await result.textContent()).toContain('Kein Vorschlag wurde übersprungen.');
    await expect.poll(() => item.getByTestId('plan-status').textContent()).toBe('umgesetzt');
    const applied = await getJson(`/staffing-plans/${stored[0].id}`);
    expect(applied.status).toBe('applied');
    expect(applied.result).toMatchObject({
      membershipsCreated: 0,
      membershipsRaised: 3,
      notices: 3,
    });
    expect(await save.getByRole('button', { name: /umsetzen/ }).count()).toBe(0);
    expect(await unlabeledControls(page)).toEqual([]);
    await screenshot(page, 'gov-staffing-applied');

    // In English the same result, from the same data.
    await page.locator('.language-switch select').selectOption('en');
    await expect.poll(heading).toBe('Governance advisor');
    expect(await result.locator('li').allTextContents()).toEqual([
      '0 memberships created.',
      '3 memberships raised to a stronger role.',
      '3 duty notices sent.',
    ]);
    expect(await item.getByTestId('plan-status').textContent()).toBe('applied');

    // A second plan, stored meanwhile, is set aside from the list.
    const { request, csrf } = await api();
    const second = await request.post(`${app.url}/api/v1/staffing-plans`, {
      headers: { 'x-csrf-token': csrf },
      data: { profile: stored[0].profile, model: 'holistic' },
    });
    expect(second.status()).toBe(201);
    const secondId = (await second.json()).id;
    await page.reload();
    const list = page.getByTestId('staffing-plans');
    await expect.poll(() => list.locator('> li').count()).toBe(2);
    expect(await list.locator('> li').first().getAttribute('data-plan')).toBe(secondId);
    const secondItem = list.locator(`li[data-plan="${secondId}"]`);
    await secondItem.locator('summary').click();
    expect(await secondItem.locator('summary').textContent()).toContain('holistic model · created');
    await secondItem.getByRole('button', { name: /^Discard the staffing plan of / }).click();
    await expect.poll(() => secondItem.getByTestId('plan-status').textContent()).toBe('discarded');
    expect(await secondItem.textContent()).toContain('This plan was set aside');
    expect((await getJson(`/staffing-plans/${secondId}`)).status).toBe('discarded');
    await screenshot(page, 'gov-staffing-list');

    // A plan applied elsewhere after the page showed it: the refusal is said in words.
    const third = await request.post(`${app.url}/api/v1/staffing-plans`, {
      headers: { 'x-csrf-token': csrf },
      data: { profile: stored[0].profile, model: 'holistic' },
    });
    const thirdId = (await third.json()).id;
    await page.reload();
    const thirdItem = list.locator(`li[data-plan="${thirdId}"]`);
    await thirdItem.locator('summary').click();
    const elsewhere = await request.post(`${app.url}/api/v1/staffing-plans/${thirdId}/apply`, {
      headers: { 'x-csrf-token': csrf },
    });
    expect(elsewhere.status()).toBe(200);
    await thirdItem.getByRole('button', { name: /^Discard the staffing plan of / }).click();
    await expect
      .poll(() => thirdItem.getByRole('alert').textContent())
      .toBe('This plan was applied or discarded meanwhile. The list now shows it as it is.');
    await expect.poll(() => thirdItem.getByTestId('plan-status').textContent()).toBe('applied');
    const { membershipsCreated: created, notices } = (await elsewhere.json()).result;
    const thirdResult = thirdItem.getByTestId('plan-result');
    expect(await thirdResult.locator('[data-count="created"]').textContent()).toBe(
      `${created} membership${created === 1 ? '' : 's'} created.`,
    );
    expect(await thirdResult.locator('[data-count="notices"]').textContent()).toBe(
      `${notices} duty notice${notices === 1 ? '' : 's'} sent.`,
    );

    // A member who is no admin sees no staffing plans.
    await signOut(page);
    await signIn(page, app.url, demoEmail(BAKERY, 'Paul Richter'));
    await navigate('Beratung');
    await expect.poll(heading).toBe('Governance-Beratung');
    expect(await page.locator('#staffing-plans').count()).toBe(0);
  });
});
