// Finds where the article sets positions against each other
// (Explanation::contrasts), ranked by confidence and kept short:
//   explicit     a connective joins two clauses or sentences ("but",
//                "however", contrastive "while", "despite", "contrasted X
//                with Y", "veered between A and B"), minus the non-contrastive
//                uses ("not only ... but also", "nothing but", "while in Paris");
//   expectation  something agreed, promised or expected that the text says did
//                not happen (expectation.cc);
//   stance       two sides take opposite polarity toward each other or a shared
//                target, read from the claims (stance_contrasts.cc).
//
//   ContrastFinder contrasts(lexicons);
//   contrasts.Run(&doc);  // after ClaimFinder; fills doc.out.contrasts

#ifndef EXPLAINER_CONTRASTS_H_
#define EXPLAINER_CONTRASTS_H_

#include <vector>

#include "document.h"
#include "lexicon.h"
#include "polarity.h"

namespace explainer {

// What every contrast finder shares: the words, the sentences' token ranges
// and helpers to turn token ranges into spans and summaries.
struct ContrastContext {
  const Document& doc;
  const Words& words;
  std::vector<size_t> first;  // per sentence: first token
  std::vector<size_t> last;   // per sentence: one past the last token

  ContrastContext(const Document& d, const Words& w);
  bool IsPunct(size_t i) const;
  // Word tokens in [begin, end).
  size_t WordCount(size_t begin, size_t end) const;
  // The span of tokens [begin, end) without trailing commas, dashes and
  // colons; empty when no word is left.
  Span SpanOf(size_t begin, size_t end) const;
  // The side's text in at most `max_words` words, spaces collapsed.
  std::string Shorten(Span span, size_t max_words = 16) const;
};

class ContrastFinder {
 public:
  explicit ContrastFinder(const Lexicons& lexicons);
  void Run(Document* doc) const;

 private:
  void FindExplicit(const ContrastContext& c, std::vector<Contrast>* out) const;
  void FindExpectations(const ContrastContext& c,
                        std::vector<Contrast>* out) const;
  void FindStances(const ContrastContext& c, std::vector<Contrast>* out) const;

  StanceReader reader_;
  PhraseList markers_;
  PhraseList expectation_cues_;
  PhraseList unfulfilled_;
  PhraseList denials_;
  const WordList& demonyms_;
};

}  // namespace explainer

#endif  // EXPLAINER_CONTRASTS_H_
