// Finds where the article sets positions against each other (Explanation::contrasts): explicit connectives, opposite stances, and expectations left unfulfilled.

#ifndef EXPLAINER_CONTRASTS_H_
#define EXPLAINER_CONTRASTS_H_

#include "document.h"
#include "lexicon.h"

namespace explainer {

class ContrastFinder {
 public:
  explicit ContrastFinder(const Lexicons& lexicons);
  void Run(Document* doc) const;
};

}  // namespace explainer

#endif  // EXPLAINER_CONTRASTS_H_
