// Finds where the article's information comes from (Explanation::sources):
// interviews ("In an interview with <outlet>", "X’s interview to the news
// outlet"), agencies and outlets ("news agency X reported", "X newspaper"),
// documents ("a report by X", "the X letter"), press settings ("told
// reporters in …", "at a news conference"), social media ("wrote on …") and
// credit lines ("(With inputs from agencies)"). "A reported, citing B’s
// interview to C" chains C's source to A's with `via`. A definite phrase
// ("the news outlet") goes back to the source the text introduced with it.
//
//   SourceFinder sources(lexicons);
//   sources.Run(&doc);  // doc.out.sources, after attribution

#ifndef EXPLAINER_SOURCES_H_
#define EXPLAINER_SOURCES_H_

#include <string>
#include <vector>

#include "document.h"
#include "lexicon.h"

namespace explainer {

class SourceFinder {
 public:
  explicit SourceFinder(const Lexicons& lexicons);
  void Run(Document* doc) const;

 private:
  struct Found;  // a source with the cue nouns that introduced it
  struct Phrase {
    bool found = false;
    size_t first = 0, last = 0;          // the whole phrase
    size_t name_first = 0, name_last = 0;  // its name, if name_found
    bool name_found = false;
    std::string cue;   // the source noun it holds ("outlet"), lower case
    std::string kind;  // that noun's kind
  };

  // The noun phrase starting at token `at`: determiners, modifiers, source
  // nouns and a capitalised name ("Swedish news outlet X", "the news outlet").
  Phrase PhraseAt(const Document& doc, size_t at, size_t end) const;
  // A capitalised word that can be part of a name (not "The" or "In").
  bool NameWord(const Document& doc, size_t k) const;
  // The source noun (one or two words) at token i, or "".
  std::string CueAt(const Document& doc, size_t i, size_t* words) const;
  // Adds (or finds) a source; returns its index.
  int Add(Document* doc, std::vector<Found>* found, const std::string& name,
          const std::string& kind, Span span, Span name_span,
          const std::string& cue) const;
  // A source introduced earlier with the noun `cue` ("the news outlet").
  int Earlier(const std::vector<Found>& found, const std::string& cue) const;
  // Handles "interview with|to …" at token k.
  int Interview(Document* doc, std::vector<Found>* found, size_t k, size_t e) const;
  // "X said in a statement": X's statement, for every attributed quote.
  void Statements(Document* doc, std::vector<Found>* found) const;
  void CreditLines(Document* doc, std::vector<Found>* found) const;
  // The last token of a known outlet's name starting at token k ("Reuters",
  // "New York Times"), or SIZE_MAX; *kind gets its kind.
  size_t OutletAt(const Document& doc, size_t k, size_t end, std::string_view* kind) const;
  // "X reported, citing Y’s interview to Z": links the sources cited after
  // token `from` to source idx.
  void LinkCited(Document* doc, std::vector<Found>* found, std::vector<char>* done, int idx,
                 size_t from, size_t e) const;

  const WordList& cues_;
  const WordList& determiners_;
  const WordList& press_;
  const WordList& platforms_;
  const WordList& credits_;
  const WordList& speech_verbs_;
  const WordList& prepositions_;
  const WordList& starters_;
  const WordList& demonyms_;
  const WordList& org_cues_;
  const WordList& adverbs_;
  const WordList& outlets_;
};

}  // namespace explainer

#endif  // EXPLAINER_SOURCES_H_
