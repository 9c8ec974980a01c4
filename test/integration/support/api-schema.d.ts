// Generated from the served OpenAPI document by `npm run api:types`; do not edit.
export interface paths {
    "/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness check
         * @description Answers 200 `{status: "ok"}` when the API can serve requests. The local stack answers 503 until its tables exist and the demo tenant is seeded, so a script can wait for 200 before it calls anything else.
         *
         *     **Access:** public, no token.
         */
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
        /**
         * This OpenAPI 3.1 document
         * @description The OpenAPI 3.1 document of this API, generated from the same routes table and zod schemas that validate every request, so it cannot drift from the code. Generate a typed client from it (see the README).
         *
         *     **Access:** public, no token.
         */
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
        /**
         * This reference, to read in a browser
         * @description An interactive reference of this document (Scalar), served by the API itself with every asset from the package: it works offline and under a strict Content-Security-Policy (no other host is contacted).
         *
         *     **Access:** public, no token.
         */
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
        /**
         * The reference page's script (Scalar, served from the package: no CDN)
         * @description The script of the reference page at `/docs`, served from the installed `@scalar/api-reference` package; cached for an hour.
         *
         *     **Access:** public, no token.
         */
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
        /**
         * Read a provider
         * @description Answers the provider with its ETag. Provider users may read their own provider.
         *
         *     **Rights:** a bearer token with one of:
         *     - `directory:write`
         *     - `signals:use` or `signals:provider-admin` or `signals:employer-admin` (provider users only)
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
        get: operations["getProvider"];
        /**
         * Create or replace a provider
         * @description Creates the provider (201) or renames it (200). The platform's directory sync calls it; the same body twice leaves the same provider, so a retry is safe. Answers the provider with its ETag.
         *
         *     **Rights:** a bearer token with one of:
         *     - `directory:write`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
        put: operations["putProvider"];
        post?: never;
        /**
         * Delete a provider with its users, settings and employers
         * @description Deletes the provider and, in one cascade, its users, settings, signal sets, moments, template, and every employer with all that belongs to it (employees, users, signals). Its evaluation schedules are removed. 404 when it does not exist.
         *
         *     **Rights:** a bearer token with one of:
         *     - `directory:write`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * Read a provider user
         * @description Answers a provider user with its ETag; 404 when it does not exist in the caller's tenant.
         *
         *     **Rights:** a bearer token with one of:
         *     - `directory:write`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
        get: operations["getProviderUser"];
        /**
         * Create or replace a provider user
         * @description Creates a provider user (201) or replaces it (200) with the body; absent optional fields take their defaults. The provider must exist (404). The same body twice leaves the same resource, so a retry is safe. Answers the stored resource with its ETag.
         *
         *     **Rights:** a bearer token with one of:
         *     - `directory:write`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
        put: operations["putProviderUser"];
        post?: never;
        /**
         * Delete a provider user
         * @description Deletes a provider user. Their signal settings go with them, and within seconds their signal list, e-mail preferences and collected digests; from that moment no mail goes to them, and their token reaches nothing (403). 404 when it does not exist.
         *
         *     **Rights:** a bearer token with one of:
         *     - `directory:write`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * List provider users
         * @description A page of the provider's provider users, by id.
         *
         *     **Rights:** a bearer token with one of:
         *     - `directory:write`
         *     - `signals:provider-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * Read an employer, with its active products
         * @description Answers the employer with its active products and its ETag.
         *
         *     **Rights:** a bearer token with one of:
         *     - `directory:write`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
        get: operations["getEmployer"];
        /**
         * Create or replace an employer (its provider cannot change)
         * @description Creates the employer (201) under its provider, which must exist, or renames it (200). An employer never moves to another provider: a different `providerId` is 409. Products are switched with `PUT`/`DELETE /v1/employers/{employerId}/products/290`, not here.
         *
         *     **Rights:** a bearer token with one of:
         *     - `directory:write`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
        put: operations["putEmployer"];
        post?: never;
        /**
         * Delete an employer with everything that belongs to it
         * @description Deletes the employer and everything that belongs to it: departments, users, employees, custom signals, settings, moments, template and signals. 404 when it does not exist.
         *
         *     **Rights:** a bearer token with one of:
         *     - `directory:write`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * List a provider's employers
         * @description A page of the provider's employers, by id. A provider user whose record lists `employerIds` sees only those.
         *
         *     **Rights:** a bearer token with one of:
         *     - `directory:write`
         *     - `signals:provider-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * Activate product 290 (Signaleringen) for an employer
         * @description Switches Signaleringen on for the employer: it is evaluated from the next moment. Safe to repeat. Answers the employer with its products.
         *
         *     **Rights:** a bearer token with one of:
         *     - `directory:write`
         *     - `signals:provider-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
        put: operations["activateProduct290"];
        post?: never;
        /**
         * Deactivate product 290 (keeps all data; reactivating resumes)
         * @description Switches Signaleringen off: the employer is no longer evaluated and its users get no new signals or e-mail, but every setting and signal is kept, so activating again resumes where it stopped. Safe to repeat.
         *
         *     **Rights:** a bearer token with one of:
         *     - `directory:write`
         *     - `signals:provider-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * Read a department
         * @description Answers a department with its ETag; 404 when it does not exist in the caller's tenant.
         *
         *     **Rights:** a bearer token with one of:
         *     - `directory:write`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
        get: operations["getDepartment"];
        /**
         * Create or replace a department
         * @description Creates a department (201) or replaces it (200) with the body; absent optional fields take their defaults. The employer must exist (404). The same body twice leaves the same resource, so a retry is safe. Answers the stored resource with its ETag.
         *
         *     **Rights:** a bearer token with one of:
         *     - `directory:write`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
        put: operations["putDepartment"];
        post?: never;
        /**
         * Delete a department
         * @description Deletes a department. Employees that name it keep their `departmentId` (the host system moves them). 404 when it does not exist.
         *
         *     **Rights:** a bearer token with one of:
         *     - `directory:write`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * List departments
         * @description A page of the employer's departments, by id.
         *
         *     **Rights:** a bearer token with one of:
         *     - `directory:write`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * Read an employer user
         * @description Answers an employer user with its ETag; 404 when it does not exist in the caller's tenant.
         *
         *     **Rights:** a bearer token with one of:
         *     - `directory:write`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
        get: operations["getEmployerUser"];
        /**
         * Create or replace an employer user
         * @description Creates an employer user (201) or replaces it (200) with the body; absent optional fields take their defaults. The employer must exist (404). The same body twice leaves the same resource, so a retry is safe. Answers the stored resource with its ETag.
         *
         *     **Rights:** a bearer token with one of:
         *     - `directory:write`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
        put: operations["putEmployerUser"];
        post?: never;
        /**
         * Delete an employer user
         * @description Deletes an employer user. Their signal settings go with them, and within seconds their signal list, e-mail preferences and collected digests; from that moment no mail goes to them, and their token reaches nothing (403). 404 when it does not exist.
         *
         *     **Rights:** a bearer token with one of:
         *     - `directory:write`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * List employer users
         * @description A page of the employer's employer users, by id.
         *
         *     **Rights:** a bearer token with one of:
         *     - `directory:write`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * Read an employee (department managers: own departments only)
         * @description Answers the employee with its ETag. A department manager (`signals:use` with `isDepartmentManager`) reads only employees of their own departments: any other is 404, as if it did not exist.
         *
         *     **Rights:** a bearer token with one of:
         *     - `directory:write`
         *     - `signals:provider-admin`
         *     - `signals:employer-admin`
         *     - `signals:use`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
        get: operations["getEmployee"];
        /**
         * Create or replace an employee
         * @description Creates the employee (201) or replaces it (200) with the body; absent optional fields take their defaults. The employer must exist. The next evaluation makes or withdraws the signals this data yields. Answers the stored employee with its ETag.
         *
         *     **Rights:** a bearer token with one of:
         *     - `directory:write`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
        put: operations["putEmployee"];
        post?: never;
        /**
         * Delete an employee
         * @description Deletes the employee; the open signals about it are withdrawn at the next evaluation. 404 when it does not exist.
         *
         *     **Rights:** a bearer token with one of:
         *     - `directory:write`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * List an employer's employees (signals:use sees only what it may see)
         * @description A page of the employer's employees, by id. With `signals:use` only, a department manager sees only the employees of their own departments.
         *
         *     **Rights:** a bearer token with one of:
         *     - `directory:write`
         *     - `signals:provider-admin`
         *     - `signals:employer-admin`
         *     - `signals:use`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * Upsert and delete up to 100 employees, all or nothing
         * @description Upserts and deletes up to 100 employees in one transaction: all of them are applied, or none (a concurrent write to one of them is 409, and nothing changed). Every item is validated first and every problem is reported in one 400. A retry of the same batch gives the same employees.
         *
         *     **Rights:** a bearer token with one of:
         *     - `directory:write`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * The signal catalogue
         * @description The signal catalogue: every signal type with its names, when it signals, which users may get it, and its default offsets. The same for every tenant.
         *
         *     **Access:** any valid token.
         */
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
        /**
         * The provider default settings ("Signaal AK")
         * @description The provider default ("Signaal AK"): the signals every provider user without settings of their own gets. An empty list when it was never set.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:provider-admin`
         *     - `signals:use`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
        get: operations["getProviderDefaultSettings"];
        /**
         * Set the provider default settings
         * @description Replaces the provider default. Each signal type at most once, provider types only, `departmentsOnly` not allowed; every problem is reported at once. It applies to every provider user in mode `providerDefault` from the next evaluation.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:provider-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * The effective settings of a provider user, with their source
         * @description The signals the provider user gets now, and where each setting comes from: the user's own (`custom`), an explicit opt-out (`none`), or the provider default. Answers with an ETag for a later PUT or DELETE.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:provider-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
        get: operations["getProviderUserSignalSettings"];
        /**
         * Set a provider user's own settings: custom, or none (an explicit opt-out)
         * @description Replaces the user's own settings: `custom` with a list of provider signal types (each at most once), or `none`, an explicit opt-out that the provider default does not override. Every problem in the list is reported at once. Signals already made are not withdrawn by a settings change. Answers the effective settings.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:provider-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
        put: operations["putProviderUserSignalSettings"];
        post?: never;
        /**
         * Return a provider user to the provider default
         * @description Removes the user's own settings, so the provider default applies again from the next evaluation. Signals already made are kept.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:provider-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * The effective settings of an employer user, with their source
         * @description The signals the employer user gets now, and where each setting comes from: the user's own (`custom`), an explicit opt-out (`none`), a signal set copied onto the user, or the provider default. Answers with an ETag for a later PUT or DELETE.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:provider-admin`
         *     - `signals:employer-admin`
         *     - `signals:use`, for the caller itself only (the path's `userId` is the caller)
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
        get: operations["getEmployerUserSignalSettings"];
        /**
         * Set an employer user's own settings: custom, or none (an explicit opt-out)
         * @description Replaces the user's own settings: `custom` with a list of employer signal types (each at most once; `departmentsOnly` limits a type to the user's departments), or `none`, an explicit opt-out that the provider default does not override. Every problem in the list is reported at once. Signals already made are not withdrawn by a settings change. Answers the effective settings.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:provider-admin`
         *     - `signals:employer-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
        put: operations["putEmployerUserSignalSettings"];
        post?: never;
        /**
         * Return an employer user to the provider default
         * @description Removes the user's own settings, so the provider default applies again from the next evaluation. Signals already made are kept.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:provider-admin`
         *     - `signals:employer-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * List a provider's signal sets
         * @description A page of the provider's signal sets, by id. A signal set is a named list of employer signal settings that employer users can be given.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:provider-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
        get: operations["listSignalSets"];
        put?: never;
        /**
         * Create a signal set
         * @description Creates a signal set at version 1 with an id the API gives (in the answer). Employer signal types only, each at most once.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:provider-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * Read a signal set
         * @description Answers the signal set with its current version and its ETag.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:provider-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
        get: operations["getSignalSet"];
        /**
         * Replace a signal set (raises its version)
         * @description Replaces the signal set and raises its version by one. Users that activated an older version keep their copy (it shows `outdated`) until the set is reapplied.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:provider-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
        put: operations["putSignalSet"];
        post?: never;
        /**
         * Delete a signal set no user has selected
         * @description Deletes the signal set. A set that some user has selected cannot be deleted (409): select another set for them first.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:provider-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * Copy the current version onto every user that activated an older one
         * @description Copies the current version of the set onto every user who activated an older version of it, and answers how many were updated. Safe to repeat: users already on the current version are not touched.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:provider-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * Select and save a signal set for an employer user (activate applies it)
         * @description Saves which signal set the employer user has selected. It changes nothing yet: activate copies it onto the user's settings. Answers the effective settings.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:provider-admin`
         *     - `signals:employer-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * Copy the selected set onto the user's settings
         * @description Copies the selected set's current signals onto the user's own settings (mode `custom`, source `signalSet`). 400 when no set is selected. Answers the effective settings.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:provider-admin`
         *     - `signals:employer-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * The signals the user would get per run date over the coming days; writes nothing
         * @description The signals the user would get on each run date from `from` over `days` days, with the user's effective settings or the `settings` given: the same rules as a run, on today's data. Writes nothing and sends nothing.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:provider-admin`
         *     - `signals:employer-admin`
         *     - `signals:use`, for the caller itself only (the path's `userId` is the caller)
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * A provider's evaluation moments, or the platform's when it has none
         * @description The moments at which the provider's employers are evaluated: the provider's own, or the platform's when it has none (`source` says which).
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:provider-admin`
         *     - `signals:use`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
        get: operations["getProviderMoments"];
        /**
         * Set a provider's evaluation moments (1 to 4)
         * @description Replaces the provider's moments (1 to 4, each a time of day, weekdays and a time zone) and the schedules that run them. Employers with moments of their own keep theirs. A schedule that could not be updated now is repaired by the hourly reconcile; the moments are stored either way.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:provider-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * An employer's evaluation moments: its own, its provider's, or the platform's
         * @description The moments at which the employer is evaluated: its own, its provider's, or the platform's (`source` says which).
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:provider-admin`
         *     - `signals:employer-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
        get: operations["getEmployerMoments"];
        /**
         * Set an employer's own evaluation moments (its provider's no longer apply to it)
         * @description Gives the employer moments of its own (1 to 4), with their schedules; its provider's moments no longer apply to it.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:provider-admin`
         *     - `signals:employer-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
        put: operations["putEmployerMoments"];
        post?: never;
        /**
         * Return an employer to its provider's moments
         * @description Removes the employer's own moments and their schedules: it is evaluated at its provider's moments again. Safe to repeat: an employer without moments of its own answers 204 too.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:provider-admin`
         *     - `signals:employer-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * The caller's signals, newest signal date first
         * @description A page of the caller's own signals, newest signal date first, with optional filters. A user sees only signals addressed to them, for employers and employees they may see.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:use`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * Mark a signal read, or handled (records who and when, with an optional note)
         * @description Marks one of the caller's signals read, or handled (who and when are recorded, with an optional note). Marking again changes nothing; a withdrawn signal is 409. Answers the signal.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:use`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * Mark all the caller's unread signals read
         * @description Marks every unread signal of the caller read, and answers how many changed. Safe to repeat (the second call answers 0).
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:use`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * An employee's custom signals (eigen signalen)
         * @description A page of the employee's custom signals (eigen signalen), by id.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:use`
         *     - `signals:employer-admin`
         *     - `signals:provider-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
        get: operations["listCustomSignals"];
        put?: never;
        /**
         * Record a custom signal on an employee
         * @description Records a custom signal on the employee: a reminder on a date, optionally repeating and with an expiry date. The users with `CUSTOM` in their settings get it like any other signal. The answer carries the id the API gave it.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:use`
         *     - `signals:employer-admin`
         *     - `signals:provider-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * Read a custom signal
         * @description Answers the custom signal with its ETag; 404 when it does not exist for this employee.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:use`
         *     - `signals:employer-admin`
         *     - `signals:provider-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
        get: operations["getCustomSignal"];
        /**
         * Replace a custom signal
         * @description Replaces the custom signal. Open signals for occurrences it no longer has are withdrawn at the next evaluation.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:use`
         *     - `signals:employer-admin`
         *     - `signals:provider-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
        put: operations["putCustomSignal"];
        post?: never;
        /**
         * Delete a custom signal
         * @description Deletes the custom signal; its open signals are withdrawn at the next evaluation. 404 when it does not exist.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:use`
         *     - `signals:employer-admin`
         *     - `signals:provider-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * The caller's e-mail preferences: digest cadence and pause
         * @description The caller's digest e-mail preferences; the defaults (every run, not paused) when never set.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:use`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
        get: operations["getMyEmailPreferences"];
        /**
         * Set the caller's e-mail preferences (every run or weekly on a weekday; paused)
         * @description Sets how the caller's digest e-mail comes: one per run, or one a week on a weekday, or paused. Nothing is lost on a change: signals collected for a weekly digest go out with the next digest. The signal list is never affected.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:use`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * The unsubscribe page a digest's footer links to (a button; the GET itself changes nothing)
         * @description The page a digest's unsubscribe link opens: it names nothing and shows one button that posts the form. The GET itself changes nothing, so a link scanner cannot unsubscribe anyone. A bad or expired token is 400.
         *
         *     **Access:** public, no token.
         */
        get: operations["unsubscribePage"];
        put?: never;
        /**
         * One-click unsubscribe (RFC 8058): pauses the e-mail of the user the token names; the page's form is redirected back to it (303)
         * @description Pauses the e-mail of the user the token names (RFC 8058 one-click: a mail client posts `List-Unsubscribe=One-Click`). Answers 204; the page's own form (`via=page`) is redirected back to the page (303). Safe to repeat. An altered, foreign, missing or expired token gets the same 400, which names nobody.
         *
         *     **Access:** public, no token.
         */
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
        /**
         * The effective e-mail template at provider level, with its source
         * @description The template the provider's digests use: the provider's own, else the platform default (`source` says which). Answers with an ETag for a later PUT or DELETE.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:provider-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
        get: operations["getProviderEmailTemplate"];
        /**
         * Set the provider's e-mail text and sender (checked when saved)
         * @description Saves the provider's own template. It is checked when saved: every Handlebars template must compile (the whole parse error is given), only known variables may be used, and the sender's domain must be a verified sender domain. The body of a GET can be sent back as it is: the read-only fields are ignored. Answers the effective template.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:provider-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
        put: operations["putProviderEmailTemplate"];
        post?: never;
        /**
         * Remove the provider's own template (falls back to the level above)
         * @description Removes the provider's own template; its digests use the platform default again. 404 when it has none.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:provider-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * Render the provider's effective (or a candidate) template with sample signals; sends nothing
         * @description Renders the provider's effective template, or the `template` given, with sample signals in the chosen language, exactly as a digest would be rendered. Saves nothing and sends nothing; a candidate that does not compile is 400 with the parse error.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:provider-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * The effective e-mail template at employer level, with its source
         * @description The template the employer's digests use: the employer's own, else its provider's, else the platform default (`source` says which). Answers with an ETag for a later PUT or DELETE.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:provider-admin`
         *     - `signals:employer-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
        get: operations["getEmployerEmailTemplate"];
        /**
         * Set the employer's e-mail text and sender (checked when saved)
         * @description Saves the employer's own template. It is checked when saved: every Handlebars template must compile (the whole parse error is given), only known variables may be used, and the sender's domain must be a verified sender domain. The body of a GET can be sent back as it is: the read-only fields are ignored. Answers the effective template.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:provider-admin`
         *     - `signals:employer-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
        put: operations["putEmployerEmailTemplate"];
        post?: never;
        /**
         * Remove the employer's own template (falls back to the level above)
         * @description Removes the employer's own template; its digests use the provider's template, or the platform default again. 404 when it has none.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:provider-admin`
         *     - `signals:employer-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * Render the employer's effective (or a candidate) template with sample signals; sends nothing
         * @description Renders the employer's effective template, or the `template` given, with sample signals in the chosen language, exactly as a digest would be rendered. Saves nothing and sends nothing; a candidate that does not compile is 400 with the parse error.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:provider-admin`
         *     - `signals:employer-admin`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * Evaluation runs, newest first
         * @description A page of evaluation runs, newest first, with filters.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:operate`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
        get: operations["listEvaluations"];
        put?: never;
        /**
         * Run an evaluation now (a rerun of a past day is safe)
         * @description Starts an evaluation run for `date` (today when absent), for all employers with product 290 or those given. Answers 202 at once with the run as recorded: how many employers it evaluates, and in `skipped` the given ones it does not, with the reason. Follow it at `Location` until `status` is no longer `running` and its digests are delivered (`digests.done + digests.failed = digests.queued`). A rerun of a day creates no signal twice and mails nothing twice: signals have stable identities.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:operate`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
        /**
         * An evaluation run's status and counts
         * @description The run's status and counts, updated as its employers are evaluated.
         *
         *     **Rights:** a bearer token with one of:
         *     - `signals:operate`
         *
         *     A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right. A 403 names the right that is missing.
         */
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
            /**
             * @description A URI naming the kind of problem (see API.md, "Problem types"); stable, for programs to test.
             * @example https://signals.example/problems/validation
             */
            type: string;
            /**
             * @description A short, fixed summary of the kind of problem.
             * @example Validation failed
             */
            title: string;
            /**
             * @description The HTTP status, repeated.
             * @example 400
             */
            status: number;
            /**
             * @description What is wrong with this request, in words a person can act on.
             * @example The request body is not valid.
             */
            detail: string;
            /**
             * @description The request id: quote it when asking about this answer (it is in the logs).
             * @example urn:request:9f1c2a4e-5d0b-4c3e-8a57-6f1d2e3b4c5d
             */
            instance: string;
            /** @description On a 400: every problem found, one per field (all are reported at once). */
            errors?: {
                /** @description Where: `body`, `query`, `path` or `header`, then the field, e.g. `body.contracts.0.endDate`. */
                path: string;
                /** @description What is wrong there. */
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
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Always `ok`: the API can serve requests.
                         * @constant
                         */
                        status: "ok";
                    };
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready yet (the local stack while it starts); try again shortly */
            503: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "openapi": "3.1.0",
                     *       "info": {
                     *         "title": "Signals API",
                     *         "version": "1.0.0"
                     *       },
                     *       "paths": {}
                     *     }
                     */
                    "application/json": {
                        /** @description The OpenAPI version, `3.1.0`. */
                        openapi: string;
                        /** @description Title, version, description and licence of the API. */
                        info: {
                            [key: string]: unknown;
                        };
                        /** @description Every operation, by path and method. */
                        paths: {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
            };
            path: {
                /**
                 * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                 * @example acme
                 */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "providerId": "acme",
                     *       "name": "Acme Accountants",
                     *       "createdAt": "2026-01-05T09:12:44.000Z",
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                         * @example acme
                         */
                        providerId: string;
                        /** @description Display name, 1-200 characters (trimmed). */
                        name: string;
                        /**
                         * Format: date-time
                         * @description When the resource was created (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description When the resource was last written (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        updatedAt: string;
                        /**
                         * @description Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.
                         * @example u-1042
                         */
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
                /** @description `*`: create only; 412 when the resource already exists. */
                "If-None-Match"?: "*";
            };
            path: {
                /**
                 * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                 * @example acme
                 */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Acme Accountants"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Display name, 1-200 characters (trimmed).
                     * @example Acme Accountants
                     */
                    name: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "providerId": "acme",
                     *       "name": "Acme Accountants",
                     *       "createdAt": "2026-01-05T09:12:44.000Z",
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                         * @example acme
                         */
                        providerId: string;
                        /** @description Display name, 1-200 characters (trimmed). */
                        name: string;
                        /**
                         * Format: date-time
                         * @description When the resource was created (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description When the resource was last written (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        updatedAt: string;
                        /**
                         * @description Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.
                         * @example u-1042
                         */
                        updatedBy: string;
                    };
                };
            };
            /** @description Created */
            201: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "providerId": "acme",
                     *       "name": "Acme Accountants",
                     *       "createdAt": "2026-01-05T09:12:44.000Z",
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                         * @example acme
                         */
                        providerId: string;
                        /** @description Display name, 1-200 characters (trimmed). */
                        name: string;
                        /**
                         * Format: date-time
                         * @description When the resource was created (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description When the resource was last written (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        updatedAt: string;
                        /**
                         * @description Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.
                         * @example u-1042
                         */
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
            };
            path: {
                /**
                 * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                 * @example acme
                 */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
            };
            path: {
                /**
                 * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                 * @example acme
                 */
                providerId: string;
                /**
                 * @description The user, as the identity provider names them (the token's `sub`).
                 * @example u-1042
                 */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "email": "p.devries@acme.example",
                     *       "name": "Petra de Vries",
                     *       "locale": "nl",
                     *       "employerIds": [
                     *         "bakkerij-jansen"
                     *       ],
                     *       "active": true,
                     *       "providerId": "acme",
                     *       "userId": "u-1042",
                     *       "createdAt": "2026-01-05T09:12:44.000Z",
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042"
                     *     }
                     */
                    "application/json": {
                        /**
                         * Format: email
                         * @description Where the digest e-mails go.
                         * @example p.devries@example.nl
                         */
                        email: string;
                        /** @description Display name, 1-200 characters (trimmed). */
                        name: string;
                        /**
                         * @description Language of e-mails and signal names for this user; `nl` when absent.
                         * @default nl
                         * @enum {string}
                         */
                        locale: "nl" | "en";
                        /** @description The employers this user works for: they get signals of these employers only. Absent: all the provider's employers. */
                        employerIds?: string[];
                        /**
                         * @description An inactive user gets no signals and no e-mail (its settings are kept); `true` when absent.
                         * @default true
                         */
                        active: boolean;
                        /**
                         * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                         * @example acme
                         */
                        providerId: string;
                        /**
                         * @description The user, as the identity provider names them (the token's `sub`).
                         * @example u-1042
                         */
                        userId: string;
                        /**
                         * Format: date-time
                         * @description When the resource was created (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description When the resource was last written (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        updatedAt: string;
                        /**
                         * @description Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.
                         * @example u-1042
                         */
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
                /** @description `*`: create only; 412 when the resource already exists. */
                "If-None-Match"?: "*";
            };
            path: {
                /**
                 * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                 * @example acme
                 */
                providerId: string;
                /**
                 * @description The user, as the identity provider names them (the token's `sub`).
                 * @example u-1042
                 */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "p.devries@acme.example",
                 *       "name": "Petra de Vries",
                 *       "locale": "nl",
                 *       "employerIds": [
                 *         "bakkerij-jansen"
                 *       ],
                 *       "active": true
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: email
                     * @description Where the digest e-mails go.
                     * @example p.devries@example.nl
                     */
                    email: string;
                    /** @description Display name, 1-200 characters (trimmed). */
                    name: string;
                    /**
                     * @description Language of e-mails and signal names for this user; `nl` when absent.
                     * @default nl
                     * @enum {string}
                     */
                    locale?: "nl" | "en";
                    /** @description The employers this user works for: they get signals of these employers only. Absent: all the provider's employers. */
                    employerIds?: string[];
                    /**
                     * @description An inactive user gets no signals and no e-mail (its settings are kept); `true` when absent.
                     * @default true
                     */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "email": "p.devries@acme.example",
                     *       "name": "Petra de Vries",
                     *       "locale": "nl",
                     *       "employerIds": [
                     *         "bakkerij-jansen"
                     *       ],
                     *       "active": true,
                     *       "providerId": "acme",
                     *       "userId": "u-1042",
                     *       "createdAt": "2026-01-05T09:12:44.000Z",
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042"
                     *     }
                     */
                    "application/json": {
                        /**
                         * Format: email
                         * @description Where the digest e-mails go.
                         * @example p.devries@example.nl
                         */
                        email: string;
                        /** @description Display name, 1-200 characters (trimmed). */
                        name: string;
                        /**
                         * @description Language of e-mails and signal names for this user; `nl` when absent.
                         * @default nl
                         * @enum {string}
                         */
                        locale: "nl" | "en";
                        /** @description The employers this user works for: they get signals of these employers only. Absent: all the provider's employers. */
                        employerIds?: string[];
                        /**
                         * @description An inactive user gets no signals and no e-mail (its settings are kept); `true` when absent.
                         * @default true
                         */
                        active: boolean;
                        /**
                         * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                         * @example acme
                         */
                        providerId: string;
                        /**
                         * @description The user, as the identity provider names them (the token's `sub`).
                         * @example u-1042
                         */
                        userId: string;
                        /**
                         * Format: date-time
                         * @description When the resource was created (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description When the resource was last written (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        updatedAt: string;
                        /**
                         * @description Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.
                         * @example u-1042
                         */
                        updatedBy: string;
                    };
                };
            };
            /** @description Created */
            201: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "email": "p.devries@acme.example",
                     *       "name": "Petra de Vries",
                     *       "locale": "nl",
                     *       "employerIds": [
                     *         "bakkerij-jansen"
                     *       ],
                     *       "active": true,
                     *       "providerId": "acme",
                     *       "userId": "u-1042",
                     *       "createdAt": "2026-01-05T09:12:44.000Z",
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042"
                     *     }
                     */
                    "application/json": {
                        /**
                         * Format: email
                         * @description Where the digest e-mails go.
                         * @example p.devries@example.nl
                         */
                        email: string;
                        /** @description Display name, 1-200 characters (trimmed). */
                        name: string;
                        /**
                         * @description Language of e-mails and signal names for this user; `nl` when absent.
                         * @default nl
                         * @enum {string}
                         */
                        locale: "nl" | "en";
                        /** @description The employers this user works for: they get signals of these employers only. Absent: all the provider's employers. */
                        employerIds?: string[];
                        /**
                         * @description An inactive user gets no signals and no e-mail (its settings are kept); `true` when absent.
                         * @default true
                         */
                        active: boolean;
                        /**
                         * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                         * @example acme
                         */
                        providerId: string;
                        /**
                         * @description The user, as the identity provider names them (the token's `sub`).
                         * @example u-1042
                         */
                        userId: string;
                        /**
                         * Format: date-time
                         * @description When the resource was created (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description When the resource was last written (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        updatedAt: string;
                        /**
                         * @description Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.
                         * @example u-1042
                         */
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
            };
            path: {
                /**
                 * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                 * @example acme
                 */
                providerId: string;
                /**
                 * @description The user, as the identity provider names them (the token's `sub`).
                 * @example u-1042
                 */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /** @description Items per page, 1-100; 50 when absent. */
                limit?: number;
                /** @description The previous page's `nextCursor`, to read the next page. Opaque; absent for the first page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                 * @example acme
                 */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "email": "p.devries@acme.example",
                     *           "name": "Petra de Vries",
                     *           "locale": "nl",
                     *           "employerIds": [
                     *             "bakkerij-jansen"
                     *           ],
                     *           "active": true,
                     *           "providerId": "acme",
                     *           "userId": "u-1042",
                     *           "createdAt": "2026-01-05T09:12:44.000Z",
                     *           "updatedAt": "2026-11-02T14:03:10.000Z",
                     *           "updatedBy": "u-1042"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJwayI6IjEifQ"
                     *     }
                     */
                    "application/json": {
                        /** @description This page of the list, in its documented order. */
                        items: {
                            /**
                             * Format: email
                             * @description Where the digest e-mails go.
                             * @example p.devries@example.nl
                             */
                            email: string;
                            /** @description Display name, 1-200 characters (trimmed). */
                            name: string;
                            /**
                             * @description Language of e-mails and signal names for this user; `nl` when absent.
                             * @default nl
                             * @enum {string}
                             */
                            locale: "nl" | "en";
                            /** @description The employers this user works for: they get signals of these employers only. Absent: all the provider's employers. */
                            employerIds?: string[];
                            /**
                             * @description An inactive user gets no signals and no e-mail (its settings are kept); `true` when absent.
                             * @default true
                             */
                            active: boolean;
                            /**
                             * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                             * @example acme
                             */
                            providerId: string;
                            /**
                             * @description The user, as the identity provider names them (the token's `sub`).
                             * @example u-1042
                             */
                            userId: string;
                            /**
                             * Format: date-time
                             * @description When the resource was created (UTC).
                             * @example 2026-11-28T06:00:04.512Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description When the resource was last written (UTC).
                             * @example 2026-11-28T06:00:04.512Z
                             */
                            updatedAt: string;
                            /**
                             * @description Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.
                             * @example u-1042
                             */
                            updatedBy: string;
                        }[];
                        /** @description Pass as `cursor` to read the next page; absent on the last page. */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
            };
            path: {
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "employerId": "bakkerij-jansen",
                     *       "providerId": "acme",
                     *       "name": "Bakkerij Jansen B.V.",
                     *       "products": [
                     *         "290"
                     *       ],
                     *       "createdAt": "2026-01-05T09:12:44.000Z",
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description The employer, a client of the provider; unique on the platform (the host system's id).
                         * @example bakkerij-jansen
                         */
                        employerId: string;
                        /**
                         * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                         * @example acme
                         */
                        providerId: string;
                        /** @description Display name, 1-200 characters (trimmed). */
                        name: string;
                        /** @description Active products; `290` (Signaleringen) must be active for the employer to be evaluated. */
                        products: "290"[];
                        /**
                         * Format: date-time
                         * @description When the resource was created (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description When the resource was last written (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        updatedAt: string;
                        /**
                         * @description Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.
                         * @example u-1042
                         */
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
                /** @description `*`: create only; 412 when the resource already exists. */
                "If-None-Match"?: "*";
            };
            path: {
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "providerId": "acme",
                 *       "name": "Bakkerij Jansen B.V."
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The provider this employer is a client of; cannot change once set.
                     * @example acme
                     */
                    providerId: string;
                    /** @description Display name, 1-200 characters (trimmed). */
                    name: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "employerId": "bakkerij-jansen",
                     *       "providerId": "acme",
                     *       "name": "Bakkerij Jansen B.V.",
                     *       "products": [
                     *         "290"
                     *       ],
                     *       "createdAt": "2026-01-05T09:12:44.000Z",
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description The employer, a client of the provider; unique on the platform (the host system's id).
                         * @example bakkerij-jansen
                         */
                        employerId: string;
                        /**
                         * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                         * @example acme
                         */
                        providerId: string;
                        /** @description Display name, 1-200 characters (trimmed). */
                        name: string;
                        /** @description Active products; `290` (Signaleringen) must be active for the employer to be evaluated. */
                        products: "290"[];
                        /**
                         * Format: date-time
                         * @description When the resource was created (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description When the resource was last written (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        updatedAt: string;
                        /**
                         * @description Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.
                         * @example u-1042
                         */
                        updatedBy: string;
                    };
                };
            };
            /** @description Created */
            201: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "employerId": "bakkerij-jansen",
                     *       "providerId": "acme",
                     *       "name": "Bakkerij Jansen B.V.",
                     *       "products": [
                     *         "290"
                     *       ],
                     *       "createdAt": "2026-01-05T09:12:44.000Z",
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description The employer, a client of the provider; unique on the platform (the host system's id).
                         * @example bakkerij-jansen
                         */
                        employerId: string;
                        /**
                         * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                         * @example acme
                         */
                        providerId: string;
                        /** @description Display name, 1-200 characters (trimmed). */
                        name: string;
                        /** @description Active products; `290` (Signaleringen) must be active for the employer to be evaluated. */
                        products: "290"[];
                        /**
                         * Format: date-time
                         * @description When the resource was created (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description When the resource was last written (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        updatedAt: string;
                        /**
                         * @description Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.
                         * @example u-1042
                         */
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
            };
            path: {
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /** @description Items per page, 1-100; 50 when absent. */
                limit?: number;
                /** @description The previous page's `nextCursor`, to read the next page. Opaque; absent for the first page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                 * @example acme
                 */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "employerId": "bakkerij-jansen",
                     *           "providerId": "acme",
                     *           "name": "Bakkerij Jansen B.V.",
                     *           "products": [
                     *             "290"
                     *           ],
                     *           "createdAt": "2026-01-05T09:12:44.000Z",
                     *           "updatedAt": "2026-11-02T14:03:10.000Z",
                     *           "updatedBy": "u-1042"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJwayI6IjEifQ"
                     *     }
                     */
                    "application/json": {
                        /** @description This page of the list, in its documented order. */
                        items: {
                            /**
                             * @description The employer, a client of the provider; unique on the platform (the host system's id).
                             * @example bakkerij-jansen
                             */
                            employerId: string;
                            /**
                             * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                             * @example acme
                             */
                            providerId: string;
                            /** @description Display name, 1-200 characters (trimmed). */
                            name: string;
                            /** @description Active products; `290` (Signaleringen) must be active for the employer to be evaluated. */
                            products: "290"[];
                            /**
                             * Format: date-time
                             * @description When the resource was created (UTC).
                             * @example 2026-11-28T06:00:04.512Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description When the resource was last written (UTC).
                             * @example 2026-11-28T06:00:04.512Z
                             */
                            updatedAt: string;
                            /**
                             * @description Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.
                             * @example u-1042
                             */
                            updatedBy: string;
                        }[];
                        /** @description Pass as `cursor` to read the next page; absent on the last page. */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "employerId": "bakkerij-jansen",
                     *       "providerId": "acme",
                     *       "name": "Bakkerij Jansen B.V.",
                     *       "products": [
                     *         "290"
                     *       ],
                     *       "createdAt": "2026-01-05T09:12:44.000Z",
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description The employer, a client of the provider; unique on the platform (the host system's id).
                         * @example bakkerij-jansen
                         */
                        employerId: string;
                        /**
                         * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                         * @example acme
                         */
                        providerId: string;
                        /** @description Display name, 1-200 characters (trimmed). */
                        name: string;
                        /** @description Active products; `290` (Signaleringen) must be active for the employer to be evaluated. */
                        products: "290"[];
                        /**
                         * Format: date-time
                         * @description When the resource was created (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description When the resource was last written (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        updatedAt: string;
                        /**
                         * @description Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.
                         * @example u-1042
                         */
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "employerId": "bakkerij-jansen",
                     *       "providerId": "acme",
                     *       "name": "Bakkerij Jansen B.V.",
                     *       "products": [
                     *         "290"
                     *       ],
                     *       "createdAt": "2026-01-05T09:12:44.000Z",
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description The employer, a client of the provider; unique on the platform (the host system's id).
                         * @example bakkerij-jansen
                         */
                        employerId: string;
                        /**
                         * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                         * @example acme
                         */
                        providerId: string;
                        /** @description Display name, 1-200 characters (trimmed). */
                        name: string;
                        /** @description Active products; `290` (Signaleringen) must be active for the employer to be evaluated. */
                        products: "290"[];
                        /**
                         * Format: date-time
                         * @description When the resource was created (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description When the resource was last written (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        updatedAt: string;
                        /**
                         * @description Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.
                         * @example u-1042
                         */
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
            };
            path: {
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
                /**
                 * @description The department, unique within its employer.
                 * @example sales
                 */
                departmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "employerId": "bakkerij-jansen",
                     *       "departmentId": "sales",
                     *       "name": "Verkoop",
                     *       "createdAt": "2026-01-05T09:12:44.000Z",
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description The employer, a client of the provider; unique on the platform (the host system's id).
                         * @example bakkerij-jansen
                         */
                        employerId: string;
                        /**
                         * @description The department, unique within its employer.
                         * @example sales
                         */
                        departmentId: string;
                        /** @description Display name, 1-200 characters (trimmed). */
                        name: string;
                        /**
                         * Format: date-time
                         * @description When the resource was created (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description When the resource was last written (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        updatedAt: string;
                        /**
                         * @description Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.
                         * @example u-1042
                         */
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
                /** @description `*`: create only; 412 when the resource already exists. */
                "If-None-Match"?: "*";
            };
            path: {
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
                /**
                 * @description The department, unique within its employer.
                 * @example sales
                 */
                departmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Verkoop"
                 *     }
                 */
                "application/json": {
                    /** @description Display name, 1-200 characters (trimmed). */
                    name: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "employerId": "bakkerij-jansen",
                     *       "departmentId": "sales",
                     *       "name": "Verkoop",
                     *       "createdAt": "2026-01-05T09:12:44.000Z",
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description The employer, a client of the provider; unique on the platform (the host system's id).
                         * @example bakkerij-jansen
                         */
                        employerId: string;
                        /**
                         * @description The department, unique within its employer.
                         * @example sales
                         */
                        departmentId: string;
                        /** @description Display name, 1-200 characters (trimmed). */
                        name: string;
                        /**
                         * Format: date-time
                         * @description When the resource was created (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description When the resource was last written (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        updatedAt: string;
                        /**
                         * @description Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.
                         * @example u-1042
                         */
                        updatedBy: string;
                    };
                };
            };
            /** @description Created */
            201: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "employerId": "bakkerij-jansen",
                     *       "departmentId": "sales",
                     *       "name": "Verkoop",
                     *       "createdAt": "2026-01-05T09:12:44.000Z",
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description The employer, a client of the provider; unique on the platform (the host system's id).
                         * @example bakkerij-jansen
                         */
                        employerId: string;
                        /**
                         * @description The department, unique within its employer.
                         * @example sales
                         */
                        departmentId: string;
                        /** @description Display name, 1-200 characters (trimmed). */
                        name: string;
                        /**
                         * Format: date-time
                         * @description When the resource was created (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description When the resource was last written (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        updatedAt: string;
                        /**
                         * @description Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.
                         * @example u-1042
                         */
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
            };
            path: {
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
                /**
                 * @description The department, unique within its employer.
                 * @example sales
                 */
                departmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /** @description Items per page, 1-100; 50 when absent. */
                limit?: number;
                /** @description The previous page's `nextCursor`, to read the next page. Opaque; absent for the first page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "employerId": "bakkerij-jansen",
                     *           "departmentId": "sales",
                     *           "name": "Verkoop",
                     *           "createdAt": "2026-01-05T09:12:44.000Z",
                     *           "updatedAt": "2026-11-02T14:03:10.000Z",
                     *           "updatedBy": "u-1042"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJwayI6IjEifQ"
                     *     }
                     */
                    "application/json": {
                        /** @description This page of the list, in its documented order. */
                        items: {
                            /**
                             * @description The employer, a client of the provider; unique on the platform (the host system's id).
                             * @example bakkerij-jansen
                             */
                            employerId: string;
                            /**
                             * @description The department, unique within its employer.
                             * @example sales
                             */
                            departmentId: string;
                            /** @description Display name, 1-200 characters (trimmed). */
                            name: string;
                            /**
                             * Format: date-time
                             * @description When the resource was created (UTC).
                             * @example 2026-11-28T06:00:04.512Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description When the resource was last written (UTC).
                             * @example 2026-11-28T06:00:04.512Z
                             */
                            updatedAt: string;
                            /**
                             * @description Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.
                             * @example u-1042
                             */
                            updatedBy: string;
                        }[];
                        /** @description Pass as `cursor` to read the next page; absent on the last page. */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
            };
            path: {
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
                /**
                 * @description The user, as the identity provider names them (the token's `sub`).
                 * @example u-1042
                 */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "email": "k.jansen@bakkerij-jansen.example",
                     *       "name": "Karin Jansen",
                     *       "locale": "nl",
                     *       "departmentIds": [
                     *         "sales"
                     *       ],
                     *       "isDepartmentManager": true,
                     *       "active": true,
                     *       "employerId": "bakkerij-jansen",
                     *       "userId": "u-2001",
                     *       "createdAt": "2026-01-05T09:12:44.000Z",
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042"
                     *     }
                     */
                    "application/json": {
                        /**
                         * Format: email
                         * @description Where the digest e-mails go.
                         * @example p.devries@example.nl
                         */
                        email: string;
                        /** @description Display name, 1-200 characters (trimmed). */
                        name: string;
                        /**
                         * @description Language of e-mails and signal names for this user; `nl` when absent.
                         * @default nl
                         * @enum {string}
                         */
                        locale: "nl" | "en";
                        /**
                         * @description The departments this user manages (for settings with `departmentsOnly`); `[]` when absent.
                         * @default []
                         */
                        departmentIds: string[];
                        /**
                         * @description A department manager sees only the employees of `departmentIds` (in lists and signals); `false` when absent.
                         * @default false
                         */
                        isDepartmentManager: boolean;
                        /**
                         * @description An inactive user gets no signals and no e-mail (its settings are kept); `true` when absent.
                         * @default true
                         */
                        active: boolean;
                        /**
                         * @description The employer, a client of the provider; unique on the platform (the host system's id).
                         * @example bakkerij-jansen
                         */
                        employerId: string;
                        /**
                         * @description The user, as the identity provider names them (the token's `sub`).
                         * @example u-1042
                         */
                        userId: string;
                        /**
                         * Format: date-time
                         * @description When the resource was created (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description When the resource was last written (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        updatedAt: string;
                        /**
                         * @description Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.
                         * @example u-1042
                         */
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
                /** @description `*`: create only; 412 when the resource already exists. */
                "If-None-Match"?: "*";
            };
            path: {
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
                /**
                 * @description The user, as the identity provider names them (the token's `sub`).
                 * @example u-1042
                 */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "k.jansen@bakkerij-jansen.example",
                 *       "name": "Karin Jansen",
                 *       "locale": "nl",
                 *       "departmentIds": [
                 *         "sales"
                 *       ],
                 *       "isDepartmentManager": true,
                 *       "active": true
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: email
                     * @description Where the digest e-mails go.
                     * @example p.devries@example.nl
                     */
                    email: string;
                    /** @description Display name, 1-200 characters (trimmed). */
                    name: string;
                    /**
                     * @description Language of e-mails and signal names for this user; `nl` when absent.
                     * @default nl
                     * @enum {string}
                     */
                    locale?: "nl" | "en";
                    /**
                     * @description The departments this user manages (for settings with `departmentsOnly`); `[]` when absent.
                     * @default []
                     */
                    departmentIds?: string[];
                    /**
                     * @description A department manager sees only the employees of `departmentIds` (in lists and signals); `false` when absent.
                     * @default false
                     */
                    isDepartmentManager?: boolean;
                    /**
                     * @description An inactive user gets no signals and no e-mail (its settings are kept); `true` when absent.
                     * @default true
                     */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "email": "k.jansen@bakkerij-jansen.example",
                     *       "name": "Karin Jansen",
                     *       "locale": "nl",
                     *       "departmentIds": [
                     *         "sales"
                     *       ],
                     *       "isDepartmentManager": true,
                     *       "active": true,
                     *       "employerId": "bakkerij-jansen",
                     *       "userId": "u-2001",
                     *       "createdAt": "2026-01-05T09:12:44.000Z",
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042"
                     *     }
                     */
                    "application/json": {
                        /**
                         * Format: email
                         * @description Where the digest e-mails go.
                         * @example p.devries@example.nl
                         */
                        email: string;
                        /** @description Display name, 1-200 characters (trimmed). */
                        name: string;
                        /**
                         * @description Language of e-mails and signal names for this user; `nl` when absent.
                         * @default nl
                         * @enum {string}
                         */
                        locale: "nl" | "en";
                        /**
                         * @description The departments this user manages (for settings with `departmentsOnly`); `[]` when absent.
                         * @default []
                         */
                        departmentIds: string[];
                        /**
                         * @description A department manager sees only the employees of `departmentIds` (in lists and signals); `false` when absent.
                         * @default false
                         */
                        isDepartmentManager: boolean;
                        /**
                         * @description An inactive user gets no signals and no e-mail (its settings are kept); `true` when absent.
                         * @default true
                         */
                        active: boolean;
                        /**
                         * @description The employer, a client of the provider; unique on the platform (the host system's id).
                         * @example bakkerij-jansen
                         */
                        employerId: string;
                        /**
                         * @description The user, as the identity provider names them (the token's `sub`).
                         * @example u-1042
                         */
                        userId: string;
                        /**
                         * Format: date-time
                         * @description When the resource was created (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description When the resource was last written (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        updatedAt: string;
                        /**
                         * @description Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.
                         * @example u-1042
                         */
                        updatedBy: string;
                    };
                };
            };
            /** @description Created */
            201: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "email": "k.jansen@bakkerij-jansen.example",
                     *       "name": "Karin Jansen",
                     *       "locale": "nl",
                     *       "departmentIds": [
                     *         "sales"
                     *       ],
                     *       "isDepartmentManager": true,
                     *       "active": true,
                     *       "employerId": "bakkerij-jansen",
                     *       "userId": "u-2001",
                     *       "createdAt": "2026-01-05T09:12:44.000Z",
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042"
                     *     }
                     */
                    "application/json": {
                        /**
                         * Format: email
                         * @description Where the digest e-mails go.
                         * @example p.devries@example.nl
                         */
                        email: string;
                        /** @description Display name, 1-200 characters (trimmed). */
                        name: string;
                        /**
                         * @description Language of e-mails and signal names for this user; `nl` when absent.
                         * @default nl
                         * @enum {string}
                         */
                        locale: "nl" | "en";
                        /**
                         * @description The departments this user manages (for settings with `departmentsOnly`); `[]` when absent.
                         * @default []
                         */
                        departmentIds: string[];
                        /**
                         * @description A department manager sees only the employees of `departmentIds` (in lists and signals); `false` when absent.
                         * @default false
                         */
                        isDepartmentManager: boolean;
                        /**
                         * @description An inactive user gets no signals and no e-mail (its settings are kept); `true` when absent.
                         * @default true
                         */
                        active: boolean;
                        /**
                         * @description The employer, a client of the provider; unique on the platform (the host system's id).
                         * @example bakkerij-jansen
                         */
                        employerId: string;
                        /**
                         * @description The user, as the identity provider names them (the token's `sub`).
                         * @example u-1042
                         */
                        userId: string;
                        /**
                         * Format: date-time
                         * @description When the resource was created (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description When the resource was last written (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        updatedAt: string;
                        /**
                         * @description Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.
                         * @example u-1042
                         */
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
            };
            path: {
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
                /**
                 * @description The user, as the identity provider names them (the token's `sub`).
                 * @example u-1042
                 */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /** @description Items per page, 1-100; 50 when absent. */
                limit?: number;
                /** @description The previous page's `nextCursor`, to read the next page. Opaque; absent for the first page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "email": "k.jansen@bakkerij-jansen.example",
                     *           "name": "Karin Jansen",
                     *           "locale": "nl",
                     *           "departmentIds": [
                     *             "sales"
                     *           ],
                     *           "isDepartmentManager": true,
                     *           "active": true,
                     *           "employerId": "bakkerij-jansen",
                     *           "userId": "u-2001",
                     *           "createdAt": "2026-01-05T09:12:44.000Z",
                     *           "updatedAt": "2026-11-02T14:03:10.000Z",
                     *           "updatedBy": "u-1042"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJwayI6IjEifQ"
                     *     }
                     */
                    "application/json": {
                        /** @description This page of the list, in its documented order. */
                        items: {
                            /**
                             * Format: email
                             * @description Where the digest e-mails go.
                             * @example p.devries@example.nl
                             */
                            email: string;
                            /** @description Display name, 1-200 characters (trimmed). */
                            name: string;
                            /**
                             * @description Language of e-mails and signal names for this user; `nl` when absent.
                             * @default nl
                             * @enum {string}
                             */
                            locale: "nl" | "en";
                            /**
                             * @description The departments this user manages (for settings with `departmentsOnly`); `[]` when absent.
                             * @default []
                             */
                            departmentIds: string[];
                            /**
                             * @description A department manager sees only the employees of `departmentIds` (in lists and signals); `false` when absent.
                             * @default false
                             */
                            isDepartmentManager: boolean;
                            /**
                             * @description An inactive user gets no signals and no e-mail (its settings are kept); `true` when absent.
                             * @default true
                             */
                            active: boolean;
                            /**
                             * @description The employer, a client of the provider; unique on the platform (the host system's id).
                             * @example bakkerij-jansen
                             */
                            employerId: string;
                            /**
                             * @description The user, as the identity provider names them (the token's `sub`).
                             * @example u-1042
                             */
                            userId: string;
                            /**
                             * Format: date-time
                             * @description When the resource was created (UTC).
                             * @example 2026-11-28T06:00:04.512Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description When the resource was last written (UTC).
                             * @example 2026-11-28T06:00:04.512Z
                             */
                            updatedAt: string;
                            /**
                             * @description Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.
                             * @example u-1042
                             */
                            updatedBy: string;
                        }[];
                        /** @description Pass as `cursor` to read the next page; absent on the last page. */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
            };
            path: {
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
                /**
                 * @description The employee, unique within the employer (the host system's id).
                 * @example emp-1001
                 */
                employeeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "employerId": "bakkerij-jansen",
                     *       "employeeId": "emp-1001",
                     *       "createdAt": "2026-01-05T09:12:44.000Z",
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042",
                     *       "employeeNumber": "1001",
                     *       "firstName": "Jan",
                     *       "lastName": "de Boer",
                     *       "birthDate": "1961-03-14",
                     *       "deceasedDate": null,
                     *       "marriageDate": "1990-06-01",
                     *       "departmentId": "sales",
                     *       "employment": {
                     *         "startDate": "2024-01-01",
                     *         "historicalStartDate": null,
                     *         "endDate": null,
                     *         "probationEndDate": "2024-01-31"
                     *       },
                     *       "contracts": [
                     *         {
                     *           "contractId": "c-2026",
                     *           "startDate": "2026-01-01",
                     *           "endDate": "2026-12-31",
                     *           "type": "fixedTerm"
                     *         }
                     *       ],
                     *       "nextPayScaleIncreaseDate": "2027-01-01",
                     *       "idDocumentExpiryDate": "2029-05-20",
                     *       "residencePermitExpiryDate": null,
                     *       "absences": [
                     *         {
                     *           "absenceId": "ab-1",
                     *           "startDate": "2026-10-12",
                     *           "endDate": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description The employer, a client of the provider; unique on the platform (the host system's id).
                         * @example bakkerij-jansen
                         */
                        employerId: string;
                        /**
                         * @description The employee, unique within the employer (the host system's id).
                         * @example emp-1001
                         */
                        employeeId: string;
                        /**
                         * Format: date-time
                         * @description When the resource was created (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description When the resource was last written (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        updatedAt: string;
                        /**
                         * @description Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.
                         * @example u-1042
                         */
                        updatedBy: string;
                        /**
                         * @description The payroll's personnel number, shown beside the name.
                         * @example 1001
                         */
                        employeeNumber?: string;
                        /**
                         * @description First name; '' when absent.
                         * @default
                         * @example Jan
                         */
                        firstName: string;
                        /**
                         * @description Last name, with any prefix (tussenvoegsel).
                         * @example de Boer
                         */
                        lastName: string;
                        /**
                         * Format: date
                         * @description Date of birth: birthdays, jubilee ages and the state-pension age follow from it.
                         * @example 2026-12-15
                         */
                        birthDate: string;
                        /** @description Date of death; null or absent while alive. No signals are made for days after it. */
                        deceasedDate?: string | null;
                        /** @description Date of marriage, for the wedding-anniversary signal; null or absent: none. */
                        marriageDate?: string | null;
                        /** @description The department the employee works in; null or absent: none (department managers do not see them). */
                        departmentId?: string | null;
                        /** @description The employment (dienstverband): the dates its signals count from. */
                        employment: {
                            /**
                             * Format: date
                             * @description The first day of the current employment.
                             * @example 2026-12-15
                             */
                            startDate: string;
                            /** @description The first day of service counted for jubilees when it lies before `startDate` (an earlier employment that counts); null or absent: `startDate`. */
                            historicalStartDate?: string | null;
                            /** @description The last day of employment (inclusive); null or absent: open-ended. */
                            endDate?: string | null;
                            /** @description The last day of the probation period; null or absent: none. */
                            probationEndDate?: string | null;
                        };
                        /**
                         * @description The contracts, up to 50 with distinct ids; `[]` when absent. Contract-end and notice signals follow the fixed-term ones.
                         * @default []
                         */
                        contracts: {
                            /**
                             * @description The contract, unique within the employee.
                             * @example c-2026
                             */
                            contractId: string;
                            /**
                             * Format: date
                             * @description The first day of the contract.
                             * @example 2026-12-15
                             */
                            startDate: string;
                            /** @description The last day of the contract (inclusive). Null or absent: no end date (permanent, or not yet known). */
                            endDate?: string | null;
                            /**
                             * @description `fixedTerm` (bepaalde tijd) or `permanent` (onbepaalde tijd).
                             * @enum {string}
                             */
                            type: "fixedTerm" | "permanent";
                        }[];
                        /** @description When the next pay-scale step (periodiek) is due; null or absent: none. */
                        nextPayScaleIncreaseDate?: string | null;
                        /** @description When the identity document expires; null or absent: not recorded. */
                        idDocumentExpiryDate?: string | null;
                        /** @description When the residence permit expires; null or absent: none needed or not recorded. */
                        residencePermitExpiryDate?: string | null;
                        /**
                         * @description Sickness absences, up to 50 with distinct ids; `[]` when absent. The Wet Poortwachter milestones count from the first sick day of a period.
                         * @default []
                         */
                        absences: {
                            /**
                             * @description The sickness absence, unique within the employee.
                             * @example ab-1
                             */
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
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
                /** @description `*`: create only; 412 when the resource already exists. */
                "If-None-Match"?: "*";
            };
            path: {
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
                /**
                 * @description The employee, unique within the employer (the host system's id).
                 * @example emp-1001
                 */
                employeeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "employeeNumber": "1001",
                 *       "firstName": "Jan",
                 *       "lastName": "de Boer",
                 *       "birthDate": "1961-03-14",
                 *       "deceasedDate": null,
                 *       "marriageDate": "1990-06-01",
                 *       "departmentId": "sales",
                 *       "employment": {
                 *         "startDate": "2024-01-01",
                 *         "historicalStartDate": null,
                 *         "endDate": null,
                 *         "probationEndDate": "2024-01-31"
                 *       },
                 *       "contracts": [
                 *         {
                 *           "contractId": "c-2026",
                 *           "startDate": "2026-01-01",
                 *           "endDate": "2026-12-31",
                 *           "type": "fixedTerm"
                 *         }
                 *       ],
                 *       "nextPayScaleIncreaseDate": "2027-01-01",
                 *       "idDocumentExpiryDate": "2029-05-20",
                 *       "residencePermitExpiryDate": null,
                 *       "absences": [
                 *         {
                 *           "absenceId": "ab-1",
                 *           "startDate": "2026-10-12",
                 *           "endDate": null
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The payroll's personnel number, shown beside the name.
                     * @example 1001
                     */
                    employeeNumber?: string;
                    /**
                     * @description First name; '' when absent.
                     * @default
                     * @example Jan
                     */
                    firstName?: string;
                    /**
                     * @description Last name, with any prefix (tussenvoegsel).
                     * @example de Boer
                     */
                    lastName: string;
                    /**
                     * Format: date
                     * @description Date of birth: birthdays, jubilee ages and the state-pension age follow from it.
                     * @example 2026-12-15
                     */
                    birthDate: string;
                    /** @description Date of death; null or absent while alive. No signals are made for days after it. */
                    deceasedDate?: string | null;
                    /** @description Date of marriage, for the wedding-anniversary signal; null or absent: none. */
                    marriageDate?: string | null;
                    /** @description The department the employee works in; null or absent: none (department managers do not see them). */
                    departmentId?: string | null;
                    /** @description The employment (dienstverband): the dates its signals count from. */
                    employment: {
                        /**
                         * Format: date
                         * @description The first day of the current employment.
                         * @example 2026-12-15
                         */
                        startDate: string;
                        /** @description The first day of service counted for jubilees when it lies before `startDate` (an earlier employment that counts); null or absent: `startDate`. */
                        historicalStartDate?: string | null;
                        /** @description The last day of employment (inclusive); null or absent: open-ended. */
                        endDate?: string | null;
                        /** @description The last day of the probation period; null or absent: none. */
                        probationEndDate?: string | null;
                    };
                    /**
                     * @description The contracts, up to 50 with distinct ids; `[]` when absent. Contract-end and notice signals follow the fixed-term ones.
                     * @default []
                     */
                    contracts?: {
                        /**
                         * @description The contract, unique within the employee.
                         * @example c-2026
                         */
                        contractId: string;
                        /**
                         * Format: date
                         * @description The first day of the contract.
                         * @example 2026-12-15
                         */
                        startDate: string;
                        /** @description The last day of the contract (inclusive). Null or absent: no end date (permanent, or not yet known). */
                        endDate?: string | null;
                        /**
                         * @description `fixedTerm` (bepaalde tijd) or `permanent` (onbepaalde tijd).
                         * @enum {string}
                         */
                        type: "fixedTerm" | "permanent";
                    }[];
                    /** @description When the next pay-scale step (periodiek) is due; null or absent: none. */
                    nextPayScaleIncreaseDate?: string | null;
                    /** @description When the identity document expires; null or absent: not recorded. */
                    idDocumentExpiryDate?: string | null;
                    /** @description When the residence permit expires; null or absent: none needed or not recorded. */
                    residencePermitExpiryDate?: string | null;
                    /**
                     * @description Sickness absences, up to 50 with distinct ids; `[]` when absent. The Wet Poortwachter milestones count from the first sick day of a period.
                     * @default []
                     */
                    absences?: {
                        /**
                         * @description The sickness absence, unique within the employee.
                         * @example ab-1
                         */
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
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "employerId": "bakkerij-jansen",
                     *       "employeeId": "emp-1001",
                     *       "createdAt": "2026-01-05T09:12:44.000Z",
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042",
                     *       "employeeNumber": "1001",
                     *       "firstName": "Jan",
                     *       "lastName": "de Boer",
                     *       "birthDate": "1961-03-14",
                     *       "deceasedDate": null,
                     *       "marriageDate": "1990-06-01",
                     *       "departmentId": "sales",
                     *       "employment": {
                     *         "startDate": "2024-01-01",
                     *         "historicalStartDate": null,
                     *         "endDate": null,
                     *         "probationEndDate": "2024-01-31"
                     *       },
                     *       "contracts": [
                     *         {
                     *           "contractId": "c-2026",
                     *           "startDate": "2026-01-01",
                     *           "endDate": "2026-12-31",
                     *           "type": "fixedTerm"
                     *         }
                     *       ],
                     *       "nextPayScaleIncreaseDate": "2027-01-01",
                     *       "idDocumentExpiryDate": "2029-05-20",
                     *       "residencePermitExpiryDate": null,
                     *       "absences": [
                     *         {
                     *           "absenceId": "ab-1",
                     *           "startDate": "2026-10-12",
                     *           "endDate": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description The employer, a client of the provider; unique on the platform (the host system's id).
                         * @example bakkerij-jansen
                         */
                        employerId: string;
                        /**
                         * @description The employee, unique within the employer (the host system's id).
                         * @example emp-1001
                         */
                        employeeId: string;
                        /**
                         * Format: date-time
                         * @description When the resource was created (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description When the resource was last written (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        updatedAt: string;
                        /**
                         * @description Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.
                         * @example u-1042
                         */
                        updatedBy: string;
                        /**
                         * @description The payroll's personnel number, shown beside the name.
                         * @example 1001
                         */
                        employeeNumber?: string;
                        /**
                         * @description First name; '' when absent.
                         * @default
                         * @example Jan
                         */
                        firstName: string;
                        /**
                         * @description Last name, with any prefix (tussenvoegsel).
                         * @example de Boer
                         */
                        lastName: string;
                        /**
                         * Format: date
                         * @description Date of birth: birthdays, jubilee ages and the state-pension age follow from it.
                         * @example 2026-12-15
                         */
                        birthDate: string;
                        /** @description Date of death; null or absent while alive. No signals are made for days after it. */
                        deceasedDate?: string | null;
                        /** @description Date of marriage, for the wedding-anniversary signal; null or absent: none. */
                        marriageDate?: string | null;
                        /** @description The department the employee works in; null or absent: none (department managers do not see them). */
                        departmentId?: string | null;
                        /** @description The employment (dienstverband): the dates its signals count from. */
                        employment: {
                            /**
                             * Format: date
                             * @description The first day of the current employment.
                             * @example 2026-12-15
                             */
                            startDate: string;
                            /** @description The first day of service counted for jubilees when it lies before `startDate` (an earlier employment that counts); null or absent: `startDate`. */
                            historicalStartDate?: string | null;
                            /** @description The last day of employment (inclusive); null or absent: open-ended. */
                            endDate?: string | null;
                            /** @description The last day of the probation period; null or absent: none. */
                            probationEndDate?: string | null;
                        };
                        /**
                         * @description The contracts, up to 50 with distinct ids; `[]` when absent. Contract-end and notice signals follow the fixed-term ones.
                         * @default []
                         */
                        contracts: {
                            /**
                             * @description The contract, unique within the employee.
                             * @example c-2026
                             */
                            contractId: string;
                            /**
                             * Format: date
                             * @description The first day of the contract.
                             * @example 2026-12-15
                             */
                            startDate: string;
                            /** @description The last day of the contract (inclusive). Null or absent: no end date (permanent, or not yet known). */
                            endDate?: string | null;
                            /**
                             * @description `fixedTerm` (bepaalde tijd) or `permanent` (onbepaalde tijd).
                             * @enum {string}
                             */
                            type: "fixedTerm" | "permanent";
                        }[];
                        /** @description When the next pay-scale step (periodiek) is due; null or absent: none. */
                        nextPayScaleIncreaseDate?: string | null;
                        /** @description When the identity document expires; null or absent: not recorded. */
                        idDocumentExpiryDate?: string | null;
                        /** @description When the residence permit expires; null or absent: none needed or not recorded. */
                        residencePermitExpiryDate?: string | null;
                        /**
                         * @description Sickness absences, up to 50 with distinct ids; `[]` when absent. The Wet Poortwachter milestones count from the first sick day of a period.
                         * @default []
                         */
                        absences: {
                            /**
                             * @description The sickness absence, unique within the employee.
                             * @example ab-1
                             */
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
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "employerId": "bakkerij-jansen",
                     *       "employeeId": "emp-1001",
                     *       "createdAt": "2026-01-05T09:12:44.000Z",
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042",
                     *       "employeeNumber": "1001",
                     *       "firstName": "Jan",
                     *       "lastName": "de Boer",
                     *       "birthDate": "1961-03-14",
                     *       "deceasedDate": null,
                     *       "marriageDate": "1990-06-01",
                     *       "departmentId": "sales",
                     *       "employment": {
                     *         "startDate": "2024-01-01",
                     *         "historicalStartDate": null,
                     *         "endDate": null,
                     *         "probationEndDate": "2024-01-31"
                     *       },
                     *       "contracts": [
                     *         {
                     *           "contractId": "c-2026",
                     *           "startDate": "2026-01-01",
                     *           "endDate": "2026-12-31",
                     *           "type": "fixedTerm"
                     *         }
                     *       ],
                     *       "nextPayScaleIncreaseDate": "2027-01-01",
                     *       "idDocumentExpiryDate": "2029-05-20",
                     *       "residencePermitExpiryDate": null,
                     *       "absences": [
                     *         {
                     *           "absenceId": "ab-1",
                     *           "startDate": "2026-10-12",
                     *           "endDate": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description The employer, a client of the provider; unique on the platform (the host system's id).
                         * @example bakkerij-jansen
                         */
                        employerId: string;
                        /**
                         * @description The employee, unique within the employer (the host system's id).
                         * @example emp-1001
                         */
                        employeeId: string;
                        /**
                         * Format: date-time
                         * @description When the resource was created (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description When the resource was last written (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        updatedAt: string;
                        /**
                         * @description Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.
                         * @example u-1042
                         */
                        updatedBy: string;
                        /**
                         * @description The payroll's personnel number, shown beside the name.
                         * @example 1001
                         */
                        employeeNumber?: string;
                        /**
                         * @description First name; '' when absent.
                         * @default
                         * @example Jan
                         */
                        firstName: string;
                        /**
                         * @description Last name, with any prefix (tussenvoegsel).
                         * @example de Boer
                         */
                        lastName: string;
                        /**
                         * Format: date
                         * @description Date of birth: birthdays, jubilee ages and the state-pension age follow from it.
                         * @example 2026-12-15
                         */
                        birthDate: string;
                        /** @description Date of death; null or absent while alive. No signals are made for days after it. */
                        deceasedDate?: string | null;
                        /** @description Date of marriage, for the wedding-anniversary signal; null or absent: none. */
                        marriageDate?: string | null;
                        /** @description The department the employee works in; null or absent: none (department managers do not see them). */
                        departmentId?: string | null;
                        /** @description The employment (dienstverband): the dates its signals count from. */
                        employment: {
                            /**
                             * Format: date
                             * @description The first day of the current employment.
                             * @example 2026-12-15
                             */
                            startDate: string;
                            /** @description The first day of service counted for jubilees when it lies before `startDate` (an earlier employment that counts); null or absent: `startDate`. */
                            historicalStartDate?: string | null;
                            /** @description The last day of employment (inclusive); null or absent: open-ended. */
                            endDate?: string | null;
                            /** @description The last day of the probation period; null or absent: none. */
                            probationEndDate?: string | null;
                        };
                        /**
                         * @description The contracts, up to 50 with distinct ids; `[]` when absent. Contract-end and notice signals follow the fixed-term ones.
                         * @default []
                         */
                        contracts: {
                            /**
                             * @description The contract, unique within the employee.
                             * @example c-2026
                             */
                            contractId: string;
                            /**
                             * Format: date
                             * @description The first day of the contract.
                             * @example 2026-12-15
                             */
                            startDate: string;
                            /** @description The last day of the contract (inclusive). Null or absent: no end date (permanent, or not yet known). */
                            endDate?: string | null;
                            /**
                             * @description `fixedTerm` (bepaalde tijd) or `permanent` (onbepaalde tijd).
                             * @enum {string}
                             */
                            type: "fixedTerm" | "permanent";
                        }[];
                        /** @description When the next pay-scale step (periodiek) is due; null or absent: none. */
                        nextPayScaleIncreaseDate?: string | null;
                        /** @description When the identity document expires; null or absent: not recorded. */
                        idDocumentExpiryDate?: string | null;
                        /** @description When the residence permit expires; null or absent: none needed or not recorded. */
                        residencePermitExpiryDate?: string | null;
                        /**
                         * @description Sickness absences, up to 50 with distinct ids; `[]` when absent. The Wet Poortwachter milestones count from the first sick day of a period.
                         * @default []
                         */
                        absences: {
                            /**
                             * @description The sickness absence, unique within the employee.
                             * @example ab-1
                             */
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
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
            };
            path: {
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
                /**
                 * @description The employee, unique within the employer (the host system's id).
                 * @example emp-1001
                 */
                employeeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /** @description Items per page, 1-100; 50 when absent. */
                limit?: number;
                /** @description The previous page's `nextCursor`, to read the next page. Opaque; absent for the first page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "employerId": "bakkerij-jansen",
                     *           "employeeId": "emp-1001",
                     *           "createdAt": "2026-01-05T09:12:44.000Z",
                     *           "updatedAt": "2026-11-02T14:03:10.000Z",
                     *           "updatedBy": "u-1042",
                     *           "employeeNumber": "1001",
                     *           "firstName": "Jan",
                     *           "lastName": "de Boer",
                     *           "birthDate": "1961-03-14",
                     *           "deceasedDate": null,
                     *           "marriageDate": "1990-06-01",
                     *           "departmentId": "sales",
                     *           "employment": {
                     *             "startDate": "2024-01-01",
                     *             "historicalStartDate": null,
                     *             "endDate": null,
                     *             "probationEndDate": "2024-01-31"
                     *           },
                     *           "contracts": [
                     *             {
                     *               "contractId": "c-2026",
                     *               "startDate": "2026-01-01",
                     *               "endDate": "2026-12-31",
                     *               "type": "fixedTerm"
                     *             }
                     *           ],
                     *           "nextPayScaleIncreaseDate": "2027-01-01",
                     *           "idDocumentExpiryDate": "2029-05-20",
                     *           "residencePermitExpiryDate": null,
                     *           "absences": [
                     *             {
                     *               "absenceId": "ab-1",
                     *               "startDate": "2026-10-12",
                     *               "endDate": null
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "nextCursor": "eyJwayI6IjEifQ"
                     *     }
                     */
                    "application/json": {
                        /** @description This page of the list, in its documented order. */
                        items: {
                            /**
                             * @description The employer, a client of the provider; unique on the platform (the host system's id).
                             * @example bakkerij-jansen
                             */
                            employerId: string;
                            /**
                             * @description The employee, unique within the employer (the host system's id).
                             * @example emp-1001
                             */
                            employeeId: string;
                            /**
                             * Format: date-time
                             * @description When the resource was created (UTC).
                             * @example 2026-11-28T06:00:04.512Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description When the resource was last written (UTC).
                             * @example 2026-11-28T06:00:04.512Z
                             */
                            updatedAt: string;
                            /**
                             * @description Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.
                             * @example u-1042
                             */
                            updatedBy: string;
                            /**
                             * @description The payroll's personnel number, shown beside the name.
                             * @example 1001
                             */
                            employeeNumber?: string;
                            /**
                             * @description First name; '' when absent.
                             * @default
                             * @example Jan
                             */
                            firstName: string;
                            /**
                             * @description Last name, with any prefix (tussenvoegsel).
                             * @example de Boer
                             */
                            lastName: string;
                            /**
                             * Format: date
                             * @description Date of birth: birthdays, jubilee ages and the state-pension age follow from it.
                             * @example 2026-12-15
                             */
                            birthDate: string;
                            /** @description Date of death; null or absent while alive. No signals are made for days after it. */
                            deceasedDate?: string | null;
                            /** @description Date of marriage, for the wedding-anniversary signal; null or absent: none. */
                            marriageDate?: string | null;
                            /** @description The department the employee works in; null or absent: none (department managers do not see them). */
                            departmentId?: string | null;
                            /** @description The employment (dienstverband): the dates its signals count from. */
                            employment: {
                                /**
                                 * Format: date
                                 * @description The first day of the current employment.
                                 * @example 2026-12-15
                                 */
                                startDate: string;
                                /** @description The first day of service counted for jubilees when it lies before `startDate` (an earlier employment that counts); null or absent: `startDate`. */
                                historicalStartDate?: string | null;
                                /** @description The last day of employment (inclusive); null or absent: open-ended. */
                                endDate?: string | null;
                                /** @description The last day of the probation period; null or absent: none. */
                                probationEndDate?: string | null;
                            };
                            /**
                             * @description The contracts, up to 50 with distinct ids; `[]` when absent. Contract-end and notice signals follow the fixed-term ones.
                             * @default []
                             */
                            contracts: {
                                /**
                                 * @description The contract, unique within the employee.
                                 * @example c-2026
                                 */
                                contractId: string;
                                /**
                                 * Format: date
                                 * @description The first day of the contract.
                                 * @example 2026-12-15
                                 */
                                startDate: string;
                                /** @description The last day of the contract (inclusive). Null or absent: no end date (permanent, or not yet known). */
                                endDate?: string | null;
                                /**
                                 * @description `fixedTerm` (bepaalde tijd) or `permanent` (onbepaalde tijd).
                                 * @enum {string}
                                 */
                                type: "fixedTerm" | "permanent";
                            }[];
                            /** @description When the next pay-scale step (periodiek) is due; null or absent: none. */
                            nextPayScaleIncreaseDate?: string | null;
                            /** @description When the identity document expires; null or absent: not recorded. */
                            idDocumentExpiryDate?: string | null;
                            /** @description When the residence permit expires; null or absent: none needed or not recorded. */
                            residencePermitExpiryDate?: string | null;
                            /**
                             * @description Sickness absences, up to 50 with distinct ids; `[]` when absent. The Wet Poortwachter milestones count from the first sick day of a period.
                             * @default []
                             */
                            absences: {
                                /**
                                 * @description The sickness absence, unique within the employee.
                                 * @example ab-1
                                 */
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
                        /** @description Pass as `cursor` to read the next page; absent on the last page. */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "upsert": [
                 *         {
                 *           "employeeId": "emp-1001",
                 *           "employeeNumber": "1001",
                 *           "firstName": "Jan",
                 *           "lastName": "de Boer",
                 *           "birthDate": "1961-03-14",
                 *           "deceasedDate": null,
                 *           "marriageDate": "1990-06-01",
                 *           "departmentId": "sales",
                 *           "employment": {
                 *             "startDate": "2024-01-01",
                 *             "historicalStartDate": null,
                 *             "endDate": null,
                 *             "probationEndDate": "2024-01-31"
                 *           },
                 *           "contracts": [
                 *             {
                 *               "contractId": "c-2026",
                 *               "startDate": "2026-01-01",
                 *               "endDate": "2026-12-31",
                 *               "type": "fixedTerm"
                 *             }
                 *           ],
                 *           "nextPayScaleIncreaseDate": "2027-01-01",
                 *           "idDocumentExpiryDate": "2029-05-20",
                 *           "residencePermitExpiryDate": null,
                 *           "absences": [
                 *             {
                 *               "absenceId": "ab-1",
                 *               "startDate": "2026-10-12",
                 *               "endDate": null
                 *             }
                 *           ]
                 *         }
                 *       ],
                 *       "delete": [
                 *         "emp-0999"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Employees to create or replace, each with its `employeeId`; `[]` when absent.
                     * @default []
                     */
                    upsert?: {
                        /**
                         * @description The employee, unique within the employer (the host system's id).
                         * @example emp-1001
                         */
                        employeeId: string;
                        /**
                         * @description The payroll's personnel number, shown beside the name.
                         * @example 1001
                         */
                        employeeNumber?: string;
                        /**
                         * @description First name; '' when absent.
                         * @default
                         * @example Jan
                         */
                        firstName?: string;
                        /**
                         * @description Last name, with any prefix (tussenvoegsel).
                         * @example de Boer
                         */
                        lastName: string;
                        /**
                         * Format: date
                         * @description Date of birth: birthdays, jubilee ages and the state-pension age follow from it.
                         * @example 2026-12-15
                         */
                        birthDate: string;
                        /** @description Date of death; null or absent while alive. No signals are made for days after it. */
                        deceasedDate?: string | null;
                        /** @description Date of marriage, for the wedding-anniversary signal; null or absent: none. */
                        marriageDate?: string | null;
                        /** @description The department the employee works in; null or absent: none (department managers do not see them). */
                        departmentId?: string | null;
                        /** @description The employment (dienstverband): the dates its signals count from. */
                        employment: {
                            /**
                             * Format: date
                             * @description The first day of the current employment.
                             * @example 2026-12-15
                             */
                            startDate: string;
                            /** @description The first day of service counted for jubilees when it lies before `startDate` (an earlier employment that counts); null or absent: `startDate`. */
                            historicalStartDate?: string | null;
                            /** @description The last day of employment (inclusive); null or absent: open-ended. */
                            endDate?: string | null;
                            /** @description The last day of the probation period; null or absent: none. */
                            probationEndDate?: string | null;
                        };
                        /**
                         * @description The contracts, up to 50 with distinct ids; `[]` when absent. Contract-end and notice signals follow the fixed-term ones.
                         * @default []
                         */
                        contracts?: {
                            /**
                             * @description The contract, unique within the employee.
                             * @example c-2026
                             */
                            contractId: string;
                            /**
                             * Format: date
                             * @description The first day of the contract.
                             * @example 2026-12-15
                             */
                            startDate: string;
                            /** @description The last day of the contract (inclusive). Null or absent: no end date (permanent, or not yet known). */
                            endDate?: string | null;
                            /**
                             * @description `fixedTerm` (bepaalde tijd) or `permanent` (onbepaalde tijd).
                             * @enum {string}
                             */
                            type: "fixedTerm" | "permanent";
                        }[];
                        /** @description When the next pay-scale step (periodiek) is due; null or absent: none. */
                        nextPayScaleIncreaseDate?: string | null;
                        /** @description When the identity document expires; null or absent: not recorded. */
                        idDocumentExpiryDate?: string | null;
                        /** @description When the residence permit expires; null or absent: none needed or not recorded. */
                        residencePermitExpiryDate?: string | null;
                        /**
                         * @description Sickness absences, up to 50 with distinct ids; `[]` when absent. The Wet Poortwachter milestones count from the first sick day of a period.
                         * @default []
                         */
                        absences?: {
                            /**
                             * @description The sickness absence, unique within the employee.
                             * @example ab-1
                             */
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
                    /**
                     * @description Employees to delete; one that does not exist is reported `absent`. `[]` when absent.
                     * @default []
                     */
                    delete?: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "employeeId": "emp-1001",
                     *           "operation": "upsert",
                     *           "result": "updated"
                     *         },
                     *         {
                     *           "employeeId": "emp-0999",
                     *           "operation": "delete",
                     *           "result": "absent"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description One item per employee of the batch, upserts first, in the order given. */
                        items: {
                            /**
                             * @description The employee, unique within the employer (the host system's id).
                             * @example emp-1001
                             */
                            employeeId: string;
                            /**
                             * @description What the batch asked for this employee.
                             * @enum {string}
                             */
                            operation: "upsert" | "delete";
                            /**
                             * @description What it did: `absent` is a delete of an employee that did not exist.
                             * @enum {string}
                             */
                            result: "created" | "updated" | "deleted" | "absent";
                        }[];
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "code": "CONTRACT_END",
                     *           "name": {
                     *             "nl": "Einde tijdelijk contract",
                     *             "en": "End of fixed-term contract"
                     *           },
                     *           "description": "The end date of each fixed-term contract.",
                     *           "audience": [
                     *             "provider",
                     *             "employer"
                     *           ],
                     *           "defaultDaysBefore": [
                     *             60
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description Every signal type, in catalogue order. */
                        items: {
                            /**
                             * @description The signal type, as settings and signals name it.
                             * @enum {string}
                             */
                            code: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                            /** @description Its name in each language. */
                            name: {
                                /** @description Dutch name. */
                                nl: string;
                                /** @description English name. */
                                en: string;
                            };
                            /** @description When it signals: the event and how its date is found. */
                            description: string;
                            /** @description Which users may get it: `provider` users, `employer` users, or both. */
                            audience: ("provider" | "employer")[];
                            /** @description The offsets used when a setting gives no `daysBefore` (negative: after the event). */
                            defaultDaysBefore: number[];
                        }[];
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
            };
            path: {
                /**
                 * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                 * @example acme
                 */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "providerId": "acme",
                     *       "signals": [
                     *         {
                     *           "signalType": "CONTRACT_END",
                     *           "daysBefore": [
                     *             60,
                     *             30
                     *           ],
                     *           "email": true,
                     *           "departmentsOnly": false
                     *         }
                     *       ],
                     *       "createdAt": "2026-01-05T09:12:44.000Z",
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                         * @example acme
                         */
                        providerId: string;
                        /** @description The default signals of the provider users. */
                        signals: {
                            /**
                             * @description The signal type (see `GET /v1/signal-types`).
                             * @enum {string}
                             */
                            signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                            /** @description Days before the event (negative: after), 1 to 3 offsets. */
                            daysBefore: number[];
                            /** @description Whether these signals also go into the digest e-mail (they are always in the list). */
                            email: boolean;
                            /** @description Employer users only: signals for the employees of the user's own departments only. */
                            departmentsOnly: boolean;
                        }[];
                        /**
                         * Format: date-time
                         * @description When the default was first set; absent: never set.
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        createdAt?: string;
                        /**
                         * Format: date-time
                         * @description When the default was last set; absent: never set.
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        updatedAt?: string;
                        /**
                         * @description Who last set the default; absent: never set.
                         * @example u-1042
                         */
                        updatedBy?: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
                /** @description `*`: create only; 412 when the resource already exists. */
                "If-None-Match"?: "*";
            };
            path: {
                /**
                 * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                 * @example acme
                 */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "signals": [
                 *         {
                 *           "signalType": "CONTRACT_END",
                 *           "daysBefore": [
                 *             60,
                 *             30
                 *           ],
                 *           "email": true
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The signals every provider user without settings of their own gets; each type at most once. `[]`: none. */
                    signals: {
                        /**
                         * @description The signal type (see `GET /v1/signal-types`).
                         * @enum {string}
                         */
                        signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                        /** @description 1 to 3 distinct offsets, -365 to 730: days before the event (negative: after). Absent: the type's `defaultDaysBefore`. */
                        daysBefore?: number[];
                        /**
                         * @description Whether these signals also go into the digest e-mail; `false` when absent.
                         * @default false
                         */
                        email?: boolean;
                        /**
                         * @description Employer users only: signals for the employees of the user's own departments only; `false` when absent.
                         * @default false
                         */
                        departmentsOnly?: boolean;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "providerId": "acme",
                     *       "signals": [
                     *         {
                     *           "signalType": "CONTRACT_END",
                     *           "daysBefore": [
                     *             60,
                     *             30
                     *           ],
                     *           "email": true,
                     *           "departmentsOnly": false
                     *         }
                     *       ],
                     *       "createdAt": "2026-01-05T09:12:44.000Z",
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                         * @example acme
                         */
                        providerId: string;
                        /** @description The default signals of the provider users. */
                        signals: {
                            /**
                             * @description The signal type (see `GET /v1/signal-types`).
                             * @enum {string}
                             */
                            signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                            /** @description Days before the event (negative: after), 1 to 3 offsets. */
                            daysBefore: number[];
                            /** @description Whether these signals also go into the digest e-mail (they are always in the list). */
                            email: boolean;
                            /** @description Employer users only: signals for the employees of the user's own departments only. */
                            departmentsOnly: boolean;
                        }[];
                        /**
                         * Format: date-time
                         * @description When the default was first set; absent: never set.
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        createdAt?: string;
                        /**
                         * Format: date-time
                         * @description When the default was last set; absent: never set.
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        updatedAt?: string;
                        /**
                         * @description Who last set the default; absent: never set.
                         * @example u-1042
                         */
                        updatedBy?: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
            };
            path: {
                /**
                 * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                 * @example acme
                 */
                providerId: string;
                /**
                 * @description The user, as the identity provider names them (the token's `sub`).
                 * @example u-1042
                 */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "mode": "custom",
                     *       "source": "signalSet",
                     *       "signals": [
                     *         {
                     *           "signalType": "CONTRACT_END",
                     *           "daysBefore": [
                     *             60,
                     *             30
                     *           ],
                     *           "email": true,
                     *           "departmentsOnly": false,
                     *           "source": "signalSet"
                     *         },
                     *         {
                     *           "signalType": "BIRTHDAY",
                     *           "daysBefore": [
                     *             1
                     *           ],
                     *           "email": false,
                     *           "departmentsOnly": true,
                     *           "source": "signalSet"
                     *         }
                     *       ],
                     *       "signalSet": {
                     *         "selectedSetId": "standard",
                     *         "appliedSetId": "standard",
                     *         "appliedVersion": 3,
                     *         "currentVersion": 3,
                     *         "outdated": false
                     *       },
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description `custom`: the user's own list; `none`: opted out; `providerDefault`: no settings of their own.
                         * @enum {string}
                         */
                        mode: "custom" | "none" | "providerDefault";
                        /**
                         * @description Where the setting comes from: the user's own, a signal set copied onto the user, the provider default, or `none` (the user opted out).
                         * @enum {string}
                         */
                        source: "user" | "signalSet" | "providerDefault" | "none";
                        /** @description The signals the user gets now, each with where its setting comes from. */
                        signals: {
                            /**
                             * @description The signal type (see `GET /v1/signal-types`).
                             * @enum {string}
                             */
                            signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                            /** @description Days before the event (negative: after), 1 to 3 offsets. */
                            daysBefore: number[];
                            /** @description Whether these signals also go into the digest e-mail (they are always in the list). */
                            email: boolean;
                            /** @description Employer users only: signals for the employees of the user's own departments only. */
                            departmentsOnly: boolean;
                            /**
                             * @description Where the setting comes from: the user's own, a signal set copied onto the user, the provider default, or `none` (the user opted out).
                             * @enum {string}
                             */
                            source: "user" | "signalSet" | "providerDefault" | "none";
                        }[];
                        /** @description Employer users: the signal set selected and applied; absent for provider users. */
                        signalSet?: {
                            /** @description The set selected for the user; null: none. */
                            selectedSetId: string | null;
                            /** @description The set last copied onto the user's settings; null: none. */
                            appliedSetId: string | null;
                            /** @description The version that was copied; null: none. */
                            appliedVersion: number | null;
                            /** @description The applied set's current version; null: the set is gone. */
                            currentVersion: number | null;
                            /** @description True when the set changed after it was copied (reapply to update). */
                            outdated: boolean;
                        };
                        /** @description When the user's own settings were last set; null: never. */
                        updatedAt: string | null;
                        /** @description Who last set them (a `sub`); null: never. */
                        updatedBy: string | null;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
                /** @description `*`: create only; 412 when the resource already exists. */
                "If-None-Match"?: "*";
            };
            path: {
                /**
                 * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                 * @example acme
                 */
                providerId: string;
                /**
                 * @description The user, as the identity provider names them (the token's `sub`).
                 * @example u-1042
                 */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mode": "custom",
                 *       "signals": [
                 *         {
                 *           "signalType": "CONTRACT_END",
                 *           "daysBefore": [
                 *             60,
                 *             30
                 *           ],
                 *           "email": true
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The user's own list of signals.
                     * @constant
                     */
                    mode: "custom";
                    /** @description The signals the user gets; each type at most once. */
                    signals: {
                        /**
                         * @description The signal type (see `GET /v1/signal-types`).
                         * @enum {string}
                         */
                        signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                        /** @description 1 to 3 distinct offsets, -365 to 730: days before the event (negative: after). Absent: the type's `defaultDaysBefore`. */
                        daysBefore?: number[];
                        /**
                         * @description Whether these signals also go into the digest e-mail; `false` when absent.
                         * @default false
                         */
                        email?: boolean;
                        /**
                         * @description Employer users only: signals for the employees of the user's own departments only; `false` when absent.
                         * @default false
                         */
                        departmentsOnly?: boolean;
                    }[];
                } | {
                    /**
                     * @description An explicit opt-out: no signals at all (not even the provider default).
                     * @constant
                     */
                    mode: "none";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "mode": "custom",
                     *       "source": "signalSet",
                     *       "signals": [
                     *         {
                     *           "signalType": "CONTRACT_END",
                     *           "daysBefore": [
                     *             60,
                     *             30
                     *           ],
                     *           "email": true,
                     *           "departmentsOnly": false,
                     *           "source": "signalSet"
                     *         },
                     *         {
                     *           "signalType": "BIRTHDAY",
                     *           "daysBefore": [
                     *             1
                     *           ],
                     *           "email": false,
                     *           "departmentsOnly": true,
                     *           "source": "signalSet"
                     *         }
                     *       ],
                     *       "signalSet": {
                     *         "selectedSetId": "standard",
                     *         "appliedSetId": "standard",
                     *         "appliedVersion": 3,
                     *         "currentVersion": 3,
                     *         "outdated": false
                     *       },
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description `custom`: the user's own list; `none`: opted out; `providerDefault`: no settings of their own.
                         * @enum {string}
                         */
                        mode: "custom" | "none" | "providerDefault";
                        /**
                         * @description Where the setting comes from: the user's own, a signal set copied onto the user, the provider default, or `none` (the user opted out).
                         * @enum {string}
                         */
                        source: "user" | "signalSet" | "providerDefault" | "none";
                        /** @description The signals the user gets now, each with where its setting comes from. */
                        signals: {
                            /**
                             * @description The signal type (see `GET /v1/signal-types`).
                             * @enum {string}
                             */
                            signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                            /** @description Days before the event (negative: after), 1 to 3 offsets. */
                            daysBefore: number[];
                            /** @description Whether these signals also go into the digest e-mail (they are always in the list). */
                            email: boolean;
                            /** @description Employer users only: signals for the employees of the user's own departments only. */
                            departmentsOnly: boolean;
                            /**
                             * @description Where the setting comes from: the user's own, a signal set copied onto the user, the provider default, or `none` (the user opted out).
                             * @enum {string}
                             */
                            source: "user" | "signalSet" | "providerDefault" | "none";
                        }[];
                        /** @description Employer users: the signal set selected and applied; absent for provider users. */
                        signalSet?: {
                            /** @description The set selected for the user; null: none. */
                            selectedSetId: string | null;
                            /** @description The set last copied onto the user's settings; null: none. */
                            appliedSetId: string | null;
                            /** @description The version that was copied; null: none. */
                            appliedVersion: number | null;
                            /** @description The applied set's current version; null: the set is gone. */
                            currentVersion: number | null;
                            /** @description True when the set changed after it was copied (reapply to update). */
                            outdated: boolean;
                        };
                        /** @description When the user's own settings were last set; null: never. */
                        updatedAt: string | null;
                        /** @description Who last set them (a `sub`); null: never. */
                        updatedBy: string | null;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
            };
            path: {
                /**
                 * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                 * @example acme
                 */
                providerId: string;
                /**
                 * @description The user, as the identity provider names them (the token's `sub`).
                 * @example u-1042
                 */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
            };
            path: {
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
                /**
                 * @description The user, as the identity provider names them (the token's `sub`).
                 * @example u-1042
                 */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "mode": "custom",
                     *       "source": "signalSet",
                     *       "signals": [
                     *         {
                     *           "signalType": "CONTRACT_END",
                     *           "daysBefore": [
                     *             60,
                     *             30
                     *           ],
                     *           "email": true,
                     *           "departmentsOnly": false,
                     *           "source": "signalSet"
                     *         },
                     *         {
                     *           "signalType": "BIRTHDAY",
                     *           "daysBefore": [
                     *             1
                     *           ],
                     *           "email": false,
                     *           "departmentsOnly": true,
                     *           "source": "signalSet"
                     *         }
                     *       ],
                     *       "signalSet": {
                     *         "selectedSetId": "standard",
                     *         "appliedSetId": "standard",
                     *         "appliedVersion": 3,
                     *         "currentVersion": 3,
                     *         "outdated": false
                     *       },
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description `custom`: the user's own list; `none`: opted out; `providerDefault`: no settings of their own.
                         * @enum {string}
                         */
                        mode: "custom" | "none" | "providerDefault";
                        /**
                         * @description Where the setting comes from: the user's own, a signal set copied onto the user, the provider default, or `none` (the user opted out).
                         * @enum {string}
                         */
                        source: "user" | "signalSet" | "providerDefault" | "none";
                        /** @description The signals the user gets now, each with where its setting comes from. */
                        signals: {
                            /**
                             * @description The signal type (see `GET /v1/signal-types`).
                             * @enum {string}
                             */
                            signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                            /** @description Days before the event (negative: after), 1 to 3 offsets. */
                            daysBefore: number[];
                            /** @description Whether these signals also go into the digest e-mail (they are always in the list). */
                            email: boolean;
                            /** @description Employer users only: signals for the employees of the user's own departments only. */
                            departmentsOnly: boolean;
                            /**
                             * @description Where the setting comes from: the user's own, a signal set copied onto the user, the provider default, or `none` (the user opted out).
                             * @enum {string}
                             */
                            source: "user" | "signalSet" | "providerDefault" | "none";
                        }[];
                        /** @description Employer users: the signal set selected and applied; absent for provider users. */
                        signalSet?: {
                            /** @description The set selected for the user; null: none. */
                            selectedSetId: string | null;
                            /** @description The set last copied onto the user's settings; null: none. */
                            appliedSetId: string | null;
                            /** @description The version that was copied; null: none. */
                            appliedVersion: number | null;
                            /** @description The applied set's current version; null: the set is gone. */
                            currentVersion: number | null;
                            /** @description True when the set changed after it was copied (reapply to update). */
                            outdated: boolean;
                        };
                        /** @description When the user's own settings were last set; null: never. */
                        updatedAt: string | null;
                        /** @description Who last set them (a `sub`); null: never. */
                        updatedBy: string | null;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
                /** @description `*`: create only; 412 when the resource already exists. */
                "If-None-Match"?: "*";
            };
            path: {
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
                /**
                 * @description The user, as the identity provider names them (the token's `sub`).
                 * @example u-1042
                 */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mode": "custom",
                 *       "signals": [
                 *         {
                 *           "signalType": "CONTRACT_END",
                 *           "daysBefore": [
                 *             60,
                 *             30
                 *           ],
                 *           "email": true
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The user's own list of signals.
                     * @constant
                     */
                    mode: "custom";
                    /** @description The signals the user gets; each type at most once. */
                    signals: {
                        /**
                         * @description The signal type (see `GET /v1/signal-types`).
                         * @enum {string}
                         */
                        signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                        /** @description 1 to 3 distinct offsets, -365 to 730: days before the event (negative: after). Absent: the type's `defaultDaysBefore`. */
                        daysBefore?: number[];
                        /**
                         * @description Whether these signals also go into the digest e-mail; `false` when absent.
                         * @default false
                         */
                        email?: boolean;
                        /**
                         * @description Employer users only: signals for the employees of the user's own departments only; `false` when absent.
                         * @default false
                         */
                        departmentsOnly?: boolean;
                    }[];
                } | {
                    /**
                     * @description An explicit opt-out: no signals at all (not even the provider default).
                     * @constant
                     */
                    mode: "none";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "mode": "custom",
                     *       "source": "signalSet",
                     *       "signals": [
                     *         {
                     *           "signalType": "CONTRACT_END",
                     *           "daysBefore": [
                     *             60,
                     *             30
                     *           ],
                     *           "email": true,
                     *           "departmentsOnly": false,
                     *           "source": "signalSet"
                     *         },
                     *         {
                     *           "signalType": "BIRTHDAY",
                     *           "daysBefore": [
                     *             1
                     *           ],
                     *           "email": false,
                     *           "departmentsOnly": true,
                     *           "source": "signalSet"
                     *         }
                     *       ],
                     *       "signalSet": {
                     *         "selectedSetId": "standard",
                     *         "appliedSetId": "standard",
                     *         "appliedVersion": 3,
                     *         "currentVersion": 3,
                     *         "outdated": false
                     *       },
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description `custom`: the user's own list; `none`: opted out; `providerDefault`: no settings of their own.
                         * @enum {string}
                         */
                        mode: "custom" | "none" | "providerDefault";
                        /**
                         * @description Where the setting comes from: the user's own, a signal set copied onto the user, the provider default, or `none` (the user opted out).
                         * @enum {string}
                         */
                        source: "user" | "signalSet" | "providerDefault" | "none";
                        /** @description The signals the user gets now, each with where its setting comes from. */
                        signals: {
                            /**
                             * @description The signal type (see `GET /v1/signal-types`).
                             * @enum {string}
                             */
                            signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                            /** @description Days before the event (negative: after), 1 to 3 offsets. */
                            daysBefore: number[];
                            /** @description Whether these signals also go into the digest e-mail (they are always in the list). */
                            email: boolean;
                            /** @description Employer users only: signals for the employees of the user's own departments only. */
                            departmentsOnly: boolean;
                            /**
                             * @description Where the setting comes from: the user's own, a signal set copied onto the user, the provider default, or `none` (the user opted out).
                             * @enum {string}
                             */
                            source: "user" | "signalSet" | "providerDefault" | "none";
                        }[];
                        /** @description Employer users: the signal set selected and applied; absent for provider users. */
                        signalSet?: {
                            /** @description The set selected for the user; null: none. */
                            selectedSetId: string | null;
                            /** @description The set last copied onto the user's settings; null: none. */
                            appliedSetId: string | null;
                            /** @description The version that was copied; null: none. */
                            appliedVersion: number | null;
                            /** @description The applied set's current version; null: the set is gone. */
                            currentVersion: number | null;
                            /** @description True when the set changed after it was copied (reapply to update). */
                            outdated: boolean;
                        };
                        /** @description When the user's own settings were last set; null: never. */
                        updatedAt: string | null;
                        /** @description Who last set them (a `sub`); null: never. */
                        updatedBy: string | null;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
            };
            path: {
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
                /**
                 * @description The user, as the identity provider names them (the token's `sub`).
                 * @example u-1042
                 */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /** @description Items per page, 1-100; 50 when absent. */
                limit?: number;
                /** @description The previous page's `nextCursor`, to read the next page. Opaque; absent for the first page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                 * @example acme
                 */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "providerId": "acme",
                     *           "setId": "standard",
                     *           "version": 3,
                     *           "name": "Standaard",
                     *           "description": "Voor leidinggevenden",
                     *           "signals": [
                     *             {
                     *               "signalType": "CONTRACT_END",
                     *               "daysBefore": [
                     *                 60,
                     *                 30
                     *               ],
                     *               "email": true,
                     *               "departmentsOnly": false
                     *             },
                     *             {
                     *               "signalType": "BIRTHDAY",
                     *               "daysBefore": [
                     *                 1
                     *               ],
                     *               "email": false,
                     *               "departmentsOnly": true
                     *             }
                     *           ],
                     *           "createdAt": "2026-01-05T09:12:44.000Z",
                     *           "updatedAt": "2026-11-02T14:03:10.000Z",
                     *           "updatedBy": "u-1042"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJwayI6IjEifQ"
                     *     }
                     */
                    "application/json": {
                        /** @description This page of the list, in its documented order. */
                        items: {
                            /**
                             * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                             * @example acme
                             */
                            providerId: string;
                            /**
                             * @description The signal set, unique within its provider.
                             * @example standard
                             */
                            setId: string;
                            /** @description The version of a signal set; every replace raises it by one. */
                            version: number;
                            /**
                             * @description Name of the set, 1-200 characters.
                             * @example Standaard
                             */
                            name: string;
                            /** @description What the set is for; up to 2000 characters. */
                            description?: string;
                            /** @description The signals of the set. */
                            signals: {
                                /**
                                 * @description The signal type (see `GET /v1/signal-types`).
                                 * @enum {string}
                                 */
                                signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                                /** @description Days before the event (negative: after), 1 to 3 offsets. */
                                daysBefore: number[];
                                /** @description Whether these signals also go into the digest e-mail (they are always in the list). */
                                email: boolean;
                                /** @description Employer users only: signals for the employees of the user's own departments only. */
                                departmentsOnly: boolean;
                            }[];
                            /**
                             * Format: date-time
                             * @description When the resource was created (UTC).
                             * @example 2026-11-28T06:00:04.512Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description When the resource was last written (UTC).
                             * @example 2026-11-28T06:00:04.512Z
                             */
                            updatedAt: string;
                            /**
                             * @description Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.
                             * @example u-1042
                             */
                            updatedBy: string;
                        }[];
                        /** @description Pass as `cursor` to read the next page; absent on the last page. */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                 * @example acme
                 */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Standaard",
                 *       "description": "Voor leidinggevenden",
                 *       "signals": [
                 *         {
                 *           "signalType": "CONTRACT_END",
                 *           "daysBefore": [
                 *             60,
                 *             30
                 *           ],
                 *           "email": true,
                 *           "departmentsOnly": false
                 *         },
                 *         {
                 *           "signalType": "BIRTHDAY",
                 *           "daysBefore": [
                 *             1
                 *           ],
                 *           "email": false,
                 *           "departmentsOnly": true
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Name of the set, 1-200 characters.
                     * @example Standaard
                     */
                    name: string;
                    /** @description What the set is for; up to 2000 characters. */
                    description?: string;
                    /** @description The signals of the set (employer types); each type at most once. */
                    signals: {
                        /**
                         * @description The signal type (see `GET /v1/signal-types`).
                         * @enum {string}
                         */
                        signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                        /** @description 1 to 3 distinct offsets, -365 to 730: days before the event (negative: after). Absent: the type's `defaultDaysBefore`. */
                        daysBefore?: number[];
                        /**
                         * @description Whether these signals also go into the digest e-mail; `false` when absent.
                         * @default false
                         */
                        email?: boolean;
                        /**
                         * @description Employer users only: signals for the employees of the user's own departments only; `false` when absent.
                         * @default false
                         */
                        departmentsOnly?: boolean;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "providerId": "acme",
                     *       "setId": "standard",
                     *       "version": 3,
                     *       "name": "Standaard",
                     *       "description": "Voor leidinggevenden",
                     *       "signals": [
                     *         {
                     *           "signalType": "CONTRACT_END",
                     *           "daysBefore": [
                     *             60,
                     *             30
                     *           ],
                     *           "email": true,
                     *           "departmentsOnly": false
                     *         },
                     *         {
                     *           "signalType": "BIRTHDAY",
                     *           "daysBefore": [
                     *             1
                     *           ],
                     *           "email": false,
                     *           "departmentsOnly": true
                     *         }
                     *       ],
                     *       "createdAt": "2026-01-05T09:12:44.000Z",
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                         * @example acme
                         */
                        providerId: string;
                        /**
                         * @description The signal set, unique within its provider.
                         * @example standard
                         */
                        setId: string;
                        /** @description The version of a signal set; every replace raises it by one. */
                        version: number;
                        /**
                         * @description Name of the set, 1-200 characters.
                         * @example Standaard
                         */
                        name: string;
                        /** @description What the set is for; up to 2000 characters. */
                        description?: string;
                        /** @description The signals of the set. */
                        signals: {
                            /**
                             * @description The signal type (see `GET /v1/signal-types`).
                             * @enum {string}
                             */
                            signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                            /** @description Days before the event (negative: after), 1 to 3 offsets. */
                            daysBefore: number[];
                            /** @description Whether these signals also go into the digest e-mail (they are always in the list). */
                            email: boolean;
                            /** @description Employer users only: signals for the employees of the user's own departments only. */
                            departmentsOnly: boolean;
                        }[];
                        /**
                         * Format: date-time
                         * @description When the resource was created (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description When the resource was last written (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        updatedAt: string;
                        /**
                         * @description Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.
                         * @example u-1042
                         */
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
            };
            path: {
                /**
                 * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                 * @example acme
                 */
                providerId: string;
                /**
                 * @description The signal set, unique within its provider.
                 * @example standard
                 */
                setId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "providerId": "acme",
                     *       "setId": "standard",
                     *       "version": 3,
                     *       "name": "Standaard",
                     *       "description": "Voor leidinggevenden",
                     *       "signals": [
                     *         {
                     *           "signalType": "CONTRACT_END",
                     *           "daysBefore": [
                     *             60,
                     *             30
                     *           ],
                     *           "email": true,
                     *           "departmentsOnly": false
                     *         },
                     *         {
                     *           "signalType": "BIRTHDAY",
                     *           "daysBefore": [
                     *             1
                     *           ],
                     *           "email": false,
                     *           "departmentsOnly": true
                     *         }
                     *       ],
                     *       "createdAt": "2026-01-05T09:12:44.000Z",
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                         * @example acme
                         */
                        providerId: string;
                        /**
                         * @description The signal set, unique within its provider.
                         * @example standard
                         */
                        setId: string;
                        /** @description The version of a signal set; every replace raises it by one. */
                        version: number;
                        /**
                         * @description Name of the set, 1-200 characters.
                         * @example Standaard
                         */
                        name: string;
                        /** @description What the set is for; up to 2000 characters. */
                        description?: string;
                        /** @description The signals of the set. */
                        signals: {
                            /**
                             * @description The signal type (see `GET /v1/signal-types`).
                             * @enum {string}
                             */
                            signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                            /** @description Days before the event (negative: after), 1 to 3 offsets. */
                            daysBefore: number[];
                            /** @description Whether these signals also go into the digest e-mail (they are always in the list). */
                            email: boolean;
                            /** @description Employer users only: signals for the employees of the user's own departments only. */
                            departmentsOnly: boolean;
                        }[];
                        /**
                         * Format: date-time
                         * @description When the resource was created (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description When the resource was last written (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        updatedAt: string;
                        /**
                         * @description Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.
                         * @example u-1042
                         */
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
                /** @description `*`: create only; 412 when the resource already exists. */
                "If-None-Match"?: "*";
            };
            path: {
                /**
                 * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                 * @example acme
                 */
                providerId: string;
                /**
                 * @description The signal set, unique within its provider.
                 * @example standard
                 */
                setId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Standaard",
                 *       "description": "Voor leidinggevenden",
                 *       "signals": [
                 *         {
                 *           "signalType": "CONTRACT_END",
                 *           "daysBefore": [
                 *             60,
                 *             30
                 *           ],
                 *           "email": true,
                 *           "departmentsOnly": false
                 *         },
                 *         {
                 *           "signalType": "BIRTHDAY",
                 *           "daysBefore": [
                 *             1
                 *           ],
                 *           "email": false,
                 *           "departmentsOnly": true
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Name of the set, 1-200 characters.
                     * @example Standaard
                     */
                    name: string;
                    /** @description What the set is for; up to 2000 characters. */
                    description?: string;
                    /** @description The signals of the set (employer types); each type at most once. */
                    signals: {
                        /**
                         * @description The signal type (see `GET /v1/signal-types`).
                         * @enum {string}
                         */
                        signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                        /** @description 1 to 3 distinct offsets, -365 to 730: days before the event (negative: after). Absent: the type's `defaultDaysBefore`. */
                        daysBefore?: number[];
                        /**
                         * @description Whether these signals also go into the digest e-mail; `false` when absent.
                         * @default false
                         */
                        email?: boolean;
                        /**
                         * @description Employer users only: signals for the employees of the user's own departments only; `false` when absent.
                         * @default false
                         */
                        departmentsOnly?: boolean;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "providerId": "acme",
                     *       "setId": "standard",
                     *       "version": 3,
                     *       "name": "Standaard",
                     *       "description": "Voor leidinggevenden",
                     *       "signals": [
                     *         {
                     *           "signalType": "CONTRACT_END",
                     *           "daysBefore": [
                     *             60,
                     *             30
                     *           ],
                     *           "email": true,
                     *           "departmentsOnly": false
                     *         },
                     *         {
                     *           "signalType": "BIRTHDAY",
                     *           "daysBefore": [
                     *             1
                     *           ],
                     *           "email": false,
                     *           "departmentsOnly": true
                     *         }
                     *       ],
                     *       "createdAt": "2026-01-05T09:12:44.000Z",
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                         * @example acme
                         */
                        providerId: string;
                        /**
                         * @description The signal set, unique within its provider.
                         * @example standard
                         */
                        setId: string;
                        /** @description The version of a signal set; every replace raises it by one. */
                        version: number;
                        /**
                         * @description Name of the set, 1-200 characters.
                         * @example Standaard
                         */
                        name: string;
                        /** @description What the set is for; up to 2000 characters. */
                        description?: string;
                        /** @description The signals of the set. */
                        signals: {
                            /**
                             * @description The signal type (see `GET /v1/signal-types`).
                             * @enum {string}
                             */
                            signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                            /** @description Days before the event (negative: after), 1 to 3 offsets. */
                            daysBefore: number[];
                            /** @description Whether these signals also go into the digest e-mail (they are always in the list). */
                            email: boolean;
                            /** @description Employer users only: signals for the employees of the user's own departments only. */
                            departmentsOnly: boolean;
                        }[];
                        /**
                         * Format: date-time
                         * @description When the resource was created (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description When the resource was last written (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        updatedAt: string;
                        /**
                         * @description Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.
                         * @example u-1042
                         */
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
            };
            path: {
                /**
                 * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                 * @example acme
                 */
                providerId: string;
                /**
                 * @description The signal set, unique within its provider.
                 * @example standard
                 */
                setId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                 * @example acme
                 */
                providerId: string;
                /**
                 * @description The signal set, unique within its provider.
                 * @example standard
                 */
                setId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "usersUpdated": 12
                     *     }
                     */
                    "application/json": {
                        /** @description Users whose settings were replaced by the current version. */
                        usersUpdated: number;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
                /**
                 * @description The user, as the identity provider names them (the token's `sub`).
                 * @example u-1042
                 */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "setId": "standard"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description A set of the employer's provider.
                     * @example standard
                     */
                    setId: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "mode": "custom",
                     *       "source": "signalSet",
                     *       "signals": [
                     *         {
                     *           "signalType": "CONTRACT_END",
                     *           "daysBefore": [
                     *             60,
                     *             30
                     *           ],
                     *           "email": true,
                     *           "departmentsOnly": false,
                     *           "source": "signalSet"
                     *         },
                     *         {
                     *           "signalType": "BIRTHDAY",
                     *           "daysBefore": [
                     *             1
                     *           ],
                     *           "email": false,
                     *           "departmentsOnly": true,
                     *           "source": "signalSet"
                     *         }
                     *       ],
                     *       "signalSet": {
                     *         "selectedSetId": "standard",
                     *         "appliedSetId": "standard",
                     *         "appliedVersion": 3,
                     *         "currentVersion": 3,
                     *         "outdated": false
                     *       },
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description `custom`: the user's own list; `none`: opted out; `providerDefault`: no settings of their own.
                         * @enum {string}
                         */
                        mode: "custom" | "none" | "providerDefault";
                        /**
                         * @description Where the setting comes from: the user's own, a signal set copied onto the user, the provider default, or `none` (the user opted out).
                         * @enum {string}
                         */
                        source: "user" | "signalSet" | "providerDefault" | "none";
                        /** @description The signals the user gets now, each with where its setting comes from. */
                        signals: {
                            /**
                             * @description The signal type (see `GET /v1/signal-types`).
                             * @enum {string}
                             */
                            signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                            /** @description Days before the event (negative: after), 1 to 3 offsets. */
                            daysBefore: number[];
                            /** @description Whether these signals also go into the digest e-mail (they are always in the list). */
                            email: boolean;
                            /** @description Employer users only: signals for the employees of the user's own departments only. */
                            departmentsOnly: boolean;
                            /**
                             * @description Where the setting comes from: the user's own, a signal set copied onto the user, the provider default, or `none` (the user opted out).
                             * @enum {string}
                             */
                            source: "user" | "signalSet" | "providerDefault" | "none";
                        }[];
                        /** @description Employer users: the signal set selected and applied; absent for provider users. */
                        signalSet?: {
                            /** @description The set selected for the user; null: none. */
                            selectedSetId: string | null;
                            /** @description The set last copied onto the user's settings; null: none. */
                            appliedSetId: string | null;
                            /** @description The version that was copied; null: none. */
                            appliedVersion: number | null;
                            /** @description The applied set's current version; null: the set is gone. */
                            currentVersion: number | null;
                            /** @description True when the set changed after it was copied (reapply to update). */
                            outdated: boolean;
                        };
                        /** @description When the user's own settings were last set; null: never. */
                        updatedAt: string | null;
                        /** @description Who last set them (a `sub`); null: never. */
                        updatedBy: string | null;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
                /**
                 * @description The user, as the identity provider names them (the token's `sub`).
                 * @example u-1042
                 */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "mode": "custom",
                     *       "source": "signalSet",
                     *       "signals": [
                     *         {
                     *           "signalType": "CONTRACT_END",
                     *           "daysBefore": [
                     *             60,
                     *             30
                     *           ],
                     *           "email": true,
                     *           "departmentsOnly": false,
                     *           "source": "signalSet"
                     *         },
                     *         {
                     *           "signalType": "BIRTHDAY",
                     *           "daysBefore": [
                     *             1
                     *           ],
                     *           "email": false,
                     *           "departmentsOnly": true,
                     *           "source": "signalSet"
                     *         }
                     *       ],
                     *       "signalSet": {
                     *         "selectedSetId": "standard",
                     *         "appliedSetId": "standard",
                     *         "appliedVersion": 3,
                     *         "currentVersion": 3,
                     *         "outdated": false
                     *       },
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description `custom`: the user's own list; `none`: opted out; `providerDefault`: no settings of their own.
                         * @enum {string}
                         */
                        mode: "custom" | "none" | "providerDefault";
                        /**
                         * @description Where the setting comes from: the user's own, a signal set copied onto the user, the provider default, or `none` (the user opted out).
                         * @enum {string}
                         */
                        source: "user" | "signalSet" | "providerDefault" | "none";
                        /** @description The signals the user gets now, each with where its setting comes from. */
                        signals: {
                            /**
                             * @description The signal type (see `GET /v1/signal-types`).
                             * @enum {string}
                             */
                            signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                            /** @description Days before the event (negative: after), 1 to 3 offsets. */
                            daysBefore: number[];
                            /** @description Whether these signals also go into the digest e-mail (they are always in the list). */
                            email: boolean;
                            /** @description Employer users only: signals for the employees of the user's own departments only. */
                            departmentsOnly: boolean;
                            /**
                             * @description Where the setting comes from: the user's own, a signal set copied onto the user, the provider default, or `none` (the user opted out).
                             * @enum {string}
                             */
                            source: "user" | "signalSet" | "providerDefault" | "none";
                        }[];
                        /** @description Employer users: the signal set selected and applied; absent for provider users. */
                        signalSet?: {
                            /** @description The set selected for the user; null: none. */
                            selectedSetId: string | null;
                            /** @description The set last copied onto the user's settings; null: none. */
                            appliedSetId: string | null;
                            /** @description The version that was copied; null: none. */
                            appliedVersion: number | null;
                            /** @description The applied set's current version; null: the set is gone. */
                            currentVersion: number | null;
                            /** @description True when the set changed after it was copied (reapply to update). */
                            outdated: boolean;
                        };
                        /** @description When the user's own settings were last set; null: never. */
                        updatedAt: string | null;
                        /** @description Who last set them (a `sub`); null: never. */
                        updatedBy: string | null;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
                /**
                 * @description The user, as the identity provider names them (the token's `sub`).
                 * @example u-1042
                 */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "from": "2026-12-01",
                 *       "days": 30
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: date
                     * @description The first run date to show; today (Europe/Amsterdam) when absent.
                     * @example 2026-12-15
                     */
                    from?: string;
                    /**
                     * @description How many run dates to show, 1-366.
                     * @example 30
                     */
                    days: number;
                    /**
                     * @description Settings to try instead of the user's effective ones (nothing is saved).
                     * @example {
                     *       "mode": "custom",
                     *       "signals": [
                     *         {
                     *           "signalType": "CONTRACT_END",
                     *           "daysBefore": [
                     *             60,
                     *             30
                     *           ],
                     *           "email": true
                     *         }
                     *       ]
                     *     }
                     */
                    settings?: {
                        /**
                         * @description The user's own list of signals.
                         * @constant
                         */
                        mode: "custom";
                        /** @description The signals the user gets; each type at most once. */
                        signals: {
                            /**
                             * @description The signal type (see `GET /v1/signal-types`).
                             * @enum {string}
                             */
                            signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                            /** @description 1 to 3 distinct offsets, -365 to 730: days before the event (negative: after). Absent: the type's `defaultDaysBefore`. */
                            daysBefore?: number[];
                            /**
                             * @description Whether these signals also go into the digest e-mail; `false` when absent.
                             * @default false
                             */
                            email?: boolean;
                            /**
                             * @description Employer users only: signals for the employees of the user's own departments only; `false` when absent.
                             * @default false
                             */
                            departmentsOnly?: boolean;
                        }[];
                    } | {
                        /**
                         * @description An explicit opt-out: no signals at all (not even the provider default).
                         * @constant
                         */
                        mode: "none";
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "runDate": "2026-12-01",
                     *           "signalType": "CONTRACT_END",
                     *           "employeeId": "emp-1001",
                     *           "eventDate": "2026-12-31",
                     *           "daysBefore": 30,
                     *           "email": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description The signals the user would get, by run date. */
                        items: {
                            /**
                             * Format: date
                             * @description The run date on which the signal would be created.
                             * @example 2026-12-15
                             */
                            runDate: string;
                            /**
                             * @description The signal type (see `GET /v1/signal-types`).
                             * @enum {string}
                             */
                            signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                            /**
                             * @description The employee, unique within the employer (the host system's id).
                             * @example emp-1001
                             */
                            employeeId: string;
                            /**
                             * Format: date
                             * @description The day of the event.
                             * @example 2026-12-15
                             */
                            eventDate: string;
                            /** @description The offset that makes it (negative: after the event). */
                            daysBefore: number;
                            /** @description Whether it would be in the digest e-mail. */
                            email: boolean;
                        }[];
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
            };
            path: {
                /**
                 * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                 * @example acme
                 */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "source": "provider",
                     *       "moments": [
                     *         {
                     *           "momentId": "morning",
                     *           "time": "06:00",
                     *           "days": [
                     *             "mon",
                     *             "tue",
                     *             "wed",
                     *             "thu",
                     *             "fri"
                     *           ],
                     *           "timeZone": "Europe/Amsterdam"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Where these moments come from: the employer's own, its provider's, or the platform's.
                         * @enum {string}
                         */
                        source: "employer" | "provider" | "platform";
                        /** @description The moments at which the employers are evaluated. */
                        moments: {
                            /**
                             * @description Names the moment within its list (and its schedule).
                             * @example morning
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
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
                /** @description `*`: create only; 412 when the resource already exists. */
                "If-None-Match"?: "*";
            };
            path: {
                /**
                 * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                 * @example acme
                 */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "moments": [
                 *         {
                 *           "momentId": "morning",
                 *           "time": "06:00",
                 *           "days": [
                 *             "mon",
                 *             "tue",
                 *             "wed",
                 *             "thu",
                 *             "fri"
                 *           ],
                 *           "timeZone": "Europe/Amsterdam"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description 1 to 4 moments. */
                    moments: {
                        /**
                         * @description Names the moment within its list (and its schedule).
                         * @example morning
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
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "source": "provider",
                     *       "moments": [
                     *         {
                     *           "momentId": "morning",
                     *           "time": "06:00",
                     *           "days": [
                     *             "mon",
                     *             "tue",
                     *             "wed",
                     *             "thu",
                     *             "fri"
                     *           ],
                     *           "timeZone": "Europe/Amsterdam"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Where these moments come from: the employer's own, its provider's, or the platform's.
                         * @enum {string}
                         */
                        source: "employer" | "provider" | "platform";
                        /** @description The moments at which the employers are evaluated. */
                        moments: {
                            /**
                             * @description Names the moment within its list (and its schedule).
                             * @example morning
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
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
            };
            path: {
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "source": "provider",
                     *       "moments": [
                     *         {
                     *           "momentId": "morning",
                     *           "time": "06:00",
                     *           "days": [
                     *             "mon",
                     *             "tue",
                     *             "wed",
                     *             "thu",
                     *             "fri"
                     *           ],
                     *           "timeZone": "Europe/Amsterdam"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Where these moments come from: the employer's own, its provider's, or the platform's.
                         * @enum {string}
                         */
                        source: "employer" | "provider" | "platform";
                        /** @description The moments at which the employers are evaluated. */
                        moments: {
                            /**
                             * @description Names the moment within its list (and its schedule).
                             * @example morning
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
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
                /** @description `*`: create only; 412 when the resource already exists. */
                "If-None-Match"?: "*";
            };
            path: {
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "moments": [
                 *         {
                 *           "momentId": "morning",
                 *           "time": "06:00",
                 *           "days": [
                 *             "mon",
                 *             "tue",
                 *             "wed",
                 *             "thu",
                 *             "fri"
                 *           ],
                 *           "timeZone": "Europe/Amsterdam"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description 1 to 4 moments. */
                    moments: {
                        /**
                         * @description Names the moment within its list (and its schedule).
                         * @example morning
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
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "source": "provider",
                     *       "moments": [
                     *         {
                     *           "momentId": "morning",
                     *           "time": "06:00",
                     *           "days": [
                     *             "mon",
                     *             "tue",
                     *             "wed",
                     *             "thu",
                     *             "fri"
                     *           ],
                     *           "timeZone": "Europe/Amsterdam"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Where these moments come from: the employer's own, its provider's, or the platform's.
                         * @enum {string}
                         */
                        source: "employer" | "provider" | "platform";
                        /** @description The moments at which the employers are evaluated. */
                        moments: {
                            /**
                             * @description Names the moment within its list (and its schedule).
                             * @example morning
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
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
            };
            path: {
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /** @description Items per page, 1-100; 50 when absent. */
                limit?: number;
                /** @description The previous page's `nextCursor`, to read the next page. Opaque; absent for the first page. */
                cursor?: string;
                /** @description Only signals with this status. */
                status?: "unread" | "read" | "handled" | "withdrawn";
                /**
                 * @description Only this employer's signals.
                 * @example bakkerij-jansen
                 */
                employerId?: string;
                /** @description Only signals of this type. */
                signalType?: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                /**
                 * @description Only signals with a signal date on or after this day.
                 * @example 2026-12-15
                 */
                from?: string;
                /**
                 * @description Only signals with a signal date on or before this day.
                 * @example 2026-12-15
                 */
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
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "signalId": "c1b7a3e09f2d4c55",
                     *           "signalType": "CONTRACT_END",
                     *           "typeName": "Einde tijdelijk contract",
                     *           "employerId": "bakkerij-jansen",
                     *           "employerName": "Bakkerij Jansen B.V.",
                     *           "employeeId": "emp-1001",
                     *           "employeeName": "Jan de Boer",
                     *           "departmentId": "sales",
                     *           "eventDate": "2026-12-31",
                     *           "signalDate": "2026-12-01",
                     *           "daysBefore": 30,
                     *           "status": "unread",
                     *           "createdAt": "2026-12-01T06:00:04.512Z",
                     *           "readAt": null,
                     *           "handledAt": null,
                     *           "handledBy": null,
                     *           "note": null,
                     *           "emailed": true
                     *         }
                     *       ],
                     *       "nextCursor": "eyJwayI6IjEifQ"
                     *     }
                     */
                    "application/json": {
                        /** @description This page of the list, in its documented order. */
                        items: {
                            /**
                             * @description The signal, unique within the user’s list.
                             * @example c1b7a3e09f2d4c55
                             */
                            signalId: string;
                            /**
                             * @description The signal type (see `GET /v1/signal-types`).
                             * @enum {string}
                             */
                            signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                            /**
                             * @description The type's name in the user's language.
                             * @example Einde tijdelijk contract
                             */
                            typeName: string;
                            /**
                             * @description The employer, a client of the provider; unique on the platform (the host system's id).
                             * @example bakkerij-jansen
                             */
                            employerId: string;
                            /**
                             * @description The employer's name when the signal was made.
                             * @example Bakkerij Jansen B.V.
                             */
                            employerName: string;
                            /**
                             * @description The employee, unique within the employer (the host system's id).
                             * @example emp-1001
                             */
                            employeeId: string;
                            /**
                             * @description The employee's full name when the signal was made.
                             * @example Jan de Boer
                             */
                            employeeName: string;
                            /** @description The employee's department; null: none. */
                            departmentId: string | null;
                            /**
                             * Format: date
                             * @description The day of the event itself (the contract end, the birthday, the milestone).
                             * @example 2026-12-15
                             */
                            eventDate: string;
                            /**
                             * Format: date
                             * @description The day the signal became due: `eventDate` less `daysBefore`.
                             * @example 2026-12-15
                             */
                            signalDate: string;
                            /**
                             * @description The offset that made it: days before the event (negative: after).
                             * @example 30
                             */
                            daysBefore: number;
                            /** @description The text of a custom signal; absent for other types. */
                            text?: string;
                            /**
                             * @description `unread`, `read`, `handled` (dealt with: who and when are kept), or `withdrawn` (the data no longer yields its event, e.g. a contract was extended; a handled signal is never withdrawn).
                             * @enum {string}
                             */
                            status: "unread" | "read" | "handled" | "withdrawn";
                            /**
                             * Format: date-time
                             * @description When the run made it (UTC).
                             * @example 2026-11-28T06:00:04.512Z
                             */
                            createdAt: string;
                            /** @description When it was first marked read; null: unread. */
                            readAt: string | null;
                            /** @description When it was marked handled; null: not handled. */
                            handledAt: string | null;
                            /** @description Who marked it handled (the caller's `sub`); null: not handled. */
                            handledBy: string | null;
                            /** @description The note given when it was handled; null: none. */
                            note: string | null;
                            /** @description Whether it is (or was) part of the user's digest e-mail. */
                            emailed: boolean;
                        }[];
                        /** @description Pass as `cursor` to read the next page; absent on the last page. */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description The signal, unique within the user’s list.
                 * @example c1b7a3e09f2d4c55
                 */
                signalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "handled": true,
                 *       "note": "Contract verlengd tot 2027-12-31."
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Mark the signal read (once; a repeat changes nothing).
                     * @constant
                     */
                    read: true;
                } | {
                    /**
                     * @description Mark the signal handled: records who and when.
                     * @constant
                     */
                    handled: true;
                    /** @description What was done, up to 2000 characters. */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "signalId": "c1b7a3e09f2d4c55",
                     *       "signalType": "CONTRACT_END",
                     *       "typeName": "Einde tijdelijk contract",
                     *       "employerId": "bakkerij-jansen",
                     *       "employerName": "Bakkerij Jansen B.V.",
                     *       "employeeId": "emp-1001",
                     *       "employeeName": "Jan de Boer",
                     *       "departmentId": "sales",
                     *       "eventDate": "2026-12-31",
                     *       "signalDate": "2026-12-01",
                     *       "daysBefore": 30,
                     *       "status": "unread",
                     *       "createdAt": "2026-12-01T06:00:04.512Z",
                     *       "readAt": null,
                     *       "handledAt": null,
                     *       "handledBy": null,
                     *       "note": null,
                     *       "emailed": true
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description The signal, unique within the user’s list.
                         * @example c1b7a3e09f2d4c55
                         */
                        signalId: string;
                        /**
                         * @description The signal type (see `GET /v1/signal-types`).
                         * @enum {string}
                         */
                        signalType: "BIRTHDAY" | "MILESTONE_BIRTHDAY" | "YOUTH_WAGE_STEP" | "STATE_PENSION_AGE" | "WEDDING_ANNIVERSARY" | "EMPLOYMENT_START" | "EMPLOYMENT_END" | "SERVICE_ANNIVERSARY" | "PROBATION_END" | "CONTRACT_END" | "NOTICE_DEADLINE" | "CHAIN_RULE" | "PAY_SCALE_INCREASE" | "ID_DOCUMENT_EXPIRY" | "RESIDENCE_PERMIT_EXPIRY" | "ABSENCE_WEEK_6" | "ABSENCE_WEEK_8" | "ABSENCE_WEEK_42" | "ABSENCE_WEEK_52" | "ABSENCE_WEEK_88" | "ABSENCE_WEEK_91" | "ABSENCE_WEEK_104" | "CUSTOM";
                        /**
                         * @description The type's name in the user's language.
                         * @example Einde tijdelijk contract
                         */
                        typeName: string;
                        /**
                         * @description The employer, a client of the provider; unique on the platform (the host system's id).
                         * @example bakkerij-jansen
                         */
                        employerId: string;
                        /**
                         * @description The employer's name when the signal was made.
                         * @example Bakkerij Jansen B.V.
                         */
                        employerName: string;
                        /**
                         * @description The employee, unique within the employer (the host system's id).
                         * @example emp-1001
                         */
                        employeeId: string;
                        /**
                         * @description The employee's full name when the signal was made.
                         * @example Jan de Boer
                         */
                        employeeName: string;
                        /** @description The employee's department; null: none. */
                        departmentId: string | null;
                        /**
                         * Format: date
                         * @description The day of the event itself (the contract end, the birthday, the milestone).
                         * @example 2026-12-15
                         */
                        eventDate: string;
                        /**
                         * Format: date
                         * @description The day the signal became due: `eventDate` less `daysBefore`.
                         * @example 2026-12-15
                         */
                        signalDate: string;
                        /**
                         * @description The offset that made it: days before the event (negative: after).
                         * @example 30
                         */
                        daysBefore: number;
                        /** @description The text of a custom signal; absent for other types. */
                        text?: string;
                        /**
                         * @description `unread`, `read`, `handled` (dealt with: who and when are kept), or `withdrawn` (the data no longer yields its event, e.g. a contract was extended; a handled signal is never withdrawn).
                         * @enum {string}
                         */
                        status: "unread" | "read" | "handled" | "withdrawn";
                        /**
                         * Format: date-time
                         * @description When the run made it (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        createdAt: string;
                        /** @description When it was first marked read; null: unread. */
                        readAt: string | null;
                        /** @description When it was marked handled; null: not handled. */
                        handledAt: string | null;
                        /** @description Who marked it handled (the caller's `sub`); null: not handled. */
                        handledBy: string | null;
                        /** @description The note given when it was handled; null: none. */
                        note: string | null;
                        /** @description Whether it is (or was) part of the user's digest e-mail. */
                        emailed: boolean;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "updated": 4
                     *     }
                     */
                    "application/json": {
                        /** @description Signals that were unread and are now read. */
                        updated: number;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /** @description Items per page, 1-100; 50 when absent. */
                limit?: number;
                /** @description The previous page's `nextCursor`, to read the next page. Opaque; absent for the first page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
                /**
                 * @description The employee, unique within the employer (the host system's id).
                 * @example emp-1001
                 */
                employeeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "customSignalId": "cs-8Gq2mT",
                     *           "employerId": "bakkerij-jansen",
                     *           "employeeId": "emp-1001",
                     *           "date": "2027-03-01",
                     *           "text": "VOG aanvragen",
                     *           "expiryDate": null,
                     *           "recurrence": {
                     *             "every": 1,
                     *             "unit": "years",
                     *             "count": 3
                     *           },
                     *           "createdAt": "2026-11-02T14:03:10.000Z",
                     *           "updatedAt": "2026-11-02T14:03:10.000Z",
                     *           "updatedBy": "u-2001"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJwayI6IjEifQ"
                     *     }
                     */
                    "application/json": {
                        /** @description This page of the list, in its documented order. */
                        items: {
                            /**
                             * @description The custom signal (given by the API when created).
                             * @example cs-8Gq2mT
                             */
                            customSignalId: string;
                            /**
                             * @description The employer, a client of the provider; unique on the platform (the host system's id).
                             * @example bakkerij-jansen
                             */
                            employerId: string;
                            /**
                             * @description The employee, unique within the employer (the host system's id).
                             * @example emp-1001
                             */
                            employeeId: string;
                            /**
                             * Format: date
                             * @description The day the custom signal is about (its event date).
                             * @example 2026-12-15
                             */
                            date: string;
                            /**
                             * @description What to be reminded of, 1-500 characters.
                             * @example VOG aanvragen
                             */
                            text: string;
                            /** @description No occurrence after this day is signalled; null or absent: no end. */
                            expiryDate?: string | null;
                            /** @description How the signal repeats; null or absent: once. */
                            recurrence?: {
                                /** @description Repeat every this many units. */
                                every: number;
                                /**
                                 * @description The unit of `every`.
                                 * @enum {string}
                                 */
                                unit: "days" | "weeks" | "months" | "years";
                                /** @description How many repeats after the first date. */
                                count: number;
                            } | null;
                            /**
                             * Format: date-time
                             * @description When the resource was created (UTC).
                             * @example 2026-11-28T06:00:04.512Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description When the resource was last written (UTC).
                             * @example 2026-11-28T06:00:04.512Z
                             */
                            updatedAt: string;
                            /**
                             * @description Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.
                             * @example u-1042
                             */
                            updatedBy: string;
                        }[];
                        /** @description Pass as `cursor` to read the next page; absent on the last page. */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
                /**
                 * @description The employee, unique within the employer (the host system's id).
                 * @example emp-1001
                 */
                employeeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "date": "2027-03-01",
                 *       "text": "VOG aanvragen",
                 *       "expiryDate": null,
                 *       "recurrence": {
                 *         "every": 1,
                 *         "unit": "years",
                 *         "count": 3
                 *       }
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: date
                     * @description The day the custom signal is about (its event date).
                     * @example 2026-12-15
                     */
                    date: string;
                    /**
                     * @description What to be reminded of, 1-500 characters.
                     * @example VOG aanvragen
                     */
                    text: string;
                    /** @description No occurrence after this day is signalled; null or absent: no end. */
                    expiryDate?: string | null;
                    /** @description Repeat the signal; null or absent: once. Repeats count from the first date, so a 31st repeats on the last day of shorter months without drifting. */
                    recurrence?: {
                        /** @description Repeat every this many units, 1-1000. */
                        every: number;
                        /**
                         * @description The unit of `every`.
                         * @enum {string}
                         */
                        unit: "days" | "weeks" | "months" | "years";
                        /** @description How many repeats after the first date, 1-100. */
                        count: number;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "customSignalId": "cs-8Gq2mT",
                     *       "employerId": "bakkerij-jansen",
                     *       "employeeId": "emp-1001",
                     *       "date": "2027-03-01",
                     *       "text": "VOG aanvragen",
                     *       "expiryDate": null,
                     *       "recurrence": {
                     *         "every": 1,
                     *         "unit": "years",
                     *         "count": 3
                     *       },
                     *       "createdAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-2001"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description The custom signal (given by the API when created).
                         * @example cs-8Gq2mT
                         */
                        customSignalId: string;
                        /**
                         * @description The employer, a client of the provider; unique on the platform (the host system's id).
                         * @example bakkerij-jansen
                         */
                        employerId: string;
                        /**
                         * @description The employee, unique within the employer (the host system's id).
                         * @example emp-1001
                         */
                        employeeId: string;
                        /**
                         * Format: date
                         * @description The day the custom signal is about (its event date).
                         * @example 2026-12-15
                         */
                        date: string;
                        /**
                         * @description What to be reminded of, 1-500 characters.
                         * @example VOG aanvragen
                         */
                        text: string;
                        /** @description No occurrence after this day is signalled; null or absent: no end. */
                        expiryDate?: string | null;
                        /** @description How the signal repeats; null or absent: once. */
                        recurrence?: {
                            /** @description Repeat every this many units. */
                            every: number;
                            /**
                             * @description The unit of `every`.
                             * @enum {string}
                             */
                            unit: "days" | "weeks" | "months" | "years";
                            /** @description How many repeats after the first date. */
                            count: number;
                        } | null;
                        /**
                         * Format: date-time
                         * @description When the resource was created (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description When the resource was last written (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        updatedAt: string;
                        /**
                         * @description Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.
                         * @example u-1042
                         */
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
            };
            path: {
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
                /**
                 * @description The employee, unique within the employer (the host system's id).
                 * @example emp-1001
                 */
                employeeId: string;
                /**
                 * @description The custom signal (given by the API when created).
                 * @example cs-8Gq2mT
                 */
                customSignalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "customSignalId": "cs-8Gq2mT",
                     *       "employerId": "bakkerij-jansen",
                     *       "employeeId": "emp-1001",
                     *       "date": "2027-03-01",
                     *       "text": "VOG aanvragen",
                     *       "expiryDate": null,
                     *       "recurrence": {
                     *         "every": 1,
                     *         "unit": "years",
                     *         "count": 3
                     *       },
                     *       "createdAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-2001"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description The custom signal (given by the API when created).
                         * @example cs-8Gq2mT
                         */
                        customSignalId: string;
                        /**
                         * @description The employer, a client of the provider; unique on the platform (the host system's id).
                         * @example bakkerij-jansen
                         */
                        employerId: string;
                        /**
                         * @description The employee, unique within the employer (the host system's id).
                         * @example emp-1001
                         */
                        employeeId: string;
                        /**
                         * Format: date
                         * @description The day the custom signal is about (its event date).
                         * @example 2026-12-15
                         */
                        date: string;
                        /**
                         * @description What to be reminded of, 1-500 characters.
                         * @example VOG aanvragen
                         */
                        text: string;
                        /** @description No occurrence after this day is signalled; null or absent: no end. */
                        expiryDate?: string | null;
                        /** @description How the signal repeats; null or absent: once. */
                        recurrence?: {
                            /** @description Repeat every this many units. */
                            every: number;
                            /**
                             * @description The unit of `every`.
                             * @enum {string}
                             */
                            unit: "days" | "weeks" | "months" | "years";
                            /** @description How many repeats after the first date. */
                            count: number;
                        } | null;
                        /**
                         * Format: date-time
                         * @description When the resource was created (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description When the resource was last written (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        updatedAt: string;
                        /**
                         * @description Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.
                         * @example u-1042
                         */
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
                /** @description `*`: create only; 412 when the resource already exists. */
                "If-None-Match"?: "*";
            };
            path: {
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
                /**
                 * @description The employee, unique within the employer (the host system's id).
                 * @example emp-1001
                 */
                employeeId: string;
                /**
                 * @description The custom signal (given by the API when created).
                 * @example cs-8Gq2mT
                 */
                customSignalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "date": "2027-03-01",
                 *       "text": "VOG aanvragen",
                 *       "expiryDate": null,
                 *       "recurrence": {
                 *         "every": 1,
                 *         "unit": "years",
                 *         "count": 3
                 *       }
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: date
                     * @description The day the custom signal is about (its event date).
                     * @example 2026-12-15
                     */
                    date: string;
                    /**
                     * @description What to be reminded of, 1-500 characters.
                     * @example VOG aanvragen
                     */
                    text: string;
                    /** @description No occurrence after this day is signalled; null or absent: no end. */
                    expiryDate?: string | null;
                    /** @description Repeat the signal; null or absent: once. Repeats count from the first date, so a 31st repeats on the last day of shorter months without drifting. */
                    recurrence?: {
                        /** @description Repeat every this many units, 1-1000. */
                        every: number;
                        /**
                         * @description The unit of `every`.
                         * @enum {string}
                         */
                        unit: "days" | "weeks" | "months" | "years";
                        /** @description How many repeats after the first date, 1-100. */
                        count: number;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "customSignalId": "cs-8Gq2mT",
                     *       "employerId": "bakkerij-jansen",
                     *       "employeeId": "emp-1001",
                     *       "date": "2027-03-01",
                     *       "text": "VOG aanvragen",
                     *       "expiryDate": null,
                     *       "recurrence": {
                     *         "every": 1,
                     *         "unit": "years",
                     *         "count": 3
                     *       },
                     *       "createdAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-2001"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description The custom signal (given by the API when created).
                         * @example cs-8Gq2mT
                         */
                        customSignalId: string;
                        /**
                         * @description The employer, a client of the provider; unique on the platform (the host system's id).
                         * @example bakkerij-jansen
                         */
                        employerId: string;
                        /**
                         * @description The employee, unique within the employer (the host system's id).
                         * @example emp-1001
                         */
                        employeeId: string;
                        /**
                         * Format: date
                         * @description The day the custom signal is about (its event date).
                         * @example 2026-12-15
                         */
                        date: string;
                        /**
                         * @description What to be reminded of, 1-500 characters.
                         * @example VOG aanvragen
                         */
                        text: string;
                        /** @description No occurrence after this day is signalled; null or absent: no end. */
                        expiryDate?: string | null;
                        /** @description How the signal repeats; null or absent: once. */
                        recurrence?: {
                            /** @description Repeat every this many units. */
                            every: number;
                            /**
                             * @description The unit of `every`.
                             * @enum {string}
                             */
                            unit: "days" | "weeks" | "months" | "years";
                            /** @description How many repeats after the first date. */
                            count: number;
                        } | null;
                        /**
                         * Format: date-time
                         * @description When the resource was created (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description When the resource was last written (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        updatedAt: string;
                        /**
                         * @description Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.
                         * @example u-1042
                         */
                        updatedBy: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
            };
            path: {
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
                /**
                 * @description The employee, unique within the employer (the host system's id).
                 * @example emp-1001
                 */
                employeeId: string;
                /**
                 * @description The custom signal (given by the API when created).
                 * @example cs-8Gq2mT
                 */
                customSignalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "cadence": "weekly",
                     *       "weekday": "mon",
                     *       "paused": false,
                     *       "updatedAt": "2026-11-02T14:03:10.000Z"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description `everyRun`: a digest per run; `weekly`: one a week.
                         * @enum {string}
                         */
                        cadence: "everyRun" | "weekly";
                        /**
                         * @description The day the weekly digest goes out (used when `cadence` is `weekly`).
                         * @enum {string}
                         */
                        weekday: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
                        /** @description No e-mail at all while true (also set by the unsubscribe link). */
                        paused: boolean;
                        /** @description When they were last changed; null: never (the defaults). */
                        updatedAt: string | null;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @example {
                 *       "cadence": "weekly",
                 *       "weekday": "mon",
                 *       "paused": false
                 *     }
                 */
                "application/json": {
                    /**
                     * @description `everyRun`: one digest per run with new e-mail signals. `weekly`: a signal made on date D is due for mail on the first `weekday` on or after D and goes out at the first run on or after that date (the weekday's own run, or the next run when that day has none); a run on another day mails a weekly user nothing else.
                     * @default everyRun
                     * @enum {string}
                     */
                    cadence?: "everyRun" | "weekly";
                    /**
                     * @description The weekly digest's day: a signal goes out at the first run on or after the first such day on or after it was made; `mon` when absent.
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
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "cadence": "weekly",
                     *       "weekday": "mon",
                     *       "paused": false,
                     *       "updatedAt": "2026-11-02T14:03:10.000Z"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description `everyRun`: a digest per run; `weekly`: one a week.
                         * @enum {string}
                         */
                        cadence: "everyRun" | "weekly";
                        /**
                         * @description The day the weekly digest goes out (used when `cadence` is `weekly`).
                         * @enum {string}
                         */
                        weekday: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
                        /** @description No e-mail at all while true (also set by the unsubscribe link). */
                        paused: boolean;
                        /** @description When they were last changed; null: never (the defaults). */
                        updatedAt: string | null;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /** @description The signed, expiring token of the unsubscribe link in a digest. */
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
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /** @description The signed, expiring token of the unsubscribe link in a digest. */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "List-Unsubscribe": "One-Click"
                 *     }
                 */
                "application/x-www-form-urlencoded": {
                    /**
                     * @description RFC 8058's one-click marker, as a mail client sends it.
                     * @constant
                     */
                    "List-Unsubscribe"?: "One-Click";
                    /**
                     * @description Sent by the unsubscribe page: answer with a redirect to it.
                     * @constant
                     */
                    via?: "page";
                };
                /**
                 * @example {
                 *       "List-Unsubscribe": "One-Click"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description RFC 8058's one-click marker, as a mail client sends it.
                     * @constant
                     */
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
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description See Other: continue at the page in Location */
            303: {
                headers: {
                    /** @description The page to show next. */
                    Location: string;
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
            };
            path: {
                /**
                 * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                 * @example acme
                 */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sender": {
                     *         "name": "Acme Accountants",
                     *         "address": "signalen@acme.example"
                     *       },
                     *       "subject": "{{countText}} voor {{recipient.name}}",
                     *       "html": "<p>Beste {{recipient.name}},</p>{{#each employers}}<h2>{{name}}</h2><ul>{{#each signals}}<li>{{typeName}}: {{employeeName}}, {{when}}</li>{{/each}}</ul>{{/each}}",
                     *       "text": "Beste {{recipient.name}},\n{{#each signals}}- {{typeName}}: {{employeeName}}, {{when}}\n{{/each}}",
                     *       "includeSensitiveDetails": false,
                     *       "source": "provider",
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042"
                     *     }
                     */
                    "application/json": {
                        /** @description Who the digest comes from. */
                        sender: {
                            /** @description The name the digest comes from, 1-100 characters. */
                            name: string;
                            /**
                             * Format: email
                             * @description The From address; its domain must be one of the platform's verified sender domains.
                             */
                            address: string;
                        };
                        /** @description Subject line (a Handlebars template), up to 500 characters. */
                        subject: string;
                        /** @description The HTML body (a Handlebars template; values are escaped). */
                        html: string;
                        /** @description The plain-text body (a Handlebars template). */
                        text: string;
                        /**
                         * @description Whether sickness signals name the employee in the e-mail; `false` (the default) shows them without the name, which the signal list shows instead.
                         * @default false
                         */
                        includeSensitiveDetails: boolean;
                        /**
                         * @description Where the effective template comes from: the employer's own, its provider's, or the platform default.
                         * @enum {string}
                         */
                        source: "employer" | "provider" | "default";
                        /** @description When that level last set it; null for the platform default. */
                        updatedAt: string | null;
                        /** @description Who last set it (a `sub`); null for the platform default. */
                        updatedBy: string | null;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
                /** @description `*`: create only; 412 when the resource already exists. */
                "If-None-Match"?: "*";
            };
            path: {
                /**
                 * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                 * @example acme
                 */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "sender": {
                 *         "name": "Acme Accountants",
                 *         "address": "signalen@acme.example"
                 *       },
                 *       "subject": "{{countText}} voor {{recipient.name}}",
                 *       "html": "<p>Beste {{recipient.name}},</p>{{#each employers}}<h2>{{name}}</h2><ul>{{#each signals}}<li>{{typeName}}: {{employeeName}}, {{when}}</li>{{/each}}</ul>{{/each}}",
                 *       "text": "Beste {{recipient.name}},\n{{#each signals}}- {{typeName}}: {{employeeName}}, {{when}}\n{{/each}}",
                 *       "includeSensitiveDetails": false
                 *     }
                 */
                "application/json": {
                    /** @description Who the digest comes from. */
                    sender: {
                        /** @description The name the digest comes from, 1-100 characters. */
                        name: string;
                        /**
                         * Format: email
                         * @description The From address; its domain must be one of the platform's verified sender domains.
                         */
                        address: string;
                    };
                    /** @description Subject line (a Handlebars template), up to 500 characters. */
                    subject: string;
                    /** @description The HTML body (a Handlebars template; values are escaped). */
                    html: string;
                    /** @description The plain-text body (a Handlebars template). */
                    text: string;
                    /**
                     * @description Whether sickness signals name the employee in the e-mail; `false` (the default) shows them without the name, which the signal list shows instead.
                     * @default false
                     */
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
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sender": {
                     *         "name": "Acme Accountants",
                     *         "address": "signalen@acme.example"
                     *       },
                     *       "subject": "{{countText}} voor {{recipient.name}}",
                     *       "html": "<p>Beste {{recipient.name}},</p>{{#each employers}}<h2>{{name}}</h2><ul>{{#each signals}}<li>{{typeName}}: {{employeeName}}, {{when}}</li>{{/each}}</ul>{{/each}}",
                     *       "text": "Beste {{recipient.name}},\n{{#each signals}}- {{typeName}}: {{employeeName}}, {{when}}\n{{/each}}",
                     *       "includeSensitiveDetails": false,
                     *       "source": "provider",
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042"
                     *     }
                     */
                    "application/json": {
                        /** @description Who the digest comes from. */
                        sender: {
                            /** @description The name the digest comes from, 1-100 characters. */
                            name: string;
                            /**
                             * Format: email
                             * @description The From address; its domain must be one of the platform's verified sender domains.
                             */
                            address: string;
                        };
                        /** @description Subject line (a Handlebars template), up to 500 characters. */
                        subject: string;
                        /** @description The HTML body (a Handlebars template; values are escaped). */
                        html: string;
                        /** @description The plain-text body (a Handlebars template). */
                        text: string;
                        /**
                         * @description Whether sickness signals name the employee in the e-mail; `false` (the default) shows them without the name, which the signal list shows instead.
                         * @default false
                         */
                        includeSensitiveDetails: boolean;
                        /**
                         * @description Where the effective template comes from: the employer's own, its provider's, or the platform default.
                         * @enum {string}
                         */
                        source: "employer" | "provider" | "default";
                        /** @description When that level last set it; null for the platform default. */
                        updatedAt: string | null;
                        /** @description Who last set it (a `sub`); null for the platform default. */
                        updatedBy: string | null;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
            };
            path: {
                /**
                 * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                 * @example acme
                 */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                 * @example acme
                 */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "locale": "nl"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Language of the sample signals; `nl` when absent.
                     * @default nl
                     * @enum {string}
                     */
                    locale?: "nl" | "en";
                    /**
                     * EmailTemplate
                     * @description A candidate template to render instead of the effective one (nothing is saved).
                     * @example {
                     *       "sender": {
                     *         "name": "Acme Accountants",
                     *         "address": "signalen@acme.example"
                     *       },
                     *       "subject": "{{countText}} voor {{recipient.name}}",
                     *       "html": "<p>Beste {{recipient.name}},</p>{{#each employers}}<h2>{{name}}</h2><ul>{{#each signals}}<li>{{typeName}}: {{employeeName}}, {{when}}</li>{{/each}}</ul>{{/each}}",
                     *       "text": "Beste {{recipient.name}},\n{{#each signals}}- {{typeName}}: {{employeeName}}, {{when}}\n{{/each}}",
                     *       "includeSensitiveDetails": false
                     *     }
                     */
                    template?: {
                        /** @description Who the digest comes from. */
                        sender: {
                            /** @description The name the digest comes from, 1-100 characters. */
                            name: string;
                            /**
                             * Format: email
                             * @description The From address; its domain must be one of the platform's verified sender domains.
                             */
                            address: string;
                        };
                        /** @description Subject line (a Handlebars template), up to 500 characters. */
                        subject: string;
                        /** @description The HTML body (a Handlebars template; values are escaped). */
                        html: string;
                        /** @description The plain-text body (a Handlebars template). */
                        text: string;
                        /**
                         * @description Whether sickness signals name the employee in the e-mail; `false` (the default) shows them without the name, which the signal list shows instead.
                         * @default false
                         */
                        includeSensitiveDetails?: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "source": "provider",
                     *       "from": "Acme Accountants <signalen@acme.example>",
                     *       "subject": "3 nieuwe signalen voor Karin Jansen",
                     *       "html": "<p>Beste Karin Jansen,</p><h2>Bakkerij Jansen B.V.</h2><ul><li>Einde tijdelijk contract: Jan de Boer, over 30 dagen</li></ul>",
                     *       "text": "Beste Karin Jansen,\n- Einde tijdelijk contract: Jan de Boer, over 30 dagen\n"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Which template was rendered: the effective one (its level) or the `candidate` given.
                         * @enum {string}
                         */
                        source: "employer" | "provider" | "default" | "candidate";
                        /** @description The From header as it would be sent. */
                        from: string;
                        /** @description The rendered subject. */
                        subject: string;
                        /** @description The rendered HTML body. */
                        html: string;
                        /** @description The rendered plain-text body. */
                        text: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
            };
            path: {
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sender": {
                     *         "name": "Acme Accountants",
                     *         "address": "signalen@acme.example"
                     *       },
                     *       "subject": "{{countText}} voor {{recipient.name}}",
                     *       "html": "<p>Beste {{recipient.name}},</p>{{#each employers}}<h2>{{name}}</h2><ul>{{#each signals}}<li>{{typeName}}: {{employeeName}}, {{when}}</li>{{/each}}</ul>{{/each}}",
                     *       "text": "Beste {{recipient.name}},\n{{#each signals}}- {{typeName}}: {{employeeName}}, {{when}}\n{{/each}}",
                     *       "includeSensitiveDetails": false,
                     *       "source": "provider",
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042"
                     *     }
                     */
                    "application/json": {
                        /** @description Who the digest comes from. */
                        sender: {
                            /** @description The name the digest comes from, 1-100 characters. */
                            name: string;
                            /**
                             * Format: email
                             * @description The From address; its domain must be one of the platform's verified sender domains.
                             */
                            address: string;
                        };
                        /** @description Subject line (a Handlebars template), up to 500 characters. */
                        subject: string;
                        /** @description The HTML body (a Handlebars template; values are escaped). */
                        html: string;
                        /** @description The plain-text body (a Handlebars template). */
                        text: string;
                        /**
                         * @description Whether sickness signals name the employee in the e-mail; `false` (the default) shows them without the name, which the signal list shows instead.
                         * @default false
                         */
                        includeSensitiveDetails: boolean;
                        /**
                         * @description Where the effective template comes from: the employer's own, its provider's, or the platform default.
                         * @enum {string}
                         */
                        source: "employer" | "provider" | "default";
                        /** @description When that level last set it; null for the platform default. */
                        updatedAt: string | null;
                        /** @description Who last set it (a `sub`); null for the platform default. */
                        updatedBy: string | null;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
                /** @description `*`: create only; 412 when the resource already exists. */
                "If-None-Match"?: "*";
            };
            path: {
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "sender": {
                 *         "name": "Acme Accountants",
                 *         "address": "signalen@acme.example"
                 *       },
                 *       "subject": "{{countText}} voor {{recipient.name}}",
                 *       "html": "<p>Beste {{recipient.name}},</p>{{#each employers}}<h2>{{name}}</h2><ul>{{#each signals}}<li>{{typeName}}: {{employeeName}}, {{when}}</li>{{/each}}</ul>{{/each}}",
                 *       "text": "Beste {{recipient.name}},\n{{#each signals}}- {{typeName}}: {{employeeName}}, {{when}}\n{{/each}}",
                 *       "includeSensitiveDetails": false
                 *     }
                 */
                "application/json": {
                    /** @description Who the digest comes from. */
                    sender: {
                        /** @description The name the digest comes from, 1-100 characters. */
                        name: string;
                        /**
                         * Format: email
                         * @description The From address; its domain must be one of the platform's verified sender domains.
                         */
                        address: string;
                    };
                    /** @description Subject line (a Handlebars template), up to 500 characters. */
                    subject: string;
                    /** @description The HTML body (a Handlebars template; values are escaped). */
                    html: string;
                    /** @description The plain-text body (a Handlebars template). */
                    text: string;
                    /**
                     * @description Whether sickness signals name the employee in the e-mail; `false` (the default) shows them without the name, which the signal list shows instead.
                     * @default false
                     */
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
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    /**
                     * @description The resource's version, for `If-Match` on a later PUT or DELETE.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sender": {
                     *         "name": "Acme Accountants",
                     *         "address": "signalen@acme.example"
                     *       },
                     *       "subject": "{{countText}} voor {{recipient.name}}",
                     *       "html": "<p>Beste {{recipient.name}},</p>{{#each employers}}<h2>{{name}}</h2><ul>{{#each signals}}<li>{{typeName}}: {{employeeName}}, {{when}}</li>{{/each}}</ul>{{/each}}",
                     *       "text": "Beste {{recipient.name}},\n{{#each signals}}- {{typeName}}: {{employeeName}}, {{when}}\n{{/each}}",
                     *       "includeSensitiveDetails": false,
                     *       "source": "provider",
                     *       "updatedAt": "2026-11-02T14:03:10.000Z",
                     *       "updatedBy": "u-1042"
                     *     }
                     */
                    "application/json": {
                        /** @description Who the digest comes from. */
                        sender: {
                            /** @description The name the digest comes from, 1-100 characters. */
                            name: string;
                            /**
                             * Format: email
                             * @description The From address; its domain must be one of the platform's verified sender domains.
                             */
                            address: string;
                        };
                        /** @description Subject line (a Handlebars template), up to 500 characters. */
                        subject: string;
                        /** @description The HTML body (a Handlebars template; values are escaped). */
                        html: string;
                        /** @description The plain-text body (a Handlebars template). */
                        text: string;
                        /**
                         * @description Whether sickness signals name the employee in the e-mail; `false` (the default) shows them without the name, which the signal list shows instead.
                         * @default false
                         */
                        includeSensitiveDetails: boolean;
                        /**
                         * @description Where the effective template comes from: the employer's own, its provider's, or the platform default.
                         * @enum {string}
                         */
                        source: "employer" | "provider" | "default";
                        /** @description When that level last set it; null for the platform default. */
                        updatedAt: string | null;
                        /** @description Who last set it (a `sub`); null for the platform default. */
                        updatedBy: string | null;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description Write only if the resource still has this ETag (from an earlier GET or PUT); otherwise 412. Protects against lost updates.
                 * @example "3"
                 */
                "If-Match"?: string;
            };
            path: {
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                 * @example bakkerij-jansen
                 */
                employerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "locale": "nl"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Language of the sample signals; `nl` when absent.
                     * @default nl
                     * @enum {string}
                     */
                    locale?: "nl" | "en";
                    /**
                     * EmailTemplate
                     * @description A candidate template to render instead of the effective one (nothing is saved).
                     * @example {
                     *       "sender": {
                     *         "name": "Acme Accountants",
                     *         "address": "signalen@acme.example"
                     *       },
                     *       "subject": "{{countText}} voor {{recipient.name}}",
                     *       "html": "<p>Beste {{recipient.name}},</p>{{#each employers}}<h2>{{name}}</h2><ul>{{#each signals}}<li>{{typeName}}: {{employeeName}}, {{when}}</li>{{/each}}</ul>{{/each}}",
                     *       "text": "Beste {{recipient.name}},\n{{#each signals}}- {{typeName}}: {{employeeName}}, {{when}}\n{{/each}}",
                     *       "includeSensitiveDetails": false
                     *     }
                     */
                    template?: {
                        /** @description Who the digest comes from. */
                        sender: {
                            /** @description The name the digest comes from, 1-100 characters. */
                            name: string;
                            /**
                             * Format: email
                             * @description The From address; its domain must be one of the platform's verified sender domains.
                             */
                            address: string;
                        };
                        /** @description Subject line (a Handlebars template), up to 500 characters. */
                        subject: string;
                        /** @description The HTML body (a Handlebars template; values are escaped). */
                        html: string;
                        /** @description The plain-text body (a Handlebars template). */
                        text: string;
                        /**
                         * @description Whether sickness signals name the employee in the e-mail; `false` (the default) shows them without the name, which the signal list shows instead.
                         * @default false
                         */
                        includeSensitiveDetails?: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "source": "provider",
                     *       "from": "Acme Accountants <signalen@acme.example>",
                     *       "subject": "3 nieuwe signalen voor Karin Jansen",
                     *       "html": "<p>Beste Karin Jansen,</p><h2>Bakkerij Jansen B.V.</h2><ul><li>Einde tijdelijk contract: Jan de Boer, over 30 dagen</li></ul>",
                     *       "text": "Beste Karin Jansen,\n- Einde tijdelijk contract: Jan de Boer, over 30 dagen\n"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Which template was rendered: the effective one (its level) or the `candidate` given.
                         * @enum {string}
                         */
                        source: "employer" | "provider" | "default" | "candidate";
                        /** @description The From header as it would be sent. */
                        from: string;
                        /** @description The rendered subject. */
                        subject: string;
                        /** @description The rendered HTML body. */
                        html: string;
                        /** @description The rendered plain-text body. */
                        text: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /** @description Items per page, 1-100; 50 when absent. */
                limit?: number;
                /** @description The previous page's `nextCursor`, to read the next page. Opaque; absent for the first page. */
                cursor?: string;
                /**
                 * @description Runs of this date or later (run date).
                 * @example 2026-12-15
                 */
                from?: string;
                /**
                 * @description Runs of this date or earlier (run date).
                 * @example 2026-12-15
                 */
                to?: string;
                /** @description Only runs started this way. */
                trigger?: "schedule" | "manual";
                /**
                 * @description Runs of this provider's moments only.
                 * @example acme
                 */
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
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "runId": "run-3FzK9w",
                     *           "moment": "morning",
                     *           "trigger": "schedule",
                     *           "scope": {
                     *             "providerId": "acme"
                     *           },
                     *           "date": "2026-12-01",
                     *           "status": "completed",
                     *           "employers": {
                     *             "total": 42,
                     *             "done": 42,
                     *             "failed": 0
                     *           },
                     *           "signalsCreated": 17,
                     *           "signalsWithdrawn": 2,
                     *           "emailsSent": 9,
                     *           "startedAt": "2026-12-01T06:00:00.118Z",
                     *           "finishedAt": "2026-12-01T06:00:07.904Z",
                     *           "deliveryQueuedAt": "2026-12-01T06:00:07.950Z",
                     *           "digests": {
                     *             "queued": 9,
                     *             "done": 9,
                     *             "failed": 0
                     *           }
                     *         }
                     *       ],
                     *       "nextCursor": "eyJwayI6IjEifQ"
                     *     }
                     */
                    "application/json": {
                        /** @description This page of the list, in its documented order. */
                        items: {
                            /**
                             * @description The evaluation run (given by the API when started).
                             * @example run-3FzK9w
                             */
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
                                /**
                                 * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                                 * @example acme
                                 */
                                providerId: string;
                            } | {
                                /**
                                 * @description The employer, a client of the provider; unique on the platform (the host system's id).
                                 * @example bakkerij-jansen
                                 */
                                employerId: string;
                            }) | null;
                            /**
                             * Format: date
                             * @description The day it evaluates (Europe/Amsterdam).
                             * @example 2026-12-15
                             */
                            date: string;
                            /**
                             * @description `completed` when every employer was evaluated; `failed` when some could not be (see `employers.failed`).
                             * @enum {string}
                             */
                            status: "queued" | "running" | "completed" | "failed";
                            /** @description Progress over the employers. */
                            employers: {
                                /** @description Employers the run evaluates. */
                                total: number;
                                /** @description Employers evaluated so far, failed ones included. */
                                done: number;
                                /** @description Employers that could not be evaluated (after retries). */
                                failed: number;
                            };
                            /** @description Signals the run created. */
                            signalsCreated: number;
                            /** @description Open signals the run withdrew because the data no longer yields them. */
                            signalsWithdrawn: number;
                            /** @description Digest e-mails sent for the run. */
                            emailsSent: number;
                            /**
                             * Format: date-time
                             * @description When it started (UTC).
                             * @example 2026-11-28T06:00:04.512Z
                             */
                            startedAt: string;
                            /** @description When its last employer was done (UTC); null while it runs. */
                            finishedAt: string | null;
                            /** @description When the run's digests were queued for delivery (after its last employer); null until then. */
                            deliveryQueuedAt: string | null;
                            /** @description Progress over the delivery of the digests; all 0 until `deliveryQueuedAt`. */
                            digests: {
                                /** @description Digests queued for delivery: one per user with something to mail, or due to be mailed. */
                                queued: number;
                                /** @description Deliveries done: sent, or nothing due, paused, or collected for a weekly day (at least once: a redelivered message may count again). */
                                done: number;
                                /** @description Deliveries that failed for good (dead-lettered after retries): their mail did not go out. */
                                failed: number;
                            };
                            /** @description Only on a run the sweeper closed as failed: the employers it never counted. */
                            employersMissing?: number;
                            /** @description Only when `employerIds` named employers the run does not evaluate: which, and why (the first 100). */
                            skipped?: {
                                /** @description The employer id as it was asked for. */
                                employerId: string;
                                /**
                                 * @description `product-not-active`: no employer with product 290 active has this id (it does not exist in the directory, or the product is off).
                                 * @enum {string}
                                 */
                                reason: "product-not-active";
                            }[];
                        }[];
                        /** @description Pass as `cursor` to read the next page; absent on the last page. */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @example {
                 *       "date": "2026-12-01",
                 *       "employerIds": [
                 *         "bakkerij-jansen"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: date
                     * @description The day to evaluate, as if it were that morning; today (Europe/Amsterdam) when absent.
                     * @example 2026-12-15
                     */
                    date?: string;
                    /**
                     * @description Evaluate the employers of this moment (a `momentId`) only; all employers when absent.
                     * @example morning
                     */
                    moment?: string;
                    /** @description Evaluate these employers only (with product 290); all when absent. */
                    employerIds?: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            202: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "runId": "run-3FzK9w",
                     *       "moment": "morning",
                     *       "trigger": "schedule",
                     *       "scope": {
                     *         "providerId": "acme"
                     *       },
                     *       "date": "2026-12-01",
                     *       "status": "completed",
                     *       "employers": {
                     *         "total": 42,
                     *         "done": 42,
                     *         "failed": 0
                     *       },
                     *       "signalsCreated": 17,
                     *       "signalsWithdrawn": 2,
                     *       "emailsSent": 9,
                     *       "startedAt": "2026-12-01T06:00:00.118Z",
                     *       "finishedAt": "2026-12-01T06:00:07.904Z",
                     *       "deliveryQueuedAt": "2026-12-01T06:00:07.950Z",
                     *       "digests": {
                     *         "queued": 9,
                     *         "done": 9,
                     *         "failed": 0
                     *       }
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description The evaluation run (given by the API when started).
                         * @example run-3FzK9w
                         */
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
                            /**
                             * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                             * @example acme
                             */
                            providerId: string;
                        } | {
                            /**
                             * @description The employer, a client of the provider; unique on the platform (the host system's id).
                             * @example bakkerij-jansen
                             */
                            employerId: string;
                        }) | null;
                        /**
                         * Format: date
                         * @description The day it evaluates (Europe/Amsterdam).
                         * @example 2026-12-15
                         */
                        date: string;
                        /**
                         * @description `completed` when every employer was evaluated; `failed` when some could not be (see `employers.failed`).
                         * @enum {string}
                         */
                        status: "queued" | "running" | "completed" | "failed";
                        /** @description Progress over the employers. */
                        employers: {
                            /** @description Employers the run evaluates. */
                            total: number;
                            /** @description Employers evaluated so far, failed ones included. */
                            done: number;
                            /** @description Employers that could not be evaluated (after retries). */
                            failed: number;
                        };
                        /** @description Signals the run created. */
                        signalsCreated: number;
                        /** @description Open signals the run withdrew because the data no longer yields them. */
                        signalsWithdrawn: number;
                        /** @description Digest e-mails sent for the run. */
                        emailsSent: number;
                        /**
                         * Format: date-time
                         * @description When it started (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        startedAt: string;
                        /** @description When its last employer was done (UTC); null while it runs. */
                        finishedAt: string | null;
                        /** @description When the run's digests were queued for delivery (after its last employer); null until then. */
                        deliveryQueuedAt: string | null;
                        /** @description Progress over the delivery of the digests; all 0 until `deliveryQueuedAt`. */
                        digests: {
                            /** @description Digests queued for delivery: one per user with something to mail, or due to be mailed. */
                            queued: number;
                            /** @description Deliveries done: sent, or nothing due, paused, or collected for a weekly day (at least once: a redelivered message may count again). */
                            done: number;
                            /** @description Deliveries that failed for good (dead-lettered after retries): their mail did not go out. */
                            failed: number;
                        };
                        /** @description Only on a run the sweeper closed as failed: the employers it never counted. */
                        employersMissing?: number;
                        /** @description Only when `employerIds` named employers the run does not evaluate: which, and why (the first 100). */
                        skipped?: {
                            /** @description The employer id as it was asked for. */
                            employerId: string;
                            /**
                             * @description `product-not-active`: no employer with product 290 active has this id (it does not exist in the directory, or the product is off).
                             * @enum {string}
                             */
                            reason: "product-not-active";
                        }[];
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
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
                /**
                 * @description The evaluation run (given by the API when started).
                 * @example run-3FzK9w
                 */
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "runId": "run-3FzK9w",
                     *       "moment": "morning",
                     *       "trigger": "schedule",
                     *       "scope": {
                     *         "providerId": "acme"
                     *       },
                     *       "date": "2026-12-01",
                     *       "status": "completed",
                     *       "employers": {
                     *         "total": 42,
                     *         "done": 42,
                     *         "failed": 0
                     *       },
                     *       "signalsCreated": 17,
                     *       "signalsWithdrawn": 2,
                     *       "emailsSent": 9,
                     *       "startedAt": "2026-12-01T06:00:00.118Z",
                     *       "finishedAt": "2026-12-01T06:00:07.904Z",
                     *       "deliveryQueuedAt": "2026-12-01T06:00:07.950Z",
                     *       "digests": {
                     *         "queued": 9,
                     *         "done": 9,
                     *         "failed": 0
                     *       }
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description The evaluation run (given by the API when started).
                         * @example run-3FzK9w
                         */
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
                            /**
                             * @description The provider (accountancy firm): the tenant its employers and provider users belong to.
                             * @example acme
                             */
                            providerId: string;
                        } | {
                            /**
                             * @description The employer, a client of the provider; unique on the platform (the host system's id).
                             * @example bakkerij-jansen
                             */
                            employerId: string;
                        }) | null;
                        /**
                         * Format: date
                         * @description The day it evaluates (Europe/Amsterdam).
                         * @example 2026-12-15
                         */
                        date: string;
                        /**
                         * @description `completed` when every employer was evaluated; `failed` when some could not be (see `employers.failed`).
                         * @enum {string}
                         */
                        status: "queued" | "running" | "completed" | "failed";
                        /** @description Progress over the employers. */
                        employers: {
                            /** @description Employers the run evaluates. */
                            total: number;
                            /** @description Employers evaluated so far, failed ones included. */
                            done: number;
                            /** @description Employers that could not be evaluated (after retries). */
                            failed: number;
                        };
                        /** @description Signals the run created. */
                        signalsCreated: number;
                        /** @description Open signals the run withdrew because the data no longer yields them. */
                        signalsWithdrawn: number;
                        /** @description Digest e-mails sent for the run. */
                        emailsSent: number;
                        /**
                         * Format: date-time
                         * @description When it started (UTC).
                         * @example 2026-11-28T06:00:04.512Z
                         */
                        startedAt: string;
                        /** @description When its last employer was done (UTC); null while it runs. */
                        finishedAt: string | null;
                        /** @description When the run's digests were queued for delivery (after its last employer); null until then. */
                        deliveryQueuedAt: string | null;
                        /** @description Progress over the delivery of the digests; all 0 until `deliveryQueuedAt`. */
                        digests: {
                            /** @description Digests queued for delivery: one per user with something to mail, or due to be mailed. */
                            queued: number;
                            /** @description Deliveries done: sent, or nothing due, paused, or collected for a weekly day (at least once: a redelivered message may count again). */
                            done: number;
                            /** @description Deliveries that failed for good (dead-lettered after retries): their mail did not go out. */
                            failed: number;
                        };
                        /** @description Only on a run the sweeper closed as failed: the employers it never counted. */
                        employersMissing?: number;
                        /** @description Only when `employerIds` named employers the run does not evaluate: which, and why (the first 100). */
                        skipped?: {
                            /** @description The employer id as it was asked for. */
                            employerId: string;
                            /**
                             * @description `product-not-active`: no employer with product 290 active has this id (it does not exist in the directory, or the product is off).
                             * @enum {string}
                             */
                            reason: "product-not-active";
                        }[];
                    };
                };
            };
            /** @description Validation failed (malformed JSON, or body, query or path invalid) */
            400: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing right, or another tenant */
            403: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller tenant */
            404: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description State conflict */
            409: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match / If-None-Match does not hold */
            412: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 256 KiB, or batch over 100 items */
            413: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but unusable */
            422: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Too Many Requests"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `Too Many Requests`. */
                        message?: string;
                    };
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
