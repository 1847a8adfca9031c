/** Saves a base64 file the API returned, e.g. an .xlsx export. */
export function downloadBase64(file: { fileName: string; mimeType: string; contentBase64: string }) {
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
  const link = Object.assign(document.createElement('a'), {
    href: URL.createObjectURL(new Blob([bytes], { type: file.mimeType })),
    download: file.fileName,
  });
  link.click();
  URL.revokeObjectURL(link.href);
}
