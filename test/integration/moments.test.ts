import { describe, expect, it } from 'vitest';
import { api, expectProblem } from './support/api.js';
import { aTenant } from './support/fixtures.js';

const ochtend = {
  momentId: 'ochtend',
  time: '07:30',
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  timeZone: 'Europe/Amsterdam',
};

describe('Moments', () => {
  it('falls back employer -> provider -> platform, and says where the moments come from', async () => {
    const t = await aTenant();
    const admin = await t.providerAdmin();
    const employer = `/v1/employers/${t.employerId}/moments`;
    const provider = `/v1/providers/${t.providerId}/moments`;
    expect((await api('GET', provider, { token: admin })).json).toEqual({
      source: 'platform',
      moments: [
        {
          momentId: 'daily',
          time: '06:00',
          days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
          timeZone: 'Europe/Amsterdam',
        },
      ],
    });
    expect((await api('GET', employer, { token: admin })).json.source).toBe('platform');

    const put = await api('PUT', provider, { token: admin, body: { moments: [ochtend] } });
    expect(put.status).toBe(200);
    expect(put.json).toEqual({ source: 'provider', moments: [ochtend] });
    expect((await api('GET', employer, { token: await t.employerAdmin() })).json).toEqual({
      source: 'provider',
      moments: [ochtend],
    });

    const own = await api('PUT', employer, {
      token: await t.employerAdmin(),
      body: { moments: [{ momentId: 'middag', time: '12:00' }] },
    });
    // Defaults filled: every day, Europe/Amsterdam.
    expect(own.json).toEqual({
      source: 'employer',
      moments: [
        {
          momentId: 'middag',
          time: '12:00',
          days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
          timeZone: 'Europe/Amsterdam',
        },
      ],
    });
    expect((await api('DELETE', employer, { token: admin })).status).toBe(204);
    expect((await api('GET', employer, { token: admin })).json.source).toBe('provider');
    // Deleting again is harmless.
    expect((await api('DELETE', employer, { token: admin })).status).toBe(204);
  });

  it('lists every problem of a bad list in one 400, and writes nothing', async () => {
    const t = await aTenant();
    const admin = await t.providerAdmin();
    const provider = `/v1/providers/${t.providerId}/moments`;
    const bad = await api('PUT', provider, {
      token: admin,
      body: {
        moments: [
          { momentId: 'a', time: '24:00', days: ['mon', 'mon'], timeZone: 'Europe/Nowhere' },
          { momentId: 'a', time: '7:30', days: [] },
        ],
      },
    });
    expectProblem(bad, 400, 'validation');
    expect(bad.json.errors.map((e: { path: string }) => e.path).sort()).toEqual(
      [
        'body.moments.0.days',
        'body.moments.0.time',
        'body.moments.0.timeZone',
        'body.moments.1.days',
        'body.moments.1.momentId',
        'body.moments.1.time',
      ].sort(),
    );
    expectProblem(await api('PUT', provider, { token: admin, body: { moments: [] } }), 400, 'validation');
    const five = Array.from({ length: 5 }, (_, i) => ({ momentId: `m${i}`, time: '06:00' }));
    expectProblem(await api('PUT', provider, { token: admin, body: { moments: five } }), 400, 'validation');
    expect((await api('GET', provider, { token: admin })).json.source).toBe('platform');
  });
});
