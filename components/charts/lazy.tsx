"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState, type ComponentProps } from "react";
import { ChartPlaceholder } from "./chart-figure";

/*
 * Recharts is about 128 kB of gzip, and drawing with it measures the page: this chart loads only
 * when its box, reserved at its final size, comes near the screen. On the overview it sits below
 * the fold, so it costs the first load nothing; loading it right after the page had cost about
 * 0.7 s of blocked main thread on Lighthouse's slowed phone. (Recharts 3 draws nothing on the
 * server anyway; the summary and the table are in the prerendered HTML.)
 */
const DistanceChart = dynamic(() => import("./distance-chart"), { ssr: false, loading: () => <ChartPlaceholder /> });

/** How far outside the screen a chart starts loading, so it is usually drawn by the time it is seen. */
const AHEAD = "600px";

export function LazyDistanceChart(props: ComponentProps<typeof DistanceChart>) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element || near) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setNear(true);
    }, { rootMargin: AHEAD });
    observer.observe(element);
    // printing shows every chart, wherever the reader had scrolled
    const onPrint = () => setNear(true);
    window.addEventListener("beforeprint", onPrint);
    return () => {
      observer.disconnect();
      window.removeEventListener("beforeprint", onPrint);
    };
  }, [near]);
  return (
    // data-lazy-chart lets tests wait for a chart that draws only once scrolled near
    <div ref={box} className="h-full w-full" data-lazy-chart={near ? "near" : "waiting"}>
      {near ? <DistanceChart {...props} /> : <ChartPlaceholder />}
    </div>
  );
}
