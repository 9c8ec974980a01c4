import { describe, expect, it } from 'vitest';
import { nextFire, platformMoments } from '../../../shared/app/moments/moments-service.js';
import { cronOf, type Moment, momentOfCron } from '../../../shared/domain/moments.js';

const six: Moment = {
  momentId: 'daily',
  time: '06:00',
  days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
  timeZone: 'Europe/Amsterdam',
};

describe('Function: nextFire', () => {
  it('fires at 06:00 Amsterdam time on both sides of the spring change (UTC+1 to UTC+2)', () => {
    expect(nextFire(six, new Date('2027-03-27T12:00:00Z'))?.toISOString()).toBe('2027-03-28T04:00:00.000Z');
    expect(nextFire(six, new Date('2027-03-26T12:00:00Z'))?.toISOString()).toBe('2027-03-27T05:00:00.000Z');
  });
  it('fires at 06:00 Amsterdam time on both sides of the autumn change (UTC+2 to UTC+1)', () => {
    expect(nextFire(six, new Date('2027-10-30T12:00:00Z'))?.toISOString()).toBe('2027-10-31T05:00:00.000Z');
    expect(nextFire(six, new Date('2027-10-29T12:00:00Z'))?.toISOString()).toBe('2027-10-30T04:00:00.000Z');
  });
  it('keeps to its weekdays: Friday 07:30 is followed by Monday 07:30', () => {
    const workdays: Moment = {
      momentId: 'ochtend',
      time: '07:30',
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
      timeZone: 'Europe/Amsterdam',
    };
    expect(cronOf(workdays)).toBe('30 7 * * MON,TUE,WED,THU,FRI');
    expect(nextFire(workdays, new Date('2026-11-27T07:00:00Z'))?.toISOString()).toBe(
      '2026-11-30T06:30:00.000Z',
    );
  });
});

describe('Function: momentOfCron', () => {
  it('reads the platform moments file into the API shape', () => {
    expect(platformMoments()).toEqual([six]);
    expect(momentOfCron('x', '15 5 * * MON,FRI', 'Europe/Amsterdam')).toMatchObject({
      time: '05:15',
      days: ['mon', 'fri'],
    });
    expect(momentOfCron('x', '*/5 * * * *', 'Europe/Amsterdam')).toBeUndefined();
  });
});
