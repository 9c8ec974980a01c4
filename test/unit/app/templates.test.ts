import { describe, expect, it } from 'vitest';
import {
  countText,
  DEFAULT_TEMPLATES,
  ESCALATION_BLOCK,
  relativeDay,
  UNSUBSCRIBE_LINE,
} from '../../../shared/app/mail/default-templates.js';
import { checkTemplate, renderDigest, renderTemplate } from '../../../shared/app/mail/templates.js';
import { UnprocessableError } from '../../../shared/domain/errors.js';
import { daysLeftText } from '../../../shared/domain/escalation.js';

const base = {
  sender: { name: 'Jansen', address: 'signalen@jansen.nl' },
  subject: '{{count}} signalen',
  html: '<p>{{recipient.name}}</p>',
  text: '{{recipient.name}}',
  includeSensitiveDetails: false,
};
const view = {
  recipient: { name: 'A' },
  runDate: '01-03-2027',
  count: 1,
  countText: '1 nieuw signaal',
  appUrl: 'https://app',
  unsubscribeUrl: 'https://api/v1/email/unsubscribe?token=t',
  signals: [],
  employers: [],
  escalations: [],
};

describe('Function: checkTemplate', () => {
  it('accepts the default templates in both languages', () => {
    for (const t of Object.values(DEFAULT_TEMPLATES))
      expect(() => checkTemplate({ ...t, sender: base.sender }, [])).not.toThrow();
  });
  it('refuses a sender domain the deployment does not allow (422)', () => {
    expect(() =>
      checkTemplate({ ...base, sender: { name: 'x', address: 'x@evil.nl' } }, ['jansen.nl']),
    ).toThrow(UnprocessableError);
    expect(() => checkTemplate(base, ['jansen.nl'])).not.toThrow();
    expect(() =>
      checkTemplate({ ...base, sender: { name: 'x', address: 'x@mail.jansen.nl' } }, ['jansen.nl']),
    ).not.toThrow();
  });
  it('refuses a sender name with a line break', () => {
    expect(() =>
      checkTemplate({ ...base, sender: { name: 'x\nBcc: y', address: 'x@jansen.nl' } }, []),
    ).toThrow(UnprocessableError);
  });
});

describe('Function: renderTemplate', () => {
  it('escapes values in html, not in text, and keeps a rendered subject on one line', () => {
    const r = renderTemplate(
      { ...base, subject: '{{recipient.name}} signalen' },
      { ...view, recipient: { name: 'A & B\r\nBcc: x' } },
    );
    expect(r.html).toBe('<p>A &amp; B\r\nBcc: x</p>');
    expect(r.text).toBe('A & B\r\nBcc: x');
    expect(r.subject).toBe('A & B Bcc: x signalen');
  });
  it('cannot reach prototype properties', () => {
    const r = renderTemplate(
      { ...base, html: '{{#each signals}}{{text}}{{/each}}' },
      { ...view, signals: [Object.create({ text: 'leak' })] },
    );
    expect(r.html).toBe('');
  });
});

describe('Function: relativeDay and countText (the words of the standard digest)', () => {
  it.each([
    [7, 'over 7 dagen', 'in 7 days'],
    [1, 'morgen', 'tomorrow'],
    [0, 'vandaag', 'today'],
    [-1, 'gisteren', 'yesterday'],
    [-7, '7 dagen geleden', '7 days ago'],
  ])('says %i days from the run as "%s" / "%s"', (days, nl, en) => {
    expect(relativeDay(days, 'nl')).toBe(nl);
    expect(relativeDay(days, 'en')).toBe(en);
  });
  it('says one signal in the singular', () => {
    expect(countText(1, 'nl')).toBe('1 nieuw signaal');
    expect(countText(3, 'nl')).toBe('3 nieuwe signalen');
    expect(countText(1, 'en')).toBe('1 new signal');
    expect(countText(2, 'en')).toBe('2 new signals');
  });
  it('renders the standard Dutch digest with the relative day and the singular', () => {
    const t = DEFAULT_TEMPLATES.nl;
    const signal = {
      typeName: 'Verjaardag',
      employeeName: 'Anna',
      employerName: 'Bakkerij',
      departmentName: '',
      eventDate: '21-11-2026',
      daysUntil: -7,
      when: relativeDay(-7, 'nl'),
      text: '',
    };
    const rendered = renderTemplate(
      { ...t, sender: base.sender },
      { ...view, signals: [signal], employers: [{ name: 'Bakkerij', signals: [signal] }] },
    );
    expect(rendered.subject).toBe('Signaleringen: 1 nieuw signaal (01-03-2027)');
    expect(rendered.text).toContain('21-11-2026 (7 dagen geleden)');
    expect(rendered.text).not.toContain('over -7');
    expect(rendered.html).toContain('7 dagen geleden');
  });
});

describe('Escalations in the digest ("Actie vereist")', () => {
  const escalation = (daysLeft: number, locale: 'nl' | 'en') => ({
    typeName: locale === 'nl' ? 'Aanzegtermijn' : 'Notice deadline',
    employeeName: 'Kees Bakker',
    employerName: 'Bakkerij',
    departmentName: '',
    eventDate: '28-02-2027',
    daysUntil: daysLeft,
    when: relativeDay(daysLeft, locale),
    text: '',
    level: 1,
    legalDate: '28-02-2027',
    daysLeft,
    daysLeftText: daysLeftText(daysLeft, locale),
  });

  it.each([
    [3, 'nog 3 dagen', '3 days left'],
    [1, 'nog 1 dag', '1 day left'],
    [0, 'vandaag', 'today'],
    [-2, '2 dagen verstreken', '2 days overdue'],
  ])('says %i days to the legal date as "%s" / "%s"', (days, nl, en) => {
    expect(daysLeftText(days, 'nl')).toBe(nl);
    expect(daysLeftText(days, 'en')).toBe(en);
  });

  it.each([
    ['nl', 'Actie vereist', 'wettelijke datum 28-02-2027 (nog 3 dagen)'],
    ['en', 'Action required', 'legal date 28-02-2027 (3 days left)'],
  ] as const)('the standard template (%s) heads them, first, with the days left', (locale, heading, line) => {
    const t = { ...DEFAULT_TEMPLATES[locale], sender: base.sender };
    expect(() => checkTemplate(t, [])).not.toThrow();
    const rendered = renderTemplate(t, { ...view, escalations: [escalation(3, locale)] });
    expect(rendered.subject.startsWith(heading)).toBe(true);
    expect(rendered.text).toContain(`== ${heading.toUpperCase()} ==`);
    expect(rendered.text).toContain(line);
    expect(rendered.html).toContain(heading);
    // Without escalations, no heading.
    const plain = renderTemplate(t, view);
    expect(plain.subject.startsWith(heading)).toBe(false);
    expect(plain.text).not.toContain(heading.toUpperCase());
  });

  it('puts the standard block first in a template of its own that does not show escalations', () => {
    const own = { ...base, html: '<html><body><p>{{count}}</p></body></html>', text: 'Aantal {{count}}' };
    const rendered = renderDigest(
      own,
      { ...view, escalations: [escalation(0, 'nl')] },
      UNSUBSCRIBE_LINE.nl,
      ESCALATION_BLOCK.nl,
    );
    expect(rendered.text.indexOf('ACTIE VEREIST')).toBeLessThan(rendered.text.indexOf('Aantal'));
    expect(rendered.html.indexOf('Actie vereist')).toBeGreaterThan(rendered.html.indexOf('<body>'));
    expect(rendered.html.indexOf('Actie vereist')).toBeLessThan(rendered.html.indexOf('<p>1</p>'));
    // A template that shows them itself is left as it is.
    const shows = { ...own, text: '{{#each escalations}}!{{typeName}} {{daysLeftText}}{{/each}}' };
    expect(() => checkTemplate(shows, [])).not.toThrow();
    const itself = renderDigest(
      shows,
      { ...view, escalations: [escalation(0, 'nl')] },
      UNSUBSCRIBE_LINE.nl,
      ESCALATION_BLOCK.nl,
    );
    expect(itself.text).toContain('!Aanzegtermijn vandaag');
    expect(itself.text).not.toContain('ACTIE VEREIST');
  });
});
