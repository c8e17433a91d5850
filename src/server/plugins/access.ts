import type { FastifyInstance, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import type { StaffRole } from '../../domain/schemas/rules.js';
import { PROBLEM, sendProblem } from './problem.js';

/**
 * Who may call a route: anyone, a kiosk with its device token, or signed-in staff with one of
 * the roles. Every route declares it (in its `config`, or through the audience plugin it is
 * registered in); the server refuses to start if one does not.
 */
export type Access = 'public' | 'kiosk' | { staff: readonly StaffRole[] };

/** A route as declared: its method, its path pattern and who may call it. */
export interface DeclaredRoute {
  method: string;
  url: string;
  access: Access | undefined;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyInstance {
    /** Every route the app has, with its declared access (for tests and audits). */
    declaredRoutes: () => DeclaredRoute[];
  }
}

/** Route config for staff with one of these roles: `{ config: staffOnly('editor', 'admin') }`. */
export function staffOnly(...roles: StaffRole[]): { access: Access } {
  return { access: { staff: roles } };
}

/** Route config for kiosks with a device token. */
export const KIOSK_ONLY: { access: Access } = { access: 'kiosk' };

const describe = (route: RouteOptions) => `${[route.method].flat().join(',')} ${route.url}`;

/**
 * Enforces every route's declared access on the matched route, in `onRequest` (before the body is
 * read, so a stranger learns nothing from validation). It looks only at the route the router
 * matched, never at the URL's text: `/api/%73taff/users` is the same route as `/api/staff/users`
 * and gets the same check. A route that declares nothing stops the server at start.
 */
export const accessControl = fp(async (app) => {
  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    routes.push(route);
  });
  app.decorate('declaredRoutes', () =>
    routes.flatMap((route) =>
      [route.method].flat().map((method) => ({ method, url: route.url, access: route.config?.access })),
    ),
  );
  // Checked when the app is ready, after audience plugins have stamped the routes registered in them.
  app.addHook('onReady', async () => {
    const undeclared = routes.filter((route) => route.config?.access === undefined);
    if (undeclared.length > 0) {
      throw new Error(`Routes without a declared access: ${undeclared.map(describe).join('; ')}`);
    }
  });
  app.addHook('onRequest', async (request, reply) => {
    const access = request.routeOptions.config.access;
    if (access === 'public') return;
    // Only the not-found handler has no route of its own; every route was checked at start.
    if (access === undefined) {
      if (request.is404) return;
      return sendProblem(reply, { type: PROBLEM.forbidden, title: 'Not allowed', status: 403 });
    }
    if (access === 'kiosk') return app.checkKiosk(request, reply);
    return app.checkStaff(request, reply, access.staff);
  });
});

/**
 * Registers route plugins in a context whose routes are all open to anyone, unless a route
 * declares otherwise. For routes whose options the project does not write (static files).
 */
export function publicRoutes<Scope extends FastifyInstance>(
  register: (scope: Scope) => Promise<void>,
): (scope: Scope) => Promise<void> {
  return async (scope) => {
    scope.addHook('onRoute', (route) => {
      route.config = { ...route.config, access: route.config?.access ?? 'public' };
    });
    await register(scope);
  };
}
