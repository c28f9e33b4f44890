// Finding the article in a page: one set of rules for the extension (run in the reader's tab)
// and the page (run on pasted or dropped HTML, parsed into an inert document).
//
// `readDocument` is injected into tabs as a function (`scripting.executeScript({ func })`), so it
// must stay self-contained: everything it uses is declared inside it, and its only outside
// dependency is Mozilla Readability (a global in the tab, where vendor/Readability.js is
// injected first; an argument on the page).

/**
 * Reads the article out of `doc` (the current document when null).
 *
 * Returns `{ title, text, source, url, lang, opensWithHeading, wholeChars }` where `source` says
 * what `text` is:
 *   'article'   Readability found an article that is mostly prose (navigation, asides, comments
 *               and footers left out);
 *   'selection' the reader's selection (asked for with `preferSelection`, or the page is no article);
 *   'page'      the visible text of the whole page.
 * Paragraphs are separated by blank lines; a <br> is a line break inside one.
 *
 * @param {Document|null} doc
 * @param {{ preferSelection?: boolean, maxChars?: number }} [options]
 * @param {Function} [ReadabilityClass] Readability's constructor (default: the global one)
 */
export function readDocument(doc, options = {}, ReadabilityClass = undefined) {
  const source = doc ?? document;
  const { preferSelection = false, maxChars = 1_000_000 } = options ?? {};
  const Reader = ReadabilityClass ?? globalThis.Readability;
  // Elements whose text never belongs in a summary.
  const SKIP = new Set([
    'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'SELECT', 'TEXTAREA',
    'BUTTON', 'HEAD',
  ]);
  // Elements that start a new paragraph.
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
  // (Chinese posts often end their sentences in spaces; a full-width comma marks their prose.)
  const SENTENCE_END = /[.!?\u3002\uff01\uff1f\uff0c\u061f\u0964]/;

  /** Paragraphs of `root`: one per block element, <br> kept as a line break. */
  function paragraphsOf(root) {
    const paragraphs = [];
    let current = '';
    const flush = () => {
      const text = current
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join('\n');
      if (text) paragraphs.push(text);
      current = '';
    };
    const walk = (node) => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) {
          current += child.data.replace(/\n/g, ' ');
        } else if (child.nodeType === 1) {
          const tag = child.tagName.toUpperCase();
          if (SKIP.has(tag) || child.hidden) continue;
          if (tag === 'BR') {
            current += '\n';
            continue;
          }
          const block = BLOCKS.has(tag);
          if (block) flush();
          if (tag === 'PRE') current += (child.textContent ?? '').replace(/\n{2,}/g, '\n');
          else walk(child);
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

  function firstTextIsHeading(root) {
    const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.data.trim() !== '') return node.parentElement?.closest('h1, h2, h3') != null;
    }
    return false;
  }

  function readArticle() {
    if (typeof Reader !== 'function') return null;
    let parsed;
    try {
      // Readability changes the document it is given: hand it a copy. The serializer keeps the
      // content as DOM, so no HTML string is ever parsed.
      parsed = new Reader(source.cloneNode(true), { serializer: (el) => el }).parse();
    } catch {
      return null;
    }
    if (!parsed?.content) return null;
    const paragraphs = paragraphsOf(parsed.content);
    const weight = (p) => p.length + 1.5 * (p.match(DENSE)?.length ?? 0);
    const total = paragraphs.reduce((sum, p) => sum + weight(p), 0);
    const prose = paragraphs
      .filter((p) => weight(p) >= PROSE_MIN && SENTENCE_END.test(p))
      .reduce((sum, p) => sum + weight(p), 0);
    if (prose < PROSE_TOTAL || prose < PROSE_SHARE * total || linkDensity(parsed.content) > MAX_LINK_DENSITY) {
      return null;
    }
    return {
      title: (parsed.title ?? '').replace(/\s+/g, ' ').trim(),
      text: paragraphs.join('\n\n'),
      opensWithHeading: firstTextIsHeading(parsed.content),
    };
  }

  function selectionText() {
    if (source !== globalThis.document) return '';
    const text = String(globalThis.getSelection?.() ?? '');
    // Keep the reader's paragraphs, tidy the rest.
    return text
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n\n');
  }

  function pageText() {
    const body = source.body;
    if (!body) return '';
    // In a live tab innerText is what the reader sees (hidden elements left out); an inert
    // document has no layout, so its blocks are walked instead.
    if (source === globalThis.document && typeof body.innerText === 'string') {
      return body.innerText
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join('\n\n');
    }
    return paragraphsOf(body).join('\n\n');
  }

  /**
   * The headline when the page title is the headline plus the site's name ("Headline | Site");
   * Readability trims such titles only where the headline has several space-separated words,
   * which Japanese or Chinese headlines never have.
   */
  function headline(title) {
    // In order of preference: a selector list would give the first in the document, often the
    // site's own <h1> in its header.
    const h1 = ['article h1', 'main h1', 'h1'].map((sel) => source.querySelector(sel)).find(Boolean);
    const text = (h1?.textContent ?? '').replace(/\s+/g, ' ').trim();
    return text && text.length < title.length && title.includes(text) ? text : title;
  }

  const whole = pageText();
  const base = {
    url: source === globalThis.document ? location.href : '',
    lang: source.documentElement?.lang ?? '',
    title: headline((source.title ?? '').replace(/\s+/g, ' ').trim()),
    opensWithHeading: false,
    wholeChars: whole.length,
  };
  const finish = (kind, text, extra = {}) => ({ ...base, ...extra, source: kind, text: text.slice(0, maxChars) });

  const selected = selectionText();
  if (preferSelection && selected) return finish('selection', selected);
  const article = readArticle();
  if (article) {
    return finish('article', article.text, {
      title: headline(article.title || base.title),
      opensWithHeading: article.opensWithHeading,
    });
  }
  if (selected) return finish('selection', selected);
  return finish('page', whole);
}

/**
 * Whether what `readDocument` returned is to be summarised whole (the `whole` option): an
 * article Readability found is one story with the page's furniture already gone, so the core's
 * own search for the article among furniture could only lose parts of it (an intro above a
 * list, a recipe's ingredients, short lines under subheadings).
 */
export function readsWhole(extracted) {
  return extracted?.source === 'article';
}
