#include "attribution.h"

#include <algorithm>
#include <string>

#include "speech_tokens.h"
#include "text.h"

namespace explainer {
namespace {

// How far after a quote its attribution may end ("…,” said the head of the
// regional council on Monday") and how far before a quote its verb may be.
constexpr size_t kAfterReach = 16;
constexpr size_t kBeforeReach = 45;
// A quote standing alone takes the speaker of a quote this many sentences back.
constexpr uint32_t kCarryReach = 2;
// A continuation ("adding, “…”") looks this many quotes back for its speaker.
constexpr size_t kQuotesBack = 8;

constexpr double kNamed = 0.93;
constexpr double kInverted = 0.92;
constexpr double kCited = 0.88;
constexpr double kDash = 0.85;
constexpr double kContinuation = 0.85;
constexpr double kPronoun = 0.8;
constexpr double kRole = 0.75;
constexpr double kSubjectOfSentence = 0.7;
constexpr double kCarried = 0.6;
constexpr double kNoSpeaker = 0.4;

// Records tokens first..last as one more mention of entity e (kept sorted),
// so readers and later stages see who "she" is.
void AddMention(Document* doc, int e, size_t first, size_t last) {
  const Span span{doc->tokens[first].span.start, doc->tokens[last].span.end};
  auto& mentions = doc->out.entities[e].mentions;
  const auto it = std::lower_bound(mentions.begin(), mentions.end(), span);
  if (it == mentions.end() || !(*it == span)) mentions.insert(it, span);
}

}  // namespace

struct Attributor::State {
  std::vector<size_t> sentence_first, sentence_last;  // token ranges
  std::vector<char> in_quote;                         // per token
  std::vector<std::pair<size_t, int>> speakers;       // (token, entity)
  // Every attributed quote, also those whose speaker the text leaves
  // unnamed: (token, entity or -1). A quote standing alone continues the last.
  std::vector<std::pair<size_t, int>> attributed;
  WordSet lowercase_words;  // views into Document::lower
  SpeakerContext ctx;
};

Attributor::Attributor(const Lexicons& lexicons)
    : phrases_(lexicons),
      speech_phrases_(lexicons.Get("speech_phrases")),
      speech_nouns_(lexicons.Get("speech_nouns")),
      determiners_(lexicons.Get("determiners")),
      prepositions_(lexicons.Get("prepositions")) {}

// Attributed, with cue tokens first..last, to someone the text leaves unnamed.
Attributor::Result Attributor::Unnamed(size_t first, size_t last) {
  Result r;
  r.found = true;
  r.has_cue = true;
  r.cue_first = first;
  r.cue_last = last;
  r.confidence = kNoSpeaker;
  return r;
}

// Attributed to entity e, the subject of the sentence holding verb k.
Attributor::Result Attributor::Subject(int e, size_t k) {
  Result r = Unnamed(k, k);
  r.entity = e;
  r.confidence = kSubjectOfSentence;
  return r;
}

Attributor::Result Attributor::FromPhrase(const SpeakerPhrase& p, size_t verb,
                                          double confidence) const {
  Result r;
  r.found = true;
  r.entity = p.entity;
  r.has_cue = true;
  r.cue_first = std::min(p.first, verb);
  r.cue_last = std::max(p.last, verb);
  r.confidence = p.pronoun || p.described ? std::min(confidence, kPronoun)
                 : p.role_only ? std::min(confidence, kRole)
                               : confidence;
  if (p.entity < 0) r.confidence = kNoSpeaker;
  r.coreferent = p.entity >= 0 && (p.pronoun || p.role_only);
  r.phrase_first = p.first;
  r.phrase_last = p.last;
  return r;
}

void Attributor::PreferCited(Document* doc, size_t verb, size_t ceiling,
                             const State& st, Result* r) const {
  size_t k = verb + 1;
  if (IsPunctChar(*doc, k, ',')) ++k;
  if (k > ceiling || !(IsWordLower(*doc, k, "citing") || IsWordLower(*doc, k, "quoting")))
    return;
  const SpeakerPhrase p = phrases_.At(doc, k + 1, ceiling, st.ctx);
  if (!p.found || p.entity < 0 ||
      doc->out.entities[p.entity].type != EntityType::kPerson)
    return;
  r->entity = p.entity;
  r->confidence = kCited;
  r->cue_last = p.last;
  // "citing X’s interview": the cue names what was cited.
  if (p.last + 1 <= ceiling && IsWord(*doc, p.last + 1) &&
      !phrases_.IsSpeechVerb(*doc, p.last + 1) && IsLower(FirstCharOf(*doc, p.last + 1)))
    r->cue_last = p.last + 1;
}

Attributor::Result Attributor::AfterQuote(Document* doc, size_t q, const State& st) const {
  Result r;
  const QuoteInfo& info = doc->quote_info[q];
  const auto& toks = doc->tokens;
  size_t t = static_cast<size_t>(info.close) + 1;
  if (t >= toks.size() || toks[t].para_before) return r;
  if (IsPunctChar(*doc, t, ',')) ++t;  // “…”, he said
  if (t >= toks.size() || toks[t].para_before) return r;
  const uint32_t s = toks[t].sentence;
  const bool new_sentence = s != toks[info.close].sentence;
  const size_t e = st.sentence_last[s];
  // A sentence of its own after the quote attributes it only when that is
  // all it does: "“We won.” Smith said so on Monday."
  auto short_tail = [&](size_t verb) {
    if (!new_sentence) return true;
    size_t words = 0;
    for (size_t k = verb + 1; k <= e; ++k) {
      if (toks[k].kind == TokenKind::kPunct && !IsTerminal(*doc, k)) return false;
      if (IsWordLower(*doc, k, "that")) return false;
      words += toks[k].kind != TokenKind::kPunct;
    }
    return words <= 5;
  };
  const double penalty = new_sentence ? 0.1 : 0;

  // “…” — Smith (a byline of its own, at the end of its line)
  if (IsDash(*doc, t)) {
    const SpeakerPhrase p = phrases_.At(doc, t + 1, e, st.ctx);
    const bool ends = p.found && (p.last + 1 >= toks.size() || toks[p.last + 1].line_before ||
                                  (p.last + 1 <= e && IsTerminal(*doc, p.last + 1)) || !new_sentence);
    if (p.found && p.entity >= 0 && ends) {
      r = FromPhrase(p, t, kDash);
      return r;
    }
  }
  // “…,” according to Smith.
  if (IsWordLower(*doc, t, "according") && IsWordLower(*doc, t + 1, "to")) {
    const SpeakerPhrase p = phrases_.At(doc, t + 2, e, st.ctx);
    if (p.found) return FromPhrase(p, t, kCited);
  }
  // “…,” said Smith.
  if (phrases_.IsSpeechVerb(*doc, t) && phrases_.VerbClass(*doc, t) != "ing" && short_tail(t)) {
    const SpeakerPhrase p = phrases_.After(doc, t, e, st.ctx);
    if (p.found) {
      r = FromPhrase(p, t, kInverted - penalty);
      PreferCited(doc, t, e, st, &r);
      return r;
    }
    // “…,” said one witness: attributed, to someone the text leaves unnamed.
    if (!new_sentence && IsWord(*doc, t + 1) && t + 1 <= e) {
      size_t last = t + 1;
      while (last + 1 <= e && last < t + 5 && IsWord(*doc, last + 1)) ++last;
      return Unnamed(t, last);
    }
  }
  // “…,” Smith said. / “…,” Smith, who chairs the panel, said.
  for (size_t k = t; k <= e && k <= t + kAfterReach; ++k) {
    if (st.in_quote[k]) break;
    if (!phrases_.IsSpeechVerb(*doc, k) || phrases_.VerbClass(*doc, k) == "ing") continue;
    const SpeakerPhrase p = phrases_.Before(doc, k, t, st.ctx);
    // “…,” the 45-year-old told the BBC: a speaker the text describes but
    // does not name; the quote is not the previous speaker's.
    bool described = !new_sentence && k > t + 1 && k <= t + 6 && IsWord(*doc, t) &&
                     determiners_.Contains(doc->TokenText(t)) && p.entity < 0;
    for (size_t j = t; described && j < k; ++j)
      described = toks[j].kind != TokenKind::kPunct || IsDash(*doc, j);
    if (described && (!p.found || p.first != t)) return Unnamed(t, k);
    if (!p.found) continue;
    // “…,” flight director Ana Ruiz told …, “…,” PAGASA weather specialist
    // X said, “…,” Office of Civil Defense (OCD) spokesperson X said: words
    // describing the person before the name.
    bool described_name = p.first > t && p.first <= t + 8 && p.entity >= 0 &&
                          doc->out.entities[p.entity].type == EntityType::kPerson;
    for (size_t j = t; described_name && j < p.first; ++j) {
      if (IsPunctChar(*doc, j, '(') || IsPunctChar(*doc, j, ')')) continue;
      const std::string_view w = doc->Lower(j);
      // (no clause of its own: "“…,” she smiled as Smith said" is not Smith's)
      described_name = IsWord(*doc, j) && !phrases_.IsSpeechVerb(*doc, j) &&
                       (IsCapitalised(*doc, j) ||
                        (w == "of" && j > t) || (w == "the" && j == t) ||
                        (IsLower(FirstCharOf(*doc, j)) && !prepositions_.Contains(doc->TokenText(j)) &&
                         !determiners_.Contains(doc->TokenText(j)) && !EndsWith(w, "ed") &&
                         !In(w, {"and", "but", "or", "as", "when", "while", "who", "which", "that", "if",
                                 "because", "then", "he", "she", "they", "it", "we", "i", "you"})));
    }
    if (described_name) {
      if (!short_tail(k)) return r;
      SpeakerPhrase whole = p;
      whole.first = t;
      r = FromPhrase(whole, k, kNamed - penalty);
      PreferCited(doc, k, e, st, &r);
      return r;
    }
    // “…,” a spokesperson for the ministry said / her representative said:
    // the one spoken for (SpeakerPhrases::At reads the phrase so).
    if (p.first != t && k > t + 1 && IsWord(*doc, t + 1) && SpeaksFor(doc->Lower(t + 1))) {
      const SpeakerPhrase principal = phrases_.At(doc, t, k - 1, st.ctx);
      if (principal.found && principal.entity >= 0 && principal.first == t && principal.last + 1 == k &&
          short_tail(k)) {
        r = FromPhrase(principal, k, kRole - penalty);
        r.cue_first = t;
        return r;
      }
    }
    // “…,” Smith's spokeswoman, Jane Doe, said: the subject may follow an
    // appositive head; anything else between means the verb is not ours.
    if (p.first != t) {
      bool apposition = p.first > t && p.first <= t + 10 && IsPunctChar(*doc, p.first - 1, ',');
      for (size_t j = t; apposition && j < p.first; ++j) {
        if (toks[j].kind != TokenKind::kPunct) continue;
        // "Brooks' spokeswoman": an apostrophe hugging its word is no mark.
        apposition = !IsTerminal(*doc, j) && (IsHuggingApostrophe(*doc, j) || !IsQuoteMarkChar(FirstCharOf(*doc, j)));
      }
      if (!apposition) continue;
      const SpeakerPhrase head = phrases_.At(doc, t, p.first - 2, st.ctx);
      // "one of the signatories, historian X, told …": a short description.
      bool described_head = p.first >= t + 2 && p.first - 2 <= t + 5;
      for (size_t j = t; described_head && j + 1 < p.first; ++j)
        described_head = IsWord(*doc, j) && !phrases_.IsSpeechVerb(*doc, j);
      if (!head.found && !described_head) continue;
      SpeakerPhrase whole = p;
      whole.first = t;
      if (!short_tail(k)) return r;
      r = FromPhrase(whole, k, kNamed - penalty);
      PreferCited(doc, k, e, st, &r);
      return r;
    }
    if (!short_tail(k)) return r;
    r = FromPhrase(p, k, kNamed - penalty);
    PreferCited(doc, k, e, st, &r);
    return r;
  }
  return r;
}

Attributor::Result Attributor::BeforeQuote(Document* doc, size_t q, const State& st) const {
  Result r;
  const QuoteInfo& info = doc->quote_info[q];
  const auto& toks = doc->tokens;
  const size_t o = static_cast<size_t>(info.open);
  if (o == 0) return r;
  uint32_t s = toks[o].sentence;
  // "Smith said:" ending the sentence (or paragraph) before the quote.
  if (toks[o - 1].sentence != s && IsPunctChar(*doc, o - 1, ':')) s = toks[o - 1].sentence;
  const size_t lo = st.sentence_first[s];
  const bool quote_opens_sentence = st.sentence_first[toks[o].sentence] == o;
  // Transcript style: "Obi: “We will strike.”" – a bare name and a colon.
  if (o >= 2 && IsPunctChar(*doc, o - 1, ':') && toks[o - 1].sentence == toks[o].sentence) {
    const size_t start = st.sentence_first[toks[o - 1].sentence];
    bool bare_name = o - 1 - start <= 4;
    for (size_t j = start; bare_name && j + 1 < o; ++j)
      bare_name = IsCapitalised(*doc, j) || (j < doc->entity_at_token.size() && doc->entity_at_token[j] >= 0);
    if (bare_name && start + 1 < o) {
      const SpeakerPhrase p = phrases_.At(doc, start, o - 2, st.ctx);
      if (p.found && p.entity >= 0) return FromPhrase(p, o - 1, kDash);
    }
  }
  for (size_t k = o; k-- > lo && k + kBeforeReach > o;) {
    if (st.in_quote[k]) continue;
    if (!IsWord(*doc, k)) continue;
    // "in the words of Smith, “…”"
    if (IsWordLower(*doc, k, "words") && IsWordLower(*doc, k + 1, "of")) {
      const SpeakerPhrase p = phrases_.At(doc, k + 2, o - 1, st.ctx);
      if (p.found) {
        // "the Crown prosecutor, Mark Tedeschi, …": the name after the role.
        SpeakerPhrase named = p;
        if (p.entity < 0 && p.last + 2 < o && IsPunctChar(*doc, p.last + 1, ',')) {
          const SpeakerPhrase apposed = phrases_.At(doc, p.last + 2, o - 1, st.ctx);
          if (apposed.found && apposed.entity >= 0) named = apposed;
        }
        r = FromPhrase(named, k, kCited);
        r.cue_first = k;
        return r;
      }
      continue;
    }
    // According to Smith, “…”
    if (IsWordLower(*doc, k, "according") && IsWordLower(*doc, k + 1, "to")) {
      const SpeakerPhrase p = phrases_.At(doc, k + 2, o - 1, st.ctx);
      if (p.found) return FromPhrase(p, k, kCited);
      continue;
    }
    const bool phrase = k + 1 < o && IsWord(*doc, k + 1) &&
                        speech_phrases_.ContainsPair(doc->Lower(k), doc->Lower(k + 1));
    if (!phrase && !phrases_.IsSpeechVerb(*doc, k)) continue;
    // Right before the quote ("said: “", "told reporters, “") or further
    // back in the same sentence (a partial quote in the writer's sentence).
    const bool adjacent = o - k <= 4;
    // "Smith told parliament …, but warned: “…”": the subject is shared.
    size_t before_verb = k;
    while (before_verb > lo && phrases_.IsAdverb(*doc, before_verb - 1)) --before_verb;
    const bool shared_subject = before_verb > lo &&
                                (IsWordLower(*doc, before_verb - 1, "and") ||
                                 IsWordLower(*doc, before_verb - 1, "but"));
    if (!phrase && (shared_subject || phrases_.VerbClass(*doc, k) == "ing") &&
        phrases_.QuotedAs(*doc, k, lo) == SIZE_MAX) {
      return Continuing(doc, q, k, lo, st);
    }
    SpeakerPhrase p = phrases_.Before(doc, k, lo, st.ctx);
    if (!p.found) p = phrases_.After(doc, k, o - 1, st.ctx);  // said Smith: “…”
    if (!p.found) return r;
    r = FromPhrase(p, k, adjacent || quote_opens_sentence ? kNamed - 0.03 : kPronoun);
    PreferCited(doc, k, o - 1, st, &r);
    return r;
  }
  return r;
}

Attributor::Result Attributor::ColonLead(Document* doc, size_t q, const State& st) const {
  Result r;
  const auto& toks = doc->tokens;
  const size_t o = static_cast<size_t>(doc->quote_info[q].open);
  if (o < 2 || !IsPunctChar(*doc, o - 1, ':') || toks[o].para_before) return r;
  const size_t colon = o - 1;
  size_t lo = st.sentence_first[toks[colon].sentence];
  for (size_t k = colon; k-- > lo;) {
    if (st.in_quote[k] || IsPunctChar(*doc, k, ';')) {
      lo = k + 1;
      break;
    }
  }
  if (colon < lo + 2) return r;  // "Smith: “…”" is the transcript style's
  // The subject comes first: a pronoun, or a person or body not governed by
  // a preposition ("In a post on X, the union wrote:"); a possessive is no
  // subject ("Smith's lawyer read a statement:").
  // It must open the clause, or follow a fronted phrase ("Asked what came
  // next, she laughed:"); "The judge then addressed Smith:" is the judge's.
  // A pronoun or name inside a fronted phrase is not the subject: the one
  // after its comma is ("Speaking to reporters as he arrived, X had been
  // blunt:", "Asked whether he …, instead of …, X was brief:"); nor is one
  // inside a role before its holder ("A spokesman for Kinnick, X, sounded
  // unworried:").
  bool fronted = IsWord(*doc, lo) && determiners_.Contains(doc->TokenText(lo));
  auto opens = [&](size_t k) {
    return k == lo || phrases_.OpensSentence(*doc, k) || (fronted && IsPunctChar(*doc, k - 1, ','));
  };
  auto next_comma = [&](size_t k) {
    while (k < colon && !IsPunctChar(*doc, k, ',')) ++k;
    return k;
  };
  for (size_t k = lo; k < colon && k < lo + kBeforeReach; ++k) {
    if (!IsWord(*doc, k)) continue;
    const std::string_view w = doc->Lower(k);
    if (w == "he" || w == "she" || w == "they" || w == "it") {
      if (!opens(k) && next_comma(k) < colon) {
        k = next_comma(k);
        fronted = true;
        continue;
      }
      if (!opens(k)) return r;
      // "It was simple: “…”", "It reads: “…”": no one speaks.
      if (w == "it" && k + 1 < colon && In(doc->Lower(k + 1), {"is", "was", "reads", "read", "says", "said"}))
        return r;
      const SpeakerPhrase p = phrases_.At(doc, k, colon - 1, st.ctx);
      if (!p.pronoun || p.entity < 0) return r;
      r = FromPhrase(p, colon, kSubjectOfSentence);
      r.cue_first = k;
      return r;
    }
    // "Her view of the job is unsentimental: “…”": her own view ("His race
    // engineer, Tom Ashdown, hesitated: “…”" is the engineer's).
    bool named = false;
    for (size_t j = lo; j < colon && !named; ++j) {
      const int e = j < doc->entity_at_token.size() ? doc->entity_at_token[j] : -1;
      named = e >= 0 && doc->out.entities[e].type == EntityType::kPerson;
    }
    if (k == lo && (w == "his" || w == "her") && !named) {
      const int e = phrases_.ResolveWanted(*doc, k, w == "his" ? "male" : "female", st.ctx);
      if (e < 0) return r;
      r = Subject(e, colon);
      r.cue_first = k;
      return r;
    }
    const int e = k < doc->entity_at_token.size() ? doc->entity_at_token[k] : -1;
    if (e < 0) continue;
    size_t end = k;
    while (end + 1 < colon && doc->entity_at_token[end + 1] == e) ++end;
    const EntityType type = doc->out.entities[e].type;
    if ((type != EntityType::kPerson && type != EntityType::kOrganization) || Governed(*doc, k, lo)) {
      k = end;
      continue;
    }
    if (!opens(k) && next_comma(k) < colon) {
      k = next_comma(k);
      fronted = true;
      continue;
    }
    if (!opens(k)) return r;
    if (IsPossessive(doc->TokenText(end))) {
      // "Novak's race engineer Declan Moyo was heard shouting:": the person
      // named after the role; "Smith's lawyer read a statement:" names none.
      size_t j = end + 1;
      while (j < colon && j <= end + 4 && IsWord(*doc, j) && IsLower(FirstCharOf(*doc, j)) &&
             !phrases_.IsSpeechVerb(*doc, j) && !prepositions_.Contains(doc->TokenText(j)))
        ++j;
      const int holder = j < colon && j > end + 1 && j < doc->entity_at_token.size() ? doc->entity_at_token[j] : -1;
      if (holder < 0 || doc->out.entities[holder].type != EntityType::kPerson) return r;
      r = Subject(holder, colon);
      r.cue_first = k;
      return r;
    }
    const int subject = FirstSubject(*doc, k, colon);
    r = Subject(subject >= 0 ? subject : e, colon);
    r.cue_first = k;
    return r;
  }
  // "Then, more quietly: “…”": no subject at all; the last speaker goes on
  // when the clause opens with an adverb of sequence or manner.
  if (!phrases_.IsAdverb(*doc, lo) && !IsWordLower(*doc, lo, "and") && !IsWordLower(*doc, lo, "but"))
    return r;
  const uint32_t s = toks[colon].sentence;
  for (auto it = st.attributed.rbegin(); it != st.attributed.rend(); ++it) {
    if (it->first >= o) continue;
    if (toks[it->first].sentence + 1 >= s && it->second >= 0) {
      r = Subject(it->second, colon);
      r.cue_first = lo;
      r.confidence = kCarried;
    }
    break;
  }
  return r;
}

// "…, adding, “…”" / "…, saying (that) …": the speaker of the sentence goes
// on; first a quote already attributed in it, else the subject of its last
// speech verb, else the nearest person or body before the verb.
Attributor::Result Attributor::Continuing(Document* doc, size_t q, size_t k, size_t lo,
                                          const State& st) const {
  Result r;
  const auto& toks = doc->tokens;
  const uint32_t s = toks[k].sentence;
  for (size_t j = q; j-- > 0 && j + kQuotesBack > q;) {
    const QuoteInfo& prev = doc->quote_info[j];
    const int end = prev.close >= 0 ? prev.close : prev.last;
    if (end < 0 || toks[end].sentence < s) break;
    if (static_cast<size_t>(end) < k && prev.speaker >= 0) {
      r.found = true;
      r.entity = prev.speaker;
      r.has_cue = true;
      r.cue_first = r.cue_last = k;
      r.confidence = kContinuation;
      return r;
    }
  }
  const size_t floor = k > lo + kBeforeReach ? k - kBeforeReach : lo;
  for (size_t kk = k; kk-- > floor;) {
    if (st.in_quote[kk] || !phrases_.IsSpeechVerb(*doc, kk) ||
        phrases_.VerbClass(*doc, kk) == "ing")
      continue;
    const SpeakerPhrase p = phrases_.Before(doc, kk, lo, st.ctx);
    if (p.found) {
      r = FromPhrase(p, kk, kContinuation);
      r.cue_first = r.cue_last = k;
      return r;
    }
  }
  // The nearest person or body before it that is not the object of a
  // preposition: "Smith defended the plan while promising: “…”".
  const int e = SubjectBefore(*doc, k, lo, &st.in_quote);
  if (e >= 0) return Subject(e, k);
  // "He was unhappy with the decision, saying …": a pronoun subject.
  if (!st.in_quote[lo]) {
    const SpeakerPhrase p = phrases_.At(doc, lo, k, st.ctx);
    if (p.pronoun && p.entity >= 0) {
      r = FromPhrase(p, lo, kContinuation);
      r.cue_first = r.cue_last = k;
      return r;
    }
  }
  return Unnamed(k, k);  // a continuation whose speaker the text doesn't give
}

Attributor::Result Attributor::CarriedOver(Document* doc, size_t q, const State& st) const {
  Result r;
  const QuoteInfo& info = doc->quote_info[q];
  const auto& toks = doc->tokens;
  const size_t o = static_cast<size_t>(info.open);
  const uint32_t s = toks[o].sentence;
  // Only a quote that opens its sentence stands alone.
  if (st.sentence_first[s] != o) return r;
  const uint32_t next = toks[static_cast<size_t>(info.close)].sentence + 1;
  if (next < st.sentence_first.size()) {
    size_t cue_first = 0, cue_last = 0;
    const int e = NamedAfter(*doc, next, st, &cue_first, &cue_last);
    if (e >= 0) {
      r.found = r.has_cue = true;
      r.entity = e;
      r.cue_first = cue_first;
      r.cue_last = cue_last;
      r.confidence = kCarried;
      return r;
    }
  }
  // The last quote attributed within reach.
  auto last = st.attributed.rend();
  for (auto it = st.attributed.rbegin(); it != st.attributed.rend(); ++it) {
    if (it->first >= o) continue;
    if (toks[it->first].sentence + kCarryReach >= s) last = it;
    break;
  }
  // Unless it is in the sentence just before, a sentence announcing someone
  // else's words wins: "Judge Mahlangu closed the hearing with a warning.
  // “This commission …”".
  if (s > 0 && (last == st.attributed.rend() || toks[last->first].sentence + 1 < s)) {
    const int e = Introduced(*doc, s - 1, st);
    if (e >= 0) {
      r.found = true;
      r.entity = e;
      r.confidence = kCarried;
      return r;
    }
  }
  if (last != st.attributed.rend()) {
    r.found = true;
    r.entity = last->second;
    r.confidence = last->second >= 0 ? kCarried : kNoSpeaker;
  }
  return r;
}

// The person whose words sentence s announces without quoting them: its
// subject, when it holds a noun of speech ("with a warning", "in a
// statement", "paid tribute").
int Attributor::Introduced(const Document& doc, uint32_t s, const State& st) const {
  const size_t lo = st.sentence_first[s], hi = st.sentence_last[s];
  bool speech = false;
  for (size_t k = lo; k <= hi; ++k) {
    if (st.in_quote[k]) return -1;
    speech = speech || (IsWord(doc, k) && speech_nouns_.Contains(doc.TokenText(k)));
  }
  if (!speech) return -1;
  // The person opens the sentence (after a title or two): "Judge X closed …",
  // not "Police arrested X in …".
  for (size_t k = lo; k <= hi && k <= lo + 3; ++k) {
    const int e = k < doc.entity_at_token.size() ? doc.entity_at_token[k] : -1;
    if (e >= 0) return doc.out.entities[e].type == EntityType::kPerson ? e : -1;
  }
  return -1;
}

int Attributor::NamedAfter(const Document& doc, uint32_t s, const State& st, size_t* cue_first,
                           size_t* cue_last) const {
  const size_t lo = st.sentence_first[s], hi = st.sentence_last[s];
  if (lo + 2 > hi || st.in_quote[lo] || !IsWord(doc, lo) ||
      !In(doc.Lower(lo), {"that", "this", "the", "those", "these"}))
    return -1;
  const bool copula = IsWordLower(doc, lo + 1, "is") || IsWordLower(doc, lo + 1, "was") ||
                      IsWordLower(doc, lo + 1, "'s") || IsWordLower(doc, lo + 1, "\xE2\x80\x99s");
  // "That is how/what X said", "That was the promise from X": a verb or
  // noun of speech must be there ("That was when X arrived" names no one).
  bool says = copula && (IsWordLower(doc, lo + 2, "how") || IsWordLower(doc, lo + 2, "what"));
  bool noun = false;
  for (size_t k = lo + 1; k <= hi && k <= lo + 4 && !noun; ++k)
    noun = IsWord(doc, k) && speech_nouns_.Contains(doc.TokenText(k));
  for (size_t k = lo + 2; k <= hi && !says; ++k) says = phrases_.IsSpeechVerb(doc, k);
  const size_t reach = noun ? lo + 15 : lo + 6;
  for (size_t k = lo + 1; k <= hi && k <= reach; ++k) {
    if (st.in_quote[k] || IsTerminal(doc, k)) break;
    const int e = k < doc.entity_at_token.size() ? doc.entity_at_token[k] : -1;
    if (e < 0) continue;
    size_t end = k;
    while (end + 1 <= hi && end + 1 < doc.entity_at_token.size() && doc.entity_at_token[end + 1] == e)
      ++end;
    if (doc.out.entities[e].type != EntityType::kPerson) {
      k = end;
      continue;
    }
    // "That was Jane Doe, speaking …": the name right after the copula.
    const bool named = copula && (k == lo + 2 || (k == lo + 3 && IsCapitalised(doc, lo + 2))) &&
                       !IsPossessive(doc.TokenText(end));
    // "The words came from X", "That message, posted by X", "the text X
    // sent": the noun's author; "The message to X" is X's to read, and
    // "The question now is whether X …" names no author.
    bool authored = IsWordLower(doc, k - 1, "from") || IsWordLower(doc, k - 1, "by");
    for (size_t j = end + 1; j <= hi && j <= end + 3 && !authored; ++j)
      authored = phrases_.IsSpeechVerb(doc, j) ||
                 (IsWord(doc, j) && In(doc.Lower(j), {"sent", "posted", "wrote", "gave", "made", "delivered",
                                                      "issued", "offered", "shared"}));
    if ((copula && says) || named || (noun && authored)) {
      *cue_first = lo;
      *cue_last = end;
      return e;
    }
    return -1;
  }
  return -1;
}

bool Attributor::Governed(const Document& doc, size_t first, size_t lo) const {
  size_t before = first;
  while (before > lo && IsWord(doc, before - 1) && determiners_.Contains(doc.TokenText(before - 1)))
    --before;
  return before > lo && IsWord(doc, before - 1) && prepositions_.Contains(doc.TokenText(before - 1));
}

int Attributor::SubjectBefore(const Document& doc, size_t k, size_t lo,
                              const std::vector<char>* in_quote) const {
  const size_t floor = k > lo + kBeforeReach ? k - kBeforeReach : lo;
  for (size_t kk = k; kk-- > floor;) {
    if (in_quote && (*in_quote)[kk]) continue;
    const int e = kk < doc.entity_at_token.size() ? doc.entity_at_token[kk] : -1;
    if (e < 0) continue;
    size_t first = kk;
    while (first > floor && doc.entity_at_token[first - 1] == e) --first;
    kk = first;
    const EntityType type = doc.out.entities[e].type;
    if (type != EntityType::kPerson && type != EntityType::kOrganization) continue;
    if (!Governed(doc, first, lo)) return e;
  }
  return -1;
}

int Attributor::FirstSubject(const Document& doc, size_t lo, size_t k) const {
  for (size_t kk = lo; kk < k && kk < lo + kBeforeReach; ++kk) {
    const int e = kk < doc.entity_at_token.size() ? doc.entity_at_token[kk] : -1;
    if (e < 0) continue;
    const EntityType type = doc.out.entities[e].type;
    const bool governed = Governed(doc, kk, lo);
    size_t end = kk;
    while (end + 1 < k && doc.entity_at_token[end + 1] == e) ++end;
    if (!governed && type == EntityType::kOrganization) {
      // "Facebook co-founder Mark Zuckerberg": the body describes the person.
      for (size_t j = end + 1; j < k && j <= end + 4; ++j) {
        const int p = doc.entity_at_token[j];
        if (p >= 0 && doc.out.entities[p].type == EntityType::kPerson) return p;
        if (p >= 0 || !(IsWord(doc, j) || IsDash(doc, j)) || phrases_.IsSpeechVerb(doc, j)) break;
      }
    }
    if (!governed && (type == EntityType::kPerson || type == EntityType::kOrganization)) return e;
    kk = end;
  }
  return SubjectBefore(doc, k, lo);
}

Attributor::Result Attributor::Indirect(Document* doc, size_t q, const State& st) const {
  Result r;
  const QuoteInfo& info = doc->quote_info[q];
  const size_t k = static_cast<size_t>(info.verb);
  const uint32_t s = doc->tokens[k].sentence;
  const size_t lo = st.sentence_first[s], hi = st.sentence_last[s];
  if (phrases_.VerbClass(*doc, k) == "ing" && phrases_.QuotedAs(*doc, k, lo) == SIZE_MAX)
    return Continuing(doc, q, k, lo, st);
  if (IsWordLower(*doc, k, "according")) {
    SpeakerPhrase p = phrases_.At(doc, k + 2, hi, st.ctx);
    // "According to the team's coach, Ana Ruiz, …" / "according to Afghan
    // Ambassador to the US Ana Ruiz": the person named up to the comma.
    // The name ends where the reported content starts (or at the sentence's end).
    const size_t stop = info.first > static_cast<int>(k) ? static_cast<size_t>(info.first) : hi + 1;
    for (size_t j = k + 2; j < stop && j <= k + 20; ++j) {
      if (IsTerminal(*doc, j)) break;
      const int e = j < doc->entity_at_token.size() ? doc->entity_at_token[j] : -1;
      if (e >= 0 && doc->out.entities[e].type == EntityType::kPerson) {
        p.found = true;
        p.entity = e;
        p.pronoun = p.role_only = false;
        p.first = k + 2;
        p.last = j;
      }
    }
    if (p.found) r = FromPhrase(p, k, kCited - 0.03);
    return r;
  }
  SpeakerPhrase p = phrases_.Before(doc, k, lo, st.ctx);
  if (!p.found) {
    // "Price called the plan a gamble and said …": the subject is shared
    // (and "said Berlin was ready" names no speaker after the verb).
    size_t before_verb = k;
    while (before_verb > lo && phrases_.IsAdverb(*doc, before_verb - 1)) --before_verb;
    if (before_verb > lo && (IsWordLower(*doc, before_verb - 1, "and") ||
                             IsWordLower(*doc, before_verb - 1, "but"))) {
      // The subject of the first verb, not its object: "Rubio accused Musk
      // of … and warned that …" is Rubio's.
      const int e = FirstSubject(*doc, lo, before_verb - 1);
      if (e >= 0) return Subject(e, k);
    }
  }
  if (!p.found) {
    // "…, said Smith." (inverted) names someone; "said the crash …" is the
    // reported clause itself.
    p = phrases_.After(doc, k, hi, st.ctx);
    if (p.entity < 0) p = SpeakerPhrase();
  }
  if (p.found) {
    r = FromPhrase(p, k, 0.85);
    PreferCited(doc, k, hi, st, &r);
  } else {
    r.has_cue = true;
    r.cue_first = r.cue_last = k;
    r.confidence = kNoSpeaker;
  }
  return r;
}

void Attributor::Run(Document* doc) const {
  auto& quotes = doc->out.quotes;
  auto& info = doc->quote_info;
  const auto& toks = doc->tokens;
  if (quotes.empty() || info.size() != quotes.size()) return;
  if (doc->entity_at_token.size() < toks.size()) doc->entity_at_token.resize(toks.size(), -1);

  State st;
  for (size_t k = 0; k < toks.size(); ++k) {
    const uint32_t s = toks[k].sentence;
    if (st.sentence_first.size() <= s) {
      st.sentence_first.resize(s + 1, k);
      st.sentence_last.resize(s + 1, k);
    }
    st.sentence_last[s] = k;
  }
  st.in_quote.assign(toks.size(), 0);
  for (const QuoteInfo& qi : info) {
    if (qi.open < 0) continue;
    for (int k = qi.open; k <= qi.close; ++k) st.in_quote[k] = 1;
  }
  st.ctx.in_quote = &st.in_quote;
  st.ctx.speakers = &st.speakers;
  for (size_t k = 0; k < toks.size(); ++k)
    if (IsWord(*doc, k) && IsLower(FirstCharOf(*doc, k)))
      st.lowercase_words.Insert(doc->Lower(k));
  st.ctx.lowercase_words = &st.lowercase_words;

  for (size_t q = 0; q < quotes.size(); ++q) {
    Quote& quote = quotes[q];
    QuoteInfo& qi = info[q];
    Result r;
    if (quote.kind == QuoteKind::kNested && qi.parent >= 0) {
      const Quote& parent = quotes[qi.parent];
      r.found = true;
      r.entity = info[qi.parent].speaker;
      r.confidence = parent.confidence * 0.9;
      quote.cue = parent.cue;
    } else if (quote.kind == QuoteKind::kIndirect) {
      r = Indirect(doc, q, st);
    } else {
      r = AfterQuote(doc, q, st);
      // "X said in a statement: “…” The statement asked …": a speaker named
      // before the colon wins over an unnamed one after.
      if (r.found && r.entity < 0 && qi.open > 0 && IsPunctChar(*doc, qi.open - 1, ':')) {
        const Result before = BeforeQuote(doc, q, st);
        if (before.found && before.entity >= 0) r = before;
      }
      if (!r.found) r = BeforeQuote(doc, q, st);
      if (!r.found) r = ColonLead(doc, q, st);
      if (!r.found && quote.kind == QuoteKind::kDirect) r = CarriedOver(doc, q, st);
    }
    // A date or a thing never speaks ("China on Sunday urged" is China's).
    if (r.entity >= 0 && doc->out.entities[r.entity].type != EntityType::kPerson &&
        doc->out.entities[r.entity].type != EntityType::kOrganization &&
        doc->out.entities[r.entity].type != EntityType::kPlace) {
      r.entity = -1;
      r.coreferent = false;
      r.confidence = kNoSpeaker;
    }
    qi.speaker = r.entity;
    quote.speaker = r.entity >= 0 ? doc->out.entities[r.entity].id : "";
    if (r.has_cue) {
      quote.cue = Span{toks[r.cue_first].span.start, toks[r.cue_last].span.end};
    }
    const double found = r.found ? r.confidence : kNoSpeaker;
    quote.confidence = std::min(quote.confidence, found);
    size_t at = static_cast<size_t>(qi.close >= 0 ? qi.close : qi.last);
    if (r.has_cue) at = std::max(at, r.cue_last);
    if (r.entity >= 0) st.speakers.push_back({at, r.entity});
    if (r.coreferent && r.entity >= 0) AddMention(doc, r.entity, r.phrase_first, r.phrase_last);
    if (r.found && quote.kind != QuoteKind::kNested) st.attributed.push_back({at, r.entity});
  }
  // "X said the study added to a “growing body of evidence”": a fragment
  // left unattributed is X's when it lies in X's reported clause.
  for (size_t q = 0; q < quotes.size(); ++q) {
    if (quotes[q].kind != QuoteKind::kPartial || info[q].speaker >= 0) continue;
    // Quotes are in text order: look back within the sentence only.
    const uint32_t sentence = toks[info[q].open].sentence;
    for (size_t o = q; o-- > 0;) {
      const QuoteInfo& oi = info[o];
      const int first = oi.first >= 0 ? oi.first : oi.open;
      if (first < 0 || toks[first].sentence != sentence) break;
      if (quotes[o].kind != QuoteKind::kIndirect || oi.speaker < 0 || oi.first > info[q].open ||
          oi.last < info[q].close)
        continue;
      info[q].speaker = oi.speaker;
      quotes[q].speaker = quotes[o].speaker;
      quotes[q].cue = quotes[o].cue;
      quotes[q].confidence = quotes[o].confidence * 0.9;
      break;
    }
  }
}

}  // namespace explainer
