// Injected into the tab after vendor/Readability.js (same isolated world). Its completion value
// is the result: `{ title, text, url, source, lang }`, where `source` says what was read:
//   'article'   Readability found an article (navigation, asides, comments and footers left out);
//   'selection' the page is not an article, or the panel asked for it, and text is selected;
//   'page'      the visible text of the whole page.
// Set `globalThis.brieflyExtractMode = 'selection'` before injecting to prefer the selection.
// Nothing leaves the page but this return value.
(() => {
  // Elements whose text never belongs in a summary.
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'SELECT', 'TEXTAREA', 'BUTTON']);
  // Elements that start a new paragraph in the text handed to the summariser.
  const BLOCKS = new Set([
    'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
    'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
    'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL',
  ]);
  // What Readability returns counts as an article only if it is mostly prose: paragraphs of at
  // least PROSE_MIN characters with a sentence end in them, adding up to PROSE_TOTAL and to
  // PROSE_SHARE of its text, with few links. A product grid (short blurbs) or a link hub fails;
  // a short news story of eight paragraphs passes (Readability's own isProbablyReaderable, with
  // 140-character paragraphs and a score of 20, rejected one).
  const PROSE_MIN = 100;
  const PROSE_TOTAL = 400;
  const PROSE_SHARE = 0.4;
  const MAX_LINK_DENSITY = 0.5;
  // CJK scripts say in one character what others say in a few.
  const DENSE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
  const SENTENCE_END = /[.!?\u3002\uff01\uff1f\u061f\u0964]/;
  // Keeps the message to the panel bounded on enormous pages.
  const MAX_CHARS = 1_000_000;

  /** Text of `root` with one paragraph per block element, blank lines between paragraphs. */
  function blockText(root) {
    const paragraphs = [];
    let current = '';
    const flush = () => {
      const text = current.replace(/\s+/g, ' ').trim();
      if (text) paragraphs.push(text);
      current = '';
    };
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          current += child.data;
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          const tag = child.tagName.toUpperCase();
          if (SKIP.has(tag)) continue;
          if (tag === 'BR') {
            current += ' ';
            continue;
          }
          const block = BLOCKS.has(tag);
          if (block) flush();
          walk(child);
          if (block) flush();
        }
      }
    };
    walk(root);
    flush();
    return paragraphs;
  }

  function linkDensity(root) {
    const total = (root.textContent ?? '').replace(/\s+/g, '').length;
    if (total === 0) return 1;
    let links = 0;
    for (const a of root.querySelectorAll('a')) links += (a.textContent ?? '').replace(/\s+/g, '').length;
    return links / total;
  }

  function readArticle() {
    if (typeof Readability !== 'function') return null;
    let parsed;
    try {
      // Readability changes the document it is given: hand it a copy. The serializer keeps
      // the content as DOM, so no HTML string is ever parsed here.
      parsed = new Readability(document.cloneNode(true), { serializer: (el) => el }).parse();
    } catch {
      return null;
    }
    if (!parsed?.content) return null;
    const paragraphs = blockText(parsed.content);
    const weight = (p) => p.length + 1.5 * (p.match(DENSE)?.length ?? 0);
    const total = paragraphs.reduce((sum, p) => sum + weight(p), 0);
    const prose = paragraphs
      .filter((p) => weight(p) >= PROSE_MIN && SENTENCE_END.test(p))
      .reduce((sum, p) => sum + weight(p), 0);
    if (prose < PROSE_TOTAL || prose < PROSE_SHARE * total || linkDensity(parsed.content) > MAX_LINK_DENSITY) {
      return null;
    }
    return { title: (parsed.title ?? '').trim(), text: paragraphs.join('\n\n') };
  }

  function selectionText() {
    const text = String(window.getSelection?.() ?? '');
    // Keep the reader's line breaks (paragraphs), tidy the rest.
    return text
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n\n');
  }

  function pageText() {
    const body = document.body;
    if (!body) return '';
    // innerText is what the reader sees: hidden elements left out, line breaks where blocks end.
    const text = typeof body.innerText === 'string' ? body.innerText : body.textContent ?? '';
    return text
      .split(/\n/)
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n\n');
  }

  /**
   * The headline when the page title is the headline plus the site's name ("Headline | Site");
   * Readability trims such titles only where the headline has several space-separated words,
   * which Japanese or Chinese headlines never have.
   */
  function headline(title) {
    const h1 = document.querySelector('article h1, main h1, h1');
    const text = (h1?.textContent ?? '').replace(/\s+/g, ' ').trim();
    return text && text.length < title.length && title.includes(text) ? text : title;
  }

  const preferSelection = globalThis.brieflyExtractMode === 'selection';
  delete globalThis.brieflyExtractMode;
  const base = {
    url: location.href,
    lang: document.documentElement?.lang ?? '',
    title: headline((document.title ?? '').replace(/\s+/g, ' ').trim()),
  };
  const finish = (source, text, title = base.title) => ({
    ...base,
    title,
    source,
    text: text.slice(0, MAX_CHARS),
  });

  const selected = selectionText();
  if (preferSelection && selected) return finish('selection', selected);
  const article = readArticle();
  if (article) return finish('article', article.text, headline(article.title || base.title));
  if (selected) return finish('selection', selected);
  return finish('page', pageText());
})();
