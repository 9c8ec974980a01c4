import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, uid } from '../integration/support/api.js';
import { anEmployee, anEmployerUser, aTenant } from '../integration/support/fixtures.js';
import { localPipeline, mailsTo } from '../integration/support/pipeline.js';
import { ARTIFACTS, launchBrowser } from '../support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A user with one e-mailed birthday signal on 1 March 2027, and the digest mailed to them. */
async function mailedUser() {
  const t = await aTenant();
  const user = uid('b');
  await t.put(`/v1/employers/${t.employerId}/users/${user}`, anEmployerUser(user, { name: 'Petra Jansen' }));
  await api('PUT', `/v1/employers/${t.employerId}/users/${user}/signal-settings`, {
    token: await t.providerAdmin(),
    body: { mode: 'custom', signals: [{ signalType: 'BIRTHDAY', daysBefore: [0], email: true }] },
  });
  await t.put(
    `/v1/employers/${t.employerId}/employees/x1`,
    anEmployee({ firstName: 'Anna', lastName: 'de Vries', birthDate: '1980-03-01' }),
  );
  await localPipeline().run('2027-03-01', [t.employerId]);
  const [mail] = await mailsTo(`${user}@example.nl`);
  const link = /^<(.+)>$/.exec(mail!.headers!.find((h) => h.name === 'List-Unsubscribe')!.value)![1]!;
  const url = new URL(link);
  return { t, user, mail: mail!, pageUrl: `${inject('apiUrl')}${url.pathname}${url.search}` };
}

describe('Pages and e-mails as people see them (Chromium)', () => {
  it('shows an escalation first, under "Actie vereist", with the legal date and the days left', async () => {
    const t = await aTenant();
    const [holder, admin] = [uid('h'), uid('a')];
    await t.put(`/v1/employers/${t.employerId}/users/${holder}`, anEmployerUser(holder));
    await t.put(
      `/v1/employers/${t.employerId}/users/${admin}`,
      anEmployerUser(admin, { name: 'Karin Jansen', admin: true }),
    );
    await api('PUT', `/v1/employers/${t.employerId}/users/${holder}/signal-settings`, {
      token: await t.providerAdmin(),
      body: { mode: 'custom', signals: [{ signalType: 'NOTICE_DEADLINE', daysBefore: [30] }] },
    });
    await t.put(
      `/v1/employers/${t.employerId}/employees/x1`,
      anEmployee({
        firstName: 'Kees',
        lastName: 'Bakker',
        contracts: [{ contractId: 'c1', startDate: '2026-06-01', endDate: '2027-03-31', type: 'fixedTerm' }],
      }),
    );
    await localPipeline().run('2027-02-25', [t.employerId]);
    const [mail] = await mailsTo(`${admin}@example.nl`);
    const page = await browser.newPage({ viewport: { width: 700, height: 900 } });
    await page.setContent(mail!.body.html);
    const heading = page.getByRole('heading', { name: 'Actie vereist' });
    await expect.poll(() => heading.isVisible()).toBe(true);
    expect(await page.getByText('Kees Bakker').isVisible()).toBe(true);
    expect(await page.getByText('nog 3 dagen').isVisible()).toBe(true);
    expect(await page.getByText('wettelijke datum 28-02-2027').isVisible()).toBe(true);
    // The heading stands above the rest of the mail, and nothing is wider than the window.
    const [top, cta] = await Promise.all([
      heading.boundingBox(),
      page.getByRole('link', { name: 'Bekijk je signalen' }).boundingBox(),
    ]);
    expect(top!.y).toBeLessThan(cta!.y);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(700);
    await page.screenshot({ path: join(ARTIFACTS, 'escalation-email.png'), fullPage: true });
    await page.close();
  });

  it('renders a digest e-mail readably at mail-client width, with the unsubscribe link in its footer', async () => {
    const { mail } = await mailedUser();
    const page = await browser.newPage({ viewport: { width: 700, height: 900 } });
    await page.setContent(mail.body.html);
    await expect.poll(() => page.getByText('Beste Petra Jansen').isVisible()).toBe(true);
    expect(await page.getByText('Verjaardag').isVisible()).toBe(true);
    const unsubscribe = page.getByRole('link', { name: 'Afmelden' });
    expect(await unsubscribe.isVisible()).toBe(true);
    expect(await unsubscribe.getAttribute('href')).toMatch(/\/v1\/email\/unsubscribe\?token=/);
    // Nothing wider than the window: no sideways scrolling in a mail client.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(700);
    await page.screenshot({ path: join(ARTIFACTS, 'digest-email.png'), fullPage: true });
    await page.close();
  });

  it('lets a person unsubscribe on the page the footer opens, under its strict CSP', async () => {
    const { t, user, pageUrl } = await mailedUser();
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(pageUrl);
    await expect.poll(() => page.getByRole('heading', { name: /Afmelden/ }).isVisible()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'unsubscribe-page.png') });
    const token = await t.employerUser(user);
    expect((await api('GET', '/v1/me/email-preferences', { token })).json.paused).toBe(false);

    await page.getByRole('button', { name: /Afmelden/ }).click();
    await expect
      .poll(() =>
        page.getByRole('heading', { name: 'Je ontvangt geen e-mail meer van Signaleringen' }).isVisible(),
      )
      .toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'unsubscribe-done.png') });
    expect((await api('GET', '/v1/me/email-preferences', { token })).json.paused).toBe(true);
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('The API reference at /docs (Chromium)', () => {
  it('renders every operation of the served document from the API alone, under its CSP', async () => {
    const doc = (await api('GET', '/v1/openapi.json')).json as {
      paths: Record<string, Record<string, { summary: string }>>;
      webhooks: Record<string, { post: { summary: string } }>;
    };
    const summaries = Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((o) => o.summary));
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const foreign: string[] = [];
    const violations: string[] = [];
    const apiOrigin = new URL(inject('apiUrl')).origin;
    page.on('request', (r) => {
      if (!r.url().startsWith(apiOrigin) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    const response = await page.goto(`${inject('apiUrl')}/docs`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    // Rendered, not a loading skeleton: the introduction with its tables shows, and the first
    // operation's heading once a reader picks it in the sidebar.
    await expect
      .poll(() => page.getByRole('heading', { name: 'Signals API' }).first().isVisible(), { timeout: 20_000 })
      .toBe(true);
    expect(await page.getByRole('cell', { name: 'Employer admin' }).first().isVisible()).toBe(true);
    await page.getByText(summaries[0]!, { exact: true }).first().click();
    await expect
      .poll(() => page.getByRole('heading', { name: summaries[0]! }).first().isVisible(), { timeout: 20_000 })
      .toBe(true);
    for (const s of summaries) {
      expect(await page.getByText(s, { exact: true }).count(), s).toBeGreaterThan(0);
    }
    // And every signal event a webhook receives (the document's `webhooks`).
    for (const { post } of Object.values(doc.webhooks)) {
      expect(await page.getByText(post.summary, { exact: true }).count(), post.summary).toBeGreaterThan(0);
    }
    await page.screenshot({ path: join(ARTIFACTS, 'api-reference.png') });
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });
});
