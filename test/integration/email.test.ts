import { SESv2Client, SendEmailCommand, TooManyRequestsException } from '@aws-sdk/client-sesv2';
import { describe, expect, inject, it } from 'vitest';
import { SesMailer } from '../../shared/adapters/ses/ses-mailer.js';
import { api, uid } from './support/api.js';
import { anEmployee, anEmployerUser, aTenant } from './support/fixtures.js';
import { asLambda, localPipeline, mailsTo } from './support/pipeline.js';
import { expectRefused, typedApi } from './support/typed-client.js';

const R = '2027-03-01';

async function mailScenario(options: { employeeFirstName?: string } = {}) {
  const t = await aTenant();
  const admin = await t.providerAdmin();
  const tag = uid('m');
  const users = { mail: `${tag}-mail`, quiet: `${tag}-quiet`, sick: `${tag}-sick` };
  for (const u of Object.values(users)) {
    await t.put(`/v1/employers/${t.employerId}/users/${u}`, anEmployerUser(u));
  }
  const settings = (u: string, signals: unknown[]) =>
    api('PUT', `/v1/employers/${t.employerId}/users/${u}/signal-settings`, {
      token: admin,
      body: { mode: 'custom', signals },
    });
  await settings(users.mail, [
    { signalType: 'BIRTHDAY', daysBefore: [7], email: true },
    { signalType: 'CONTRACT_END', daysBefore: [30], email: true },
  ]);
  await settings(users.quiet, [{ signalType: 'BIRTHDAY', daysBefore: [7], email: false }]);
  await settings(users.sick, [{ signalType: 'ABSENCE_WEEK_6', daysBefore: [0], email: true }]);
  await t.put(
    `/v1/employers/${t.employerId}/employees/x1`,
    anEmployee({
      firstName: options.employeeFirstName ?? 'Anna',
      lastName: 'de Vries',
      birthDate: '1980-03-04',
      contracts: [{ contractId: 'c1', startDate: '2026-06-01', endDate: '2027-03-21', type: 'fixedTerm' }],
    }),
  );
  // Sick since 25 January 2027: week 6 starts on 1 March.
  await t.put(
    `/v1/employers/${t.employerId}/employees/x2`,
    anEmployee({
      firstName: 'Piet',
      lastName: 'Ziek',
      birthDate: '1970-07-07',
      absences: [{ absenceId: 'a1', startDate: '2027-01-25', endDate: null }],
    }),
  );
  return { ...t, admin, users, address: (u: string) => `${u}@example.nl` };
}

const template = (overrides: Record<string, unknown> = {}) => ({
  sender: { name: 'Salarisbureau Jansen', address: 'signalen@jansen.nl' },
  subject: '{{count}} nieuwe signalen voor {{recipient.name}}',
  html: '<p>{{#each signals}}{{typeName}}: {{employeeName}} op {{eventDate}}<br>{{/each}}</p><a href="{{appUrl}}">open</a>',
  text: '{{#each employers}}{{name}}: {{#each signals}}{{employeeName}} {{/each}}{{/each}}',
  includeSensitiveDetails: false,
  ...overrides,
});

describe('E-mail: digests', () => {
  it('sends each user with e-mail signals exactly one digest, none to the others, nothing more on a rerun', async () => {
    const s = await mailScenario();
    const p = localPipeline();
    const run = await p.run(R, [s.employerId]);
    expect(run.emailsSent).toBe(2);
    const mails = await mailsTo(s.address(s.users.mail));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.from).toContain('signalen@example.nl');
    expect(mails[0]!.subject).toBe('Signaleringen: 2 nieuwe signalen (01-03-2027)');
    expect(mails[0]!.body.text).toContain('Verjaardag: Anna de Vries');
    expect(mails[0]!.body.text).toContain('Einde tijdelijk contract: Anna de Vries');
    expect(mails[0]!.body.html).toContain('Bakkerij De Korenbloem');
    expect(await mailsTo(s.address(s.users.quiet))).toHaveLength(0);

    const rerun = await p.run(R, [s.employerId]);
    expect(rerun.emailsSent).toBe(0);
    expect(await mailsTo(s.address(s.users.mail))).toHaveLength(1);
    // A redelivered deliver message does not send again.
    await p.deps.deliverQueue.send([{ runId: run.runId, recipientKey: `E:${s.employerId}:${s.users.mail}` }]);
    await p.drain();
    expect(await mailsTo(s.address(s.users.mail))).toHaveLength(1);
  });

  it('gives a department manager with the provider default absence signals (list and mail) only about the own departments', async () => {
    const t = await aTenant();
    const admin = await t.providerAdmin();
    await api('PUT', `/v1/providers/${t.providerId}/signal-settings`, {
      token: admin,
      body: { signals: [{ signalType: 'ABSENCE_WEEK_6', daysBefore: [0], email: true }] },
    });
    for (const d of ['verkoop', 'productie']) {
      await t.put(`/v1/employers/${t.employerId}/departments/${d}`, { name: d });
    }
    const manager = uid('mgr');
    await t.put(`/v1/employers/${t.employerId}/users/${manager}`, {
      email: `${manager}@example.nl`,
      name: 'Manager Verkoop',
      locale: 'nl',
      departmentIds: ['verkoop'],
      isDepartmentManager: true,
      active: true,
    });
    for (const [id, departmentId] of [
      ['own', 'verkoop'],
      ['other', 'productie'],
    ] as const) {
      await t.put(
        `/v1/employers/${t.employerId}/employees/${id}`,
        anEmployee({ departmentId, absences: [{ absenceId: 'a1', startDate: '2027-01-25', endDate: null }] }),
      );
    }
    const token = await t.employerUser(manager);
    expect((await api('GET', `/v1/employers/${t.employerId}/employees/other`, { token })).status).toBe(403);

    const run = await localPipeline().run(R, [t.employerId]);
    expect(run.signalsCreated).toBe(1);
    const list = await api('GET', '/v1/me/signals', { token });
    expect(list.json.items.map((s: { employeeId: string }) => s.employeeId)).toEqual(['own']);
    const mails = await mailsTo(`${manager}@example.nl`);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Signaleringen: 1 nieuw signaal (01-03-2027)');
  });

  it('withholds the name of an absence signal in the mail unless the template allows it; the app keeps it', async () => {
    const s = await mailScenario();
    const p = localPipeline();
    await p.run(R, [s.employerId]);
    const [mail] = await mailsTo(s.address(s.users.sick));
    expect(mail!.body.text).toContain('Verzuim: probleemanalyse');
    expect(mail!.body.text).not.toContain('Piet');
    expect(mail!.body.html).not.toContain('Piet');
    const token = await s.employerUser(s.users.sick);
    const list = await api('GET', '/v1/me/signals', { token });
    expect(list.json.items[0].employeeName).toBe('Piet Ziek');

    const s2 = await mailScenario();
    await api('PUT', `/v1/employers/${s2.employerId}/email-template`, {
      token: s2.admin,
      body: template({ includeSensitiveDetails: true }),
    });
    await localPipeline().run(R, [s2.employerId]);
    const [named] = await mailsTo(s2.address(s2.users.sick));
    expect(named!.body.html).toContain('Piet Ziek');
  });

  it('escapes a name with <script> in the html part', async () => {
    const s = await mailScenario({ employeeFirstName: '<script>alert(1)</script>' });
    await localPipeline().run(R, [s.employerId]);
    const [mail] = await mailsTo(s.address(s.users.mail));
    expect(mail!.body.html).not.toContain('<script>');
    expect(mail!.body.html).toContain('&lt;script&gt;');
  });

  it('retries SES throttling with backoff; each user still gets one mail', async () => {
    const s = await mailScenario();
    const client = new SESv2Client({
      region: 'eu-west-1',
      endpoint: inject('sesUrl'),
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    let throttled = 0;
    const realSend = client.send.bind(client);
    // Fault injection only: the first three sends are refused as SES refuses them under load.
    client.send = (async (command: SendEmailCommand) => {
      if (command instanceof SendEmailCommand && throttled < 3) {
        throttled += 1;
        throw new TooManyRequestsException({ message: 'Maximum sending rate exceeded.', $metadata: {} });
      }
      return realSend(command);
    }) as typeof client.send;
    const p = localPipeline({ mailer: new SesMailer({ client }) });
    const run = await p.run(R, [s.employerId]);
    expect(throttled).toBe(3);
    expect(run.emailsSent).toBe(2);
    expect(await mailsTo(s.address(s.users.mail))).toHaveLength(1);
    expect(await mailsTo(s.address(s.users.sick))).toHaveLength(1);
  });
});

describe('E-mail: templates (through the typed client)', () => {
  const PROVIDER = '/v1/providers/{providerId}/email-template';
  const EMPLOYER = '/v1/employers/{employerId}/email-template';
  const ofProvider = (providerId: string) => ({ params: { path: { providerId } } });
  const ofEmployer = (employerId: string) => ({ params: { path: { employerId } } });
  /** A template body; the text fields may be anything a test wants to see refused. */
  const body = (overrides: Partial<ReturnType<typeof template>> = {}) => ({ ...template(), ...overrides });

  it('takes a GET body back as it is (read-only fields ignored), and shows the whole parse error', async () => {
    const t = await aTenant();
    const admin = typedApi(await t.providerAdmin());
    const got = await admin.GET(PROVIDER, ofProvider(t.providerId));
    expect(got.data?.source).toBe('default');
    // The document lets the GET body go back as it is: the type checker accepts it unchanged.
    const back = await admin.PUT(PROVIDER, { ...ofProvider(t.providerId), body: got.data! });
    expect(back.response.status).toBe(200);
    expect(back.data?.source).toBe('provider');
    const broken = await admin.PUT(PROVIDER, {
      ...ofProvider(t.providerId),
      body: body({ html: '<p>{{#each signals}}{{typeName}}</p>' }),
    });
    const message = expectRefused(broken, 422, 'unprocessable').errors?.[0]?.message ?? '';
    expect(message.split('\n').length).toBeGreaterThan(1);
    expect(message).toMatch(/Expecting/);
  });

  it('previews the provider-level template with a sample employer; sends nothing', async () => {
    const t = await aTenant();
    const r = await typedApi(await t.providerAdmin()).POST(`${PROVIDER}/preview`, {
      ...ofProvider(t.providerId),
      body: { locale: 'nl' },
    });
    expect(r.response.status).toBe(200);
    expect(r.data).toMatchObject({ source: 'default' });
    expect(r.data?.html).toContain('Voorbeeldwerkgever');
  });

  it('previews a GET body sent back as the candidate, and says where an unwrapped template goes', async () => {
    const t = await aTenant();
    const admin = typedApi(await t.providerAdmin());
    const got = await admin.GET(PROVIDER, ofProvider(t.providerId));
    const preview = await admin.POST(`${PROVIDER}/preview`, {
      ...ofProvider(t.providerId),
      body: { locale: 'nl', template: got.data! },
    });
    expect(preview.response.status).toBe(200);
    expect(preview.data?.source).toBe('candidate');
    const unwrapped = await api('POST', `/v1/providers/${t.providerId}/email-template/preview`, {
      token: await t.providerAdmin(),
      body: { locale: 'nl', ...body() },
    });
    expect(unwrapped.status).toBe(400);
    expect(unwrapped.json.errors[0].message).toContain('A candidate template goes under "template"');
  });

  it('names the right a refused caller lacks', async () => {
    const t = await aTenant();
    const refused = await typedApi(await t.employerUser()).PUT(PROVIDER, {
      ...ofProvider(t.providerId),
      body: body(),
    });
    expect(expectRefused(refused, 403, 'forbidden').detail).toContain('signals:provider-admin');
  });

  it('an employer template overrides the provider one; DELETE falls back', async () => {
    const s = await mailScenario();
    const admin = typedApi(s.admin);
    const employer = ofEmployer(s.employerId);
    expect((await admin.GET(EMPLOYER, employer)).data?.source).toBe('default');
    const put = await admin.PUT(PROVIDER, { ...ofProvider(s.providerId), body: body() });
    expect(put.response.status).toBe(200);
    expect((await admin.GET(EMPLOYER, employer)).data?.source).toBe('provider');
    await typedApi(await s.employerAdmin()).PUT(EMPLOYER, {
      ...employer,
      body: body({
        subject: 'Werkgever: {{count}} signalen',
        sender: { name: 'Bakkerij', address: 'info@korenbloem.nl' },
      }),
    });
    expect((await admin.GET(EMPLOYER, employer)).data).toMatchObject({
      source: 'employer',
      subject: 'Werkgever: {{count}} signalen',
    });

    await localPipeline().run(R, [s.employerId]);
    const [mail] = await mailsTo(s.address(s.users.mail));
    expect(mail!.subject).toBe('Werkgever: 2 signalen');
    expect(mail!.from).toContain('info@korenbloem.nl');

    expect((await admin.DELETE(EMPLOYER, employer)).response.status).toBe(204);
    expect((await admin.GET(EMPLOYER, employer)).data?.source).toBe('provider');
  });

  it('refuses at PUT a template with an unknown variable or helper, a header line break, or a syntax error (422)', async () => {
    const s = await mailScenario();
    const admin = typedApi(s.admin);
    const put = (overrides: Partial<ReturnType<typeof template>>) =>
      admin.PUT(PROVIDER, { ...ofProvider(s.providerId), body: body(overrides) });
    const unknown = expectRefused(await put({ html: '<p>{{salary}}</p>' }), 422, 'unprocessable');
    expect(unknown.errors?.[0]).toEqual({ path: 'body.html', message: 'unknown variable salary' });
    expectRefused(await put({ text: '{{lookup signals 0}}' }), 422, 'unprocessable');
    expectRefused(await put({ subject: 'a\r\nBcc: x@evil.nl' }), 422, 'unprocessable');
    expectRefused(await put({ html: '{{#each signals}}' }), 422, 'unprocessable');
    expectRefused(await put({ html: '{{constructor.name}}' }), 422, 'unprocessable');
  });

  it('previews with sample data and sends nothing', async () => {
    const s = await mailScenario();
    const admin = typedApi(s.admin);
    const preview = `${EMPLOYER}/preview` as const;
    const r = await admin.POST(preview, { ...ofEmployer(s.employerId), body: { locale: 'en' } });
    expect(r.response.status).toBe(200);
    expect(r.data?.source).toBe('default');
    // The samples include an escalation: it heads the mail.
    expect(r.data?.subject).toMatch(/^Action required – Signals: 5 new signals/);
    expect(r.data?.text).toContain('== ACTION REQUIRED ==');
    expect(r.data?.text).toContain('an employee (details in the app)');
    const candidate = await admin.POST(preview, { ...ofEmployer(s.employerId), body: { template: body() } });
    expect(candidate.data).toMatchObject({
      source: 'candidate',
      from: 'Salarisbureau Jansen <signalen@jansen.nl>',
    });
  });
});

describe('E-mail: bounces and complaints', () => {
  it('a permanent bounce suppresses the address: no further digest, the signal list is unaffected', async () => {
    const s = await mailScenario();
    const p = localPipeline();
    const address = s.address(s.users.mail);
    const transient = await asLambda.sesEvents(p.deps, {
      eventType: 'Bounce',
      bounce: { bounceType: 'Transient', bouncedRecipients: [{ emailAddress: address }] },
    });
    expect(transient).toEqual([]);
    const suppressed = await asLambda.sesEvents(p.deps, {
      eventType: 'Bounce',
      bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: address.toUpperCase() }] },
    });
    expect(suppressed).toHaveLength(1);
    const run = await p.run(R, [s.employerId]);
    expect(await mailsTo(address)).toHaveLength(0);
    expect(await mailsTo(s.address(s.users.sick))).toHaveLength(1);
    expect(run.emailsSent).toBe(1);
    const list = await api('GET', '/v1/me/signals', { token: await s.employerUser(s.users.mail) });
    expect(list.json.items).toHaveLength(2);
  });
});
