// Pairs quotation marks into quotations, over the tokenizer's punctuation
// tokens. Handles curly and straight double and single quotes, «…», „…“,
// ’…’ written with two closing marks, nesting, and quotes that run over
// several paragraphs (each reopened with a mark, the previous left open).
// Apostrophes inside words never reach here (the tokenizer keeps "you’ll"
// whole); elisions such as "the ’90s" are told apart by what follows.
//
//   std::vector<MarkedQuote> q = PairQuoteMarks(doc, elisions, &warnings);
//   // q[i].open / q[i].close are token indices of the marks.

#ifndef EXPLAINER_QUOTE_MARKS_H_
#define EXPLAINER_QUOTE_MARKS_H_

#include <cstddef>
#include <vector>

#include "document.h"
#include "lexicon.h"

namespace explainer {

struct MarkedQuote {
  size_t open = 0;   // token index of the opening mark
  size_t close = 0;  // token index of the closing mark (or of the last token
                     // before the paragraph break when the quote was capped)
  bool closed = true;  // false: never closed, capped at the paragraph's end
  bool multi_paragraph = false;  // reopened at the start of a later paragraph
  int parent = -1;     // index of the enclosing quote in the result, or -1
  Span span;           // with the marks
  Span content;        // inside the marks, trimmed
};

// Whether token i starts a new paragraph. Articles that use blank lines
// between paragraphs break only there; articles without any blank line
// break at line breaks that also end a sentence.
bool StartsParagraph(const Document& doc, size_t i, bool blank_lines);
bool HasBlankLines(const Document& doc);

// Returns every quotation found by its marks, sorted by start (outer quotes
// before the quotes nested in them). Appends "unbalanced_quote" warnings for
// double marks left open or closed without an opener.
std::vector<MarkedQuote> PairQuoteMarks(const Document& doc,
                                        const WordList& elisions,
                                        std::vector<Warning>* warnings);

}  // namespace explainer

#endif  // EXPLAINER_QUOTE_MARKS_H_
