import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../shared/http/routes.js';
import { api, tokenFor, uid } from './support/api.js';
import { aTenant } from './support/fixtures.js';

type CallerKind =
  | 'platform'
  | 'providerAdmin'
  | 'otherProviderAdmin'
  | 'employerAdmin'
  | 'otherEmployerAdmin'
  | 'plainUser'
  | 'mismatchedEmployerAdmin'
  | 'mismatchedEmployerUser'
  | 'noToken';

const ALL: CallerKind[] = [
  'platform',
  'providerAdmin',
  'otherProviderAdmin',
  'employerAdmin',
  'otherEmployerAdmin',
  'plainUser',
];

/**
 * Who may call each route (API.md, "Rights"), by operationId. Every route of the routes table
 * must be listed: a new route without a rule here fails this test.
 */
const EXPECTED: Record<string, CallerKind[] | 'public'> = {
  getHealth: 'public',
  getOpenApi: 'public',
  getDocs: 'public',
  getDocsScript: 'public',
  listSignalTypes: ALL,
  putProvider: ['platform'],
  getProvider: ['platform', 'providerAdmin'],
  deleteProvider: ['platform'],
  putProviderUser: ['platform'],
  getProviderUser: ['platform'],
  deleteProviderUser: ['platform'],
  listProviderUsers: ['platform', 'providerAdmin'],
  putEmployer: ['platform'],
  getEmployer: ['platform'],
  deleteEmployer: ['platform'],
  listProviderEmployers: ['platform', 'providerAdmin'],
  activateProduct290: ['platform', 'providerAdmin'],
  deactivateProduct290: ['platform', 'providerAdmin'],
  putDepartment: ['platform'],
  getDepartment: ['platform'],
  deleteDepartment: ['platform'],
  listDepartments: ['platform'],
  putEmployerUser: ['platform'],
  getEmployerUser: ['platform'],
  deleteEmployerUser: ['platform'],
  listEmployerUsers: ['platform'],
  putEmployee: ['platform'],
  getEmployee: ['platform', 'providerAdmin', 'employerAdmin', 'plainUser'],
  deleteEmployee: ['platform'],
  listEmployees: ['platform', 'providerAdmin', 'employerAdmin', 'plainUser'],
  batchEmployees: ['platform'],
  getProviderDefaultSettings: ['providerAdmin', 'employerAdmin', 'plainUser'],
  putProviderDefaultSettings: ['providerAdmin'],
  getProviderUserSignalSettings: ['providerAdmin'],
  putProviderUserSignalSettings: ['providerAdmin'],
  deleteProviderUserSignalSettings: ['providerAdmin'],
  getEmployerUserSignalSettings: ['providerAdmin', 'employerAdmin', 'plainUser'],
  putEmployerUserSignalSettings: ['providerAdmin', 'employerAdmin'],
  deleteEmployerUserSignalSettings: ['providerAdmin', 'employerAdmin'],
  listSignalSets: ['providerAdmin'],
  createSignalSet: ['providerAdmin'],
  getSignalSet: ['providerAdmin'],
  putSignalSet: ['providerAdmin'],
  deleteSignalSet: ['providerAdmin'],
  reapplySignalSet: ['providerAdmin'],
  selectSignalSet: ['providerAdmin', 'employerAdmin'],
  activateSignalSet: ['providerAdmin', 'employerAdmin'],
  previewSignals: ['providerAdmin', 'employerAdmin', 'plainUser'],
  listCustomSignals: ['providerAdmin', 'employerAdmin', 'plainUser'],
  createCustomSignal: ['providerAdmin', 'employerAdmin', 'plainUser'],
  getCustomSignal: ['providerAdmin', 'employerAdmin', 'plainUser'],
  putCustomSignal: ['providerAdmin', 'employerAdmin', 'plainUser'],
  deleteCustomSignal: ['providerAdmin', 'employerAdmin', 'plainUser'],
  listMySignals: ['providerAdmin', 'otherProviderAdmin', 'employerAdmin', 'otherEmployerAdmin', 'plainUser'],
  updateMySignal: ['providerAdmin', 'otherProviderAdmin', 'employerAdmin', 'otherEmployerAdmin', 'plainUser'],
  readAllMySignals: [
    'providerAdmin',
    'otherProviderAdmin',
    'employerAdmin',
    'otherEmployerAdmin',
    'plainUser',
  ],
  getMyEmailPreferences: [
    'providerAdmin',
    'otherProviderAdmin',
    'employerAdmin',
    'otherEmployerAdmin',
    'plainUser',
  ],
  putMyEmailPreferences: [
    'providerAdmin',
    'otherProviderAdmin',
    'employerAdmin',
    'otherEmployerAdmin',
    'plainUser',
  ],
  // The signed token in the query is the authorisation (without it: 400, never 401 or 403).
  unsubscribePage: 'public',
  unsubscribe: 'public',
  getProviderEmailTemplate: ['providerAdmin'],
  putProviderEmailTemplate: ['providerAdmin'],
  deleteProviderEmailTemplate: ['providerAdmin'],
  getEmployerEmailTemplate: ['providerAdmin', 'employerAdmin'],
  putEmployerEmailTemplate: ['providerAdmin', 'employerAdmin'],
  deleteEmployerEmailTemplate: ['providerAdmin', 'employerAdmin'],
  previewEmployerEmailTemplate: ['providerAdmin', 'employerAdmin'],
  previewProviderEmailTemplate: ['providerAdmin'],
  getProviderMoments: ['providerAdmin', 'employerAdmin', 'plainUser'],
  putProviderMoments: ['providerAdmin'],
  listEmployerDeadlines: ['providerAdmin', 'employerAdmin'],
  listProviderDeadlines: ['providerAdmin'],
  getEmployerMoments: ['providerAdmin', 'employerAdmin'],
  putEmployerMoments: ['providerAdmin', 'employerAdmin'],
  deleteEmployerMoments: ['providerAdmin', 'employerAdmin'],
  getProviderEscalationPolicy: ['providerAdmin', 'employerAdmin', 'plainUser'],
  putProviderEscalationPolicy: ['providerAdmin'],
  getEmployerEscalationPolicy: ['providerAdmin', 'employerAdmin'],
  putEmployerEscalationPolicy: ['providerAdmin', 'employerAdmin'],
  deleteEmployerEscalationPolicy: ['providerAdmin', 'employerAdmin'],
  getMySubstitutes: [
    'providerAdmin',
    'otherProviderAdmin',
    'employerAdmin',
    'otherEmployerAdmin',
    'plainUser',
  ],
  putMySubstitutes: [
    'providerAdmin',
    'otherProviderAdmin',
    'employerAdmin',
    'otherEmployerAdmin',
    'plainUser',
  ],
  putMyCalendarFeed: [
    'providerAdmin',
    'otherProviderAdmin',
    'employerAdmin',
    'otherEmployerAdmin',
    'plainUser',
  ],
  deleteMyCalendarFeed: [
    'providerAdmin',
    'otherProviderAdmin',
    'employerAdmin',
    'otherEmployerAdmin',
    'plainUser',
  ],
  // The secret token in the path is the authorisation (a token that names nobody: 404 or 400, never 401 or 403).
  getCalendarFeed: 'public',
  listRuleVersions: [
    'providerAdmin',
    'otherProviderAdmin',
    'employerAdmin',
    'otherEmployerAdmin',
    'plainUser',
  ],
  listWebhooks: ['providerAdmin'],
  createWebhook: ['providerAdmin'],
  getWebhook: ['providerAdmin'],
  putWebhook: ['providerAdmin'],
  deleteWebhook: ['providerAdmin'],
  rotateWebhookSecret: ['providerAdmin'],
  testWebhook: ['providerAdmin'],
  listWebhookDeliveries: ['providerAdmin'],
  retryWebhookDelivery: ['providerAdmin'],
  startEvaluation: ['platform'],
  getEvaluation: ['platform'],
  listEvaluations: ['platform'],
};

// Every route gets fresh tenants, so the routes are checked concurrently.
describe.concurrent('Authorisation matrix', () => {
  it('has a rule for every route of the routes table', () => {
    expect(ROUTES.map((r) => r.operationId).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const route of ROUTES) {
    it(`${route.method} ${route.path} (${route.operationId})`, async ({ expect }) => {
      // A fresh tenant per route: allowed DELETEs may remove it.
      const [t, other] = await Promise.all([aTenant(), aTenant()]);
      const plainSub = uid('plain');
      const tokens: Record<Exclude<CallerKind, 'noToken'>, string> = {
        platform: t.platform,
        providerAdmin: await t.providerAdmin(),
        otherProviderAdmin: await other.providerAdmin(),
        employerAdmin: await t.employerAdmin(),
        otherEmployerAdmin: await other.employerAdmin(),
        plainUser: await t.employerUser(plainSub),
        // Claims that disagree: an employer of one provider with the provider id of another. Every
        // call is refused, whichever of the two tenants the path names.
        mismatchedEmployerAdmin: await tokenFor({
          sub: uid('mea'),
          user_type: 'employer',
          provider_id: t.providerId,
          employer_id: other.employerId,
          scope: 'signals:employer-admin signals:provider-admin signals:use',
        }),
        mismatchedEmployerUser: await tokenFor({
          sub: plainSub,
          user_type: 'employer',
          provider_id: other.providerId,
          employer_id: t.employerId,
          scope: 'signals:employer-admin signals:use',
        }),
      };
      const ids: Record<string, string> = {
        providerId: t.providerId,
        employerId: t.employerId,
        userId: plainSub,
        departmentId: 'd-1',
        employeeId: 'x-1',
        setId: 's-1',
        customSignalId: 'c-1',
        signalId: 's-1',
        runId: 'r-1',
      };
      const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? 'x');
      // A run started here evaluates this tenant only: other test files' tenants are left alone.
      const body = route.operationId === 'startEvaluation' ? { employerIds: [t.employerId] } : {};
      const call = (token?: string) =>
        api(route.method, path, { ...(token ? { token } : {}), ...(route.body ? { body } : {}) });
      const rule = EXPECTED[route.operationId];
      expect(rule, `no rule for ${route.operationId}`).toBeDefined();

      const anonymous = await call();
      if (rule === 'public') {
        expect([401, 403]).not.toContain(anonymous.status);
        expect(anonymous.status).toBeLessThan(500);
        return;
      }
      expect(anonymous.status, 'no token').toBe(401);
      // Callers that must be refused go first, all at once (a refused call changes nothing);
      // then the allowed ones in turn, the platform last (its DELETE may remove the tenant).
      const kinds = Object.keys(tokens) as Array<keyof typeof tokens>;
      const refused = kinds.filter((k) => !rule?.includes(k));
      const answers = await Promise.all(refused.map((kind) => call(tokens[kind])));
      answers.forEach((r, i) => {
        expect(r.status, `${refused[i]} must be refused: ${r.text.slice(0, 200)}`).toBe(403);
      });
      const allowed = kinds
        .filter((k) => rule?.includes(k))
        .sort((a, b) => Number(a === 'platform') - Number(b === 'platform'));
      for (const kind of allowed) {
        const r = await call(tokens[kind]);
        expect(
          [401, 403],
          `${kind} must be let through, got ${r.status} ${r.text.slice(0, 200)}`,
        ).not.toContain(r.status);
      }
    });
  }
});
