import { describe, expect, inject, it } from 'vitest';
import { api, uid } from './support/api.js';
import { aTenant } from './support/fixtures.js';

type Schema = any;

/** Every documented default in a request body: its path (`signals[].email`) and its value. */
function documentedDefaults(doc: Schema, schema: Schema, path = ''): Array<{ path: string; value: unknown }> {
  if (!schema || typeof schema !== 'object') return [];
  if (schema.$ref)
    return documentedDefaults(doc, doc.components.schemas[schema.$ref.split('/').at(-1)], path);
  const own = 'default' in schema && path ? [{ path, value: schema.default }] : [];
  return [
    ...own,
    ...Object.entries(schema.properties ?? {}).flatMap(([k, v]) =>
      documentedDefaults(doc, v, path ? `${path}.${k}` : k),
    ),
    ...documentedDefaults(doc, schema.items, `${path}[]`),
    ...['anyOf', 'oneOf', 'allOf'].flatMap((k) =>
      (schema[k] ?? []).flatMap((s: Schema) => documentedDefaults(doc, s, path)),
    ),
  ];
}

/** A value at a documented path in a stored resource (`[]`: the first item). */
const at = (value: Schema, path: string) =>
  path.split('.').reduce((v, part) => {
    const [name, list] = part.endsWith('[]') ? [part.slice(0, -2), true] : [part, false];
    const inner = name ? v?.[name] : v;
    return list ? inner?.[0] : inner;
  }, value);

async function operations() {
  const doc: Schema = await (await fetch(`${inject('apiUrl')}/v1/openapi.json`)).json();
  const ops = new Map<string, Schema>();
  for (const methods of Object.values(doc.paths) as Schema[])
    for (const op of Object.values(methods) as Schema[]) ops.set(op.operationId, op);
  const defaultsOf = (operationId: string) =>
    documentedDefaults(doc, ops.get(operationId)?.requestBody?.content?.['application/json']?.schema);
  return { ops, defaultsOf };
}

/** Operations whose body defaults are not stored: they shape one answer only. */
const NOT_STORED = new Set([
  'previewSignals',
  'previewProviderEmailTemplate',
  'previewEmployerEmailTemplate',
  'startEvaluation',
]);

describe('Contract: every documented default is what the API stores', () => {
  it('stores, for a body that leaves out every optional field, the default each field documents', async () => {
    const t = await aTenant();
    const admin = await t.providerAdmin();
    const userId = uid('u');
    const user = await t.employerUser(userId);
    const { ops, defaultsOf } = await operations();
    const stored = async (method: string, path: string, body: unknown, token = t.platform) => {
      const r = await api(method, path, { token, body });
      expect(r.status, `${method} ${path}: ${r.text}`).toBeLessThan(300);
      return r.json;
    };
    const setting = { signals: [{ signalType: 'BIRTHDAY' }] };
    const moment = { moments: [{ momentId: 'm1', time: '07:00' }] };
    const template = {
      sender: { name: 'Jansen', address: 'signalen@example.nl' },
      subject: '{{count}} signalen',
      html: '<p>{{count}}</p>',
      text: '{{count}}',
    };
    const webhook = { url: 'http://127.0.0.1:9/hook', eventTypes: ['signal.created'] };
    const cases: Record<string, () => Promise<unknown>> = {
      putProviderUser: () =>
        stored('PUT', `/v1/providers/${t.providerId}/users/${uid('pu')}`, {
          email: 'a@example.nl',
          name: 'A',
        }),
      putEmployerUser: () =>
        stored('PUT', `/v1/employers/${t.employerId}/users/${uid('eu')}`, {
          email: 'a@example.nl',
          name: 'A',
        }),
      putEmployee: () =>
        stored('PUT', `/v1/employers/${t.employerId}/employees/${uid('x')}`, {
          lastName: 'V',
          birthDate: '1980-01-01',
          employment: { startDate: '2020-01-01' },
        }),
      batchEmployees: async () => {
        const employeeId = uid('x');
        await stored('POST', `/v1/employers/${t.employerId}/employees:batch`, {
          upsert: [
            { employeeId, lastName: 'V', birthDate: '1980-01-01', employment: { startDate: '2020-01-01' } },
          ],
        });
        // `delete` absent: nothing deleted (the employee is there); it shows the upsert's defaults.
        const employee = await api('GET', `/v1/employers/${t.employerId}/employees/${employeeId}`, {
          token: t.platform,
        });
        return { upsert: [employee.json], delete: employee.status === 200 ? [] : ['?'] };
      },
      putProviderDefaultSettings: () =>
        stored('PUT', `/v1/providers/${t.providerId}/signal-settings`, setting, admin),
      putProviderUserSignalSettings: async () => {
        const pu = uid('pu');
        await stored('PUT', `/v1/providers/${t.providerId}/users/${pu}`, {
          email: 'a@example.nl',
          name: 'A',
        });
        return stored(
          'PUT',
          `/v1/providers/${t.providerId}/users/${pu}/signal-settings`,
          { mode: 'custom', ...setting },
          admin,
        );
      },
      putEmployerUserSignalSettings: () =>
        stored(
          'PUT',
          `/v1/employers/${t.employerId}/users/${userId}/signal-settings`,
          { mode: 'custom', ...setting },
          admin,
        ),
      createSignalSet: () =>
        stored('POST', `/v1/providers/${t.providerId}/signal-sets`, { name: 'S', ...setting }, admin),
      putSignalSet: async () => {
        const sets = `/v1/providers/${t.providerId}/signal-sets`;
        const { setId } = await stored(
          'POST',
          sets,
          { name: 'S', signals: [{ signalType: 'BIRTHDAY', email: true }] },
          admin,
        );
        return stored('PUT', `${sets}/${setId}`, { name: 'S', ...setting }, admin);
      },
      putProviderMoments: () => stored('PUT', `/v1/providers/${t.providerId}/moments`, moment, admin),
      putEmployerMoments: () => stored('PUT', `/v1/employers/${t.employerId}/moments`, moment, admin),
      putProviderEmailTemplate: () =>
        stored('PUT', `/v1/providers/${t.providerId}/email-template`, template, admin),
      putEmployerEmailTemplate: () =>
        stored('PUT', `/v1/employers/${t.employerId}/email-template`, template, admin),
      putMyEmailPreferences: () => stored('PUT', '/v1/me/email-preferences', {}, user),
      createWebhook: () => stored('POST', `/v1/providers/${t.providerId}/webhooks`, webhook, admin),
      putWebhook: async () => {
        const { webhookId } = await stored('POST', `/v1/providers/${t.providerId}/webhooks`, webhook, admin);
        return stored('PUT', `/v1/providers/${t.providerId}/webhooks/${webhookId}`, webhook, admin);
      },
    };

    const withDefaults = [...ops.keys()].filter((id) => defaultsOf(id).length > 0 && !NOT_STORED.has(id));
    expect(Object.keys(cases).sort(), 'an operation with documented defaults and no case here').toEqual(
      withDefaults.sort(),
    );
    for (const [operationId, send] of Object.entries(cases)) {
      const resource = await send();
      // The batch's `upsert` is given (its items' defaults are checked); every other default is left out.
      for (const { path, value } of defaultsOf(operationId).filter((d) => d.path !== 'upsert')) {
        expect(at(resource, path), `${operationId}: ${path}`).toEqual(value);
      }
    }
  });

  it('says in every "when absent" description the default the schema declares', async () => {
    const doc: Schema = await (await fetch(`${inject('apiUrl')}/v1/openapi.json`)).json();
    const mismatches: string[] = [];
    const walk = (schema: Schema, where: string) => {
      if (!schema || typeof schema !== 'object') return;
      const said = /`([^`]+)` when absent/.exec(schema.description ?? '')?.[1];
      if (said !== undefined) {
        const declared = typeof schema.default === 'string' ? schema.default : JSON.stringify(schema.default);
        if (said !== declared) mismatches.push(`${where}: says ${said}, declares ${declared}`);
      }
      for (const [k, v] of Object.entries(schema.properties ?? {})) walk(v, `${where}.${k}`);
      walk(schema.items, `${where}[]`);
      for (const k of ['anyOf', 'oneOf', 'allOf']) for (const s of schema[k] ?? []) walk(s, where);
    };
    for (const [name, schema] of Object.entries(doc.components.schemas)) walk(schema, name);
    expect(mismatches).toEqual([]);
  });
});
