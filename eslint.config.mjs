import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  { ignores: ["node_modules/", ".next/", "out/", "next-env.d.ts", "test-results/", "playwright-report/", "reports/"] },
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "no-console": ["error", { allow: ["error", "warn"] }],
      "@typescript-eslint/no-explicit-any": "error",
      "react/no-danger": "error", // no dangerouslySetInnerHTML: the page's HTML comes from React only
    },
  },
  { files: ["scripts/**"], rules: { "no-console": "off" } },
  // The layers' boundaries (tests/unit/architecture.test.ts checks the same, and cycles): data flows
  // from lib/server through the pages into components, never back.
  {
    files: ["components/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["@/lib/server/*", "**/lib/server/*"], message: "Components get their data from the pages: lib/server/ is server-only." }] }] },
  },
  {
    files: ["lib/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["@/components/*", "**/components/*", "@/app/*"], message: "lib/ never imports components or pages." }] }] },
  },
  {
    files: ["lib/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/components/*", "**/components/*", "@/app/*"], message: "lib/ never imports components or pages." },
            { group: ["./view/*", "./url/*", "./server/*", "@/lib/view/*", "@/lib/url/*", "@/lib/server/*"], message: "The domain at lib/'s root is pure: views, URLs and server getters build on it, not it on them." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/url/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/components/*", "**/components/*", "@/app/*"], message: "lib/ never imports components or pages." },
            { group: ["../view/*", "@/lib/view/*"], message: "URL codecs return notice codes; lib/view/notices.ts says them." },
          ],
        },
      ],
    },
  },
];
export default config;
