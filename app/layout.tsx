import type { Metadata } from "next";
import { headers } from "next/headers";
import { connection } from "next/server";
import { Providers } from "@/components/providers";
import { themeScript } from "@/components/shell/theme";
import { NONCE_REQUEST_HEADER } from "@/lib/api/security-headers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Switchboard", template: "%s · Switchboard" },
  description: "Webhook connectors, events and deliveries",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request: its scripts carry that request's CSP nonce (proxy.ts), which a page
  // prerendered at build time could not.
  await connection();
  const nonce = (await headers()).get(NONCE_REQUEST_HEADER) ?? undefined;
  // The script sets the `dark` class before the body paints, so <html> differs from the server's on purpose;
  // browsers also blank a nonce attribute once read. Neither is a mismatch worth a warning.
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
