import { type Route, routeKey } from './route.js';

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

interface CompiledRoute {
  route: Route;
  pattern: RegExp;
  names: string[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Matches requests to routes of the routes table, by API Gateway route key when the request
 * carries one (AWS and the dev server both set it), else by method and path.
 */
export function makeRouter(routes: readonly Route[]) {
  const byKey = new Map(routes.map((r) => [routeKey(r), r]));
  const compiled: CompiledRoute[] = routes.map((route) => {
    const names: string[] = [];
    const source = route.path
      .split(/(\{[A-Za-z]+\})/)
      .map((part) => {
        const m = /^\{([A-Za-z]+)\}$/.exec(part);
        if (!m) return escapeRegExp(part);
        names.push(m[1]!);
        return '([^/]+)';
      })
      .join('');
    return { route, pattern: new RegExp(`^${source}$`), names };
  });

  function match(method: string, path: string): RouteMatch | undefined {
    for (const c of compiled) {
      if (c.route.method !== method) continue;
      const m = c.pattern.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      c.names.forEach((name, i) => {
        params[name] = safeDecode(m[i + 1] ?? '');
      });
      return { route: c.route, params };
    }
    return undefined;
  }

  /** The methods a path answers to (empty when no route has that path). */
  function methodsFor(path: string): string[] {
    return [...new Set(compiled.filter((c) => c.pattern.test(path)).map((c) => c.route.method))];
  }

  return {
    match,
    methodsFor,
    /** Resolves an API Gateway v2 event's route. */
    resolve(event: {
      routeKey?: string;
      rawPath: string;
      pathParameters?: Record<string, string | undefined>;
      requestContext: { http: { method: string } };
    }): RouteMatch | undefined {
      const route = event.routeKey ? byKey.get(event.routeKey) : undefined;
      if (route) {
        const params: Record<string, string> = {};
        for (const [k, v] of Object.entries(event.pathParameters ?? {})) if (v !== undefined) params[k] = v;
        return { route, params };
      }
      return match(event.requestContext.http.method, event.rawPath);
    },
  };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
