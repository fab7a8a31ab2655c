// Attributes each quote to its speaker (Quote::speaker, cue, confidence): "…,” X said", "X told reporters", "according to X", pronouns, and speakers carried from a neighbouring sentence.

#ifndef EXPLAINER_ATTRIBUTION_H_
#define EXPLAINER_ATTRIBUTION_H_

#include "document.h"
#include "lexicon.h"

namespace explainer {

class Attributor {
 public:
  explicit Attributor(const Lexicons& lexicons);
  void Run(Document* doc) const;
};

}  // namespace explainer

#endif  // EXPLAINER_ATTRIBUTION_H_
