import { loadSession } from '../auth/session';

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
  const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(await response.blob()), download: fileName });
  link.click();
  URL.revokeObjectURL(link.href);
  return null;
}
