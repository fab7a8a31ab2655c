// Finds quotations (Explanation::quotes): direct, partial and nested quotes from every kind of quote mark, and indirect (reported) speech.

#ifndef EXPLAINER_QUOTES_H_
#define EXPLAINER_QUOTES_H_

#include "document.h"
#include "lexicon.h"

namespace explainer {

class QuoteFinder {
 public:
  explicit QuoteFinder(const Lexicons& lexicons);
  void Run(Document* doc) const;
};

}  // namespace explainer

#endif  // EXPLAINER_QUOTES_H_
