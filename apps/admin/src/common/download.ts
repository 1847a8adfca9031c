import { loadSession } from '../auth/session';

/** Hands the browser a file to save under `fileName`. */
function save(blob: Blob, fileName: string) {
  const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: fileName });
  link.click();
  URL.revokeObjectURL(link.href);
}

/** Saves a base64 file the API returned, e.g. an .xlsx export. */
export function downloadBase64(file: { fileName: string; mimeType: string; contentBase64: string }) {
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
  save(new Blob([bytes], { type: file.mimeType }), file.fileName);
}

/**
 * Downloads a file the gateway streams (a job's export, GET /files/…) as the signed-in user and
 * saves it under `fileName`; answers the reason when it cannot, for a message.
 */
export async function downloadFile(path: string, fileName: string): Promise<string | null> {
  const session = loadSession();
  const response = await fetch(path, { headers: session ? { authorization: `Bearer ${session.accessToken}` } : {} }).catch(() => null);
  if (!response) return '网络连接失败,请稍后重试';
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null;
    return body?.errors?.[0]?.message ?? '下载失败';
  }
  save(await response.blob(), fileName);
  return null;
}
