// Turns reported statements and the article's own assertions into typed claims (Explanation::claims) with source, target, polarity and hedging.

#ifndef EXPLAINER_CLAIMS_H_
#define EXPLAINER_CLAIMS_H_

#include "document.h"
#include "lexicon.h"

namespace explainer {

class ClaimFinder {
 public:
  explicit ClaimFinder(const Lexicons& lexicons);
  void Run(Document* doc) const;
};

}  // namespace explainer

#endif  // EXPLAINER_CLAIMS_H_
