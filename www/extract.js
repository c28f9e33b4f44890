// Turns pasted or dropped HTML into plain article text, without running or loading anything in it.
//
// The HTML is parsed with DOMParser, whose documents are inert (no scripts, no resource loads),
// then Readability (loaded only when first needed) picks the article out of the page.

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'IFRAME', 'OBJECT', 'HEAD']);

/**
 * The visible text of `root` with a line break after every block, so paragraphs stay paragraphs
 * (`textContent` would run them together).
 */
export function blockText(root) {
  const parts = [];
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        parts.push(child.data.replace(/\s+/g, ' '));
      } else if (child.nodeType === 1 && !SKIP.has(child.nodeName) && !child.hidden) {
        const block = BLOCKS.has(child.nodeName);
        if (block) parts.push('\n');
        if (child.nodeName === 'PRE') parts.push(child.textContent);
        else walk(child);
        if (block) parts.push('\n');
      }
    }
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line, i, lines) => line !== '' || (i > 0 && lines[i - 1] !== ''))
    .join('\n')
    .replace(/\n{2,}/g, '\n\n')
    .trim();
}

let readabilityModule = null;
function loadReadability() {
  readabilityModule ??= import('./vendor/readability.mjs').then((m) => m.default);
  return readabilityModule;
}

/**
 * Extracts the article from an HTML string.
 *
 * Resolves to `{ text, extracted }`: `extracted` is true when Readability found an article; when it
 * did not (a pasted fragment is often too small to look like a page), `text` is the HTML's own
 * visible text, or `fallbackText` (the clipboard's plain-text flavour) when that is given.
 */
export async function extractArticle(html, fallbackText = '') {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const whole = doc.body ? blockText(doc.body) : '';
  let article = null;
  try {
    const Readability = await loadReadability();
    // Readability modifies the document it reads; keep `doc` intact for the fallback.
    article = new Readability(doc.cloneNode(true), { charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  if (article && article.content) {
    const content = new DOMParser().parseFromString(article.content, 'text/html').body;
    const body = blockText(content);
    // A fragment that is mostly one article comes back nearly whole; a page comes back as its story.
    // Readability keeping nearly everything means there was no page furniture to drop (a copied
    // selection of paragraphs, an editor's HTML): the clipboard's own plain text is then truer.
    if (fallbackText.trim() && body.length >= whole.length * 0.9) {
      return { text: fallbackText.trim(), extracted: false };
    }
    if (body.length >= 200 || body.length >= whole.length * 0.5) {
      // Readability's title comes from <title> and often carries the site's name; an article that
      // opens with its own headline needs no other.
      const title = (article.title ?? '').trim();
      const text = title && !opensWithHeading(content) && !body.startsWith(title) ? `${title}\n\n${body}` : body;
      return { text, extracted: true };
    }
  }
  return { text: fallbackText.trim() || whole, extracted: false };
}

function opensWithHeading(root) {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.data.trim() !== '') return node.parentElement?.closest('h1, h2, h3') !== null;
  }
  return false;
}
