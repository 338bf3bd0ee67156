/** @type {import('next').NextConfig} */
const nextConfig = {
  output: "export", // `next build` writes the whole site to out/
  trailingSlash: true, // issues/ceasefire/index.html works on any static host
  images: { unoptimized: true }, // the image optimizer needs a server
  poweredByHeader: false,
  // this directory, not a parent's lockfile: npm run bench:scale builds copies of the checkout inside it
  turbopack: { root: __dirname },
};
module.exports = nextConfig;
