"use client";

/** Hands the reader a file made in the browser, as a download. */
export function saveFile(name: string, content: BlobPart, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // the download has started by now; the object URL would otherwise live as long as the page
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
