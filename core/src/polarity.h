// Reads what a stretch of tokens does: the claim type its words signal
// (praise, threat, prediction, ...), its net evaluation with negation and
// scope handled, and whether it is hedged. Shared by ClaimFinder (claims.cc)
// and ContrastFinder (contrasts.cc); every cue comes from core/data lexicons.
//
//   StanceReader reader(lexicons);
//   Words words = LowerWords(doc);
//   Reading r = reader.Read(doc, words, first_token, end_token);
//   if (r.type == ClaimType::kThreat && r.hedged) ...

#ifndef EXPLAINER_POLARITY_H_
#define EXPLAINER_POLARITY_H_

#include <string>
#include <string_view>
#include <vector>

#include "document.h"
#include "lexicon.h"

namespace explainer {

// Every token lower-cased, curly apostrophes made straight ("didn’t" ->
// "didn't"), so lexicon lookups need one spelling.
using Words = std::vector<std::string>;
Words LowerWords(const Document& doc);

// The number of tokens from `i` (before `end`) that spell the longest entry
// of `list`, or 0.
size_t MatchPhrase(const WordList& list, const Words& words, size_t i,
                   size_t end, std::string_view* value = nullptr);

// Whether `word` is an inflection of an entry of `list` (praised, praises,
// praising -> praise; accused -> accuse; hinted -> hint). Stores the entry's
// value in *value.
bool MatchLemma(const WordList& list, std::string_view word,
                std::string_view* value = nullptr);

bool IsNegation(const WordList& negations, std::string_view word);

struct Reading {
  ClaimType type = ClaimType::kOther;
  size_t trigger = SIZE_MAX;  // token that decided the type; SIZE_MAX = none
  int polarity = 0;           // net evaluation: -1, 0, 1
  int positive = 0;           // evaluative words counted each way
  int negative = 0;
  bool hedged = false;
  bool override_polarity = false;  // "in a positive sense" decided it
};

class StanceReader {
 public:
  explicit StanceReader(const Lexicons& lexicons);

  // Reads tokens [begin, end). Tokens inside `skip` (e.g. a speech cue) are
  // read for hedges only.
  Reading Read(const Document& doc, const Words& words, size_t begin,
               size_t end) const;

  // Net evaluation of [begin, end) with negation scope: -1, 0 or 1; counts
  // go to *positive and *negative when given.
  int Polarity(const Words& words, size_t begin, size_t end,
               int* positive = nullptr, int* negative = nullptr,
               bool* overridden = nullptr) const;

  // Whether [begin, end) holds a hedge (could, may, if, reportedly, hinted).
  bool Hedged(const Words& words, size_t begin, size_t end) const;

  // The stance verb at token i ("praised" -> kPraise), or kOther.
  ClaimType StanceVerb(const Words& words, size_t i) const;

  // Whether [begin, end) has a word of `list_name`'s lexicon (by phrase).
  bool Has(const WordList& list, const Words& words, size_t begin,
           size_t end, size_t* at = nullptr) const;

  const WordList& stance_verbs() const { return stance_verbs_; }
  const WordList& negations() const { return negations_; }
  const WordList& negative_acts() const { return negative_acts_; }
  const WordList& threat_words() const { return threat_words_; }

 private:
  const WordList& evaluation_;
  const WordList& negations_;
  const WordList& absorbers_;
  const WordList& overrides_;
  const WordList& hedges_;
  const WordList& predictions_;
  const WordList& positions_;
  const WordList& stance_verbs_;
  const WordList& threat_words_;
  const WordList& negative_acts_;
};

// Type names as the contract spells them ("praise", "threat", ...).
const char* ClaimTypeName(ClaimType type);

}  // namespace explainer

#endif  // EXPLAINER_POLARITY_H_
