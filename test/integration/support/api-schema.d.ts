// Generated from the served OpenAPI document by `npm run api:types`; do not edit.
export interface paths {
    "/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness check */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This OpenAPI 3.1 document */
        get: operations["getOpenApi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This reference, to read in a browser */
        get: operations["getDocs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs/scalar.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The reference page's script (Scalar, served from the package: no CDN) */
        get: operations["getDocsScript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers/{providerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a provider */
        get: operations["getProvider"];
        /** Create or replace a provider */
        put: operations["putProvider"];
        post?: never;
        /** Delete a provider with its users, settings and employers */
        delete: operations["deleteProvider"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers/{providerId}/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a provider user */
        get: operations["getProviderUser"];
        /** Create or replace a provider user */
        put: operations["putProviderUser"];
        post?: never;
        /** Delete a provider user */
        delete: operations["deleteProviderUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers/{providerId}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List provider users */
        get: operations["listProviderUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/employers/{employerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an employer, with its active products */
        get: operations["getEmployer"];
        /** Create or replace an employer (its provider cannot change) */
        put: operations["putEmployer"];
        post?: never;
        /** Delete an employer with everything that belongs to it */
        delete: operations["deleteEmployer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers/{providerId}/employers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a provider's employers */
        get: operations["listProviderEmployers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/employers/{employerId}/products/290": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Activate product 290 (Signaleringen) for an employer */
        put: operations["activateProduct290"];
        post?: never;
        /** Deactivate product 290 (keeps all data; reactivating resumes) */
        delete: operations["deactivateProduct290"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/employers/{employerId}/departments/{departmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a department */
        get: operations["getDepartment"];
        /** Create or replace a department */
        put: operations["putDepartment"];
        post?: never;
        /** Delete a department */
        delete: operations["deleteDepartment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/employers/{employerId}/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List departments */
        get: operations["listDepartments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/employers/{employerId}/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an employer user */
        get: operations["getEmployerUser"];
        /** Create or replace an employer user */
        put: operations["putEmployerUser"];
        post?: never;
        /** Delete an employer user */
        delete: operations["deleteEmployerUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/employers/{employerId}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List employer users */
        get: operations["listEmployerUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/employers/{employerId}/employees/{employeeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an employee (department managers: own departments only) */
        get: operations["getEmployee"];
        /** Create or replace an employee */
        put: operations["putEmployee"];
        post?: never;
        /** Delete an employee */
        delete: operations["deleteEmployee"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/employers/{employerId}/employees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an employer's employees (signals:use sees only what it may see) */
        get: operations["listEmployees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/employers/{employerId}/employees:batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upsert and delete up to 100 employees, all or nothing */
        post: operations["batchEmployees"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/signal-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signal catalogue */
        get: operations["listSignalTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers/{providerId}/signal-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The provider default settings ("Signaal AK") */
        get: operations["getProviderDefaultSettings"];
        /** Set the provider default settings */
        put: operations["putProviderDefaultSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers/{providerId}/users/{userId}/signal-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The effective settings of a provider user, with their source */
        get: operations["getProviderUserSignalSettings"];
        /** Set a provider user's own settings: custom, or none (an explicit opt-out) */
        put: operations["putProviderUserSignalSettings"];
        post?: never;
        /** Return a provider user to the provider default */
        delete: operations["deleteProviderUserSignalSettings"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/employers/{employerId}/users/{userId}/signal-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The effective settings of a employer user, with their source */
        get: operations["getEmployerUserSignalSettings"];
        /** Set a employer user's own settings: custom, or none (an explicit opt-out) */
        put: operations["putEmployerUserSignalSettings"];
        post?: never;
        /** Return a employer user to the provider default */
        delete: operations["deleteEmployerUserSignalSettings"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers/{providerId}/signal-sets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a provider's signal sets */
        get: operations["listSignalSets"];
        put?: never;
        /** Create a signal set */
        post: operations["createSignalSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers/{providerId}/signal-sets/{setId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a signal set */
        get: operations["getSignalSet"];
        /** Replace a signal set (raises its version) */
        put: operations["putSignalSet"];
        post?: never;
        /** Delete a signal set no user has selected */
        delete: operations["deleteSignalSet"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers/{providerId}/signal-sets/{setId}/reapply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Copy the current version onto every user that activated an older one */
        post: operations["reapplySignalSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/employers/{employerId}/users/{userId}/signal-set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Select and save a signal set for an employer user (activate applies it) */
        put: operations["selectSignalSet"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/employers/{employerId}/users/{userId}/signal-set/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Copy the selected set onto the user's settings */
        post: operations["activateSignalSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/employers/{employerId}/users/{userId}/signal-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The signals the user would get per run date over the coming days; writes nothing */
        post: operations["previewSignals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers/{providerId}/moments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A provider's evaluation moments, or the platform's when it has none */
        get: operations["getProviderMoments"];
        /** Set a provider's evaluation moments (1 to 4) */
        put: operations["putProviderMoments"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/employers/{employerId}/moments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An employer's evaluation moments: its own, its provider's, or the platform's */
        get: operations["getEmployerMoments"];
        /** Set an employer's own evaluation moments (its provider's no longer apply to it) */
        put: operations["putEmployerMoments"];
        post?: never;
        /** Return an employer to its provider's moments */
        delete: operations["deleteEmployerMoments"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/signals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's signals, newest signal date first */
        get: operations["listMySignals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/signals/{signalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Mark a signal read, or handled (records who and when, with an optional note) */
        patch: operations["updateMySignal"];
        trace?: never;
    };
    "/v1/me/signals/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all the caller's unread signals read */
        post: operations["readAllMySignals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/employers/{employerId}/employees/{employeeId}/custom-signals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An employee's custom signals (eigen signalen) */
        get: operations["listCustomSignals"];
        put?: never;
        /** Record a custom signal on an employee */
        post: operations["createCustomSignal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/employers/{employerId}/employees/{employeeId}/custom-signals/{customSignalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a custom signal */
        get: operations["getCustomSignal"];
        /** Replace a custom signal */
        put: operations["putCustomSignal"];
        post?: never;
        /** Delete a custom signal */
        delete: operations["deleteCustomSignal"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/email-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's e-mail preferences: digest cadence and pause */
        get: operations["getMyEmailPreferences"];
        /** Set the caller's e-mail preferences (every run or weekly on a weekday; paused) */
        put: operations["putMyEmailPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/email/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The unsubscribe page a digest's footer links to (a button; the GET itself changes nothing) */
        get: operations["unsubscribePage"];
        put?: never;
        /** One-click unsubscribe (RFC 8058): pauses the e-mail of the user the token names; the page's form is redirected back to it (303) */
        post: operations["unsubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers/{providerId}/email-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The effective e-mail template at provider level, with its source */
        get: operations["getProviderEmailTemplate"];
        /** Set the provider's e-mail text and sender (checked when saved) */
        put: operations["putProviderEmailTemplate"];
        post?: never;
        /** Remove the provider's own template (falls back to the level above) */
        delete: operations["deleteProviderEmailTemplate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers/{providerId}/email-template/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Render the provider's effective (or a candidate) template with sample signals; sends nothing */
        post: operations["previewProviderEmailTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/employers/{employerId}/email-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The effective e-mail template at employer level, with its source */
        get: operations["getEmployerEmailTemplate"];
        /** Set the employer's e-mail text and sender (checked when saved) */
        put: operations["putEmployerEmailTemplate"];
        post?: never;
        /** Remove the employer's own template (falls back to the level above) */
        delete: operations["deleteEmployerEmailTemplate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/employers/{employerId}/email-template/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Render the employer's effective (or a candidate) template with sample signals; sends nothing */
        post: operations["previewEmployerEmailTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Evaluation runs, newest first */
        get: operations["listEvaluations"];
        put?: never;
        /** Run an evaluation now (a rerun of a past day is safe) */
        post: operations["startEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/evaluations/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An evaluation run's status and counts */
        get: operations["getEvaluation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** Problem */
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            errors?: {
                path: string;
                message: string;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "ok";
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready yet (the local stack while it starts); try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOpenApi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        openapi: string;
                        info: {
                            [key: string]: unknown;
                        };
                        paths: {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDocs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDocsScript: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProvider: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example emp-1001 */
                        providerId: string;
                        name: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putProvider: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
                "If-None-Match"?: "*";
            };
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example emp-1001 */
                        providerId: string;
                        name: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: string;
                    };
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example emp-1001 */
                        providerId: string;
                        name: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteProvider: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProviderUser: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                providerId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        name: string;
                        /**
                         * @default nl
                         * @enum {string}
                         */
                        locale: "nl" | "en";
                        employerIds?: string[];
                        /** @default true */
                        active: boolean;
                        /** @example emp-1001 */
                        providerId: string;
                        /** @example emp-1001 */
                        userId: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putProviderUser: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
                "If-None-Match"?: "*";
            };
            path: {
                providerId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    name: string;
                    /**
                     * @default nl
                     * @enum {string}
                     */
                    locale?: "nl" | "en";
                    employerIds?: string[];
                    /** @default true */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        name: string;
                        /**
                         * @default nl
                         * @enum {string}
                         */
                        locale: "nl" | "en";
                        employerIds?: string[];
                        /** @default true */
                        active: boolean;
                        /** @example emp-1001 */
                        providerId: string;
                        /** @example emp-1001 */
                        userId: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: string;
                    };
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        name: string;
                        /**
                         * @default nl
                         * @enum {string}
                         */
                        locale: "nl" | "en";
                        employerIds?: string[];
                        /** @default true */
                        active: boolean;
                        /** @example emp-1001 */
                        providerId: string;
                        /** @example emp-1001 */
                        userId: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteProviderUser: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                providerId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProviderUsers: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: email */
                            email: string;
                            name: string;
                            /**
                             * @default nl
                             * @enum {string}
                             */
                            locale: "nl" | "en";
                            employerIds?: string[];
                            /** @default true */
                            active: boolean;
                            /** @example emp-1001 */
                            providerId: string;
                            /** @example emp-1001 */
                            userId: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            updatedBy: string;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEmployer: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                employerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example emp-1001 */
                        employerId: string;
                        /** @example emp-1001 */
                        providerId: string;
                        name: string;
                        products: "290"[];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putEmployer: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
                "If-None-Match"?: "*";
            };
            path: {
                employerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example emp-1001 */
                    providerId: string;
                    name: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example emp-1001 */
                        employerId: string;
                        /** @example emp-1001 */
                        providerId: string;
                        name: string;
                        products: "290"[];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: string;
                    };
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example emp-1001 */
                        employerId: string;
                        /** @example emp-1001 */
                        providerId: string;
                        name: string;
                        products: "290"[];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteEmployer: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                employerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProviderEmployers: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @example emp-1001 */
                            employerId: string;
                            /** @example emp-1001 */
                            providerId: string;
                            name: string;
                            products: "290"[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            updatedBy: string;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    activateProduct290: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                employerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example emp-1001 */
                        employerId: string;
                        /** @example emp-1001 */
                        providerId: string;
                        name: string;
                        products: "290"[];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deactivateProduct290: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                employerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example emp-1001 */
                        employerId: string;
                        /** @example emp-1001 */
                        providerId: string;
                        name: string;
                        products: "290"[];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDepartment: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                employerId: string;
                departmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example emp-1001 */
                        employerId: string;
                        /** @example emp-1001 */
                        departmentId: string;
                        name: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putDepartment: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
                "If-None-Match"?: "*";
            };
            path: {
                employerId: string;
                departmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example emp-1001 */
                        employerId: string;
                        /** @example emp-1001 */
                        departmentId: string;
                        name: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: string;
                    };
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example emp-1001 */
                        employerId: string;
                        /** @example emp-1001 */
                        departmentId: string;
                        name: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteDepartment: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                employerId: string;
                departmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDepartments: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                employerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @example emp-1001 */
                            employerId: string;
                            /** @example emp-1001 */
                            departmentId: string;
                            name: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            updatedBy: string;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEmployerUser: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                employerId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        name: string;
                        /**
                         * @default nl
                         * @enum {string}
                         */
                        locale: "nl" | "en";
                        /** @default [] */
                        departmentIds: string[];
                        /** @default false */
                        isDepartmentManager: boolean;
                        /** @default true */
                        active: boolean;
                        /** @example emp-1001 */
                        employerId: string;
                        /** @example emp-1001 */
                        userId: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putEmployerUser: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
                "If-None-Match"?: "*";
            };
            path: {
                employerId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    name: string;
                    /**
                     * @default nl
                     * @enum {string}
                     */
                    locale?: "nl" | "en";
                    /** @default [] */
                    departmentIds?: string[];
                    /** @default false */
                    isDepartmentManager?: boolean;
                    /** @default true */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        name: string;
                        /**
                         * @default nl
                         * @enum {string}
                         */
                        locale: "nl" | "en";
                        /** @default [] */
                        departmentIds: string[];
                        /** @default false */
                        isDepartmentManager: boolean;
                        /** @default true */
                        active: boolean;
                        /** @example emp-1001 */
                        employerId: string;
                        /** @example emp-1001 */
                        userId: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: string;
                    };
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        name: string;
                        /**
                         * @default nl
                         * @enum {string}
                         */
                        locale: "nl" | "en";
                        /** @default [] */
                        departmentIds: string[];
                        /** @default false */
                        isDepartmentManager: boolean;
                        /** @default true */
                        active: boolean;
                        /** @example emp-1001 */
                        employerId: string;
                        /** @example emp-1001 */
                        userId: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteEmployerUser: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                employerId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEmployerUsers: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                employerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: email */
                            email: string;
                            name: string;
                            /**
                             * @default nl
                             * @enum {string}
                             */
                            locale: "nl" | "en";
                            /** @default [] */
                            departmentIds: string[];
                            /** @default false */
                            isDepartmentManager: boolean;
                            /** @default true */
                            active: boolean;
                            /** @example emp-1001 */
                            employerId: string;
                            /** @example emp-1001 */
                            userId: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            updatedBy: string;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEmployee: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                employerId: string;
                employeeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example emp-1001 */
                        employerId: string;
                        /** @example emp-1001 */
                        employeeId: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: string;
                        employeeNumber?: string;
                        /** @default  */
                        firstName: string;
                        lastName: string;
                        /**
                         * Format: date
                         * @example 2026-12-15
                         */
                        birthDate: string;
                        deceasedDate?: string | null;
                        marriageDate?: string | null;
                        departmentId?: string | null;
                        employment: {
                            /**
                             * Format: date
                             * @example 2026-12-15
                             */
                            startDate: string;
                            historicalStartDate?: string | null;
                            endDate?: string | null;
                            probationEndDate?: string | null;
                        };
                        /** @default [] */
                        contracts: {
                            /** @example emp-1001 */
                            contractId: string;
                            /**
                             * Format: date
                             * @example 2026-12-15
                             */
                            startDate: string;
                            endDate?: string | null;
                            /** @enum {string} */
                            type: "fixedTerm" | "permanent";
                        }[];
                        nextPayScaleIncreaseDate?: string | null;
                        idDocumentExpiryDate?: string | null;
                        residencePermitExpiryDate?: string | null;
                        /** @default [] */
                        absences: {
                            /** @example emp-1001 */
                            absenceId: string;
                            /**
                             * Format: date
                             * @description The first sick day.
                             * @example 2026-12-15
                             */
                            startDate: string;
                            /** @description The recovery date: the first day the employee is no longer sick (so the last sick day is the day before). Null or absent while the absence is open. Overlapping records count as one period: a day is a sick day at most once. */
                            endDate?: string | null;
                        }[];
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putEmployee: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
                "If-None-Match"?: "*";
            };
            path: {
                employerId: string;
                employeeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    employeeNumber?: string;
                    /** @default  */
                    firstName?: string;
                    lastName: string;
                    /**
                     * Format: date
                     * @example 2026-12-15
                     */
                    birthDate: string;
                    deceasedDate?: string | null;
                    marriageDate?: string | null;
                    departmentId?: string | null;
                    employment: {
                        /**
                         * Format: date
                         * @example 2026-12-15
                         */
                        startDate: string;
                        historicalStartDate?: string | null;
                        endDate?: string | null;
                        probationEndDate?: string | null;
                    };
                    /** @default [] */
                    contracts?: {
                        /** @example emp-1001 */
                        contractId: string;
                        /**
                         * Format: date
                         * @example 2026-12-15
                         */
                        startDate: string;
                        endDate?: string | null;
                        /** @enum {string} */
                        type: "fixedTerm" | "permanent";
                    }[];
                    nextPayScaleIncreaseDate?: string | null;
                    idDocumentExpiryDate?: string | null;
                    residencePermitExpiryDate?: string | null;
                    /** @default [] */
                    absences?: {
                        /** @example emp-1001 */
                        absenceId: string;
                        /**
                         * Format: date
                         * @description The first sick day.
                         * @example 2026-12-15
                         */
                        startDate: string;
                        /** @description The recovery date: the first day the employee is no longer sick (so the last sick day is the day before). Null or absent while the absence is open. Overlapping records count as one period: a day is a sick day at most once. */
                        endDate?: string | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example emp-1001 */
                        employerId: string;
                        /** @example emp-1001 */
                        employeeId: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: string;
                        employeeNumber?: string;
                        /** @default  */
                        firstName: string;
                        lastName: string;
                        /**
                         * Format: date
                         * @example 2026-12-15
                         */
                        birthDate: string;
                        deceasedDate?: string | null;
                        marriageDate?: string | null;
                        departmentId?: string | null;
                        employment: {
                            /**
                             * Format: date
                             * @example 2026-12-15
                             */
                            startDate: string;
                            historicalStartDate?: string | null;
                            endDate?: string | null;
                            probationEndDate?: string | null;
                        };
                        /** @default [] */
                        contracts: {
                            /** @example emp-1001 */
                            contractId: string;
                            /**
                             * Format: date
                             * @example 2026-12-15
                             */
                            startDate: string;
                            endDate?: string | null;
                            /** @enum {string} */
                            type: "fixedTerm" | "permanent";
                        }[];
                        nextPayScaleIncreaseDate?: string | null;
                        idDocumentExpiryDate?: string | null;
                        residencePermitExpiryDate?: string | null;
                        /** @default [] */
                        absences: {
                            /** @example emp-1001 */
                            absenceId: string;
                            /**
                             * Format: date
                             * @description The first sick day.
                             * @example 2026-12-15
                             */
                            startDate: string;
                            /** @description The recovery date: the first day the employee is no longer sick (so the last sick day is the day before). Null or absent while the absence is open. Overlapping records count as one period: a day is a sick day at most once. */
                            endDate?: string | null;
                        }[];
                    };
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example emp-1001 */
                        employerId: string;
                        /** @example emp-1001 */
                        employeeId: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: string;
                        employeeNumber?: string;
                        /** @default  */
                        firstName: string;
                        lastName: string;
                        /**
                         * Format: date
                         * @example 2026-12-15
                         */
                        birthDate: string;
                        deceasedDate?: string | null;
                        marriageDate?: string | null;
                        departmentId?: string | null;
                        employment: {
                            /**
                             * Format: date
                             * @example 2026-12-15
                             */
                            startDate: string;
                            historicalStartDate?: string | null;
                            endDate?: string | null;
                            probationEndDate?: string | null;
                        };
                        /** @default [] */
                        contracts: {
                            /** @example emp-1001 */
                            contractId: string;
                            /**
                             * Format: date
                             * @example 2026-12-15
                             */
                            startDate: string;
                            endDate?: string | null;
                            /** @enum {string} */
                            type: "fixedTerm" | "permanent";
                        }[];
                        nextPayScaleIncreaseDate?: string | null;
                        idDocumentExpiryDate?: string | null;
                        residencePermitExpiryDate?: string | null;
                        /** @default [] */
                        absences: {
                            /** @example emp-1001 */
                            absenceId: string;
                            /**
                             * Format: date
                             * @description The first sick day.
                             * @example 2026-12-15
                             */
                            startDate: string;
                            /** @description The recovery date: the first day the employee is no longer sick (so the last sick day is the day before). Null or absent while the absence is open. Overlapping records count as one period: a day is a sick day at most once. */
                            endDate?: string | null;
                        }[];
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteEmployee: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                employerId: string;
                employeeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEmployees: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                employerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @example emp-1001 */
                            employerId: string;
                            /** @example emp-1001 */
                            employeeId: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            updatedBy: string;
                            employeeNumber?: string;
                            /** @default  */
                            firstName: string;
                            lastName: string;
                            /**
                             * Format: date
                             * @example 2026-12-15
                             */
                            birthDate: string;
                            deceasedDate?: string | null;
                            marriageDate?: string | null;
                            departmentId?: string | null;
                            employment: {
                                /**
                                 * Format: date
                                 * @example 2026-12-15
                                 */
                                startDate: string;
                                historicalStartDate?: string | null;
                                endDate?: string | null;
                                probationEndDate?: string | null;
                            };
                            /** @default [] */
                            contracts: {
                                /** @example emp-1001 */
                                contractId: string;
                                /**
                                 * Format: date
                                 * @example 2026-12-15
                                 */
                                startDate: string;
                                endDate?: string | null;
                                /** @enum {string} */
                                type: "fixedTerm" | "permanent";
                            }[];
                            nextPayScaleIncreaseDate?: string | null;
                            idDocumentExpiryDate?: string | null;
                            residencePermitExpiryDate?: string | null;
                            /** @default [] */
                            absences: {
                                /** @example emp-1001 */
                                absenceId: string;
                                /**
                                 * Format: date
                                 * @description The first sick day.
                                 * @example 2026-12-15
                                 */
                                startDate: string;
                                /** @description The recovery date: the first day the employee is no longer sick (so the last sick day is the day before). Null or absent while the absence is open. Overlapping records count as one period: a day is a sick day at most once. */
                                endDate?: string | null;
                            }[];
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    batchEmployees: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                employerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    upsert?: {
                        /** @example emp-1001 */
                        employeeId: string;
                        employeeNumber?: string;
                        /** @default  */
                        firstName?: string;
                        lastName: string;
                        /**
                         * Format: date
                         * @example 2026-12-15
                         */
                        birthDate: string;
                        deceasedDate?: string | null;
                        marriageDate?: string | null;
                        departmentId?: string | null;
                        employment: {
                            /**
                             * Format: date
                             * @example 2026-12-15
                             */
                            startDate: string;
                            historicalStartDate?: string | null;
                            endDate?: string | null;
                            probationEndDate?: string | null;
                        };
                        /** @default [] */
                        contracts?: {
                            /** @example emp-1001 */
                            contractId: string;
                            /**
                             * Format: date
                             * @example 2026-12-15
                             */
                            startDate: string;
                            endDate?: string | null;
                            /** @enum {string} */
                            type: "fixedTerm" | "permanent";
                        }[];
                        nextPayScaleIncreaseDate?: string | null;
                        idDocumentExpiryDate?: string | null;
                        residencePermitExpiryDate?: string | null;
                        /** @default [] */
                        absences?: {
                            /** @example emp-1001 */
                            absenceId: string;
                            /**
                             * Format: date
                             * @description The first sick day.
                             * @example 2026-12-15
                             */
                            startDate: string;
                            /** @description The recovery date: the first day the employee is no longer sick (so the last sick day is the day before). Null or absent while the absence is open. Overlapping records count as one period: a day is a sick day at most once. */
                            endDate?: string | null;
                        }[];
                    }[];
                    /** @default [] */
                    delete?: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @example emp-1001 */
                            employeeId: string;
                            /** @enum {string} */
                            operation: "upsert" | "delete";
                            /** @enum {string} */
                            result: "created" | "updated" | "deleted" | "absent";
                        }[];
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSignalTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            code: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                            name: {
                                nl: string;
                                en: string;
                            };
                            description: string;
                            audience: ("provider" | "employer")[];
                            defaultDaysBefore: number[];
                        }[];
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProviderDefaultSettings: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example emp-1001 */
                        providerId: string;
                        signals: {
                            /** @enum {string} */
                            signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                            daysBefore: number[];
                            email: boolean;
                            departmentsOnly: boolean;
                        }[];
                        /** Format: date-time */
                        createdAt?: string;
                        /** Format: date-time */
                        updatedAt?: string;
                        updatedBy?: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putProviderDefaultSettings: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
                "If-None-Match"?: "*";
            };
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    signals: {
                        /** @enum {string} */
                        signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                        /** @description days before the event (negative: after) */
                        daysBefore?: number[];
                        email?: boolean;
                        departmentsOnly?: boolean;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example emp-1001 */
                        providerId: string;
                        signals: {
                            /** @enum {string} */
                            signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                            daysBefore: number[];
                            email: boolean;
                            departmentsOnly: boolean;
                        }[];
                        /** Format: date-time */
                        createdAt?: string;
                        /** Format: date-time */
                        updatedAt?: string;
                        updatedBy?: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProviderUserSignalSettings: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                providerId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        mode: "custom" | "none" | "providerDefault";
                        /** @enum {string} */
                        source: "user" | "signalSet" | "providerDefault" | "none";
                        signals: {
                            /** @enum {string} */
                            signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                            daysBefore: number[];
                            email: boolean;
                            departmentsOnly: boolean;
                            /** @enum {string} */
                            source: "user" | "signalSet" | "providerDefault" | "none";
                        }[];
                        signalSet?: {
                            selectedSetId: string | null;
                            appliedSetId: string | null;
                            appliedVersion: number | null;
                            currentVersion: number | null;
                            outdated: boolean;
                        };
                        updatedAt: string | null;
                        updatedBy: string | null;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putProviderUserSignalSettings: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
                "If-None-Match"?: "*";
            };
            path: {
                providerId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    mode: "custom";
                    signals: {
                        /** @enum {string} */
                        signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                        /** @description days before the event (negative: after) */
                        daysBefore?: number[];
                        email?: boolean;
                        departmentsOnly?: boolean;
                    }[];
                } | {
                    /** @constant */
                    mode: "none";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        mode: "custom" | "none" | "providerDefault";
                        /** @enum {string} */
                        source: "user" | "signalSet" | "providerDefault" | "none";
                        signals: {
                            /** @enum {string} */
                            signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                            daysBefore: number[];
                            email: boolean;
                            departmentsOnly: boolean;
                            /** @enum {string} */
                            source: "user" | "signalSet" | "providerDefault" | "none";
                        }[];
                        signalSet?: {
                            selectedSetId: string | null;
                            appliedSetId: string | null;
                            appliedVersion: number | null;
                            currentVersion: number | null;
                            outdated: boolean;
                        };
                        updatedAt: string | null;
                        updatedBy: string | null;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteProviderUserSignalSettings: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                providerId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEmployerUserSignalSettings: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                employerId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        mode: "custom" | "none" | "providerDefault";
                        /** @enum {string} */
                        source: "user" | "signalSet" | "providerDefault" | "none";
                        signals: {
                            /** @enum {string} */
                            signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                            daysBefore: number[];
                            email: boolean;
                            departmentsOnly: boolean;
                            /** @enum {string} */
                            source: "user" | "signalSet" | "providerDefault" | "none";
                        }[];
                        signalSet?: {
                            selectedSetId: string | null;
                            appliedSetId: string | null;
                            appliedVersion: number | null;
                            currentVersion: number | null;
                            outdated: boolean;
                        };
                        updatedAt: string | null;
                        updatedBy: string | null;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putEmployerUserSignalSettings: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
                "If-None-Match"?: "*";
            };
            path: {
                employerId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    mode: "custom";
                    signals: {
                        /** @enum {string} */
                        signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                        /** @description days before the event (negative: after) */
                        daysBefore?: number[];
                        email?: boolean;
                        departmentsOnly?: boolean;
                    }[];
                } | {
                    /** @constant */
                    mode: "none";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        mode: "custom" | "none" | "providerDefault";
                        /** @enum {string} */
                        source: "user" | "signalSet" | "providerDefault" | "none";
                        signals: {
                            /** @enum {string} */
                            signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                            daysBefore: number[];
                            email: boolean;
                            departmentsOnly: boolean;
                            /** @enum {string} */
                            source: "user" | "signalSet" | "providerDefault" | "none";
                        }[];
                        signalSet?: {
                            selectedSetId: string | null;
                            appliedSetId: string | null;
                            appliedVersion: number | null;
                            currentVersion: number | null;
                            outdated: boolean;
                        };
                        updatedAt: string | null;
                        updatedBy: string | null;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteEmployerUserSignalSettings: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                employerId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSignalSets: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @example emp-1001 */
                            providerId: string;
                            /** @example emp-1001 */
                            setId: string;
                            version: number;
                            name: string;
                            description?: string;
                            signals: {
                                /** @enum {string} */
                                signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                                daysBefore: number[];
                                email: boolean;
                                departmentsOnly: boolean;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            updatedBy: string;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSignalSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string;
                    signals: {
                        /** @enum {string} */
                        signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                        /** @description days before the event (negative: after) */
                        daysBefore?: number[];
                        email?: boolean;
                        departmentsOnly?: boolean;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example emp-1001 */
                        providerId: string;
                        /** @example emp-1001 */
                        setId: string;
                        version: number;
                        name: string;
                        description?: string;
                        signals: {
                            /** @enum {string} */
                            signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                            daysBefore: number[];
                            email: boolean;
                            departmentsOnly: boolean;
                        }[];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSignalSet: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                providerId: string;
                setId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example emp-1001 */
                        providerId: string;
                        /** @example emp-1001 */
                        setId: string;
                        version: number;
                        name: string;
                        description?: string;
                        signals: {
                            /** @enum {string} */
                            signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                            daysBefore: number[];
                            email: boolean;
                            departmentsOnly: boolean;
                        }[];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putSignalSet: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
                "If-None-Match"?: "*";
            };
            path: {
                providerId: string;
                setId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string;
                    signals: {
                        /** @enum {string} */
                        signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                        /** @description days before the event (negative: after) */
                        daysBefore?: number[];
                        email?: boolean;
                        departmentsOnly?: boolean;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example emp-1001 */
                        providerId: string;
                        /** @example emp-1001 */
                        setId: string;
                        version: number;
                        name: string;
                        description?: string;
                        signals: {
                            /** @enum {string} */
                            signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                            daysBefore: number[];
                            email: boolean;
                            departmentsOnly: boolean;
                        }[];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSignalSet: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                providerId: string;
                setId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reapplySignalSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
                setId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        usersUpdated: number;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    selectSignalSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                employerId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example emp-1001 */
                    setId: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        mode: "custom" | "none" | "providerDefault";
                        /** @enum {string} */
                        source: "user" | "signalSet" | "providerDefault" | "none";
                        signals: {
                            /** @enum {string} */
                            signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                            daysBefore: number[];
                            email: boolean;
                            departmentsOnly: boolean;
                            /** @enum {string} */
                            source: "user" | "signalSet" | "providerDefault" | "none";
                        }[];
                        signalSet?: {
                            selectedSetId: string | null;
                            appliedSetId: string | null;
                            appliedVersion: number | null;
                            currentVersion: number | null;
                            outdated: boolean;
                        };
                        updatedAt: string | null;
                        updatedBy: string | null;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    activateSignalSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                employerId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        mode: "custom" | "none" | "providerDefault";
                        /** @enum {string} */
                        source: "user" | "signalSet" | "providerDefault" | "none";
                        signals: {
                            /** @enum {string} */
                            signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                            daysBefore: number[];
                            email: boolean;
                            departmentsOnly: boolean;
                            /** @enum {string} */
                            source: "user" | "signalSet" | "providerDefault" | "none";
                        }[];
                        signalSet?: {
                            selectedSetId: string | null;
                            appliedSetId: string | null;
                            appliedVersion: number | null;
                            currentVersion: number | null;
                            outdated: boolean;
                        };
                        updatedAt: string | null;
                        updatedBy: string | null;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewSignals: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                employerId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @example 2026-12-15
                     */
                    from?: string;
                    days: number;
                    settings?: {
                        /** @constant */
                        mode: "custom";
                        signals: {
                            /** @enum {string} */
                            signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                            /** @description days before the event (negative: after) */
                            daysBefore?: number[];
                            email?: boolean;
                            departmentsOnly?: boolean;
                        }[];
                    } | {
                        /** @constant */
                        mode: "none";
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: date
                             * @example 2026-12-15
                             */
                            runDate: string;
                            /** @enum {string} */
                            signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                            /** @example emp-1001 */
                            employeeId: string;
                            /**
                             * Format: date
                             * @example 2026-12-15
                             */
                            eventDate: string;
                            daysBefore: number;
                            email: boolean;
                        }[];
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProviderMoments: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Where these moments come from: the employer's own, its provider's, or the platform's.
                         * @enum {string}
                         */
                        source: "employer" | "provider" | "platform";
                        moments: {
                            /**
                             * @description Names the moment within its list (and its schedule).
                             * @example emp-1001
                             */
                            momentId: string;
                            /**
                             * @description Local time of day, HH:MM (00:00-23:59).
                             * @example 07:30
                             */
                            time: string;
                            /**
                             * @description Weekdays it runs on; every day when absent.
                             * @default [
                             *       "mon",
                             *       "tue",
                             *       "wed",
                             *       "thu",
                             *       "fri",
                             *       "sat",
                             *       "sun"
                             *     ]
                             */
                            days: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                            /**
                             * @description IANA time zone of `time`; Europe/Amsterdam when absent.
                             * @default Europe/Amsterdam
                             */
                            timeZone: string;
                        }[];
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putProviderMoments: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
                "If-None-Match"?: "*";
            };
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 1 to 4 moments. */
                    moments: {
                        /**
                         * @description Names the moment within its list (and its schedule).
                         * @example emp-1001
                         */
                        momentId: string;
                        /**
                         * @description Local time of day, HH:MM (00:00-23:59).
                         * @example 07:30
                         */
                        time: string;
                        /**
                         * @description Weekdays it runs on; every day when absent.
                         * @default [
                         *       "mon",
                         *       "tue",
                         *       "wed",
                         *       "thu",
                         *       "fri",
                         *       "sat",
                         *       "sun"
                         *     ]
                         */
                        days?: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                        /**
                         * @description IANA time zone of `time`; Europe/Amsterdam when absent.
                         * @default Europe/Amsterdam
                         */
                        timeZone?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Where these moments come from: the employer's own, its provider's, or the platform's.
                         * @enum {string}
                         */
                        source: "employer" | "provider" | "platform";
                        moments: {
                            /**
                             * @description Names the moment within its list (and its schedule).
                             * @example emp-1001
                             */
                            momentId: string;
                            /**
                             * @description Local time of day, HH:MM (00:00-23:59).
                             * @example 07:30
                             */
                            time: string;
                            /**
                             * @description Weekdays it runs on; every day when absent.
                             * @default [
                             *       "mon",
                             *       "tue",
                             *       "wed",
                             *       "thu",
                             *       "fri",
                             *       "sat",
                             *       "sun"
                             *     ]
                             */
                            days: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                            /**
                             * @description IANA time zone of `time`; Europe/Amsterdam when absent.
                             * @default Europe/Amsterdam
                             */
                            timeZone: string;
                        }[];
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEmployerMoments: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                employerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Where these moments come from: the employer's own, its provider's, or the platform's.
                         * @enum {string}
                         */
                        source: "employer" | "provider" | "platform";
                        moments: {
                            /**
                             * @description Names the moment within its list (and its schedule).
                             * @example emp-1001
                             */
                            momentId: string;
                            /**
                             * @description Local time of day, HH:MM (00:00-23:59).
                             * @example 07:30
                             */
                            time: string;
                            /**
                             * @description Weekdays it runs on; every day when absent.
                             * @default [
                             *       "mon",
                             *       "tue",
                             *       "wed",
                             *       "thu",
                             *       "fri",
                             *       "sat",
                             *       "sun"
                             *     ]
                             */
                            days: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                            /**
                             * @description IANA time zone of `time`; Europe/Amsterdam when absent.
                             * @default Europe/Amsterdam
                             */
                            timeZone: string;
                        }[];
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putEmployerMoments: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
                "If-None-Match"?: "*";
            };
            path: {
                employerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 1 to 4 moments. */
                    moments: {
                        /**
                         * @description Names the moment within its list (and its schedule).
                         * @example emp-1001
                         */
                        momentId: string;
                        /**
                         * @description Local time of day, HH:MM (00:00-23:59).
                         * @example 07:30
                         */
                        time: string;
                        /**
                         * @description Weekdays it runs on; every day when absent.
                         * @default [
                         *       "mon",
                         *       "tue",
                         *       "wed",
                         *       "thu",
                         *       "fri",
                         *       "sat",
                         *       "sun"
                         *     ]
                         */
                        days?: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                        /**
                         * @description IANA time zone of `time`; Europe/Amsterdam when absent.
                         * @default Europe/Amsterdam
                         */
                        timeZone?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Where these moments come from: the employer's own, its provider's, or the platform's.
                         * @enum {string}
                         */
                        source: "employer" | "provider" | "platform";
                        moments: {
                            /**
                             * @description Names the moment within its list (and its schedule).
                             * @example emp-1001
                             */
                            momentId: string;
                            /**
                             * @description Local time of day, HH:MM (00:00-23:59).
                             * @example 07:30
                             */
                            time: string;
                            /**
                             * @description Weekdays it runs on; every day when absent.
                             * @default [
                             *       "mon",
                             *       "tue",
                             *       "wed",
                             *       "thu",
                             *       "fri",
                             *       "sat",
                             *       "sun"
                             *     ]
                             */
                            days: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                            /**
                             * @description IANA time zone of `time`; Europe/Amsterdam when absent.
                             * @default Europe/Amsterdam
                             */
                            timeZone: string;
                        }[];
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteEmployerMoments: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                employerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMySignals: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: "unread" | "read" | "handled" | "withdrawn";
                employerId?: string;
                signalType?: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @example emp-1001 */
                            signalId: string;
                            /** @enum {string} */
                            signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                            typeName: string;
                            /** @example emp-1001 */
                            employerId: string;
                            employerName: string;
                            /** @example emp-1001 */
                            employeeId: string;
                            employeeName: string;
                            departmentId: string | null;
                            /**
                             * Format: date
                             * @example 2026-12-15
                             */
                            eventDate: string;
                            /**
                             * Format: date
                             * @example 2026-12-15
                             */
                            signalDate: string;
                            daysBefore: number;
                            text?: string;
                            /** @enum {string} */
                            status: "unread" | "read" | "handled" | "withdrawn";
                            /** Format: date-time */
                            createdAt: string;
                            readAt: string | null;
                            handledAt: string | null;
                            handledBy: string | null;
                            note: string | null;
                            emailed: boolean;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMySignal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                signalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    read: true;
                } | {
                    /** @constant */
                    handled: true;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example emp-1001 */
                        signalId: string;
                        /** @enum {string} */
                        signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                        typeName: string;
                        /** @example emp-1001 */
                        employerId: string;
                        employerName: string;
                        /** @example emp-1001 */
                        employeeId: string;
                        employeeName: string;
                        departmentId: string | null;
                        /**
                         * Format: date
                         * @example 2026-12-15
                         */
                        eventDate: string;
                        /**
                         * Format: date
                         * @example 2026-12-15
                         */
                        signalDate: string;
                        daysBefore: number;
                        text?: string;
                        /** @enum {string} */
                        status: "unread" | "read" | "handled" | "withdrawn";
                        /** Format: date-time */
                        createdAt: string;
                        readAt: string | null;
                        handledAt: string | null;
                        handledBy: string | null;
                        note: string | null;
                        emailed: boolean;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readAllMySignals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        updated: number;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCustomSignals: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                employerId: string;
                employeeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @example emp-1001 */
                            customSignalId: string;
                            /** @example emp-1001 */
                            employerId: string;
                            /** @example emp-1001 */
                            employeeId: string;
                            /**
                             * Format: date
                             * @example 2026-12-15
                             */
                            date: string;
                            text: string;
                            expiryDate?: string | null;
                            recurrence?: {
                                every: number;
                                /** @enum {string} */
                                unit: "days" | "weeks" | "months" | "years";
                                count: number;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            updatedBy: string;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCustomSignal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                employerId: string;
                employeeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @example 2026-12-15
                     */
                    date: string;
                    text: string;
                    expiryDate?: string | null;
                    recurrence?: {
                        every: number;
                        /** @enum {string} */
                        unit: "days" | "weeks" | "months" | "years";
                        count: number;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example emp-1001 */
                        customSignalId: string;
                        /** @example emp-1001 */
                        employerId: string;
                        /** @example emp-1001 */
                        employeeId: string;
                        /**
                         * Format: date
                         * @example 2026-12-15
                         */
                        date: string;
                        text: string;
                        expiryDate?: string | null;
                        recurrence?: {
                            every: number;
                            /** @enum {string} */
                            unit: "days" | "weeks" | "months" | "years";
                            count: number;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCustomSignal: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                employerId: string;
                employeeId: string;
                customSignalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example emp-1001 */
                        customSignalId: string;
                        /** @example emp-1001 */
                        employerId: string;
                        /** @example emp-1001 */
                        employeeId: string;
                        /**
                         * Format: date
                         * @example 2026-12-15
                         */
                        date: string;
                        text: string;
                        expiryDate?: string | null;
                        recurrence?: {
                            every: number;
                            /** @enum {string} */
                            unit: "days" | "weeks" | "months" | "years";
                            count: number;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putCustomSignal: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
                "If-None-Match"?: "*";
            };
            path: {
                employerId: string;
                employeeId: string;
                customSignalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @example 2026-12-15
                     */
                    date: string;
                    text: string;
                    expiryDate?: string | null;
                    recurrence?: {
                        every: number;
                        /** @enum {string} */
                        unit: "days" | "weeks" | "months" | "years";
                        count: number;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example emp-1001 */
                        customSignalId: string;
                        /** @example emp-1001 */
                        employerId: string;
                        /** @example emp-1001 */
                        employeeId: string;
                        /**
                         * Format: date
                         * @example 2026-12-15
                         */
                        date: string;
                        text: string;
                        expiryDate?: string | null;
                        recurrence?: {
                            every: number;
                            /** @enum {string} */
                            unit: "days" | "weeks" | "months" | "years";
                            count: number;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteCustomSignal: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                employerId: string;
                employeeId: string;
                customSignalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyEmailPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        cadence: "everyRun" | "weekly";
                        /** @enum {string} */
                        weekday: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
                        paused: boolean;
                        /** @description When they were last changed; null: never (the defaults). */
                        updatedAt: string | null;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putMyEmailPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description `everyRun`: one digest per run with new e-mail signals. `weekly`: the signals are collected and mailed in one digest at the first run on or after `weekday` each week.
                     * @default everyRun
                     * @enum {string}
                     */
                    cadence?: "everyRun" | "weekly";
                    /**
                     * @description The day the weekly digest goes out (at the first run on or after it); `mon` when absent.
                     * @default mon
                     * @enum {string}
                     */
                    weekday?: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
                    /**
                     * @description No e-mail at all while true; the in-app signal list is not affected.
                     * @default false
                     */
                    paused?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        cadence: "everyRun" | "weekly";
                        /** @enum {string} */
                        weekday: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
                        paused: boolean;
                        /** @description When they were last changed; null: never (the defaults). */
                        updatedAt: string | null;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unsubscribePage: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unsubscribe: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @constant */
                    "List-Unsubscribe"?: "One-Click";
                    /**
                     * @description Sent by the unsubscribe page: answer with a redirect to it.
                     * @constant
                     */
                    via?: "page";
                };
                "application/json": {
                    /** @constant */
                    "List-Unsubscribe"?: "One-Click";
                    /**
                     * @description Sent by the unsubscribe page: answer with a redirect to it.
                     * @constant
                     */
                    via?: "page";
                };
            };
        };
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description See Other: continue at the page in Location */
            303: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProviderEmailTemplate: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sender: {
                            name: string;
                            /** Format: email */
                            address: string;
                        };
                        subject: string;
                        html: string;
                        text: string;
                        /** @default false */
                        includeSensitiveDetails: boolean;
                        /** @enum {string} */
                        source: "employer" | "provider" | "default";
                        updatedAt: string | null;
                        updatedBy: string | null;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putProviderEmailTemplate: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
                "If-None-Match"?: "*";
            };
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sender: {
                        name: string;
                        /** Format: email */
                        address: string;
                    };
                    subject: string;
                    html: string;
                    text: string;
                    /** @default false */
                    includeSensitiveDetails?: boolean;
                    /**
                     * @description Read-only: ignored on input.
                     * @enum {string}
                     */
                    source?: "employer" | "provider" | "default";
                    /** @description Read-only: ignored on input. */
                    updatedAt?: string | null;
                    /** @description Read-only: ignored on input. */
                    updatedBy?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sender: {
                            name: string;
                            /** Format: email */
                            address: string;
                        };
                        subject: string;
                        html: string;
                        text: string;
                        /** @default false */
                        includeSensitiveDetails: boolean;
                        /** @enum {string} */
                        source: "employer" | "provider" | "default";
                        updatedAt: string | null;
                        updatedBy: string | null;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteProviderEmailTemplate: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewProviderEmailTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default nl
                     * @enum {string}
                     */
                    locale?: "nl" | "en";
                    /**
                     * EmailTemplate
                     * @description Handlebars templates (each, if, unless). Variables: recipient.name, runDate, count, countText ("1 nieuw signaal", "3 nieuwe signalen"), appUrl, signals[] and employers[] (name, signals[]); each signal has typeName, employeeName, employerName, departmentName, eventDate, daysUntil (negative: days past), when ("over 7 dagen", "morgen", "vandaag", "gisteren", "7 dagen geleden"), text.
                     */
                    template?: {
                        sender: {
                            name: string;
                            /** Format: email */
                            address: string;
                        };
                        subject: string;
                        html: string;
                        text: string;
                        /** @default false */
                        includeSensitiveDetails?: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        source: "employer" | "provider" | "default" | "candidate";
                        from: string;
                        subject: string;
                        html: string;
                        text: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEmployerEmailTemplate: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                employerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sender: {
                            name: string;
                            /** Format: email */
                            address: string;
                        };
                        subject: string;
                        html: string;
                        text: string;
                        /** @default false */
                        includeSensitiveDetails: boolean;
                        /** @enum {string} */
                        source: "employer" | "provider" | "default";
                        updatedAt: string | null;
                        updatedBy: string | null;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putEmployerEmailTemplate: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
                "If-None-Match"?: "*";
            };
            path: {
                employerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sender: {
                        name: string;
                        /** Format: email */
                        address: string;
                    };
                    subject: string;
                    html: string;
                    text: string;
                    /** @default false */
                    includeSensitiveDetails?: boolean;
                    /**
                     * @description Read-only: ignored on input.
                     * @enum {string}
                     */
                    source?: "employer" | "provider" | "default";
                    /** @description Read-only: ignored on input. */
                    updatedAt?: string | null;
                    /** @description Read-only: ignored on input. */
                    updatedBy?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sender: {
                            name: string;
                            /** Format: email */
                            address: string;
                        };
                        subject: string;
                        html: string;
                        text: string;
                        /** @default false */
                        includeSensitiveDetails: boolean;
                        /** @enum {string} */
                        source: "employer" | "provider" | "default";
                        updatedAt: string | null;
                        updatedBy: string | null;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteEmployerEmailTemplate: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                employerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewEmployerEmailTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                employerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default nl
                     * @enum {string}
                     */
                    locale?: "nl" | "en";
                    /**
                     * EmailTemplate
                     * @description Handlebars templates (each, if, unless). Variables: recipient.name, runDate, count, countText ("1 nieuw signaal", "3 nieuwe signalen"), appUrl, signals[] and employers[] (name, signals[]); each signal has typeName, employeeName, employerName, departmentName, eventDate, daysUntil (negative: days past), when ("over 7 dagen", "morgen", "vandaag", "gisteren", "7 dagen geleden"), text.
                     */
                    template?: {
                        sender: {
                            name: string;
                            /** Format: email */
                            address: string;
                        };
                        subject: string;
                        html: string;
                        text: string;
                        /** @default false */
                        includeSensitiveDetails?: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        source: "employer" | "provider" | "default" | "candidate";
                        from: string;
                        subject: string;
                        html: string;
                        text: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEvaluations: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                from?: string;
                to?: string;
                trigger?: "schedule" | "manual";
                providerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @example emp-1001 */
                            runId: string;
                            /** @description The moment that started it (a momentId), or `manual`. */
                            moment: string;
                            /**
                             * @description Started by a schedule, or by hand (API or CLI).
                             * @enum {string}
                             */
                            trigger: "schedule" | "manual";
                            /** @description Whose employers it evaluates: a provider's, one employer, or (null) the platform's. */
                            scope: ({
                                /** @example emp-1001 */
                                providerId: string;
                            } | {
                                /** @example emp-1001 */
                                employerId: string;
                            }) | null;
                            /**
                             * Format: date
                             * @example 2026-12-15
                             */
                            date: string;
                            /** @enum {string} */
                            status: "queued" | "running" | "completed" | "failed";
                            employers: {
                                total: number;
                                done: number;
                                failed: number;
                            };
                            signalsCreated: number;
                            signalsWithdrawn: number;
                            emailsSent: number;
                            /** Format: date-time */
                            startedAt: string;
                            finishedAt: string | null;
                            /** @description When the run's digests were queued for delivery (after its last employer); null until then. */
                            deliveryQueuedAt: string | null;
                            /** @description Only on a run the sweeper closed as failed: the employers it never counted. */
                            employersMissing?: number;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @example 2026-12-15
                     */
                    date?: string;
                    moment?: string;
                    employerIds?: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example emp-1001 */
                        runId: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example emp-1001 */
                        runId: string;
                        /** @description The moment that started it (a momentId), or `manual`. */
                        moment: string;
                        /**
                         * @description Started by a schedule, or by hand (API or CLI).
                         * @enum {string}
                         */
                        trigger: "schedule" | "manual";
                        /** @description Whose employers it evaluates: a provider's, one employer, or (null) the platform's. */
                        scope: ({
                            /** @example emp-1001 */
                            providerId: string;
                        } | {
                            /** @example emp-1001 */
                            employerId: string;
                        }) | null;
                        /**
                         * Format: date
                         * @example 2026-12-15
                         */
                        date: string;
                        /** @enum {string} */
                        status: "queued" | "running" | "completed" | "failed";
                        employers: {
                            total: number;
                            done: number;
                            failed: number;
                        };
                        signalsCreated: number;
                        signalsWithdrawn: number;
                        emailsSent: number;
                        /** Format: date-time */
                        startedAt: string;
                        finishedAt: string | null;
                        /** @description When the run's digests were queued for delivery (after its last employer); null until then. */
                        deliveryQueuedAt: string | null;
                        /** @description Only on a run the sweeper closed as failed: the employers it never counted. */
                        employersMissing?: number;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
