// Finds date expressions and gives each an ISO value as precise as the text
// (and a reference date) allows:
//   absolute  "August 15", "15 August 2025", "Aug. 15", "2025-08-15",
//             "15/08/2025" (only when day and month can't be swapped),
//             "January 2025", "in May", "in 2017", "Friday, July 21, 2017"
//   weekdays  "on Tuesday", "last Friday" (resolved to the past one by
//             default, the next one in a future-tense sentence)
//   relative  "earlier this week", "last month", "two days ago",
//             "in recent months", "within the next two weeks"
//   also      clock times ("at 22:30") and holidays ("Christmas", "X Day").
// The reference is Options::date, else a dateline near the top of the
// article ("Friday, July 21, 2017" on its own line).
//
// Named dates (everything but the relative phrases, which are not names)
// become date entities in Explanation::entities, one entity per distinct date
// with every mention; Document::dates gets one DateMention per expression
// (not clock times) for the timeline.
//
//   DateFinder dates(lexicons);
//   dates.Run(&doc);  // doc.dates[0].iso == "2017-07-18"

#ifndef EXPLAINER_DATES_H_
#define EXPLAINER_DATES_H_

#include <string>

#include "document.h"
#include "lexicon.h"

namespace explainer {

class DateFinder {
 public:
  explicit DateFinder(const Lexicons& lexicons);
  void Run(Document* doc) const;

  // The word lists the matchers read (core/data/*.txt).
  struct Lists {
    const WordList& months;
    const WordList& weekdays;
    const WordList& relative;
    const WordList& numbers;
    const WordList& holidays;
    const WordList& year_context;
    const WordList& time_words;
    const WordList& future;
    // First words of the phrase lists, to skip most tokens with one lookup.
    // The first word of every entry of relative, holidays and future.
    WordList relative_first;
    WordList holiday_first;
    WordList future_first;
  };

 private:
  Lists lists_;
};

}  // namespace explainer

#endif  // EXPLAINER_DATES_H_
