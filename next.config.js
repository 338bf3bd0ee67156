/** @type {import('next').NextConfig} */
const nextConfig = {
  output: "export", // `next build` writes the whole site to out/
  trailingSlash: true, // issues/ceasefire/index.html works on any static host
  images: { unoptimized: true }, // the image optimizer needs a server
  poweredByHeader: false,
};
module.exports = nextConfig;
