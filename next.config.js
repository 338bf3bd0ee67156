/** @type {() => Promise<import('next').NextConfig>} */
module.exports = async () => {
  const { availableParallelism } = await import("node:os");
  return {
    output: "export", // `next build` writes the whole site to out/
    trailingSlash: true, // issues/ceasefire/index.html works on any static host
    images: { unoptimized: true }, // the image optimizer needs a server
    poweredByHeader: false,
    // this directory, not a parent's lockfile: npm run bench:scale builds copies of the checkout inside it
    turbopack: { root: __dirname },
    // one prerendering worker per core: Next's default leaves one core to a main process that waits
    // while pages render, and with a page per statement the pages are most of the build (68 s → 52 s
    // for the 3,094 pages at ten times the data, on two cores)
    experimental: { cpus: Math.max(1, availableParallelism()) },
  };
};
