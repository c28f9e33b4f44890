// Reads the text of a PDF on this device with Mozilla's pdf.js (vendor/pdfjs/, copied from the
// npm pdfjs-dist by the build). pdf.js is about 500 kB gzip, so it is loaded only when a PDF
// arrives; the page's first load never includes it, and the service worker caches it when first
// used. Nothing is fetched from elsewhere: the standard fonts' metrics come from vendor/pdfjs/
// too, and text extraction needs no character maps or image decoders.

let pdfjs = null;
function loadPdfjs() {
  pdfjs ??= import('./vendor/pdfjs/pdf.min.mjs').then((module) => {
    module.GlobalWorkerOptions.workerSrc = new URL('./vendor/pdfjs/pdf.worker.min.mjs', import.meta.url).href;
    return module;
  });
  return pdfjs;
}

/** A line ends here when the next text starts this far below (in text-space units of its size). */
const PARAGRAPH_GAP = 1.8;

/**
 * The text of a PDF, one paragraph per block of lines, pages separated by blank lines.
 * Resolves to `{ text, pages }` where `pages[i]` is `{ start, end }`, the UTF-16 range of page
 * i + 1 in `text`, so that a sentence's span names its page.
 * @param {ArrayBuffer} bytes
 */
export async function readPdf(bytes) {
  const { getDocument } = await loadPdfjs();
  const task = getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    standardFontDataUrl: new URL('./vendor/pdfjs/standard_fonts/', import.meta.url).href,
    useSystemFonts: false,
    disableAutoFetch: true,
    disableStream: true,
    stopAtErrors: false,
  });
  const doc = await task.promise;
  const pages = [];
  let text = '';
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const pageText = pageTextOf(content.items);
      page.cleanup();
      if (!pageText) continue;
      if (text) text += '\n\n';
      const start = text.length;
      text += pageText;
      pages.push({ page: n, start, end: text.length });
    }
  } finally {
    await task.destroy();
  }
  return { text, pages };
}

/** Joins a page's text items into lines and paragraphs. */
function pageTextOf(items) {
  let out = '';
  let lastY = null;
  let lastHeight = 0;
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    const y = item.transform?.[5] ?? 0;
    const height = Math.abs(item.height || item.transform?.[3] || 0);
    if (lastY !== null && out && !out.endsWith('\n')) {
      const gap = Math.abs(lastY - y);
      // A new line far below the last one starts a paragraph; a near one continues the sentence.
      if (gap > (lastHeight || height) * PARAGRAPH_GAP) out += '\n\n';
      else if (gap > 0.5) out += ' ';
    }
    out += item.str;
    if (item.hasEOL) out += ' ';
    if (item.str.trim()) {
      lastY = y;
      lastHeight = height;
    }
  }
  return out
    .split('\n\n')
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/** The page (1-based) holding UTF-16 offset `at`, or null. */
export function pageAt(pages, at) {
  let lo = 0;
  let hi = pages.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at < pages[mid].start) hi = mid - 1;
    else if (at >= pages[mid].end) lo = mid + 1;
    else return pages[mid].page;
  }
  return null;
}
