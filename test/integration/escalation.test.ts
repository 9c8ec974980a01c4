import { describe, expect, it } from 'vitest';
import { positionOf } from '../../shared/adapters/dynamodb/stream-changes.js';
import { api, tokenFor, uid } from './support/api.js';
import { anEmployee, anEmployerUser, aTenant } from './support/fixtures.js';
import { aNoticeDeadline, type Json } from './support/notice-deadline.js';
import { asLambda, localPipeline, mailsTo } from './support/pipeline.js';

describe('Escalation of an unhandled legal deadline', () => {
  it("reaches the employer's admins 5 days before, then the provider's users 2 days before, each level once, in-app and by mail", async () => {
    const { t, providerAdmin, holder, admin, tokenOf, signalsOf, run } = await aNoticeDeadline();
    await run('2027-01-29');
    expect(await signalsOf(await tokenOf(admin))).toEqual([]);

    await run('2027-02-22');
    expect(await signalsOf(await tokenOf(admin))).toEqual([]);
    await run('2027-02-23');
    const [first] = await signalsOf(await tokenOf(admin));
    expect(first).toMatchObject({
      signalType: 'NOTICE_DEADLINE',
      legalDate: '2027-02-28',
      signalDate: '2027-02-23',
      ruleVersion: 'notice-2015-01',
      escalation: {
        level: 1,
        legalDate: '2027-02-28',
        originalRecipients: [{ userType: 'employer', userId: holder }],
      },
      onBehalfOf: null,
    });
    expect(await signalsOf(providerAdmin)).toEqual([]);
    // The admin's digest has it under its own heading, with the days left.
    const mail = (await mailsTo(`${admin}@example.nl`)).at(-1)!;
    expect(mail.subject).toMatch(/^Actie vereist/);
    expect(mail.body.text).toContain('== ACTIE VEREIST ==');
    expect(mail.body.text).toContain('wettelijke datum 28-02-2027 (nog 5 dagen)');

    // A level fires once: the next runs add nothing until the next level is due.
    await run('2027-02-24');
    await run('2027-02-25');
    expect(await signalsOf(await tokenOf(admin))).toHaveLength(1);
    expect(await signalsOf(providerAdmin)).toEqual([]);
    await run('2027-02-26');
    const [second] = await signalsOf(providerAdmin);
    expect(second).toMatchObject({ escalation: { level: 2, legalDate: '2027-02-28' } });
    await run('2027-02-27');
    expect(await signalsOf(providerAdmin)).toHaveLength(1);

    const overview = await api(
      'GET',
      `/v1/employers/${t.employerId}/deadlines?from=2027-02-01&to=2027-03-01&status=escalated`,
      { token: providerAdmin },
    );
    expect(overview.json.items).toHaveLength(1);
    expect(overview.json.items[0].escalations).toEqual([
      { level: 1, at: expect.any(String), to: [{ userType: 'employer', userId: admin }] },
      { level: 2, at: expect.any(String), to: [expect.objectContaining({ userType: 'provider' })] },
    ]);
  });

  it('stops once anybody handles the event: the escalation shows handled, no further level fires', async () => {
    const { t, providerAdmin, admin, tokenOf, signalsOf, run } = await aNoticeDeadline();
    await run('2027-01-29');
    await run('2027-02-23');
    const adminToken = await tokenOf(admin);
    const [escalation] = (await signalsOf(adminToken)) as [Json];
    const patched = await api('PATCH', `/v1/me/signals/${escalation.signalId}`, {
      token: adminToken,
      body: { handled: true, note: 'aangezegd per brief' },
    });
    expect(patched.status).toBe(200);
    await run('2027-02-26');
    expect(await signalsOf(providerAdmin)).toEqual([]);
    const overview = await api(
      'GET',
      `/v1/employers/${t.employerId}/deadlines?from=2027-02-01&to=2027-03-01&status=handled`,
      { token: providerAdmin },
    );
    expect(overview.json.items[0]).toMatchObject({
      signalType: 'NOTICE_DEADLINE',
      handled: { by: admin, note: 'aangezegd per brief' },
      escalations: [{ level: 1 }],
    });
  });

  it('escalates on a change too: data entered late fires the level due at once', async () => {
    const { t, admin, tokenOf, signalsOf } = await aNoticeDeadline();
    // The contract was known, but nobody evaluated it: a change on 25 February (level 1 due since the 23rd).
    const p = localPipeline({ today: '2027-02-25' });
    await asLambda.changes(p.deps, [
      {
        owner: { employerId: t.employerId },
        employeeId: 'x1',
        entity: 'employee',
        sequence: '1',
        position: positionOf('1'),
        removed: false,
      },
    ]);
    const [escalation] = await signalsOf(await tokenOf(admin));
    expect(escalation).toMatchObject({ escalation: { level: 1 }, signalDate: '2027-02-23' });
  });

  it('withdraws the escalation with its event: a contract extended leaves nothing to act on', async () => {
    const { t, providerAdmin, admin, tokenOf, signalsOf, run } = await aNoticeDeadline();
    await run('2027-02-23');
    await t.put(
      `/v1/employers/${t.employerId}/employees/x1`,
      anEmployee({
        contracts: [{ contractId: 'c1', startDate: '2026-06-01', endDate: '2027-06-30', type: 'fixedTerm' }],
      }),
    );
    await run('2027-02-24');
    const [escalation] = (await signalsOf(await tokenOf(admin))) as [Json];
    expect(escalation.status).toBe('withdrawn');
    await run('2027-02-26');
    expect(await signalsOf(providerAdmin)).toEqual([]);
    const overview = await api(
      'GET',
      `/v1/employers/${t.employerId}/deadlines?from=2027-02-01&to=2027-03-01&status=withdrawn`,
      { token: providerAdmin },
    );
    expect(overview.json.items).toMatchObject([
      { signalType: 'NOTICE_DEADLINE', legalDate: '2027-02-28', escalations: [{ level: 1 }] },
    ]);
  });

  it('passes a level with nobody eligible to the next; with nobody at any level the event is unescalated', async () => {
    const t = await aTenant();
    const providerAdmin = await t.providerAdmin();
    // Sick from 5 January 2027: week 6 ends on 15 February; nobody has absence signals on, and the
    // only admin manages another department, so health data about this employee is not theirs.
    const manager = uid('adm');
    await t.put(`/v1/employers/${t.employerId}/departments/d2`, { name: 'Bezorging' });
    await t.put(
      `/v1/employers/${t.employerId}/users/${manager}`,
      anEmployerUser(manager, { admin: true, isDepartmentManager: true, departmentIds: ['d2'] }),
    );
    await t.put(
      `/v1/employers/${t.employerId}/employees/x2`,
      anEmployee({ absences: [{ absenceId: 'a1', startDate: '2027-01-05', endDate: null }] }),
    );
    const pipeline = localPipeline();
    await pipeline.run('2027-02-10', [t.employerId]);
    const week6 = (await api('GET', '/v1/me/signals', { token: providerAdmin })).json.items.filter(
      (s: Json) => s.signalType === 'ABSENCE_WEEK_6',
    );
    // Level 1 (the admins) has nobody who may see the employee: level 2 (the provider's users) takes it.
    expect(week6).toHaveLength(1);
    expect(week6[0].escalation).toMatchObject({ level: 2, legalDate: '2027-02-15', originalRecipients: [] });
    const managerToken = await tokenFor({
      sub: manager,
      user_type: 'employer',
      provider_id: t.providerId,
      employer_id: t.employerId,
      scope: 'signals:use',
    });
    expect((await api('GET', '/v1/me/signals', { token: managerToken })).json.items).toEqual([]);

    // An employer policy that names only the department manager: nobody can be reached.
    const policy = await api('PUT', `/v1/employers/${t.employerId}/escalation-policy`, {
      token: providerAdmin,
      body: { levels: [{ daysBeforeLegalDate: 5, to: { userIds: [manager] } }] },
    });
    expect(policy.status).toBe(200);
    await pipeline.run('2027-02-27', [t.employerId]);
    const overview = await api(
      'GET',
      `/v1/employers/${t.employerId}/deadlines?from=2027-02-20&to=2027-03-05`,
      { token: providerAdmin },
    );
    const week8 = overview.json.items.find((d: Json) => d.signalType === 'ABSENCE_WEEK_8');
    expect(week8).toMatchObject({ legalDate: '2027-03-01', status: 'unassigned', unescalated: true });
    expect(week8.employeeName).toBeUndefined();
  });
});

describe('Escalation policies over HTTP', () => {
  it('fall back employer, provider, platform, with source, like moments; named users must be active users there', async () => {
    const t = await aTenant();
    const providerAdmin = await t.providerAdmin();
    const employerAdmin = await t.employerAdmin();
    const employerPolicy = () =>
      api('GET', `/v1/employers/${t.employerId}/escalation-policy`, { token: employerAdmin });
    expect((await employerPolicy()).json).toEqual({
      source: 'platform',
      levels: [
        { daysBeforeLegalDate: 5, to: 'employerAdmins' },
        { daysBeforeLegalDate: 2, to: 'providerUsers' },
      ],
    });
    const own = { levels: [{ daysBeforeLegalDate: 10, to: 'providerUsers' }], signalTypes: ['CHAIN_RULE'] };
    const put = await api('PUT', `/v1/providers/${t.providerId}/escalation-policy`, {
      token: providerAdmin,
      body: own,
    });
    expect(put.status).toBe(200);
    expect(put.json).toEqual({ source: 'provider', ...own });
    expect((await employerPolicy()).json.source).toBe('provider');

    const unknown = await api('PUT', `/v1/employers/${t.employerId}/escalation-policy`, {
      token: employerAdmin,
      body: { levels: [{ daysBeforeLegalDate: 3, to: { userIds: ['nobody'] } }] },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.json.errors[0].message).toContain('nobody');
    const nearerFirst = await api('PUT', `/v1/employers/${t.employerId}/escalation-policy`, {
      token: employerAdmin,
      body: {
        levels: [
          { daysBeforeLegalDate: 2, to: 'employerAdmins' },
          { daysBeforeLegalDate: 5, to: 'providerUsers' },
        ],
      },
    });
    expect(nearerFirst.status).toBe(400);
    const notLegal = await api('PUT', `/v1/employers/${t.employerId}/escalation-policy`, {
      token: employerAdmin,
      body: { levels: [{ daysBeforeLegalDate: 2, to: 'employerAdmins' }], signalTypes: ['BIRTHDAY'] },
    });
    expect(notLegal.status).toBe(400);

    const mine = await api('PUT', `/v1/employers/${t.employerId}/escalation-policy`, {
      token: employerAdmin,
      body: { levels: [{ daysBeforeLegalDate: 3, to: 'employerAdmins' }] },
    });
    expect(mine.json.source).toBe('employer');
    expect((await employerPolicy()).json.source).toBe('employer');
    const deleted = await api('DELETE', `/v1/employers/${t.employerId}/escalation-policy`, {
      token: employerAdmin,
    });
    expect(deleted.status).toBe(204);
    expect((await employerPolicy()).json.source).toBe('provider');
    // A plain user reads the provider's policy, and may not change it.
    const user = await t.employerUser();
    expect(
      (await api('PUT', `/v1/providers/${t.providerId}/escalation-policy`, { token: user, body: own }))
        .status,
    ).toBe(403);
  });
});

describe('Substitutes', () => {
  it('during the period get a copy of each new signal and escalation, marked onBehalfOf; handling the copy handles the event', async () => {
    const { t, holder, admin, tokenOf, signalsOf, run } = await aNoticeDeadline();
    const [sub, outsider] = [uid('sub'), uid('out')];
    await t.put(`/v1/employers/${t.employerId}/users/${sub}`, anEmployerUser(sub));
    await t.put(`/v1/employers/${t.employerId}/users/${outsider}`, anEmployerUser(outsider));
    const holderToken = await tokenOf(holder);
    const set = await api('PUT', '/v1/me/substitutes', {
      token: holderToken,
      body: { substitutes: [{ userId: sub, from: '2027-01-25', to: '2027-02-05' }] },
    });
    expect(set.status).toBe(200);
    expect((await api('GET', '/v1/me/substitutes', { token: holderToken })).json).toEqual(set.json);
    // The substitute names a substitute too: substitution does not chain.
    await api('PUT', '/v1/me/substitutes', {
      token: await tokenOf(sub),
      body: { substitutes: [{ userId: outsider, from: '2027-01-01', to: '2027-12-31' }] },
    });
    // The admin's substitute gets the admin's escalation.
    await api('PUT', '/v1/me/substitutes', {
      token: await tokenOf(admin),
      body: { substitutes: [{ userId: sub, from: '2027-02-20', to: '2027-02-24' }] },
    });

    await run('2027-01-29');
    const [copy] = (await signalsOf(await tokenOf(sub))) as [Json];
    expect(copy).toMatchObject({ signalType: 'NOTICE_DEADLINE', onBehalfOf: holder, escalation: null });
    expect(await signalsOf(await tokenOf(outsider))).toEqual([]);

    await run('2027-02-23');
    const subSignals = await signalsOf(await tokenOf(sub));
    expect(subSignals.map((s) => [s.onBehalfOf, s.escalation?.level ?? null]).sort()).toEqual(
      [
        [admin, 1],
        [holder, null],
      ].sort(),
    );
    // Handling the copy handles the event: the holder's own signal shows it.
    await api('PATCH', `/v1/me/signals/${copy.signalId}`, {
      token: await tokenOf(sub),
      body: { handled: true },
    });
    const [own] = (await signalsOf(holderToken)) as [Json];
    expect(own.eventHandled).toMatchObject({ by: sub });
    expect(own.status).toBe('unread');
  });

  it('are refused for oneself, twice, over three, outside the employer, or for the platform account', async () => {
    const t = await aTenant();
    const me = uid('me');
    const token = await t.employerUser(me);
    const other = uid('o');
    await t.put(`/v1/employers/${t.employerId}/users/${other}`, anEmployerUser(other));
    const put = (substitutes: unknown[]) =>
      api('PUT', '/v1/me/substitutes', { token, body: { substitutes } });
    const period = { from: '2027-01-01', to: '2027-01-31' };
    expect((await put([{ userId: me, ...period }])).status).toBe(422);
    expect(
      (
        await put([
          { userId: other, ...period },
          { userId: other, ...period },
        ])
      ).status,
    ).toBe(422);
    // A provider user of the same provider is not a user of this employer.
    expect((await put([{ userId: 'provider-user', ...period }])).status).toBe(422);
    expect((await put([{ userId: other, from: '2027-02-01', to: '2027-01-01' }])).status).toBe(400);
    expect((await put(Array.from({ length: 4 }, () => ({ userId: other, ...period })))).status).toBe(400);
    expect((await put([{ userId: other, ...period }])).status).toBe(200);
    const platform = await api('GET', '/v1/me/substitutes', { token: t.platform });
    expect(platform.status).toBe(403);
  });
});
