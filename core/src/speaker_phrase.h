// Finds the speaker phrase of a reporting verb and the entity it names: the
// subject before the verb ("Ministry spokesman Ana Ruiz said", "Smith,
// who chairs the panel, said", "he added") or after it ("said the
// minister"). Pronouns go to the last compatible speaker, else to the last
// compatible person outside quotations; "the spokesman" goes to the person
// the text gave that role; a capitalised name the entity stage missed
// becomes a new person entity rather than a lost speaker.
//
//   SpeakerPhrases phrases(lexicons);
//   SpeakerPhrase p = phrases.Before(doc, verb, sentence_start, context);

#ifndef EXPLAINER_SPEAKER_PHRASE_H_
#define EXPLAINER_SPEAKER_PHRASE_H_

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "document.h"
#include "lexicon.h"

namespace explainer {

struct SpeakerPhrase {
  bool found = false;   // a speaker phrase is there (even if no entity)
  size_t first = 0;     // its tokens, inclusive
  size_t last = 0;
  int entity = -1;      // index into Explanation::entities, or -1
  bool pronoun = false;
  bool role_only = false;  // "the spokesman": matched through a role
  bool described = false;  // "the Welshman": read like "he", but no name
};

// What pronoun resolution may look at besides the entities: which tokens lie
// inside quotation marks, and the speakers found so far.
struct SpeakerContext {
  const std::vector<char>* in_quote = nullptr;  // per token
  // Speakers already attributed: (token where their quote or cue ends,
  // entity index), in text order.
  const std::vector<std::pair<size_t, int>>* speakers = nullptr;
  // Every word the text also writes in lower case ("police"): such a word
  // capitalised at a sentence start is not a name.
  const WordSet* lowercase_words = nullptr;
};

// Whether `word` names someone who speaks for another ("a spokesperson for
// X", "her representative").
bool SpeaksFor(std::string_view word);

class SpeakerPhrases {
 public:
  explicit SpeakerPhrases(const Lexicons& lexicons);

  // The subject ending right before `verb` (adverbs and auxiliaries between
  // are skipped), not reaching before token `floor`.
  SpeakerPhrase Before(Document* doc, size_t verb, size_t floor,
                       const SpeakerContext& ctx) const;
  // The noun phrase right after `verb`, not reaching past token `ceiling`.
  SpeakerPhrase After(Document* doc, size_t verb, size_t ceiling,
                      const SpeakerContext& ctx) const;
  // The noun phrase starting at token `at` (for "according to X", "citing
  // X", "— X").
  SpeakerPhrase At(Document* doc, size_t at, size_t ceiling,
                   const SpeakerContext& ctx) const;

  // Whether token i is a speech verb used as a verb.
  // "X was quoted (by the newspaper Y) as saying": the token "quoted" for
  // the participle `verb`, else SIZE_MAX.
  size_t QuotedAs(const Document& doc, size_t verb, size_t floor) const;
  bool IsSpeechVerb(const Document& doc, size_t i) const;
  // The verb's class in speech_verbs.txt ("clause", "tell", "ing"), or "".
  std::string_view VerbClass(const Document& doc, size_t i) const;
  bool IsAdverb(const Document& doc, size_t i) const;
  // The entity fit for `want` ("male", "female", "person", "group",
  // "neuter") that a pronoun-like phrase at token i stands for, or -1
  // ("his" in "His view was blunt: “…”").
  int ResolveWanted(const Document& doc, size_t i, std::string_view want,
                    const SpeakerContext& ctx) const;
  // Whether the mention starting at token `first` is its sentence's subject:
  // it opens the sentence, after words describing the person or a fronted
  // phrase ("In Amaravati, Water Minister X …").
  bool OpensSentence(const Document& doc, size_t first) const;

 private:
  // The entity a phrase whose head is token `head` names.
  void Resolve(Document* doc, size_t head, SpeakerPhrase* p,
               const SpeakerContext& ctx) const;
  int ResolvePronounAt(const Document& doc, size_t i,
                       const SpeakerContext& ctx) const;
  // "the Welshman", "the Spanish forward" with its head at token `head`:
  // the person it may stand for ("male", "female" or "person"), or "".
  std::string_view DescribedPerson(const Document& doc, size_t head) const;
  // A person other than `speaker`, fit for the pronoun, who is the subject
  // of a sentence between tokens `from` and `i` (the nearest), or -1.
  int SubjectSince(const Document& doc, size_t from, size_t i, int speaker, std::string_view want,
                   const SpeakerContext& ctx) const;
  // Whether that mention is the one a noun of speech comes from: "That drew
  // an angry response from X" makes X the next "he".
  bool Answering(const Document& doc, size_t first) const;
  int ResolveRole(const Document& doc, size_t head) const;
  // "the veteran councillor said", "the retired teacher added": a role with
  // a word or two describing it widens phrase p (ending at `head`) to its
  // "the"; when no one was given that role, it is the nearest person, named
  // again by description (someone the text introduced as "a …" stays unnamed).
  void DescribedRole(const Document& doc, size_t floor, size_t head, SpeakerPhrase* p,
                     const SpeakerContext& ctx) const;
  // The nearest person before `head` fit for `want` who is not the object
  // of a preposition (else the nearest at all), or -1.
  int NearestPerson(const Document& doc, size_t head, std::string_view want,
                    const SpeakerContext& ctx) const;
  // The person a described role with its noun at `head` stands for, or -1.
  int DescribedRoleEntity(const Document& doc, size_t head, const SpeakerContext& ctx) const;
  // "the ministry said", "the company said": the body last named with that
  // noun, or for a company word the last company-like body named.
  int ResolveBody(const Document& doc, size_t head) const;
  // A news outlet: a known one, or one its role or name says is one.
  bool IsMedia(const Entity& ent) const;
  int AddSpeaker(Document* doc, size_t first, size_t last, EntityType type,
                 std::string_view name = {}) const;
  // "Kenya's health ministry", "the regional government": a body the text
  // describes but does not name, from token `owner` (a possessive place or
  // the first word after "the") to its `head` noun; -1 if it is no such body.
  int DescribedBody(Document* doc, size_t owner, size_t head) const;
  // "a report by Norbank" with `noun` at "report": the author's phrase.
  SpeakerPhrase AuthorOf(Document* doc, size_t noun, size_t ceiling, const SpeakerContext& ctx) const;
  // Whom "his"/"her" at `owner` stands for, in "her representative said";
  // not found for any other word.
  SpeakerPhrase OwnerSpokenFor(const Document& doc, size_t owner, const SpeakerContext& ctx) const;
  // The person named after lower-case role words starting at `role`
  // ("county health officer Amina Wanjiru"); not found if none.
  SpeakerPhrase NamedAfterRole(Document* doc, size_t role, size_t ceiling, const SpeakerContext& ctx) const;

  const WordList& verbs_;
  const WordList& adverbs_;
  const WordList& determiners_;
  const WordList& pronouns_;
  const WordList& titles_;
  const WordList& org_cues_;
  const WordList& org_context_;
  const WordList& outlets_;
  const WordList& source_cues_;
  const WordList& prepositions_;
  const WordList& conjunctions_;
  const WordList& starters_;
  const WordList& places_;
  const WordList& demonyms_;
  const WordList& platforms_;
  const WordList& speech_nouns_;
};

}  // namespace explainer

#endif  // EXPLAINER_SPEAKER_PHRASE_H_
