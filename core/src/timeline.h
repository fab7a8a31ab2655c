// Builds the timeline (Explanation::timeline) from the dates DateFinder found:
// one entry per dated event, with the date expression, its ISO value, the
// clause holding the event and a short event phrase cut from that clause's own
// words ("the two leaders last met at a summit in the capital"), in
// time order. The dateline is the article's date, not an event: it is skipped.
//
//   TimelineBuilder timeline(lexicons);
//   timeline.Run(&doc);  // doc.out.timeline[0].event == "The team won a medal"

#ifndef EXPLAINER_TIMELINE_H_
#define EXPLAINER_TIMELINE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "document.h"
#include "lexicon.h"

namespace explainer {

class TimelineBuilder {
 public:
  explicit TimelineBuilder(const Lexicons& lexicons);
  void Run(Document* doc) const;

 private:
  // Finds the clause that holds the date at tokens [df, dl) and cuts the
  // event phrase from it; *clause gets the clause's span. in_dates marks every
  // date's tokens; the sentence is taken to start no earlier than `floor`
  // (after a dateline sharing its line). Returns "" when the sentence names
  // no event besides the date.
  struct TokenInfo {
    std::string_view lower;  // Document::lower
    uint16_t roles = 0;  // Role bits (timeline.cc)
  };
  std::string EventFor(const Document& doc, const std::vector<TokenInfo>& info, size_t df,
                       size_t dl, const std::vector<bool>& in_dates, size_t floor,
                       Span* clause) const;
  bool HasRole(std::string_view word, const char* role) const;
  bool Boundary(const Document& doc, size_t i) const;

  const WordList& words_;  // timeline_words.txt
  const WordList& verbs_;  // clause_verbs.txt
};

}  // namespace explainer

#endif  // EXPLAINER_TIMELINE_H_
