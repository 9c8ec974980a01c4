import { describe, expect, it } from 'vitest';
import { api } from './support/api.js';
import { anEmployee, aTenant } from './support/fixtures.js';
import { localPipeline } from './support/pipeline.js';

describe('Legal deadlines over HTTP', () => {
  it('the catalogue says which types stand before a legal date, how it follows, the basis and the cost', async () => {
    const t = await aTenant();
    const types = (await api('GET', '/v1/signal-types', { token: await t.employerUser() })).json
      .items as Array<{
      code: string;
      legalDeadline: { date: string; basis: string; cost: string } | null;
    }>;
    const byCode = new Map(types.map((x) => [x.code, x.legalDeadline]));
    expect(byCode.get('NOTICE_DEADLINE')).toMatchObject({ basis: 'art. 7:668 BW (aanzegplicht)' });
    expect(byCode.get('ABSENCE_WEEK_91')?.date).toContain('week 93');
    expect(byCode.get('BIRTHDAY')).toBeNull();
  });

  it('every signal of such a type carries its legal date and basis; others carry null', async () => {
    const t = await aTenant();
    const admin = await t.providerAdmin();
    const { token } = await t.userWith(admin, [
      { signalType: 'NOTICE_DEADLINE', daysBefore: [30] },
      { signalType: 'BIRTHDAY', daysBefore: [30] },
    ]);
    await t.put(
      `/v1/employers/${t.employerId}/employees/x1`,
      anEmployee({
        birthDate: '1980-03-01',
        contracts: [{ contractId: 'c1', startDate: '2026-06-01', endDate: '2027-03-31', type: 'fixedTerm' }],
      }),
    );
    await localPipeline().run('2027-01-30', [t.employerId]);
    const items = (await api('GET', '/v1/me/signals', { token })).json.items as Array<
      Record<string, unknown>
    >;
    expect(items.map((s) => [s.signalType, s.eventDate, s.legalDate, s.legalBasis]).sort()).toEqual([
      ['BIRTHDAY', '2027-03-01', null, null],
      // The notice deadline of a contract ending 31 March is 28 February: the legal date itself.
      ['NOTICE_DEADLINE', '2027-02-28', '2027-02-28', 'art. 7:668 BW (aanzegplicht)'],
    ]);
  });
});

describe('Handled, per event', () => {
  it("one recipient's handling shows on every recipient's signal of the event, with who, when and the note", async () => {
    const t = await aTenant();
    const admin = await t.providerAdmin();
    const notice = [{ signalType: 'NOTICE_DEADLINE', daysBefore: [30] }];
    const [{ userId: a, token: ta }, { token: tb }] = [
      await t.userWith(admin, notice),
      await t.userWith(admin, notice),
    ];
    await t.put(
      `/v1/employers/${t.employerId}/employees/x1`,
      anEmployee({
        contracts: [{ contractId: 'c1', startDate: '2026-06-01', endDate: '2027-03-31', type: 'fixedTerm' }],
      }),
    );
    await localPipeline().run('2027-01-30', [t.employerId]);
    const signalOf = async (token: string) => (await api('GET', '/v1/me/signals', { token })).json.items[0];
    expect((await signalOf(tb)).eventHandled).toBeNull();

    const patched = await api('PATCH', `/v1/me/signals/${(await signalOf(ta)).signalId}`, {
      token: ta,
      body: { handled: true, note: 'aangezegd' },
    });
    expect(patched.json.eventHandled).toMatchObject({ by: a, note: 'aangezegd' });
    const theirs = await signalOf(tb);
    expect(theirs.status).toBe('unread');
    expect(theirs.eventHandled).toMatchObject({ by: a, note: 'aangezegd' });
  });
});

describe('The deadline overview', () => {
  it("lists an employer's legal deadlines in a window from its data: who has them, handled or not, unassigned, health events nameless", async () => {
    const t = await aTenant();
    const admin = await t.providerAdmin();
    const { userId, token } = await t.userWith(admin, [{ signalType: 'NOTICE_DEADLINE', daysBefore: [30] }]);
    await t.put(
      `/v1/employers/${t.employerId}/employees/x1`,
      anEmployee({
        contracts: [{ contractId: 'c1', startDate: '2026-06-01', endDate: '2027-03-31', type: 'fixedTerm' }],
      }),
    );
    // Sick from 5 January 2027: week 6 ends on 15 February; nobody has absence signals on.
    await t.put(
      `/v1/employers/${t.employerId}/employees/x2`,
      anEmployee({
        firstName: 'Piet',
        absences: [{ absenceId: 'a1', startDate: '2027-01-05', endDate: null }],
      }),
    );
    const employerAdmin = await t.employerAdmin();
    const overview = async (query: string) =>
      api('GET', `/v1/employers/${t.employerId}/deadlines?${query}`, { token: employerAdmin });
    const window = 'from=2027-02-01&to=2027-03-01';
    const first = await overview(window);
    expect(first.status).toBe(200);
    expect(
      first.json.items.map((d: Record<string, unknown>) => [
        d.signalType,
        d.legalDate,
        d.status,
        d.employeeName ?? null,
      ]),
    ).toEqual(
      [
        ['ABSENCE_WEEK_6', '2027-02-15', 'unassigned', null],
        ['ABSENCE_WEEK_8', '2027-03-01', 'unassigned', null],
        ['NOTICE_DEADLINE', '2027-02-28', 'open', 'Anna de Vries'],
      ].sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
    );
    const notice = first.json.items.find((d: Record<string, unknown>) => d.signalType === 'NOTICE_DEADLINE');
    expect(notice.recipients).toEqual([{ userType: 'employer', userId }]);

    // The user handles the signal: the deadline is handled, with who and the note.
    await localPipeline().run('2027-01-30', [t.employerId]);
    const [signal] = (await api('GET', '/v1/me/signals', { token })).json.items;
    await api('PATCH', `/v1/me/signals/${signal.signalId}`, {
      token,
      body: { handled: true, note: 'aangezegd' },
    });
    const handled = await overview(`${window}&status=handled`);
    expect(handled.json.items).toHaveLength(1);
    expect(handled.json.items[0]).toMatchObject({
      signalType: 'NOTICE_DEADLINE',
      handled: { by: userId, note: 'aangezegd' },
    });

    // Pages, a window too wide, and a plain employer user refused.
    const paged = await overview(`${window}&limit=2`);
    expect(paged.json.items).toHaveLength(2);
    expect((await overview(`${window}&limit=2&cursor=${paged.json.nextCursor}`)).json.items).toHaveLength(1);
    expect((await overview('from=2027-01-01&to=2028-06-01')).status).toBe(400);
    const plain = await api('GET', `/v1/employers/${t.employerId}/deadlines`, {
      token: await t.employerUser(),
    });
    expect(plain.status).toBe(403);
  });
});
