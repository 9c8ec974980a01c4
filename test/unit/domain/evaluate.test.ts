import { describe, expect, it } from 'vitest';
import { CATALOGUE, SIGNAL_TYPES } from '../../../shared/domain/catalogue.js';
import { formatDay, toDay } from '../../../shared/domain/dates.js';
import {
  eventStillExists,
  isDue,
  previewSignals,
  type Recipient,
} from '../../../shared/domain/rules/evaluate.js';
import { prepareEmployee } from '../../../shared/domain/rules/prepare.js';
import { resolveSettings, withDefaults } from '../../../shared/domain/settings.js';
import { anEmployee, recipient, run, setting, snapshot } from './builders.js';

describe('Function: isDue (S <= R <= max(E, S) + catchUpDays)', () => {
  const E = toDay('2026-12-31');
  it('is due from the signal date on', () => {
    expect(isDue(E - 30, E, 30, 7)).toBe(true);
    expect(isDue(E - 31, E, 30, 7)).toBe(false);
  });
  it('is still due up to catchUpDays after the event, never later', () => {
    expect(isDue(E + 7, E, 30, 7)).toBe(true);
    expect(isDue(E + 8, E, 30, 7)).toBe(false);
  });
  it('a negative offset signals after the event, with catch-up after the signal date', () => {
    expect(isDue(E + 9, E, -10, 7)).toBe(false);
    expect(isDue(E + 10, E, -10, 7)).toBe(true);
    expect(isDue(E + 17, E, -10, 7)).toBe(true);
    expect(isDue(E + 18, E, -10, 7)).toBe(false);
  });
});

describe('Function: dueSignals', () => {
  it('signals late, not never: a contract entered today that ends in 20 days, 30 days before', () => {
    const e = anEmployee({
      contracts: [{ contractId: 'c1', startDate: '2026-01-01', endDate: '2026-12-18', type: 'fixedTerm' }],
    });
    const due = run(snapshot([e]), [recipient([setting('CONTRACT_END', [30])])], '2026-11-28');
    expect(due.map((s) => [s.eventDate, s.signalDate, s.daysBefore])).toEqual([
      ['2026-12-18', '2026-11-18', 30],
    ]);
  });

  it('never signals an event long past', () => {
    const e = anEmployee({
      contracts: [{ contractId: 'c1', startDate: '2026-01-01', endDate: '2026-10-01', type: 'fixedTerm' }],
    });
    expect(run(snapshot([e]), [recipient([setting('CONTRACT_END', [30])])], '2026-11-28')).toEqual([]);
  });

  it('creates one signal per offset, each on its own signal date, with a deterministic identity', () => {
    const e = anEmployee({ employeeId: 'x1', birthDate: '1980-12-05' });
    const r = [recipient([setting('BIRTHDAY', [7, 1])])];
    expect(run(snapshot([e]), r, '2026-11-28').map((s) => s.identity)).toEqual([
      'u1|BIRTHDAY|e1|x1|age:46|2026-12-05|7',
    ]);
    expect(run(snapshot([e]), r, '2026-12-04').map((s) => s.identity)).toEqual([
      'u1|BIRTHDAY|e1|x1|age:46|2026-12-05|1',
    ]);
  });

  it('skips an overtaken offset: daysBefore [30, 7] set up 5 days before the event gives the 7-day signal only', () => {
    const e = anEmployee({
      employeeId: 'x1',
      contracts: [{ contractId: 'c1', startDate: '2026-01-01', endDate: '2026-12-03', type: 'fixedTerm' }],
    });
    const due = run(snapshot([e]), [recipient([setting('CONTRACT_END', [30, 7])])], '2026-11-28');
    expect(due.map((s) => [s.eventDate, s.daysBefore])).toEqual([['2026-12-03', 7]]);
  });

  it('skips the farther offset after the event too: [3, -2] two days after the event gives the -2 signal only', () => {
    const e = anEmployee({ employeeId: 'x1', birthDate: '1980-11-26' });
    const due = run(snapshot([e]), [recipient([setting('BIRTHDAY', [3, -2])])], '2026-11-28');
    expect(due.map((s) => s.daysBefore)).toEqual([-2]);
  });

  it('fires own reminders (CUSTOM) outside the employment and after the date of death', () => {
    const e = anEmployee({
      employeeId: 'x1',
      deceasedDate: '2026-06-01',
      employment: { startDate: '2027-01-01' },
    });
    const left = anEmployee({
      employeeId: 'x2',
      employment: { startDate: '2020-01-01', endDate: '2026-01-31' },
    });
    const custom = [
      { customSignalId: 'cs1', employeeId: 'x1', date: '2026-12-15', text: 'Nabestaanden bellen' },
      { customSignalId: 'cs2', employeeId: 'x2', date: '2026-12-15', text: 'Getuigschrift sturen' },
    ];
    const due = run(snapshot([e, left], custom), [recipient([setting('CUSTOM', [0])])], '2026-12-15');
    expect(due.map((s) => s.text).sort()).toEqual(['Getuigschrift sturen', 'Nabestaanden bellen']);
  });

  it('after a date of death yields only EMPLOYMENT_END and CUSTOM', () => {
    const e = anEmployee({
      employeeId: 'x1',
      birthDate: '1980-12-20',
      deceasedDate: '2026-11-20',
      employment: { startDate: '2020-01-01', endDate: '2026-12-31', probationEndDate: null },
      idDocumentExpiryDate: '2026-12-10',
      nextPayScaleIncreaseDate: '2026-12-01',
      contracts: [{ contractId: 'c1', startDate: '2026-01-01', endDate: '2026-12-31', type: 'fixedTerm' }],
      absences: [{ absenceId: 'a1', startDate: '2026-10-01', endDate: null }],
    });
    const types = [
      'ID_DOCUMENT_EXPIRY',
      'PAY_SCALE_INCREASE',
      'CONTRACT_END',
      'ABSENCE_WEEK_8',
      'EMPLOYMENT_END',
    ] as const;
    const due = run(snapshot([e]), [recipient(types.map((t) => setting(t, [60])))], '2026-11-28');
    expect(due.map((s) => s.signalType)).toEqual(['EMPLOYMENT_END']);
  });

  it('gives a department manager absence signals only about the own departments, whatever departmentsOnly says', () => {
    const absent = (employeeId: string, departmentId?: string) =>
      anEmployee({
        employeeId,
        ...(departmentId ? { departmentId } : {}),
        birthDate: '1980-12-05',
        absences: [{ absenceId: 'a1', startDate: '2026-10-19', endDate: null }],
      });
    const s = snapshot([absent('a', 'sales'), absent('b', 'ops'), absent('c')]);
    const settings = [setting('ABSENCE_WEEK_6', [0]), setting('BIRTHDAY', [1])];
    const manager: Recipient = { ...recipient(settings, ['sales']), departmentManager: true };
    const due = run(s, [manager], '2026-11-23');
    expect(due.filter((x) => x.signalType === 'ABSENCE_WEEK_6').map((x) => x.employeeId)).toEqual(['a']);
    // Other types follow departmentsOnly (false here): every employee.
    expect(run(s, [manager], '2026-12-04').map((x) => x.employeeId)).toEqual(['a', 'b', 'c']);
    // A user who is not a department manager gets every absence.
    expect(run(s, [recipient(settings, ['sales'])], '2026-11-23').map((x) => x.employeeId)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('limits departmentsOnly settings to the recipient departments', () => {
    const a = anEmployee({ employeeId: 'a', birthDate: '1980-12-05', departmentId: 'sales' });
    const b = anEmployee({ employeeId: 'b', birthDate: '1980-12-05', departmentId: 'ops' });
    const c = anEmployee({ employeeId: 'c', birthDate: '1980-12-05' });
    const due = run(
      snapshot([a, b, c]),
      [recipient([setting('BIRTHDAY', [1], { departmentsOnly: true })], ['sales'])],
      '2026-12-04',
    );
    expect(due.map((s) => s.employeeId)).toEqual(['a']);
  });

  it('yields nothing before the employment start (except EMPLOYMENT_START) or after its end (except EMPLOYMENT_END)', () => {
    const e = anEmployee({ birthDate: '1980-12-05', employment: { startDate: '2027-01-01' } });
    const s = snapshot([e]);
    expect(run(s, [recipient([setting('BIRTHDAY', [1])])], '2026-12-04')).toEqual([]);
    expect(run(s, [recipient([setting('EMPLOYMENT_START', [30])])], '2026-12-04')).toHaveLength(1);
    const left = anEmployee({
      birthDate: '1980-12-20',
      employment: { startDate: '2020-01-01', endDate: '2026-12-10' },
    });
    expect(run(snapshot([left]), [recipient([setting('BIRTHDAY', [30])])], '2026-12-04')).toEqual([]);
    expect(run(snapshot([left]), [recipient([setting('EMPLOYMENT_END', [30])])], '2026-12-04')).toHaveLength(
      1,
    );
  });

  it('carries the custom signal text', () => {
    const e = anEmployee({ employeeId: 'x1' });
    const due = run(
      snapshot([e], [{ customSignalId: 'cs1', employeeId: 'x1', date: '2026-12-15', text: 'VOG aanvragen' }]),
      [recipient([setting('CUSTOM', [0])])],
      '2026-12-15',
    );
    expect(due.map((s) => s.text)).toEqual(['VOG aanvragen']);
  });

  it('treats DST change days in Europe/Amsterdam as ordinary days', () => {
    const spring = anEmployee({ birthDate: '1980-03-29' });
    const autumn = anEmployee({ birthDate: '1980-10-25' });
    const s = snapshot([spring, autumn]);
    const r = [recipient([setting('BIRTHDAY', [0])])];
    expect(run(s, r, '2026-03-29').map((x) => x.eventDate)).toEqual(['2026-03-29']);
    expect(run(s, r, '2026-10-25').map((x) => x.eventDate)).toEqual(['2026-10-25']);
    expect(run(s, r, '2026-03-28')).toEqual([]);
  });
});

describe('Function: eventStillExists', () => {
  it('is false once a contract is extended, true for the new end', () => {
    const before = prepareEmployee(
      anEmployee({
        contracts: [{ contractId: 'c1', startDate: '2026-01-01', endDate: '2026-12-31', type: 'fixedTerm' }],
      }),
    );
    const after = prepareEmployee(
      anEmployee({
        contracts: [{ contractId: 'c1', startDate: '2026-01-01', endDate: '2027-06-30', type: 'fixedTerm' }],
      }),
    );
    expect(eventStillExists('CONTRACT_END', before, [], 'contract:c1', toDay('2026-12-31'))).toBe(true);
    expect(eventStillExists('CONTRACT_END', after, [], 'contract:c1', toDay('2026-12-31'))).toBe(false);
    expect(eventStillExists('CONTRACT_END', after, [], 'contract:c1', toDay('2027-06-30'))).toBe(true);
    expect(eventStillExists('CONTRACT_END', undefined, [], 'contract:c1', toDay('2027-06-30'))).toBe(false);
  });
  it('is false once an absence closes before its milestone', () => {
    const closed = prepareEmployee(
      anEmployee({ absences: [{ absenceId: 'a1', startDate: '2026-01-05', endDate: '2026-02-01' }] }),
    );
    expect(eventStillExists('ABSENCE_WEEK_6', closed, [], 'absence:a1', toDay('2026-02-09'))).toBe(false);
  });
});

describe('Function: resolveSettings', () => {
  const providerDefault = [
    withDefaults({ signalType: 'BIRTHDAY' }),
    withDefaults({ signalType: 'CONTRACT_END', email: true }),
  ];
  it('falls back to the provider default when the user has none', () => {
    const r = resolveSettings(undefined, providerDefault, 'employer');
    expect(r.mode).toBe('providerDefault');
    expect(r.signals.map((s) => [s.signalType, s.source])).toEqual([
      ['BIRTHDAY', 'providerDefault'],
      ['CONTRACT_END', 'providerDefault'],
    ]);
  });
  it('gives nothing with an explicit none', () => {
    expect(resolveSettings({ mode: 'none' }, providerDefault, 'employer')).toEqual({
      mode: 'none',
      source: 'none',
      signals: [],
    });
  });
  it('uses the user settings, saying whether a signal set gave them', () => {
    const r = resolveSettings(
      {
        mode: 'custom',
        source: 'signalSet',
        signals: [providerDefault[0]!],
        appliedSetId: 's1',
        appliedVersion: 2,
      },
      providerDefault,
      'employer',
    );
    expect(r).toMatchObject({
      mode: 'custom',
      source: 'signalSet',
      signals: [{ signalType: 'BIRTHDAY', source: 'signalSet' }],
    });
  });
  it('never lets departmentsOnly apply to a provider user', () => {
    const r = resolveSettings(undefined, [{ ...providerDefault[0]!, departmentsOnly: true }], 'provider');
    expect(r.signals[0]?.departmentsOnly).toBe(false);
  });
  it('fills catalogue defaults', () => {
    expect(withDefaults({ signalType: 'CONTRACT_END' })).toEqual({
      signalType: 'CONTRACT_END',
      daysBefore: [60],
      email: false,
      departmentsOnly: false,
    });
  });
});

describe('Function: previewSignals', () => {
  it('shows each signal on the first run that creates it, and agrees with daily runs', () => {
    const employees = [
      anEmployee({
        employeeId: 'a',
        birthDate: '1980-12-20',
        contracts: [{ contractId: 'c1', startDate: '2026-01-01', endDate: '2027-01-31', type: 'fixedTerm' }],
      }),
      anEmployee({ employeeId: 'b', birthDate: '1976-12-01' }),
    ];
    const s = snapshot(employees);
    const r = recipient([
      setting('BIRTHDAY', [7, 0]),
      setting('CONTRACT_END', [60, 30], { email: true }),
      setting('MILESTONE_BIRTHDAY', [14]),
    ]);
    const preview = previewSignals(s, r, toDay('2026-11-28'), 30, 7);
    const seen = new Set<string>();
    const daily: string[] = [];
    for (let d = toDay('2026-11-28'); d < toDay('2026-11-28') + 30; d++) {
      for (const sig of run(s, [r], d)) {
        if (seen.has(sig.identity)) continue;
        seen.add(sig.identity);
        daily.push(`${formatDay(d)} ${sig.signalType} ${sig.employeeId} ${sig.eventDate} ${sig.daysBefore}`);
      }
    }
    expect(
      preview
        .map((p) => `${p.runDate} ${p.signalType} ${p.employeeId} ${p.eventDate} ${p.daysBefore}`)
        .sort(),
    ).toEqual(daily.sort());
    expect(preview[0]?.runDate).toBe('2026-11-28'); // milestone (50) of b on 1 Dec, 14 days before: late, on the first run
  });
});

describe('Function: previewSignals with overtaken offsets', () => {
  it('shows one signal for daysBefore [30, 7] set up 5 days before the event', () => {
    const e = anEmployee({
      employeeId: 'x1',
      contracts: [{ contractId: 'c1', startDate: '2026-01-01', endDate: '2026-12-03', type: 'fixedTerm' }],
    });
    const preview = previewSignals(
      snapshot([e]),
      recipient([setting('CONTRACT_END', [30, 7])]),
      toDay('2026-11-28'),
      30,
      7,
    );
    expect(preview.map((p) => [p.runDate, p.daysBefore])).toEqual([['2026-11-28', 7]]);
  });
});

describe('Catalogue', () => {
  it('has every code with Dutch and English names, audience and default offsets', () => {
    expect(CATALOGUE.map((t) => t.code)).toEqual([...SIGNAL_TYPES]);
    for (const t of CATALOGUE) {
      expect(t.name.nl.length).toBeGreaterThan(0);
      expect(t.name.en.length).toBeGreaterThan(0);
      expect(t.audience.length).toBeGreaterThan(0);
      expect(t.defaultDaysBefore.length).toBeGreaterThan(0);
    }
  });
});

// ---- properties ------------------------------------------------------------------------------
