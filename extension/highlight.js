// Injected into the tab (isolated world). Keeps a highlighter under
// `globalThis[Symbol.for('briefly.highlighter')]` that finds summary sentences in the page's
// visible text and marks them with the CSS Custom Highlight API. The page's HTML is never
// changed: highlights are ranges painted by the browser, under a style sheet the panel inserts.
//
// The page shares the DOM with this world, so two things are kept out of its reach: the
// highlighter lives under a symbol (a page element with id="brieflyHighlighter" would shadow a
// global of that name), and the highlight names are random, so the page cannot guess them to
// remove or restyle the marks.
(() => {
  const KEY = Symbol.for('briefly.highlighter');
  if (globalThis[KEY]) return;
  const randomName = () => {
    const bytes = crypto.getRandomValues(new Uint8Array(12));
    return `b${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
  };
  const NAME = randomName();
  const FOCUS = randomName();
  // Text inside these is not part of what the reader sees as the page.
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'HEAD', 'TITLE']);
  // Ignored when matching, as whitespace is: soft hyphens and zero-width characters that
  // appear in the DOM but not in extracted text.
  const IGNORABLE = /[\s\u00ad\u200b-\u200d\u2060\ufeff]/;
  // Used to find a sentence whose middle differs from the page (a quote mark the summariser
  // normalised, an inline element's text dropped): match its two ends instead.
  const EDGE = 24;

  const supported = typeof Highlight === 'function' && typeof CSS !== 'undefined' && Boolean(CSS.highlights);
  let ranges = [];

  /** Folds one character for matching; keeps it when folding would change the length. */
  function fold(ch) {
    const lower = ch.toLowerCase();
    return lower.length === ch.length ? lower : ch;
  }

  function compact(text) {
    let out = '';
    for (const ch of text) if (!IGNORABLE.test(ch)) out += fold(ch);
    return out;
  }

  function isVisible(element, cache) {
    let visible = cache.get(element);
    if (visible === undefined) {
      if (typeof element.checkVisibility === 'function') {
        visible = element.checkVisibility({ visibilityProperty: true, opacityProperty: false });
      } else {
        visible = element.getClientRects().length > 0;
      }
      cache.set(element, visible);
    }
    return visible;
  }

  /**
   * The visible text of the page with whitespace removed, and for each of its UTF-16 code
   * units the text node and offset it came from.
   */
  function indexPage() {
    const cache = new Map();
    const nodes = [];
    const offsets = [];
    let text = '';
    const root = document.body ?? document.documentElement;
    if (!root) return { text, nodes, offsets };
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        const parent = node.parentElement;
        if (!parent || !node.data.trim()) return NodeFilter.FILTER_REJECT;
        if (SKIP.has(parent.tagName.toUpperCase()) || parent.closest('script,style,noscript,template,textarea')) {
          return NodeFilter.FILTER_REJECT;
        }
        return isVisible(parent, cache) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
      },
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const data = node.data;
      let i = 0;
      for (const ch of data) {
        if (!IGNORABLE.test(ch)) {
          const folded = fold(ch);
          text += folded;
          // One entry per code unit so indexes into `text` map straight back.
          for (let k = 0; k < folded.length; k++) {
            nodes.push(node);
            offsets.push(i + k);
          }
        }
        i += ch.length;
      }
    }
    return { text, nodes, offsets };
  }

  function rangeFor(page, start, end) {
    // `end` is exclusive: the range ends after the last matched code unit.
    const range = document.createRange();
    range.setStart(page.nodes[start], page.offsets[start]);
    range.setEnd(page.nodes[end - 1], page.offsets[end - 1] + 1);
    return range;
  }

  /** Finds `needle` at or after `from`, else anywhere; returns [start, end) or null. */
  function locate(page, needle, from) {
    if (!needle) return null;
    let at = page.text.indexOf(needle, from);
    if (at < 0) at = page.text.indexOf(needle);
    if (at >= 0) return [at, at + needle.length];
    if (needle.length < EDGE * 3) return null;
    const head = needle.slice(0, EDGE);
    const tail = needle.slice(-EDGE);
    for (const origin of [from, 0]) {
      let h = page.text.indexOf(head, origin);
      let t = -1;
      while (h >= 0) {
        // The first tail after this head; reused while it still lies after the next head, so
        // a head repeated many times costs one pass over the page, not one per repeat.
        if (t < h + head.length) t = page.text.indexOf(tail, h + head.length);
        if (t < 0) break;
        if (t + tail.length - h <= needle.length * 1.5) return [h, t + tail.length];
        h = page.text.indexOf(head, h + 1);
      }
    }
    return null;
  }

  function paint() {
    if (!supported) return;
    const live = ranges.filter(Boolean);
    if (live.length) CSS.highlights.set(NAME, new Highlight(...live));
    else CSS.highlights.delete(NAME);
  }

  globalThis[KEY] = {
    supported,

    /** The highlight names, for the panel's style sheet. */
    names: { main: NAME, focus: FOCUS },

    /**
     * Highlights `sentences` (strings, in document order). Returns
     * `{ supported, found, missing }` (`missing`: indexes of sentences not found in the page).
     */
    set(sentences, show = true) {
      ranges = [];
      const missing = [];
      const page = indexPage();
      let from = 0;
      sentences.forEach((sentence, i) => {
        const span = locate(page, compact(String(sentence)), from);
        if (!span) {
          ranges.push(null);
          missing.push(i);
          return;
        }
        ranges.push(rangeFor(page, span[0], span[1]));
        from = span[1];
      });
      if (supported) {
        CSS.highlights.delete(FOCUS);
        if (show) paint();
        else CSS.highlights.delete(NAME);
      }
      return { supported, found: ranges.filter(Boolean).length, missing, names: { main: NAME, focus: FOCUS } };
    },

    /** Shows or hides the highlights (the ranges are kept). */
    show(on) {
      if (!supported) return false;
      if (on) paint();
      else {
        CSS.highlights.delete(NAME);
        CSS.highlights.delete(FOCUS);
      }
      return true;
    },

    /** Scrolls sentence `i` into view and, if `mark`, marks it as the one in focus. */
    scrollTo(i, mark = true) {
      const range = ranges[i];
      if (!range || !range.startContainer.isConnected) return false;
      const rect = range.getBoundingClientRect();
      const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      // Animations do not run in a hidden tab (the panel opened as a tab): jump there instead.
      const behavior = reduce || document.visibilityState === 'hidden' ? 'instant' : 'smooth';
      const scroller = document.scrollingElement;
      if (scroller && scroller.scrollHeight > window.innerHeight) {
        window.scrollBy({ top: rect.top - window.innerHeight / 3, left: 0, behavior });
      } else {
        // The page scrolls inside a container, not the window: let the browser find it.
        const element = range.startContainer.parentElement;
        element?.scrollIntoView({ block: 'center', behavior });
      }
      if (supported && mark) {
        const focus = new Highlight(range);
        focus.priority = 1;
        CSS.highlights.set(FOCUS, focus);
      }
      return true;
    },

    /** Removes every highlight. */
    clear() {
      ranges = [];
      if (supported) {
        CSS.highlights.delete(NAME);
        CSS.highlights.delete(FOCUS);
      }
    },
  };
})();
