"use client";

import type { PropsWithChildren } from "react";
import { pinCodec } from "@/lib/url/embed";
import { useUrlState } from "../hooks/use-url-state";
import { EmbedFrame } from "./embed-frame";

export type DocumentEmbedProps = {
  /** The text's id: its page is the full view. */
  document: string;
  title: string;
  /** The text's date, on which both sides are drawn against it. */
  date: string;
  /** The data's dataset version (getDatasetInfo().version), which a pin is compared with. */
  version: string;
};

/**
 * A text's chart on its own, for other sites. The page it comes from shows the text against the
 * default pair on the text's date, with no date or pair to choose, so the embed's only URL state
 * is its pin (?v=), and the chart itself (the children) stays server-rendered: only the pin is read
 * in the browser.
 */
export function DocumentEmbed({ document, title, date, version, children }: PropsWithChildren<DocumentEmbedProps>) {
  const { state, notices } = useUrlState(pinCodec, null);
  return (
    <EmbedFrame permalink={`/documents/${document}/`} title={title} state={{ ...state, date }} notices={notices} version={version} changes="/corrections/">
      {children}
    </EmbedFrame>
  );
}
