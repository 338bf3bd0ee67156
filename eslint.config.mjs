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
];
export default config;
