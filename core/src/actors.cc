#include "actors.h"

#include <algorithm>

#include "text.h"

namespace explainer {
namespace {

bool IsActor(EntityType t) {
  return t == EntityType::kPerson || t == EntityType::kOrganization ||
         t == EntityType::kPlace;
}

bool Preposition(std::string_view w) {
  return In(w, {"in", "with", "to", "of", "from", "by", "for", "at", "on",
                "about", "against", "between", "into", "over", "under",
                "after", "before", "toward", "towards", "than", "as", "like",
                "including", "among", "via", "through", "during", "within",
                "upon", "onto", "without", "unlike", "behind", "across"});
}

}  // namespace

ActorMap::ActorMap(const Document& doc) : doc_(doc), at_(doc.tokens.size(), -1) {
  const auto& ents = doc.out.entities;
  for (size_t e = ents.size(); e-- > 0;) index_[ents[e].id] = static_cast<int>(e);
  if (doc.entity_at_token.size() == doc.tokens.size()) {
    for (size_t i = 0; i < at_.size(); ++i) {
      const int e = doc.entity_at_token[i];
      if (e >= 0 && static_cast<size_t>(e) < ents.size() && IsActor(ents[e].type))
        at_[i] = e;
    }
  }
  // Mentions the token map leaves out (or all of them, when there is none).
  for (size_t e = 0; e < ents.size(); ++e) {
    if (!IsActor(ents[e].type)) continue;
    for (const Span& m : ents[e].mentions) {
      for (size_t i = TokenAt(m.start);
           i < at_.size() && doc.tokens[i].span.end <= m.end; ++i)
        if (at_[i] < 0) at_[i] = static_cast<int>(e);
    }
  }
}

size_t ActorMap::TokenAt(uint32_t offset) const {
  const auto& t = doc_.tokens;
  return std::partition_point(t.begin(), t.end(),
                              [offset](const Token& k) { return k.span.end <= offset; }) -
         t.begin();
}

int ActorMap::IndexOf(std::string_view id) const {
  const auto it = index_.find(id);
  return it == index_.end() ? -1 : it->second;
}

int ActorMap::FirstAfter(size_t from, size_t to, int exclude) const {
  for (size_t i = from; i < to && i < at_.size(); ++i)
    if (at_[i] >= 0 && at_[i] != exclude) return at_[i];
  return -1;
}

int ActorMap::Subject(const Words& words, size_t from, size_t to) const {
  for (size_t i = from; i < to && i < at_.size(); ++i) {
    if (at_[i] < 0 || (i > from && at_[i - 1] == at_[i])) continue;
    size_t p = i;
    while (p > from && In(words[p - 1], {"the", "a", "an"})) --p;
    if (p > 0 && Preposition(words[p - 1])) continue;
    return at_[i];
  }
  return -1;
}

int ActorMap::SubjectBefore(const Words& words, size_t i, int exclude) const {
  if (i >= at_.size()) return -1;
  const uint32_t s = doc_.tokens[i].sentence;
  for (size_t k = i; k > 0 && doc_.tokens[k - 1].sentence == s; --k) {
    if (at_[k - 1] >= 0 && at_[k - 1] != exclude) return at_[k - 1];
    // A relative clause's subject is its antecedent, right before "which".
    if (In(words[k - 1], {"which", "who", "whom"})) {
      size_t a = k - 1;
      while (a > 0 && doc_.tokens[a - 1].kind == TokenKind::kPunct) --a;
      return a > 0 && at_[a - 1] != exclude ? at_[a - 1] : -1;
    }
  }
  return -1;
}

size_t ActorMap::MentionBefore(int entity, size_t from, size_t to) const {
  for (size_t i = std::min(to, at_.size()); i > from; --i) {
    if (at_[i - 1] != entity) continue;
    size_t k = i - 1;
    while (k > from && at_[k - 1] == entity) --k;
    return k;
  }
  return SIZE_MAX;
}

size_t ActorMap::ClauseEnd(const Words& words, size_t i, size_t limit) const {
  const auto& t = doc_.tokens;
  limit = std::min(limit, t.size());
  if (i >= limit) return limit;
  const uint32_t s = t[i].sentence;
  for (size_t k = i + 1; k < limit; ++k) {
    if (t[k].sentence != s) return k;
    const std::string_view w = words[k];
    if (w == ";" || w == "\xE2\x80\x9C" || w == "\"") return k;
    if (In(w, {"but", "while", "whereas", "although"})) return k;
    if (w == "," && k + 1 < limit &&
        In(words[k + 1], {"but", "while", "whereas", "although", "though",
                          "saying", "adding", "who", "which", "and"}))
      return k;
  }
  return limit;
}

}  // namespace explainer
