import { describe, expect, it } from 'vitest';
import { eventsOf } from '../../../shared/app/events/signal-events.js';
import { isBlockedAddress, urlRefusal } from '../../../shared/app/webhooks/ssrf.js';

const signal = (overrides: Record<string, unknown> = {}) => ({
  entity: 'signal',
  signalId: '20270301abc',
  recipientKey: 'E:e1:u1',
  providerId: 'p1',
  signalType: 'CONTRACT_END',
  employerId: 'e1',
  employeeId: 'x1',
  employeeName: 'Anna',
  eventDate: '2027-03-31',
  signalDate: '2027-03-01',
  legalDate: null,
  status: 'unread',
  createdAt: '2027-03-01T05:00:00.000Z',
  ...overrides,
});
const keys = { pk: 'INBOX#E:e1:u1', sk: 'SIGNAL#20270301abc' };
const at = '2027-03-01T05:00:01.000Z';

describe('Signal events from the stream', () => {
  it('makes one event per change that is one, with the same id for the same record, whoever derives it', () => {
    const insert = { eventName: 'INSERT', keys, newImage: signal(), at };
    const [created] = eventsOf(insert);
    expect(created).toMatchObject({ type: 'signal.created', providerIds: ['p1'], employerId: 'e1' });
    expect(eventsOf(insert)[0]!.id).toBe(created!.id);
    // A read mark is no event; a withdrawal is, once.
    expect(
      eventsOf({ eventName: 'MODIFY', keys, oldImage: signal(), newImage: signal({ status: 'read' }), at }),
    ).toEqual([]);
    const withdrawn = {
      eventName: 'MODIFY',
      keys,
      oldImage: signal(),
      newImage: signal({ status: 'withdrawn' }),
      at,
    };
    expect(eventsOf(withdrawn).map((e) => e.type)).toEqual(['signal.withdrawn']);
    expect(eventsOf(withdrawn)[0]!.id).not.toBe(created!.id);
    // An escalation is its own type; a provider user's signal routes to its provider.
    expect(
      eventsOf({
        eventName: 'INSERT',
        keys,
        newImage: signal({ escalation: { level: 1, legalDate: '2027-03-31' } }),
        at,
      })[0]!.type,
    ).toBe('signal.escalated');
    expect(
      eventsOf({
        eventName: 'INSERT',
        keys,
        newImage: signal({ providerId: undefined, recipientKey: 'P:p9:u1' }),
        at,
      })[0]!.providerIds,
    ).toEqual(['p9']);
  });

  it('names nobody in a health event, and gives no run counts (they span providers)', () => {
    const [health] = eventsOf({
      eventName: 'INSERT',
      keys,
      newImage: signal({ signalType: 'ABSENCE_WEEK_6' }),
      at,
    });
    expect(health!.data.employeeName).toBeUndefined();
    const handled = eventsOf({
      eventName: 'MODIFY',
      keys: { pk: 'EMPLOYER#e1', sk: '~EVENT#ABSENCE_WEEK_6#x1#absence:a1#2027-02-15' },
      event: {
        employerId: 'e1',
        signalType: 'ABSENCE_WEEK_6',
        employeeId: 'x1',
        subject: 'absence:a1',
        eventDate: '2027-02-15',
      },
      oldImage: { entity: 'eventState', esc1: { at } },
      newImage: { entity: 'eventState', providerId: 'p1', by: 'u1', at, note: 'Bedrijfsarts gebeld' },
      at,
    });
    expect(handled).toHaveLength(1);
    expect(handled[0]).toMatchObject({
      type: 'signal.handled',
      data: { employeeId: 'x1', handled: { by: 'u1' } },
    });
    expect(JSON.stringify(handled[0])).not.toContain('Bedrijfsarts');
    const [run] = eventsOf({
      eventName: 'MODIFY',
      keys: { pk: 'RUN#r1', sk: 'RUN' },
      oldImage: { entity: 'run', status: 'running' },
      newImage: {
        entity: 'run',
        status: 'completed',
        runId: 'r1',
        date: '2027-03-01',
        trigger: 'schedule',
        providerIds: new Set(['p2', 'p1']),
        signalsCreated: 900,
      },
      at,
    });
    expect(run).toMatchObject({ type: 'run.completed', providerIds: ['p1', 'p2'] });
    expect(run!.data).not.toHaveProperty('signalsCreated');
    // Other items are no events.
    expect(
      eventsOf({
        eventName: 'INSERT',
        keys: { pk: 'EMPLOYER#e1', sk: 'EMPLOYEE#x1' },
        newImage: { entity: 'employee' },
        at,
      }),
    ).toEqual([]);
  });
});

describe('Where a webhook may go (SSRF)', () => {
  it.each([
    ['10.1.2.3', true],
    ['127.0.0.1', true],
    ['169.254.169.254', true],
    ['172.20.0.1', true],
    ['192.168.1.1', true],
    ['100.64.0.1', true],
    ['::1', true],
    ['fe80::1', true],
    ['fd00:ec2::254', true],
    ['::ffff:10.0.0.1', true],
    ['93.184.216.34', false],
    ['2606:2800:220:1::1', false],
  ])('%s is refused: %s', (address, blocked) => {
    expect(isBlockedAddress(address)).toBe(blocked);
  });

  it('takes https to public addresses only, and http://127.0.0.1 only where allowed (locally)', async () => {
    const aws = { allowLoopbackHttp: false };
    const local = { allowLoopbackHttp: true };
    expect(await urlRefusal('https://93.184.216.34/hook', aws)).toBeUndefined();
    expect(await urlRefusal('http://93.184.216.34/hook', aws)).toBe('must be https');
    expect(await urlRefusal('https://user:pw@93.184.216.34/hook', aws)).toBe('must not carry credentials');
    expect(await urlRefusal('https://[::ffff:169.254.169.254]/x', aws)).toMatch(/link-local or metadata/);
    expect(await urlRefusal('http://127.0.0.1:9000/hook', aws)).toBe('must be https');
    expect(await urlRefusal('http://127.0.0.1:9000/hook', local)).toBeUndefined();
    expect(await urlRefusal('http://localhost:9000/hook', local)).toBe('must be https');
    expect(await urlRefusal('https://localhost/hook', local)).toMatch(/resolves to/);
  });
});
