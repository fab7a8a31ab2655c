// Who is where, for claims and stance contrasts: the person, organisation or
// place entity behind each token, and the small grammar questions claims ask
// of them (the subject of a clause, the first actor after a verb, where a
// clause ends). Built from Document::entity_at_token and entity mentions.
//
//   ActorMap actors(doc);
//   int who = actors.Subject(words, clause_start, verb);  // -1 = nobody

#ifndef EXPLAINER_ACTORS_H_
#define EXPLAINER_ACTORS_H_

#include <string_view>
#include <unordered_map>
#include <vector>

#include "document.h"
#include "polarity.h"

namespace explainer {

class ActorMap {
 public:
  explicit ActorMap(const Document& doc);

  // Index into out.entities of the actor at token i, or -1.
  int At(size_t i) const { return i < at_.size() ? at_[i] : -1; }
  // The first token ending after byte `offset` (tokens.size() if none).
  size_t TokenAt(uint32_t offset) const;
  // Index of the entity with this id, or -1.
  int IndexOf(std::string_view id) const;

  // The first actor other than `exclude` mentioned in tokens [from, to).
  int FirstAfter(size_t from, size_t to, int exclude) const;
  // The clause subject among tokens [from, to): the first actor mention not
  // governed by a preposition ("In an interview with X, Y praised ..." -> Y).
  int Subject(const Words& words, size_t from, size_t to) const;
  // The nearest actor before token i in its sentence other than `exclude`
  // ("countries which were doing everything to hinder ..." -> countries).
  int SubjectBefore(const Words& words, size_t i, int exclude) const;
  // The first token of the last mention of `entity` in [from, to), or
  // SIZE_MAX.
  size_t MentionBefore(int entity, size_t from, size_t to) const;
  // One past the last token of the clause holding token i: the sentence end,
  // a semicolon, an opening quote, or a contrasting connective.
  size_t ClauseEnd(const Words& words, size_t i, size_t limit) const;

 private:
  const Document& doc_;
  std::vector<int> at_;
  std::unordered_map<std::string_view, int> index_;  // entity id -> index
};

}  // namespace explainer

#endif  // EXPLAINER_ACTORS_H_
