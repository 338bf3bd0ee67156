"use client";

import { useState } from "react";
import type { IssueTimelineRow } from "@/lib/timeline";
import type { SpectrumRow } from "@/lib/view/spectrum";
import type { ActorView, EventView, IssueView } from "@/lib/view/view-model";
import { saveFile } from "../hooks/save-file";
import { toPermalink, useOrigin } from "./cite-view";

/** What a chart's image says about the view it shows, in its footer. */
/** `strong`: the view sets weak evidence aside, which the file's permalink keeps. */
export type ChartExportInfo = { date: string; version: string; path: string; imported: boolean; strong?: boolean };

/** Which chart to draw into the file, with its data: the spectrum chart, or one issue over time. */
export type ChartExportData =
  | { chart: "spectrum"; rows: SpectrumRow[] }
  | { chart: "history"; issue: IssueView; rows: IssueTimelineRow[]; events: readonly EventView[]; start: string; end: string };

type Props = { data: ChartExportData; a: ActorView; b: ActorView; caption: string; summary: string; info: ChartExportInfo };

/** "parley-overview-russia-ukraine-2025-06-02": the view, the chart, the pair and the date, so files sort and never collide. */
const fileBase = (path: string, chart: ChartExportData["chart"], a: string, b: string, date: string) =>
  ["parley", path.replace(/^\/issues\//, "").replace(/[^a-z0-9-]+/g, "") || "overview", ...(chart === "history" ? ["over-time"] : []), a, b, date].join("-");

/** Draws an SVG text on a canvas at twice its size and hands back a PNG. */
function toPng(svg: string, width: number, height: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const scale = 2;
      const canvas = document.createElement("canvas");
      canvas.width = width * scale;
      canvas.height = height * scale;
      const context = canvas.getContext("2d");
      if (!context) return reject(new Error("no canvas"));
      context.scale(scale, scale);
      context.drawImage(image, 0, 0, width, height);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("no PNG"))), "image/png");
    };
    image.onerror = () => reject(new Error("the SVG could not be drawn"));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
}

/** "Download SVG" and "Download PNG" for a chart; the drawing code loads only when asked. */
export function ChartExport({ data, a, b, caption, summary, info }: Props) {
  const origin = useOrigin();
  const [status, setStatus] = useState("");
  const run = async (format: "svg" | "png") => {
    setStatus(`Preparing the ${format.toUpperCase()}…`);
    try {
      const { toIssueHistorySvg, toSpectrumSvg, CHART_WIDTH } = await import("@/lib/view/chart-svg");
      const common = {
        a,
        b,
        title: caption,
        summary,
        footer: { date: info.date, version: info.version, permalink: toPermalink(origin, info.path, { date: info.date, a: a.id, b: b.id, strong: info.strong }), imported: info.imported },
      };
      const svg = data.chart === "spectrum" ? toSpectrumSvg({ ...common, rows: data.rows }) : toIssueHistorySvg({ ...common, ...data });
      const name = fileBase(info.path, data.chart, a.id, b.id, info.date);
      if (format === "svg") saveFile(`${name}.svg`, svg, "image/svg+xml");
      else {
        const height = Number(/height="(\d+)"/.exec(svg)?.[1] ?? 800);
        saveFile(`${name}.png`, await toPng(svg, CHART_WIDTH, height), "image/png");
      }
      setStatus(`Downloaded the chart as ${format.toUpperCase()}.`);
    } catch {
      setStatus(`The ${format.toUpperCase()} could not be made in this browser.`);
    }
  };
  const button = "rounded border border-gray-500 bg-white px-2.5 py-1 text-sm font-medium hover:bg-gray-100";
  return (
    <div className="no-print flex flex-wrap items-center gap-2" data-testid="chart-export">
      <button type="button" className={button} onClick={() => void run("svg")}>
        Download SVG
      </button>
      <button type="button" className={button} onClick={() => void run("png")}>
        Download PNG
      </button>
      <span role="status" className="text-sm text-gray-700">
        {status}
      </span>
    </div>
  );
}
