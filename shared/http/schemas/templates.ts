import * as z from 'zod';

export const templateBodySchema = z
  .strictObject({
    sender: z.strictObject({ name: z.string().trim().min(1).max(100), address: z.email().max(254) }),
    subject: z.string().min(1).max(500),
    html: z.string().min(1).max(100_000),
    text: z.string().min(1).max(100_000),
    includeSensitiveDetails: z.boolean().default(false),
  })
  .meta({
    title: 'EmailTemplate',
    description:
      'Handlebars templates (each, if, unless). Variables: recipient.name, runDate, count, countText ("1 nieuw signaal", "3 nieuwe signalen"), appUrl, signals[] and employers[] (name, signals[]); each signal has typeName, employeeName, employerName, departmentName, eventDate, daysUntil (negative: days past), when ("over 7 dagen", "morgen", "vandaag", "gisteren", "7 dagen geleden"), text.',
  });

/**
 * What PUT takes: a template, and, ignored, the read-only fields a GET answers with, so a GET
 * body can be sent back as it is.
 */
export const templatePutBodySchema = templateBodySchema
  .extend({
    source: z.enum(['employer', 'provider', 'default']).optional().describe('Read-only: ignored on input.'),
    updatedAt: z.string().nullable().optional().describe('Read-only: ignored on input.'),
    updatedBy: z.string().nullable().optional().describe('Read-only: ignored on input.'),
  })
  .transform(({ source: _s, updatedAt: _a, updatedBy: _b, ...template }) => template);

export const effectiveTemplateSchema = templateBodySchema.extend({
  source: z.enum(['employer', 'provider', 'default']),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});

export const templatePreviewBodySchema = z.strictObject({
  locale: z.enum(['nl', 'en']).default('nl'),
  /** A candidate template to preview instead of the effective one. */
  template: templateBodySchema.optional(),
});

export const templatePreviewSchema = z.object({
  source: z.enum(['employer', 'provider', 'default', 'candidate']),
  from: z.string(),
  subject: z.string(),
  html: z.string(),
  text: z.string(),
});
