import { formatDay, toDay } from '../../domain/dates.js';
import type { Deps } from '../deps.js';
import { digestView } from '../digests/deliver.js';
import type { DigestEntry } from '../digests/ports.js';
import { getResource } from '../directory/resources.js';
import { ESCALATION_BLOCK, UNSUBSCRIBE_LINE } from './default-templates.js';
import { effectiveTemplate, type TemplateOwner, templateOwner } from './template-service.js';
import { checkTemplate, type EmailTemplate, renderDigest } from './templates.js';

const sampleRecipient = (locale: 'nl' | 'en') => ({
  name: locale === 'nl' ? 'Voorbeeldgebruiker' : 'Sample user',
  locale,
});

/** Sample signals for a preview: one of each kind a digest shows, an absence signal and an escalation among them. */
function sampleEntries(today: string, locale: 'nl' | 'en', employerName: string): DigestEntry[] {
  const day = (n: number) => formatDay(toDay(today) + n);
  const base = {
    runId: 'preview',
    recipientKey: 'preview',
    recipient: {
      userId: 'preview',
      email: 'preview@example.nl',
      ...sampleRecipient(locale),
      userType: 'employer' as const,
    },
    providerId: 'preview',
    employerId: 'preview',
    employerName,
    departmentId: 'verkoop',
    departmentName: 'Verkoop',
  };
  return [
    {
      ...base,
      signalId: 's1',
      employeeId: 'x1',
      subject: 'contract:c1',
      signalType: 'CONTRACT_END',
      employeeName: 'Anna de Vries',
      eventDate: day(30),
      signalDate: today,
    },
    {
      ...base,
      signalId: 's2',
      employeeId: 'x2',
      subject: 'age:40',
      signalType: 'BIRTHDAY',
      employeeName: 'Jan Jansen',
      eventDate: day(1),
      signalDate: today,
    },
    {
      ...base,
      signalId: 's3',
      employeeId: 'x3',
      subject: 'absence:a1',
      signalType: 'ABSENCE_WEEK_6',
      employeeName: 'Piet Pieters',
      eventDate: day(7),
      signalDate: today,
    },
    {
      ...base,
      signalId: 's4',
      employeeId: 'x1',
      subject: 'custom:c1',
      signalType: 'CUSTOM',
      employeeName: 'Anna de Vries',
      eventDate: day(14),
      signalDate: today,
      text: 'VOG opnieuw aanvragen',
    },
    {
      ...base,
      signalId: 's5',
      employeeId: 'x4',
      subject: 'contract:c2',
      signalType: 'NOTICE_DEADLINE',
      employeeName: 'Kees Bakker',
      eventDate: day(3),
      signalDate: today,
      escalation: { level: 1, legalDate: day(3) },
    },
  ];
}

/** Renders the effective (or a candidate) template with sample signals; sends nothing. */
export async function previewTemplate(
  deps: Deps<'store' | 'config' | 'clock'>,
  owner: TemplateOwner & { employerName: string },
  body: { locale: 'nl' | 'en'; template?: EmailTemplate | undefined },
) {
  let template: EmailTemplate;
  let source: 'employer' | 'provider' | 'default' | 'candidate';
  if (body.template) {
    checkTemplate(body.template, deps.config.senderDomains);
    template = body.template;
    source = 'candidate';
  } else {
    const effective = await effectiveTemplate(deps, owner, body.locale);
    template = effective.template;
    source = effective.source;
  }
  const today = deps.clock.today();
  // A sample link: a preview names no user, so it carries no working token.
  const unsubscribeUrl = `${deps.config.apiUrl}/v1/email/unsubscribe?token=preview`;
  const rendered = renderDigest(
    template,
    digestView(
      sampleEntries(today, body.locale, owner.employerName),
      sampleRecipient(body.locale),
      template,
      today,
      deps.config.appUrl,
      unsubscribeUrl,
    ),
    UNSUBSCRIBE_LINE[body.locale],
    ESCALATION_BLOCK[body.locale],
  );
  return { source, from: `${template.sender.name} <${template.sender.address}>`, ...rendered };
}

/** The preview of a level's template: an employer's shows its own name, a provider's a sample one. */
export async function previewTemplateOf(
  deps: Deps<'store' | 'config' | 'clock'>,
  params: { providerId?: string; employerId?: string },
  body: { locale: 'nl' | 'en'; template?: EmailTemplate | undefined },
) {
  const owner = await templateOwner(deps, params);
  const employerName =
    owner.level === 'employer'
      ? (await getResource<{ name: string }>(deps, { kind: 'employer', employerId: owner.employerId })).data
          .name
      : body.locale === 'nl'
        ? 'Voorbeeldwerkgever'
        : 'Sample employer';
  return previewTemplate(deps, { ...owner, employerName }, body);
}
