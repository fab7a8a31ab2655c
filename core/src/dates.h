// Finds date expressions (absolute: "August 15", "15 August 2025",
// "2025-08-15", months, years, weekdays; relative: "earlier this week", "last
// month", "within the next two weeks") with an ISO value as precise as the
// text allows. Adds date entities (Explanation::entities, type date) and
// fills Document::dates for the timeline.

#ifndef EXPLAINER_DATES_H_
#define EXPLAINER_DATES_H_

#include "document.h"
#include "lexicon.h"

namespace explainer {

class DateFinder {
 public:
  explicit DateFinder(const Lexicons& lexicons);
  void Run(Document* doc) const;
};

}  // namespace explainer

#endif  // EXPLAINER_DATES_H_
