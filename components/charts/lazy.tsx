"use client";

import dynamic from "next/dynamic";
import { ChartPlaceholder } from "../chart-figure";

/*
 * Recharts is about 128 kB of gzip: this chart loads after the prerendered summary and table,
 * in a box whose size is already reserved, so first load stays small and nothing shifts.
 * (Recharts 3 draws nothing on the server anyway.)
 */
export const LazyDistanceChart = dynamic(() => import("./distance-chart"), { ssr: false, loading: () => <ChartPlaceholder /> });
