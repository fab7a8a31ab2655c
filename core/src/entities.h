// Finds people, organisations, places and dates (Explanation::entities) from capitalisation, titles, roles and organisation cues, and links aliases within the article ("Vladimir Putin" = "Putin" = "the Russian leader").

#ifndef EXPLAINER_ENTITIES_H_
#define EXPLAINER_ENTITIES_H_

#include "document.h"
#include "lexicon.h"

namespace explainer {

class EntityFinder {
 public:
  explicit EntityFinder(const Lexicons& lexicons);
  void Run(Document* doc) const;
};

}  // namespace explainer

#endif  // EXPLAINER_ENTITIES_H_
