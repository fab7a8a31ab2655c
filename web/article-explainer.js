/**
 * The embed entry for news sites: registers <article-explainer> and exposes
 * the same JS API as explainer.js.
 *
 *   <article-explainer for="#story"></article-explainer>
 *   <script type="module" src="article-explainer.js"></script>
 *
 * Importing it outside a browser (node) registers nothing and still gives the
 * JS API, so `import 'article-explainer/widget'` is safe in server-side code.
 */
import { ArticleExplainerElement } from './widget.js';

export { createExplainer, Explainer, ExplainerError, ErrorCodes } from './explainer.js';
export { ArticleExplainerElement };

/** The tag name this module registers. */
export const TAG_NAME = 'article-explainer';

if (typeof customElements !== 'undefined' && !customElements.get(TAG_NAME)) {
  customElements.define(TAG_NAME, ArticleExplainerElement);
}
