import type { Right, UserType } from './caller.js';

/** What each right allows (the `scope` values of a token). */
export const RIGHT_ALLOWS: Record<Right, string> = {
  'directory:write': 'providers, employers, products, departments, users and employees of any tenant',
  'signals:provider-admin':
    "provider defaults, signal sets, moments, escalation policy and e-mail template of the own provider; the legal-deadline overview of its employers; settings of every user of the provider's employers; product 290 on them",
  'signals:employer-admin':
    "settings of the own employer's users, the employer's e-mail template, moments and escalation policy; its legal-deadline overview",
  'signals:use':
    'the own signal list, e-mail preferences and substitutes, custom signals on employees the user may see, the catalogue',
  'signals:operate': 'start and inspect evaluation runs',
};

/** Who calls the API: each kind of caller, the claims and scopes its token carries, what it may do. */
export interface Role {
  name: string;
  userType: UserType;
  claims: readonly string[];
  scopes: readonly Right[];
  does: string;
}

export const ROLES: readonly Role[] = [
  {
    name: 'Directory sync (the host platform)',
    userType: 'platform',
    claims: ['sub'],
    scopes: ['directory:write', 'signals:operate'],
    does: 'Keeps the directory in step with the payroll platform (any tenant), and starts and reads evaluation runs.',
  },
  {
    name: 'Provider admin ("Applicatiebeheer provider")',
    userType: 'provider',
    claims: ['sub', 'provider_id'],
    scopes: ['signals:provider-admin', 'signals:use'],
    does: "Sets the provider default, signal sets, moments, escalation policy and e-mail template, the settings of any user of the provider's employers, product 290; sees the legal deadlines of its employers; has an own signal list and substitutes.",
  },
  {
    name: 'Provider user',
    userType: 'provider',
    claims: ['sub', 'provider_id'],
    scopes: ['signals:use'],
    does: "Own signal list, e-mail preferences and substitutes; the legal deadlines and custom signals of the provider's employers (only `employerIds` when the user record lists them).",
  },
  {
    name: 'Employer admin',
    userType: 'employer',
    claims: ['sub', 'provider_id', 'employer_id'],
    scopes: ['signals:employer-admin', 'signals:use'],
    does: "Sets the settings of the employer's users, the employer's e-mail template, moments and escalation policy; sees its legal deadlines; has an own signal list and substitutes.",
  },
  {
    name: 'Employer user',
    userType: 'employer',
    claims: ['sub', 'provider_id', 'employer_id'],
    scopes: ['signals:use'],
    does: 'Own signal list, e-mail preferences and substitutes, own settings (read) and preview; custom signals on the employees they may see (a department manager: the own departments).',
  },
];

const code = (s: string) => `\`${s}\``;

/** The roles as a Markdown table: the README and the API reference show this one. */
export function rolesTable(): string {
  return [
    '| caller | `user_type` | claims | `scope` | may |',
    '|---|---|---|---|---|',
    ...ROLES.map(
      (r) =>
        `| ${r.name} | ${code(r.userType)} | ${r.claims.map(code).join(', ')} | ${code(r.scopes.join(' '))} | ${r.does} |`,
    ),
  ].join('\n');
}

/** The rule every role shares, said once. */
export const ROLES_NOTE =
  'A provider or employer user must exist in the directory and be active: the token of a user deleted or made inactive since reaches nothing (403). The tenant claims must agree with each other and with the path.';
