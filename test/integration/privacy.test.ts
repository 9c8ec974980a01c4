import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { partitions } from '../../shared/adapters/dynamodb/keys.js';
import { positionOf } from '../../shared/adapters/dynamodb/stream-changes.js';
import { api, expectProblem, tokenFor, uid } from './support/api.js';
import { anEmployee, anEmployerUser, aTenant } from './support/fixtures.js';
import { asLambda, localPipeline, mailsTo } from './support/pipeline.js';

const R = '2027-03-01';

/** A user with an e-mailed birthday signal (Anna, 4 March) and a token of their own. */
async function aUserWithMail() {
  const t = await aTenant();
  const admin = await t.providerAdmin();
  const userId = uid('u');
  const userPath = `/v1/employers/${t.employerId}/users/${userId}`;
  await t.put(userPath, anEmployerUser(userId));
  await api('PUT', `${userPath}/signal-settings`, {
    token: admin,
    body: { mode: 'custom', signals: [{ signalType: 'BIRTHDAY', daysBefore: [7], email: true }] },
  });
  await t.put(`/v1/employers/${t.employerId}/employees/x1`, anEmployee({ birthDate: '1980-03-04' }));
  const token = await tokenFor({
    sub: userId,
    user_type: 'employer',
    provider_id: t.providerId,
    employer_id: t.employerId,
    scope: 'signals:use',
  });
  const p = localPipeline({ today: R });
  const recipientKey = `E:${t.employerId}:${userId}`;
  /** Every item left in the user's inbox partition (signals, e-mail state, collected digests). */
  const inbox = async () =>
    (
      await p.client.send(
        new QueryCommand({
          TableName: inject('tableName'),
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': partitions.inbox(recipientKey) },
        }),
      )
    ).Items ?? [];
  /** The stream's records for a change to the employee, as the stream consumer gets them. */
  const employeeChanged = () =>
    asLambda.changes(p.deps, [
      {
        owner: { employerId: t.employerId },
        employeeId: 'x1',
        entity: 'employee',
        sequence: '1',
        position: positionOf('1'),
        removed: false,
      },
    ]);
  return { ...t, admin, userId, userPath, token, p, inbox, employeeChanged, address: `${userId}@example.nl` };
}

describe('Privacy: deleted and inactive users', () => {
  it('a user deleted after a change collected a signal for their next digest gets no mail, their token reaches nothing, and their inbox and settings go', async () => {
    const s = await aUserWithMail();
    await s.employeeChanged();
    expect((await api('GET', '/v1/me/signals', { token: s.token })).json.items).toHaveLength(1);
    expect((await s.inbox()).length).toBeGreaterThan(1); // the signal, and the digest collected for the next run

    expect((await api('DELETE', s.userPath, { token: s.platform })).status).toBe(204);
    const refused = await api('GET', '/v1/me/signals', { token: s.token });
    expectProblem(refused, 403, 'forbidden');
    expect(refused.json.detail).toContain('does not exist');

    const run = await s.p.run(R, [s.employerId]);
    expect(run.status).toBe('completed');
    expect(await mailsTo(s.address)).toEqual([]);

    // The deletion as the stream hands it over: the inbox goes, and the settings went with the user.
    await asLambda.changes(s.p.deps, [
      {
        owner: { employerId: s.employerId },
        userId: s.userId,
        entity: 'employerUser',
        sequence: '2',
        position: positionOf('2'),
        removed: true,
      },
    ]);
    expect(await s.inbox()).toEqual([]);
    const settings = await api('GET', `${s.userPath}/signal-settings`, { token: s.admin });
    expectProblem(settings, 404, 'not-found');
  });

  it('keeps the inbox of a user made again under the same id before the deletion was followed', async () => {
    const s = await aUserWithMail();
    await s.employeeChanged();
    await api('DELETE', s.userPath, { token: s.platform });
    await s.put(s.userPath, anEmployerUser(s.userId));
    await asLambda.changes(s.p.deps, [
      {
        owner: { employerId: s.employerId },
        userId: s.userId,
        entity: 'employerUser',
        sequence: '2',
        position: positionOf('2'),
        removed: true,
      },
    ]);
    expect((await s.inbox()).length).toBeGreaterThan(0);
  });

  it('an inactive user gets no mail at the next run, and their token reaches nothing until they are active again', async () => {
    const s = await aUserWithMail();
    await s.employeeChanged();
    await s.put(s.userPath, anEmployerUser(s.userId, { active: false }));
    const refused = await api('GET', '/v1/me/signals', { token: s.token });
    expectProblem(refused, 403, 'forbidden');
    expect(refused.json.detail).toContain('inactive');

    await s.p.run(R, [s.employerId]);
    expect(await mailsTo(s.address)).toEqual([]);

    await s.put(s.userPath, anEmployerUser(s.userId));
    expect((await api('GET', '/v1/me/signals', { token: s.token })).status).toBe(200);
  });

  it('refuses the token of a provider user deleted from the directory', async () => {
    const t = await aTenant();
    const userId = uid('pu');
    const path = `/v1/providers/${t.providerId}/users/${userId}`;
    const token = await t.providerAdmin(userId);
    expect((await api('GET', `/v1/providers/${t.providerId}/employers`, { token })).status).toBe(200);
    await api('DELETE', path, { token: t.platform });
    expectProblem(await api('GET', `/v1/providers/${t.providerId}/employers`, { token }), 403, 'forbidden');
  });
});
