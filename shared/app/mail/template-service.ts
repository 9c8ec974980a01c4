import type { Caller } from '../caller.js';
import type { Deps } from '../deps.js';
import { auditOf, getResource } from '../directory/resources.js';
import type { Precondition, Stored } from '../resource-store.js';
import { DEFAULT_TEMPLATES } from './default-templates.js';
import { checkTemplate, type EmailTemplate } from './templates.js';

export type TemplateOwner =
  | { level: 'provider'; providerId: string }
  | { level: 'employer'; employerId: string; providerId: string };

const refOf = (owner: TemplateOwner) =>
  owner.level === 'provider'
    ? ({ kind: 'providerTemplate', providerId: owner.providerId } as const)
    : ({ kind: 'employerTemplate', employerId: owner.employerId } as const);

export interface EffectiveTemplate {
  template: EmailTemplate;
  source: 'employer' | 'provider' | 'default';
  stored?: Stored<EmailTemplate>;
}

/** The template that applies: the employer's, else the provider's, else the standard text in the user's language. */
export async function effectiveTemplate(
  deps: Deps<'store' | 'config'>,
  owner: TemplateOwner,
  locale: 'nl' | 'en' = 'nl',
): Promise<EffectiveTemplate> {
  if (owner.level === 'employer') {
    const own = await deps.store.get<EmailTemplate>(refOf(owner));
    if (own) return { template: own.data, source: 'employer', stored: own };
  }
  const provider = await deps.store.get<EmailTemplate>({
    kind: 'providerTemplate',
    providerId: owner.providerId,
  });
  if (provider) return { template: provider.data, source: 'provider', stored: provider };
  return { template: { ...DEFAULT_TEMPLATES[locale], sender: deps.config.defaultSender }, source: 'default' };
}

/** Saves a template after checking it compiles, uses only documented variables, and has an allowed sender (422 otherwise). */
export async function putTemplate(
  deps: Deps<'store' | 'config' | 'clock'>,
  caller: Caller,
  owner: TemplateOwner,
  template: EmailTemplate,
  precondition: Precondition,
) {
  checkTemplate(template, deps.config.senderDomains);
  return deps.store.put(refOf(owner), template, auditOf(deps, caller), precondition);
}

export async function deleteTemplate(deps: Deps<'store'>, owner: TemplateOwner, precondition: Precondition) {
  await deps.store.delete(refOf(owner), precondition);
}

/** The owner of a template route: the provider must exist; the employer must exist (its provider comes from it). */
export async function templateOwner(
  deps: Deps<'store'>,
  params: { providerId?: string; employerId?: string },
): Promise<TemplateOwner> {
  if (params.employerId) {
    const employer = await getResource<{ providerId: string }>(deps, {
      kind: 'employer',
      employerId: params.employerId,
    });
    return { level: 'employer', employerId: params.employerId, providerId: employer.data.providerId };
  }
  await getResource(deps, { kind: 'provider', providerId: params.providerId! });
  return { level: 'provider', providerId: params.providerId! };
}
