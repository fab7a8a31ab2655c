// Builds the timeline (Explanation::timeline): absolute and relative date expressions with ISO dates as precise as the text allows, each with the event of its sentence.

#ifndef EXPLAINER_TIMELINE_H_
#define EXPLAINER_TIMELINE_H_

#include "document.h"
#include "lexicon.h"

namespace explainer {

class TimelineBuilder {
 public:
  explicit TimelineBuilder(const Lexicons& lexicons);
  void Run(Document* doc) const;
};

}  // namespace explainer

#endif  // EXPLAINER_TIMELINE_H_
