// Finds where the information comes from (Explanation::sources): interviews, agencies, outlets and documents, with via chains.

#ifndef EXPLAINER_SOURCES_H_
#define EXPLAINER_SOURCES_H_

#include "document.h"
#include "lexicon.h"

namespace explainer {

class SourceFinder {
 public:
  explicit SourceFinder(const Lexicons& lexicons);
  void Run(Document* doc) const;
};

}  // namespace explainer

#endif  // EXPLAINER_SOURCES_H_
