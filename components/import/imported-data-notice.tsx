"use client";

import { ImportedDataBanner, type ImportScope } from "./imported-data-banner";
import { useStoredImport } from "../hooks/use-imported-data";

/** The import banner for server pages: the import lives in the browser, so only the client knows of it. */
export function ImportedDataNotice({ scope }: { scope: ImportScope }) {
  const { stored } = useStoredImport();
  return <ImportedDataBanner stored={stored} scope={scope} />;
}
