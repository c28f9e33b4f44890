// Turns pasted or dropped HTML into article text, without running or loading anything in it.
// The HTML is parsed with DOMParser, whose documents are inert (no scripts, no resource loads);
// the article is then found by the same rules the extension uses in a tab (web/extract.js),
// with Readability loaded only when first needed.
import { readDocument } from './web/extract.js';

let readability = null;
function loadReadability() {
  readability ??= import('./vendor/readability.mjs').then((m) => m.default);
  return readability;
}

/**
 * Extracts the article from an HTML string. Resolves to `{ text, extracted }`: `extracted` is
 * true when an article was found (its headline leads the text); otherwise `text` is the
 * clipboard's plain-text flavour when given (`fallbackText`), else the HTML's visible text.
 */
export async function extractArticle(html, fallbackText = '') {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  let Readability;
  try {
    Readability = await loadReadability();
  } catch {
    Readability = null;
  }
  const found = readDocument(doc, {}, Readability);
  const plain = fallbackText.trim();
  if (found.source === 'article') {
    // Readability keeping nearly everything means there was no page furniture to drop (a copied
    // selection of paragraphs, an editor's HTML): the clipboard's own plain text is then truer.
    if (plain && found.text.length >= found.wholeChars * 0.9) return { text: plain, extracted: false };
    const { title } = found;
    const text = title && !found.opensWithHeading && !found.text.startsWith(title) ? `${title}\n\n${found.text}` : found.text;
    return { text, extracted: true };
  }
  return { text: plain || found.text, extracted: false };
}
