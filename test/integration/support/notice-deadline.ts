import { api, uid } from './api.js';
import { anEmployee, anEmployerUser, aTenant } from './fixtures.js';
import { localPipeline } from './pipeline.js';

export type Json = Record<string, any>;

/**
 * A tenant whose fixed-term contract ends on 31 March 2027, so its notice deadline (the legal
 * date) is 28 February: one employer user has NOTICE_DEADLINE on, one is marked admin.
 */
export async function aNoticeDeadline() {
  const t = await aTenant();
  const providerAdmin = await t.providerAdmin();
  const { userId: holder } = await t.userWith(providerAdmin, [
    { signalType: 'NOTICE_DEADLINE', daysBefore: [30] },
  ]);
  const admin = uid('adm');
  await t.put(`/v1/employers/${t.employerId}/users/${admin}`, anEmployerUser(admin, { admin: true }));
  await t.put(
    `/v1/employers/${t.employerId}/employees/x1`,
    anEmployee({
      contracts: [{ contractId: 'c1', startDate: '2026-06-01', endDate: '2027-03-31', type: 'fixedTerm' }],
    }),
  );
  const tokenOf = (sub: string) => t.employerUser(sub);
  const signalsOf = async (token: string): Promise<Json[]> =>
    (await api('GET', '/v1/me/signals', { token })).json.items;
  const pipeline = localPipeline();
  const run = (date: string) => pipeline.run(date, [t.employerId]);
  return { t, providerAdmin, holder, admin, tokenOf, signalsOf, run };
}
