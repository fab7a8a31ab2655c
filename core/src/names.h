// Finds the names in a document: runs of capitalised words ("Bank of England",
// "Lee Cheuk-yan", "Argumenty i Fakty"), split from the titles before them
// ("Russian President" + "Vladimir Putin") and scored for their type from the
// words inside them (Ministry, Party, Street) and around them ("news agency X",
// "X spokesman", "in X"). EntityFinder (entities.cc) then links the candidates
// into entities; nothing here knows a name in advance.
//
//   NameFinder names(lexicons);
//   std::vector<NameCandidate> found = names.Find(doc);  // in text order

#ifndef EXPLAINER_NAMES_H_
#define EXPLAINER_NAMES_H_

#include <string>
#include <vector>

#include "document.h"
#include "lexicon.h"

namespace explainer {

// Evidence slots, in the order NameCandidate::score holds them.
enum NameType { kPersonName = 0, kOrgName, kPlaceName, kOtherName, kNameTypes };

struct NameCandidate {
  size_t first = 0;  // first token of the name proper
  size_t last = 0;   // last token of the name proper (inclusive)
  Span name;         // the name without title or possessive ending
  Span mention;      // what is highlighted: a capitalised title chain + name
  std::string key;   // the name lower-cased, one space between words
  std::vector<std::string> words;  // key split into name words ("cheuk-yan")
  std::string role;  // "Kremlin spokesman", "Russian President", or empty
  float score[kNameTypes] = {0, 0, 0, 0};
  Gender gender = Gender::kUnknown;  // from a gendered title
  bool titled = false;      // a person title or role stands before or after it
  bool title_only = false;  // "the President": a title with no name after it
  std::string title_word;   // the title's last word, for title_only ones
  bool headline = false;    // inside a Title Case line: trusted only if seen again
  bool locative = false;    // after "in", "from", "near": a place reading
  bool speaker = false;     // followed by a verb of saying
  bool modifier = false;    // modifies a role noun ("Kremlin spokesman")
  bool team = false;
  bool initial = false;     // starts a sentence or quotation (capitalised anyway)        // a country in a match ("Sweden defeated ...")
  std::string acronym_of;   // "(WHO)" after "World Health Organization": the
                            // acronym's key, linked by EntityFinder
};

class NameFinder {
 public:
  explicit NameFinder(const Lexicons& lexicons);

  // Returns the name candidates of `doc`, in text order. Tokens covered by a
  // date entity (added before this stage) are never part of a name.
  std::vector<NameCandidate> Find(const Document& doc) const;

  const WordList& titles() const { return titles_; }
  const WordList& demonyms() const { return demonyms_; }
  const WordList& places() const { return places_; }

 private:
  friend class NameScan;
  const WordList& titles_;
  const WordList& modifiers_;
  const WordList& places_;
  const WordList& place_cues_;
  const WordList& demonyms_;
  const WordList& org_cues_;
  const WordList& org_context_;
  const WordList& outlets_;
  const WordList& companies_;
  const WordList& stops_;
  const WordList& verbs_;
  const WordList& common_;
};

}  // namespace explainer

#endif  // EXPLAINER_NAMES_H_
