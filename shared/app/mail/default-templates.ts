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
  /** The escalations' heading, the sentence under it, and the legal date's label. */
  action: { heading: string; intro: string; legalDate: string };
}

/** Legal deadlines nobody handled, first in the mail (any template that does not show them gets this). */
const escalationHtml = (t: Words) => `{{#if escalations}}
<h2 style="margin:16px 0 8px;color:#b42318;font-size:18px">${t.action.heading}</h2>
<p>${t.action.intro}</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;width:100%;background:#fef3f2">
{{#each escalations}}
<tr style="border-bottom:1px solid #fecdca">
<td><strong>{{typeName}}</strong><br>{{employeeName}} <span style="color:#616e7c">({{employerName}})</span></td>
<td style="white-space:nowrap;text-align:right">${t.action.legalDate} {{legalDate}}<br><strong style="color:#b42318">{{daysLeftText}}</strong></td>
</tr>
{{/each}}
</table>
{{/if}}`;

const escalationText = (t: Words) => `{{#if escalations}}

== ${t.action.heading.toUpperCase()} ==
${t.action.intro}
{{#each escalations}}
- {{typeName}}: {{employeeName}} ({{employerName}}), ${t.action.legalDate} {{legalDate}} ({{daysLeftText}})
{{/each}}
{{/if}}`;

const html = (t: Words) => `<!doctype html>
<html><body style="font-family:Arial,Helvetica,sans-serif;color:#1f2933;max-width:640px;margin:0 auto;padding:16px">
<p>${t.greeting} {{recipient.name}},</p>
<p>${t.intro}</p>
${escalationHtml(t)}
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
${escalationText(t)}
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
  action: {
    heading: 'Actie vereist',
    intro: 'Niemand heeft deze wettelijke termijnen afgehandeld. Handel ze af voor de wettelijke datum:',
    legalDate: 'wettelijke datum',
  },
};
const en: Words = {
  greeting: 'Dear',
  intro: 'You have {{countText}} in Signals ({{runDate}}).',
  cta: 'View your signals',
  footer:
    'You receive this e-mail because your signal settings ask for e-mail. You can change this in your signal settings.',
  dept: 'department',
  unsubscribe: { text: 'Rather not receive e-mail?', link: 'Unsubscribe' },
  action: {
    heading: 'Action required',
    intro: 'Nobody has handled these legal deadlines. Handle them before the legal date:',
    legalDate: 'legal date',
  },
};

/** The unsubscribe line appended to a template that does not show the link itself. */
export const UNSUBSCRIBE_LINE = { nl: nl.unsubscribe, en: en.unsubscribe } as const;

/** The escalation block put first in a template that does not show `escalations` itself. */
export const ESCALATION_BLOCK = {
  nl: { html: escalationHtml(nl), text: escalationText(nl) },
  en: { html: escalationHtml(en), text: escalationText(en) },
} as const;

/** The standard texts: used when neither the employer nor the provider has its own. */
export const DEFAULT_TEMPLATES: Record<'nl' | 'en', Omit<EmailTemplate, 'sender'>> = {
  nl: {
    subject: '{{#if escalations}}Actie vereist – {{/if}}Signaleringen: {{countText}} ({{runDate}})',
    html: html(nl),
    text: text(nl),
    includeSensitiveDetails: false,
  },
  en: {
    subject: '{{#if escalations}}Action required – {{/if}}Signals: {{countText}} ({{runDate}})',
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
