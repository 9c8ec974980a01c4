import { describe, expect, it } from 'vitest';
import { api } from './support/api.js';
import { anEmployee, aTenant } from './support/fixtures.js';
import { localPipeline } from './support/pipeline.js';

describe('Law as versioned data over HTTP', () => {
  it('lists every version with its status, date, source and transition', async () => {
    const t = await aTenant();
    const r = await api('GET', '/v1/rule-versions', { token: await t.employerUser() });
    expect(r.status).toBe(200);
    const byId = new Map(r.json.items.map((v: { id: string }) => [v.id, v]));
    expect(byId.get('chain-2020-01')).toMatchObject({
      rule: 'chainRule',
      status: 'inForce',
      transition: 'contractStart',
      parameters: { maxContracts: 3, maxMonths: 36, gapMonths: 6 },
    });
    expect(byId.get('chain-2027-01-proposed')).toMatchObject({
      status: 'proposed',
      effectiveFrom: '2027-01-01',
      parameters: { gapMonths: 60 },
      source: expect.stringContaining('36746'),
    });
    expect(byId.get('aow-2025-11')).toMatchObject({ rule: 'aow', transition: 'eventDate' });
  });

  it("a run's record lists the versions its signals followed, and counts per employer those whose AOW date the law has not set", async () => {
    const t = await aTenant();
    await t.userWith(await t.providerAdmin(), [
      { signalType: 'STATE_PENSION_AGE', daysBefore: [90] },
      { signalType: 'NOTICE_DEADLINE', daysBefore: [0] },
    ]);
    // Born 1965: AOW in 2032 or later, which the law has not set yet. And a notice deadline on the run date.
    await t.put(`/v1/employers/${t.employerId}/employees/x1`, anEmployee({ birthDate: '1965-02-01' }));
    await t.put(
      `/v1/employers/${t.employerId}/employees/x2`,
      anEmployee({
        contracts: [{ contractId: 'c1', startDate: '2026-06-01', endDate: '2027-03-31', type: 'fixedTerm' }],
      }),
    );
    const run = await localPipeline().run('2027-02-28', [t.employerId]);
    const recorded = (await api('GET', `/v1/evaluations/${run.runId}`, { token: t.platform })).json;
    expect(recorded.ruleVersions).toEqual(['notice-2015-01']);
    expect(recorded.warnings).toEqual([{ employerId: t.employerId, aowNotSet: 1 }]);
  });

  it('a proposed version changes no signal; the preview with ruleSet proposed shows what the flex-work bill would add', async () => {
    const t = await aTenant();
    const admin = await t.providerAdmin();
    const { userId, token } = await t.userWith(admin, [
      { signalType: 'CHAIN_RULE', daysBefore: [0] },
      { signalType: 'NOTICE_DEADLINE', daysBefore: [0] },
    ]);
    // Thirteen months between two fixed-term contracts: a new chain today, one chain under the bill.
    await t.put(
      `/v1/employers/${t.employerId}/employees/x1`,
      anEmployee({
        employment: { startDate: '2024-01-01' },
        contracts: [
          { contractId: 'c1', startDate: '2024-01-01', endDate: '2025-12-31', type: 'fixedTerm' },
          { contractId: 'c2', startDate: '2027-02-01', endDate: '2028-06-30', type: 'fixedTerm' },
        ],
      }),
    );
    const path = `/v1/employers/${t.employerId}/users/${userId}/signal-preview`;
    const body = { from: '2027-01-25', days: 30 };
    const inForce = await api('POST', path, { token: admin, body });
    expect(inForce.status).toBe(200);
    expect(inForce.json.items.filter((i: { signalType: string }) => i.signalType === 'CHAIN_RULE')).toEqual(
      [],
    );
    const proposed = await api('POST', path, { token: admin, body: { ...body, ruleSet: 'proposed' } });
    expect(proposed.json.items).toContainEqual({
      runDate: '2027-02-01',
      signalType: 'CHAIN_RULE',
      employeeId: 'x1',
      eventDate: '2027-02-01',
      daysBefore: 0,
      email: false,
      ruleVersion: 'chain-2027-01-proposed',
      differsFromInForce: 'added',
    });

    // A run on that day follows the law in force: no chain-rule signal. The signals it makes name their version.
    await localPipeline().run('2027-02-01', [t.employerId]);
    await localPipeline().run('2028-05-30', [t.employerId]);
    const signals = (await api('GET', '/v1/me/signals', { token })).json.items;
    expect(
      signals.map((s: { signalType: string; ruleVersion: string }) => [s.signalType, s.ruleVersion]),
    ).toEqual([['NOTICE_DEADLINE', 'notice-2015-01']]);
  });
});
