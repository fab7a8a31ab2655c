// Finds quotations (Explanation::quotes): direct, partial and nested quotes
// from every kind of quote mark (quote_marks.h), and indirect (reported)
// speech ("X asserted that …", "X hinted at …", "according to X, …",
// "…, X said."). Speakers are left to Attributor (attribution.h); the
// tokens of each quote go to Document::quote_info for it.
//
//   QuoteFinder quotes(lexicons);
//   quotes.Run(&doc);  // doc.out.quotes, doc.quote_info, unbalanced warnings

#ifndef EXPLAINER_QUOTES_H_
#define EXPLAINER_QUOTES_H_

#include <vector>

#include "document.h"
#include "lexicon.h"
#include "quote_marks.h"

namespace explainer {

class QuoteFinder {
 public:
  explicit QuoteFinder(const Lexicons& lexicons);
  void Run(Document* doc) const;

 private:
  QuoteKind KindOf(const Document& doc, const MarkedQuote& q) const;
  // Appends reported speech found in sentence tokens [b, e] to *found.
  // in_quote / in_date mark the tokens inside quote marks / date mentions.
  void FindIndirect(const Document& doc, size_t b, size_t e,
                    const std::vector<char>& in_quote, const std::vector<char>& in_date,
                    std::vector<QuoteInfo>* found) const;
  // The last token of a reported clause starting at `from`, within [.., e].
  size_t ClauseEnd(const Document& doc, size_t from, size_t e) const;
  // Whether tokens first..last name who heard a report: "jurors", "the
  // court", "the BBC" in "told jurors the two men had …".
  bool Listener(const Document& doc, size_t first, size_t last) const;
  // Whether [first, last] is a prepositional phrase with no verb.
  bool PhraseOnly(const Document& doc, size_t first, size_t last) const;
  // Whether a reported clause (a subject and a finite verb) starts at `k`.
  bool StartsClause(const Document& doc, size_t k, size_t e) const;
  // Whether token j is a present verb agreeing with the noun before it, in a
  // clause starting at k.
  bool AgreeingPresent(const Document& doc, size_t k, size_t j, size_t e) const;

  const WordList& elisions_;
  const WordList& speech_verbs_;
  const WordList& speech_phrases_;
  const WordList& adverbs_;
  const WordList& clause_verbs_;
  const WordList& speech_nouns_;
  const WordList& determiners_;
  const WordList& pronouns_;
  const WordList& passive_;
  const WordList& prepositions_;
};

}  // namespace explainer

#endif  // EXPLAINER_QUOTES_H_
