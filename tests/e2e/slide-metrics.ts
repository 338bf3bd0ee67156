import type { Page } from "@playwright/test";

/** What a slide measures: overflow in px, and the smallest text, heading and contrast on it. */
export type SlideMetrics = {
  slide: string;
  overflowX: number;
  overflowY: number;
  minFont: { px: number; text: string };
  minHeading: { px: number; text: string };
  minContrast: { ratio: number; text: string; color: string; background: string };
};

/*
 * Runs in the page, so it is one self-contained function. Colours go through a 1×1 canvas, which turns
 * any CSS colour (Tailwind's oklch included) into sRGB bytes; the background is the stack of ancestors'
 * background colours composited down to the first opaque one (or white).
 */
function measureInPage(): SlideMetrics {
  const deck = document.querySelector<HTMLElement>("[data-testid='deck']")!;
  const slideBox = deck.querySelector<HTMLElement>("[data-testid='slide']")!;
  const context = document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
  const toRgba = (css: string): [number, number, number, number] => {
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = "#000";
    context.fillStyle = css;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
    return [r!, g!, b!, a! / 255];
  };
  const over = (top: [number, number, number, number], under: [number, number, number]): [number, number, number] => [
    top[0] * top[3] + under[0] * (1 - top[3]),
    top[1] * top[3] + under[1] * (1 - top[3]),
    top[2] * top[3] + under[2] * (1 - top[3]),
  ];
  const background = (element: Element): [number, number, number] => {
    const layers: [number, number, number, number][] = [];
    for (let node: Element | null = element; node; node = node.parentElement) {
      const layer = toRgba(getComputedStyle(node).backgroundColor);
      if (layer[3] > 0) layers.push(layer);
      if (layer[3] >= 1) break;
    }
    let colour: [number, number, number] = [255, 255, 255];
    for (const layer of layers.reverse()) colour = over(layer, colour);
    return colour;
  };
  const luminance = ([r, g, b]: [number, number, number]) => {
    const channel = (v: number) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const contrast = (x: [number, number, number], y: [number, number, number]) => {
    const [l1, l2] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number];
    return (l1 + 0.05) / (l2 + 0.05);
  };
  // seen by eye: drawn, not transparent, and not inside a 1×1 screen-reader-only box
  const visible = (element: Element) => {
    if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    for (let node: Element | null = element; node && deck.contains(node); node = node.parentElement) {
      const box = node.getBoundingClientRect();
      const clips = ["hidden", "clip"].includes(getComputedStyle(node).overflowX);
      if (box.width <= 1 || box.height <= 1) if (node === element || clips) return false;
    }
    return true;
  };

  const texts = new Set<Element>();
  const walker = document.createTreeWalker(deck, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent?.trim() && node.parentElement && visible(node.parentElement)) texts.add(node.parentElement);
  }
  for (const control of deck.querySelectorAll("input, select")) if (visible(control)) texts.add(control);

  const metrics: SlideMetrics = {
    slide: deck.dataset.slide ?? "",
    overflowX: Math.max(slideBox.scrollWidth - slideBox.clientWidth, document.documentElement.scrollWidth - window.innerWidth),
    overflowY: Math.max(slideBox.scrollHeight - slideBox.clientHeight, document.documentElement.scrollHeight - window.innerHeight),
    minFont: { px: Infinity, text: "" },
    minHeading: { px: Infinity, text: "" },
    minContrast: { ratio: Infinity, text: "", color: "", background: "" },
  };
  for (const element of texts) {
    const style = getComputedStyle(element);
    const px = parseFloat(style.fontSize);
    const text = (element instanceof HTMLInputElement ? element.value : element.textContent ?? "").trim().slice(0, 60);
    if (px < metrics.minFont.px) metrics.minFont = { px, text };
    const colour = toRgba(style.color);
    const behind = background(element);
    const ratio = contrast(over(colour, behind), behind);
    if (ratio < metrics.minContrast.ratio) metrics.minContrast = { ratio, text, color: style.color, background: `rgb(${behind.map(Math.round).join(", ")})` };
  }
  for (const heading of deck.querySelectorAll("h1, h2, h3, h4, h5, h6")) {
    if (!visible(heading)) continue;
    const px = parseFloat(getComputedStyle(heading).fontSize);
    if (px < metrics.minHeading.px) metrics.minHeading = { px, text: heading.textContent?.trim().slice(0, 60) ?? "" };
  }
  return metrics;
}

/**
 * The measures of the slide the page shows now. The function goes over as source text with a
 * stand-in for `__name`, which esbuild-based runners (tsx) insert into it and the page lacks.
 */
export const measureSlide = (page: Page): Promise<SlideMetrics> => page.evaluate(`(() => { const __name = (f) => f; return (${measureInPage.toString()})(); })()`);
