import * as z from 'zod';

const source = z
  .enum(['employer', 'provider', 'default'])
  .describe(
    "Where the effective template comes from: the employer's own, its provider's, or the platform default.",
  );
const TEMPLATE_EXAMPLE = {
  sender: { name: 'Acme Accountants', address: 'signalen@acme.example' },
  subject: '{{countText}} voor {{recipient.name}}',
  html: '<p>Beste {{recipient.name}},</p>{{#each employers}}<h2>{{name}}</h2><ul>{{#each signals}}<li>{{typeName}}: {{employeeName}}, {{when}}</li>{{/each}}</ul>{{/each}}',
  text: 'Beste {{recipient.name}},\n{{#each signals}}- {{typeName}}: {{employeeName}}, {{when}}\n{{/each}}',
  includeSensitiveDetails: false,
};

/** The variables a template may use, said where a reader writes one (each text field). */
const VARIABLES =
  'Handlebars (each, if, unless). Variables: `recipient.name`, `runDate`, `count`, `countText` ("1 nieuw signaal", "3 nieuwe signalen"), `appUrl`, `unsubscribeUrl`, `signals[]` and `employers[]` (`name`, `signals[]`); each signal has `typeName`, `employeeName`, `employerName`, `departmentName` (empty on a health line unless `includeSensitiveDetails`), `eventDate`, `daysUntil` (negative: days past), `when` ("over 7 dagen", "morgen", "vandaag", "gisteren", "7 dagen geleden"), `text`. `escalations[]`: legal deadlines nobody handled, with the same fields plus `level`, `legalDate`, `daysLeft` (negative: passed) and `daysLeftText` ("nog 3 dagen", "vandaag", "2 dagen verstreken"); a template that does not show `escalations` gets the standard "Actie vereist" block first. Any other variable is refused (422).';

export const templateBodySchema = z
  .strictObject({
    sender: z
      .strictObject({
        name: z.string().trim().min(1).max(100).describe('The name the digest comes from, 1-100 characters.'),
        address: z
          .email()
          .max(254)
          .describe("The From address; its domain must be one of the platform's verified sender domains."),
      })
      .describe('Who the digest comes from.'),
    subject: z
      .string()
      .min(1)
      .max(500)
      .describe(`Subject line, up to 500 characters, no line break. ${VARIABLES}`),
    html: z.string().min(1).max(100_000).describe(`The HTML body; values are escaped. ${VARIABLES}`),
    text: z.string().min(1).max(100_000).describe(`The plain-text body. ${VARIABLES}`),
    includeSensitiveDetails: z
      .boolean()
      .default(false)
      .describe(
        'Whether sickness signals name the employee in the e-mail; `false` (the default) shows them without the name, which the signal list shows instead.',
      ),
  })
  .meta({
    title: 'EmailTemplate',
    examples: [TEMPLATE_EXAMPLE],
    description: `The digest e-mail's texts. ${VARIABLES}`,
  });

/**
 * What PUT takes: a template, and, ignored, the read-only fields a GET answers with, so a GET
 * body can be sent back as it is.
 */
const templateInputSchema = templateBodySchema.extend({
  source: z.enum(['employer', 'provider', 'default']).optional().describe('Read-only: ignored on input.'),
  updatedAt: z.string().nullable().optional().describe('Read-only: ignored on input.'),
  updatedBy: z.string().nullable().optional().describe('Read-only: ignored on input.'),
});

/** A template as input, less the read-only fields a GET body carries. */
export const withoutReadOnly = <T extends z.infer<typeof templateInputSchema>>({
  source: _s,
  updatedAt: _a,
  updatedBy: _b,
  ...template
}: T) => template;

export const templatePutBodySchema = templateInputSchema
  .meta({ examples: [TEMPLATE_EXAMPLE] })
  .transform(withoutReadOnly);

export const effectiveTemplateSchema = templateBodySchema
  .extend({
    source,
    updatedAt: z.string().nullable().describe('When that level last set it; null for the platform default.'),
    updatedBy: z.string().nullable().describe('Who last set it (a `sub`); null for the platform default.'),
  })
  .meta({
    title: 'EffectiveEmailTemplate',
    examples: [
      { ...TEMPLATE_EXAMPLE, source: 'provider', updatedAt: '2026-11-02T14:03:10.000Z', updatedBy: 'u-1042' },
    ],
  });

const TEMPLATE_FIELDS = new Set(Object.keys(templateInputSchema.shape));

export const templatePreviewBodySchema = z
  .strictObject(
    {
      locale: z
        .enum(['nl', 'en'])
        .default('nl')
        .describe('Language of the sample signals; `nl` when absent.'),
      // Not the PUT schema's transform: a pipe inside drops this schema's examples from the document.
      template: templateInputSchema
        .optional()
        .describe(
          'A candidate template to render instead of the effective one (nothing is saved). A GET body may be sent as it is: its read-only fields are ignored, as on PUT.',
        ),
    },
    {
      // A template sent without its wrapper: say where it goes.
      error: (issue) =>
        issue.code === 'unrecognized_keys' && issue.keys.some((k) => TEMPLATE_FIELDS.has(k))
          ? `Unrecognized keys: ${issue.keys.map((k) => `"${k}"`).join(', ')}. A candidate template goes under "template": {"locale": "nl", "template": {"sender": ..., "subject": ...}}.`
          : undefined,
    },
  )
  .meta({ examples: [{ locale: 'nl' }, { locale: 'nl', template: TEMPLATE_EXAMPLE }] });

export const templatePreviewSchema = z
  .object({
    source: z
      .enum(['employer', 'provider', 'default', 'candidate'])
      .describe('Which template was rendered: the effective one (its level) or the `candidate` given.'),
    from: z.string().describe('The From header as it would be sent.'),
    subject: z.string().describe('The rendered subject.'),
    html: z.string().describe('The rendered HTML body.'),
    text: z.string().describe('The rendered plain-text body.'),
  })
  .meta({
    examples: [
      {
        source: 'provider',
        from: 'Acme Accountants <signalen@acme.example>',
        subject: '3 nieuwe signalen voor Karin Jansen',
        html: '<p>Beste Karin Jansen,</p><h2>Bakkerij Jansen B.V.</h2><ul><li>Einde tijdelijk contract: Jan de Boer, over 30 dagen</li></ul>',
        text: 'Beste Karin Jansen,\n- Einde tijdelijk contract: Jan de Boer, over 30 dagen\n',
      },
    ],
  });
