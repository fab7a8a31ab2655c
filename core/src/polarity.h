// Reads what a stretch of tokens does: the claim type its words signal
// (praise, threat, prediction, ...), its net evaluation with negation and
// scope handled, and whether it is hedged. Shared by ClaimFinder (claims.cc)
// and ContrastFinder (contrasts.cc); every cue comes from core/data lexicons.
//
//   StanceReader reader(lexicons);
//   const Words& words = AnnotatedWords(doc, reader);
//   Reading r = reader.Read(words, first_token, end_token);
//   if (r.type == ClaimType::kThreat && r.hedged) ...

#ifndef EXPLAINER_POLARITY_H_
#define EXPLAINER_POLARITY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"
#include "lexicon.h"

namespace explainer {

// A lexicon prepared for matching lower-cased token runs: one hash lookup
// per candidate phrase, none for tokens no entry starts with.
class PhraseList {
 public:
  PhraseList() = default;
  explicit PhraseList(const WordList& list);
  // The number of words from `i` (before `end`) that spell the longest
  // entry, or 0; stores its value in *value.
  size_t Match(const std::vector<std::string_view>& words, size_t i, size_t end,
               std::string_view* value = nullptr) const;
  bool Contains(std::string_view word) const { return list_->Contains(word); }
  // Whether some entry's first word is `word` (lower case).
  bool StartsWith(std::string_view word) const {
    bool found;
    first_words_.FindLower(word, &found);
    return found;
  }
  // Whether `word` is an inflection of an entry (praised, praises, praising
  // -> praise; hinted -> hint; slammed -> slam); stores the entry's value.
  bool MatchLemma(std::string_view word, std::string_view* value = nullptr) const;

 private:
  // Views into the list, which lives as long as the Lexicons.
  const WordList* list_ = nullptr;
  WordList first_words_;  // the first word of every entry
};

// What the lexicons say about one token, computed once per document.
struct TokenCue {
  int8_t evaluation = 0;       // -1, 0, 1
  bool negation = false;       // not, never, n't ...
  bool absorber = false;       // hide, conceal: a negation passes through
  bool negative_act = false;   // hinder, torpedo, sabotage ...
  uint8_t override_len = 0;    // "in a positive sense" starts here
  int8_t override_value = 0;
  uint8_t hedge_len = 0;
  uint8_t prediction_len = 0;
  uint8_t position_len = 0;
  uint8_t threat_len = 0;
  ClaimType stance = ClaimType::kOther;  // stance verb by lemma
};

// Every token lower-cased, curly apostrophes made straight ("didn’t" ->
// "didn't": Document::norm), so lexicon lookups need one spelling; `cues` is
// filled by StanceReader::Annotate.
struct Words {
  std::vector<std::string_view> w;
  std::vector<TokenCue> cues;
  std::string_view operator[](size_t i) const { return w[i]; }
  size_t size() const { return w.size(); }
};

class StanceReader;
// The document's words with their cues, annotated on the first call and
// kept in doc->words for every later stage.
const Words& AnnotatedWords(Document* doc, const StanceReader& reader);

// The number of tokens from `i` (before `end`) that spell the longest entry
// of `list`, or 0.
size_t MatchPhrase(const PhraseList& list, const Words& words, size_t i,
                   size_t end, std::string_view* value = nullptr);

bool IsNegation(const PhraseList& negations, std::string_view word);

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

  // Fills words->cues; every other call needs it done.
  void Annotate(Words* words) const;

  // Reads tokens [begin, end): type, trigger, polarity and hedging.
  Reading Read(const Words& words, size_t begin, size_t end) const;

  // Net evaluation of [begin, end) with negation scope: -1, 0 or 1; counts
  // go to *positive and *negative when given.
  int Polarity(const Words& words, size_t begin, size_t end,
               int* positive = nullptr, int* negative = nullptr,
               bool* overridden = nullptr) const;

  // Whether [begin, end) holds a hedge (could, may, if, reportedly, hinted).
  bool Hedged(const Words& words, size_t begin, size_t end) const;

  // The stance verb at token i ("praised" -> kPraise), or kOther.
  ClaimType StanceVerb(const Words& words, size_t i) const {
    return i < words.cues.size() ? words.cues[i].stance : ClaimType::kOther;
  }

  // Whether [begin, end) has an entry of `list`; its first token in *at.
  bool Has(const PhraseList& list, const Words& words, size_t begin,
           size_t end, size_t* at = nullptr) const;

  const PhraseList& negations() const { return negations_; }

 private:
  // The cues a word carries on its own (negation, evaluation, stance verb).
  TokenCue WordCue(std::string_view word) const;

  PhraseList evaluation_;
  PhraseList negations_;
  PhraseList absorbers_;
  PhraseList overrides_;
  PhraseList hedges_;
  PhraseList predictions_;
  PhraseList positions_;
  PhraseList stance_verbs_;
  PhraseList threat_words_;
  PhraseList negative_acts_;
};

}  // namespace explainer

#endif  // EXPLAINER_POLARITY_H_
