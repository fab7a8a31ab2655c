// Attributes each quote to its speaker (Quote::speaker, cue, confidence):
// "“…,” X said", "said X", "X said: “…”", "X told reporters", "X added",
// "adding, “…”", "“…,” he said", "X, who …, said", "according to X",
// "“…” — X", "X was quoted as saying", "X reported, citing Y’s interview"
// (Y speaks), a partial quote inside a sentence whose subject speaks, and a
// quote standing alone after one already attributed. A quote whose speaker
// the text does not give keeps speaker "" (null), never a guess.
//
// Confidence: an explicit name with a speech verb ~0.93, a pronoun ~0.8, a
// speaker carried over from a neighbouring quote ~0.6.
//
//   Attributor attribution(lexicons);
//   attribution.Run(&doc);  // after QuoteFinder

#ifndef EXPLAINER_ATTRIBUTION_H_
#define EXPLAINER_ATTRIBUTION_H_

#include <utility>
#include <vector>

#include "document.h"
#include "lexicon.h"
#include "speaker_phrase.h"

namespace explainer {

class Attributor {
 public:
  explicit Attributor(const Lexicons& lexicons);
  void Run(Document* doc) const;

 private:
  struct Result {
    bool found = false;  // an attribution was found (the speaker may be -1)
    int entity = -1;
    size_t cue_first = 0, cue_last = 0;
    bool has_cue = false;
    double confidence = 0;
    // The pronoun or role phrase ("She", "Tunisia's coach") that named the
    // speaker: it becomes a mention of the speaker's entity.
    bool coreferent = false;
    size_t phrase_first = 0, phrase_last = 0;
  };
  struct State;  // per-run scratch (sentence bounds, quotes seen so far)

  Result AfterQuote(Document* doc, size_t q, const State& st) const;
  Result BeforeQuote(Document* doc, size_t q, const State& st) const;
  Result CarriedOver(Document* doc, size_t q, const State& st) const;
  // "He put it bluntly: “…”", "X had a simpler explanation: “…”": a quote
  // after a colon, with no verb of speech before it, is the clause's subject's.
  Result ColonLead(Document* doc, size_t q, const State& st) const;
  Result Indirect(Document* doc, size_t q, const State& st) const;
  // The speaker a participle continues ("…, saying …"), for quote q whose
  // verb is token k in the sentence starting at token lo.
  Result Continuing(Document* doc, size_t q, size_t k, size_t lo, const State& st) const;
  // "…, X reported, citing Y’s interview": Y, when Y is a person.
  void PreferCited(Document* doc, size_t verb, size_t ceiling, const State& st,
                   Result* r) const;
  // The nearest person or body before token k (not the object of a
  // preposition): the subject a coordinated verb shares.
  // Tokens in `in_quote`, if given, are skipped.
  int SubjectBefore(const Document& doc, size_t k, size_t lo,
                    const std::vector<char>* in_quote = nullptr) const;
  // Whether the mention starting at token `first` is the object of a
  // preposition ("with the Kremlin"), looking no further back than lo.
  bool Governed(const Document& doc, size_t first, size_t lo) const;
  // The first person or body in tokens [lo, k) that is not the object of a
  // preposition: the sentence's subject (else SubjectBefore).
  int FirstSubject(const Document& doc, size_t lo, size_t k) const;
  // The person whose words sentence s announces without quoting them.
  int Introduced(const Document& doc, uint32_t s, const State& st) const;
  // The person sentence s, right after a quote standing alone, says it came
  // from ("That is how X put it", "The words came from X", "That was X,
  // speaking to reporters"); -1 if none. Sets the cue's tokens.
  int NamedAfter(const Document& doc, uint32_t s, const State& st, size_t* cue_first,
                 size_t* cue_last) const;
  Result FromPhrase(const SpeakerPhrase& p, size_t verb, double confidence) const;
  static Result Unnamed(size_t first, size_t last);
  static Result Subject(int e, size_t k);

  SpeakerPhrases phrases_;
  const WordList& speech_phrases_;
  const WordList& speech_nouns_;
  const WordList& determiners_;
  const WordList& prepositions_;
};

}  // namespace explainer

#endif  // EXPLAINER_ATTRIBUTION_H_
