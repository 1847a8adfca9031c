import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// Noto Sans SC, shipped as an npm package: Chinese renders the same on every machine, no system fonts needed.
const FONT_REGULAR = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
const FONT_BOLD = require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf');

export type Pdf = PDFKit.PDFDocument;

/** Builds an A4 PDF with the Chinese fonts registered as 'regular' and 'bold'; only used glyphs are embedded. */
export async function renderPdf(title: string, draw: (doc: Pdf) => void, layout: 'portrait' | 'landscape' = 'portrait'): Promise<Buffer> {
  // pdfkit loads with the first document, not with every process that never makes one.
  const { default: PDFKit } = await import('pdfkit');
  return new Promise((resolve, reject) => {
    const doc: Pdf = new PDFKit({ size: 'A4', layout, margin: 64, info: { Title: title, Author: '融合' } });
    doc.registerFont('regular', FONT_REGULAR);
    doc.registerFont('bold', FONT_BOLD);
    doc.font('regular');
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}

export const PDF_MIME = 'application/pdf';
