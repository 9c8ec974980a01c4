import type { EmailTemplate } from './templates.js';

/** The words of the standard texts, per language. */
interface Words {
  greeting: string;
  intro: string;
  cta: string;
  footer: string;
  dept: string;
  /** The unsubscribe line: a sentence and the link's text. */
  unsubscribe: { text: string; link: string };
}

const html = (t: Words) => `<!doctype html>
<html><body style="font-family:Arial,Helvetica,sans-serif;color:#1f2933;max-width:640px;margin:0 auto;padding:16px">
<p>${t.greeting} {{recipient.name}},</p>
<p>${t.intro}</p>
{{#each employers}}
<h3 style="margin:20px 0 8px;color:#0b4f6c">{{name}}</h3>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;width:100%">
{{#each signals}}
<tr style="border-bottom:1px solid #e4e7eb">
<td><strong>{{typeName}}</strong><br>{{employeeName}}{{#if departmentName}} <span style="color:#616e7c">(${t.dept} {{departmentName}})</span>{{/if}}{{#if text}}<br><em>{{text}}</em>{{/if}}</td>
<td style="white-space:nowrap;text-align:right">{{eventDate}}<br><span style="color:#616e7c">{{when}}</span></td>
</tr>
{{/each}}
</table>
{{/each}}
<p style="margin-top:24px"><a href="{{appUrl}}" style="background:#0b4f6c;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px">${t.cta}</a></p>
<p style="color:#616e7c;font-size:12px">${t.footer} ${t.unsubscribe.text} <a href="{{unsubscribeUrl}}">${t.unsubscribe.link}</a></p>
</body></html>`;

const text = (t: Words) => `${t.greeting} {{recipient.name}},

${t.intro}
{{#each employers}}

== {{name}} ==
{{#each signals}}
- {{typeName}}: {{employeeName}}{{#if departmentName}} (${t.dept} {{departmentName}}){{/if}}, {{eventDate}} ({{when}}){{#if text}}
  {{text}}{{/if}}
{{/each}}
{{/each}}

${t.cta}: {{appUrl}}

${t.footer}
${t.unsubscribe.text} ${t.unsubscribe.link}: {{unsubscribeUrl}}
`;

const nl: Words = {
  greeting: 'Beste',
  intro: 'Je hebt {{countText}} in Signaleringen ({{runDate}}).',
  cta: 'Bekijk je signalen',
  footer:
    'Je ontvangt deze e-mail omdat voor jou signalen met e-mail zijn ingesteld. Je kunt dit aanpassen in je signaalinstellingen.',
  dept: 'afdeling',
  unsubscribe: { text: 'Liever geen e-mail meer?', link: 'Afmelden' },
};
const en: Words = {
  greeting: 'Dear',
  intro: 'You have {{countText}} in Signals ({{runDate}}).',
  cta: 'View your signals',
  footer:
    'You receive this e-mail because your signal settings ask for e-mail. You can change this in your signal settings.',
  dept: 'department',
  unsubscribe: { text: 'Rather not receive e-mail?', link: 'Unsubscribe' },
};

/** The unsubscribe line appended to a template that does not show the link itself. */
export const UNSUBSCRIBE_LINE = { nl: nl.unsubscribe, en: en.unsubscribe } as const;

/** The standard texts: used when neither the employer nor the provider has its own. */
export const DEFAULT_TEMPLATES: Record<'nl' | 'en', Omit<EmailTemplate, 'sender'>> = {
  nl: {
    subject: 'Signaleringen: {{countText}} ({{runDate}})',
    html: html(nl),
    text: text(nl),
    includeSensitiveDetails: false,
  },
  en: {
    subject: 'Signals: {{countText}} ({{runDate}})',
    html: html(en),
    text: text(en),
    includeSensitiveDetails: false,
  },
};

/** Placeholder for an employee's name withheld from an absence signal in e-mail. */
export const WITHHELD_NAME = {
  nl: 'een medewerker (details in de app)',
  en: 'an employee (details in the app)',
} as const;

/** "over 7 dagen", "morgen", "vandaag", "gisteren", "7 dagen geleden" (and in English). */
export function relativeDay(days: number, locale: 'nl' | 'en'): string {
  if (locale === 'nl') {
    if (days === 0) return 'vandaag';
    if (days === 1) return 'morgen';
    if (days === -1) return 'gisteren';
    return days > 0 ? `over ${days} dagen` : `${-days} dagen geleden`;
  }
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/** "1 nieuw signaal", "3 nieuwe signalen" (and in English). */
export function countText(count: number, locale: 'nl' | 'en'): string {
  if (locale === 'nl') return count === 1 ? '1 nieuw signaal' : `${count} nieuwe signalen`;
  return count === 1 ? '1 new signal' : `${count} new signals`;
}
