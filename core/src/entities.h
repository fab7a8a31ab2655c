// Finds people, organisations and places (Explanation::entities) and links
// their mentions within the article: "Vladimir Putin" = "Putin" = "President
// Putin" = "the Russian leader". Names come from NameFinder (names.h); here
// they are grouped, typed from all their evidence, given a role ("Kremlin
// spokesman") and a gender, and numbered E1.. in order of first mention
// together with the date entities DateFinder added before.
//
// Later stages ask who a span or a pronoun refers to:
//   int e = EntityAt(doc, cue_span);          // index into doc.out.entities
//   int who = ResolvePronoun(doc, he_token);  // the person "he" refers to

#ifndef EXPLAINER_ENTITIES_H_
#define EXPLAINER_ENTITIES_H_

#include "document.h"
#include "lexicon.h"
#include "names.h"

namespace explainer {

class EntityFinder {
 public:
  explicit EntityFinder(const Lexicons& lexicons);
  // Adds the entities of doc (keeping those already there), re-numbers all of
  // them, and fills doc->entity_at_token and doc->entity_info.
  void Run(Document* doc) const;

 private:
  NameFinder names_;
  const WordList& titles_;
  const WordList& demonyms_;
  const WordList& modifiers_;
  const WordList& common_;
  const WordList& org_cues_;
  const WordList& places_;
  const WordList& speech_verbs_;
};

// Returns the index into doc.out.entities of the most recent entity a
// pronoun at `token_index` can refer to (he/him/his: a person not known to be
// female; she/her: not known to be male; they/them/their: an organisation or
// group), or -1. Prefers the subject (the first mention) of the current
// sentence, then of the previous ones; mentions inside quotation marks are
// skipped for a pronoun outside them.
int ResolvePronoun(const Document& doc, size_t token_index);

// Returns the index into doc.out.entities of the entity whose mentions
// cover most of `span`, or -1 if no mention overlaps it.
int EntityAt(const Document& doc, Span span);

}  // namespace explainer

#endif  // EXPLAINER_ENTITIES_H_
