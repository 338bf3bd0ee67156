import type { Metadata, Viewport } from "next";
import "./globals.css";
import { ChartPatterns } from "@/components/charts/chart-patterns";
import { SiteFooter } from "@/components/ui/site-footer";
import { SiteHeader } from "@/components/ui/site-header";
import { getActors, getDatasetInfo } from "@/lib/server/data";
import { messages } from "@/lib/view/messages";
import { toActorView } from "@/lib/view/view-model";

export const metadata: Metadata = {
  title: { default: `${messages.site.name}: ${messages.site.tagline}`, template: `%s · ${messages.site.name}` },
  description:
    "Parley sets the stated negotiating demands of Russia and Ukraine side by side, issue by issue, since 2022, and shows where they overlap and where they conflict. Every claim is sourced and dated.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#111827" };

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col bg-gray-50">
        {/* _self: an embed's <base target="_blank"> (components/embed/embed-frame.tsx) must not send the skip link to a new tab */}
        <a href="#main" target="_self" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          {messages.site.skip}
        </a>
        <ChartPatterns actors={getActors().map(toActorView)} />
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
          {children}
        </main>
        <SiteFooter info={getDatasetInfo()} />
      </body>
    </html>
  );
}
