import { describe, expect, it } from 'vitest';
import { putMyEmailPreferences } from '../../shared/app/digests/preferences.js';
import { api } from './support/api.js';
import { anEmployee, anEmployerUser } from './support/fixtures.js';
import { aNoticeDeadline, type Json } from './support/notice-deadline.js';
import { localPipeline, mailsTo } from './support/pipeline.js';

describe('Escalation mail, checked again when it is sent', () => {
  /** The admin collects mail for Thursday 25 February: the escalation of the 23rd waits for it. */
  async function collectedEscalation(adminOverrides: Record<string, unknown> = {}) {
    const s = await aNoticeDeadline();
    await s.t.put(`/v1/employers/${s.t.employerId}/departments/d1`, { name: 'Winkel' });
    await s.t.put(`/v1/employers/${s.t.employerId}/departments/d2`, { name: 'Bakkerij' });
    await s.t.put(
      `/v1/employers/${s.t.employerId}/employees/x1`,
      anEmployee({
        departmentId: 'd1',
        contracts: [{ contractId: 'c1', startDate: '2026-06-01', endDate: '2027-03-31', type: 'fixedTerm' }],
      }),
    );
    await s.t.put(
      `/v1/employers/${s.t.employerId}/users/${s.admin}`,
      anEmployerUser(s.admin, { admin: true, ...adminOverrides }),
    );
    const caller = {
      userType: 'employer' as const,
      sub: s.admin,
      providerId: s.t.providerId,
      employerId: s.t.employerId,
      rights: new Set(['signals:use'] as const),
    };
    await putMyEmailPreferences(localPipeline({ today: '2027-02-22' }).deps, caller, {
      cadence: 'weekly',
      weekday: 'thu',
      paused: false,
    });
    await s.run('2027-02-23');
    const [escalation] = (await s.signalsOf(await s.tokenOf(s.admin))) as [Json];
    expect(escalation.escalation).toMatchObject({ level: 1 });
    return { ...s, escalation };
  }
  const actionMails = async (admin: string) =>
    (await mailsTo(`${admin}@example.nl`)).filter((m) => m.body.text.includes('ACTIE VEREIST'));

  it('mails the escalation on the weekday while its event is open', async () => {
    const s = await collectedEscalation();
    await s.run('2027-02-25');
    expect(await actionMails(s.admin)).toHaveLength(1);
  });

  it('leaves it out when somebody handled the event in between', async () => {
    const s = await collectedEscalation();
    const holderToken = await s.tokenOf(s.holder);
    const [own] = (await s.signalsOf(holderToken)) as [Json];
    await api('PATCH', `/v1/me/signals/${own.signalId}`, { token: holderToken, body: { handled: true } });
    await s.run('2027-02-25');
    expect(await actionMails(s.admin)).toEqual([]);
  });

  it('leaves it out when a department manager no longer manages the employee’s department', async () => {
    const s = await collectedEscalation({ isDepartmentManager: true, departmentIds: ['d1'] });
    await s.t.put(
      `/v1/employers/${s.t.employerId}/users/${s.admin}`,
      anEmployerUser(s.admin, { admin: true, isDepartmentManager: true, departmentIds: ['d2'] }),
    );
    await s.run('2027-02-25');
    expect(await actionMails(s.admin)).toEqual([]);
  });
});
