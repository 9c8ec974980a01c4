import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../../shared/app/mail/default-templates.js';
import { checkTemplate, renderTemplate } from '../../../shared/app/mail/templates.js';
import { UnprocessableError } from '../../../shared/domain/errors.js';

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
  appUrl: 'https://app',
  signals: [],
  employers: [],
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
