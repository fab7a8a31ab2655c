/**
 * The embed entry: registers <article-explainer> (in a browser) and exposes
 * the JS API.
 *
 *   <article-explainer for="#story"></article-explainer>
 *   <script type="module" src="article-explainer.js"></script>
 *
 *   import 'article-explainer/widget';
 *   document.querySelector('article-explainer')
 *     .addEventListener('select', (e) => console.log(e.detail?.id));
 */
import type { Explanation, ExplanationItem } from './explainer.js';

export * from './explainer.js';

/** The `explainer-error` event's detail. */
export interface ArticleExplainerErrorDetail {
  /** 'host_not_found', 'invalid_result', or an ExplainerError code. */
  code: string;
  message: string;
}

export interface ArticleExplainerEventMap extends HTMLElementEventMap {
  /** The article was explained (or a `result` was set); bubbles. */
  explained: CustomEvent<Explanation>;
  /** An item was chosen in the panel or by clicking its highlight; null when cleared; bubbles. */
  select: CustomEvent<ExplanationItem | null>;
  /** Explaining failed; bubbles. (Not named `error`: error monitors on window would take it for a page error.) */
  'explainer-error': CustomEvent<ArticleExplainerErrorDetail>;
}

/**
 * <article-explainer for="#story" placement="right|left|below" collapsed date="2025-08-29"
 *   ignore=".ad, figure" shortcuts="off">
 */
export declare class ArticleExplainerElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /**
   * The text that was explained (result offsets index it); set a string to
   * explain that text (shown inside the element) instead of an article on the page.
   */
  text: string;
  /**
   * The last explanation, or null. Set a result computed earlier for the same
   * text to show it without explaining again (`length` must match).
   */
  result: Explanation | null;
  /** The element holding the article being explained, or null. */
  readonly hostElement: Element | null;
  /** Reads the article again and explains it; null when it failed (an `error` event says why). */
  refresh(): Promise<Explanation | null>;
  /** Selects an item by id ("Q3"), as clicking it does; null clears. Returns whether it exists. */
  select(ref: string | null): boolean;

  addEventListener<K extends keyof ArticleExplainerEventMap>(type: K,
    listener: (this: ArticleExplainerElement, ev: ArticleExplainerEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof ArticleExplainerEventMap>(type: K,
    listener: (this: ArticleExplainerElement, ev: ArticleExplainerEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions): void;
}

/** The tag name this module registers: 'article-explainer'. */
export declare const TAG_NAME: 'article-explainer';

declare global {
  interface HTMLElementTagNameMap {
    'article-explainer': ArticleExplainerElement;
  }
}
