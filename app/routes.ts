import { flatRoutes } from "@remix-run/fs-routes";
import type { RouteConfig } from "@remix-run/route-config";

// Modules beside a route (`*.server.ts`) and tests are not routes.
export default flatRoutes({
  ignoredRouteFiles: ["**/*.server.*", "**/*.test.*", "**/.*"],
}) satisfies RouteConfig;
