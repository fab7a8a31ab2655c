#include "quotes.h"

#include <algorithm>
#include <string>

#include "speech_tokens.h"
#include "text.h"

namespace explainer {
namespace {

// How far a reporting verb looks for its "that" ("told reporters in the
// East Wing that ...").
constexpr size_t kThatWindow = 12;
// … and past a listener: "told reporters at the agency's centre in
// Darmstadt, Germany, that …".
constexpr size_t kToldThatWindow = 16;
// How far a clause without "that" may run to its verb, after a determiner,
// name or pronoun, and after a bare noun ("higher fuel costs had").
constexpr size_t kClauseWindow = 14;
constexpr size_t kBareWindow = 8;
// An aside between commas inside a reported clause's subject, in tokens.
constexpr size_t kAsideWindow = 20;
// A reported clause shorter than this is not worth a quote ("he said so").
constexpr size_t kMinIndirectWords = 3;

size_t WordsIn(const Document& doc, size_t first, size_t last) {
  size_t n = 0;
  for (size_t k = first; k <= last && k < doc.tokens.size(); ++k)
    n += doc.tokens[k].kind != TokenKind::kPunct;
  return n;
}

// "finally", "reportedly"; not "supply", "family", "assembly".
bool IsAdverbLike(std::string_view w) {
  return EndsWith(w, "ly") && !In(w, {"supply", "family", "assembly", "rally", "ally", "reply",
                                      "monopoly", "anomaly", "italy", "july"});
}

// Past a date right after a verb ("said on Monday", "said Tuesday", "told
// reporters last week"): where the reported clause would start.
size_t AfterDate(const Document& doc, size_t k, size_t e, const std::vector<char>& in_date) {
  size_t j = k;
  if (j + 1 <= e && in_date[j + 1] && !in_date[j] && In(doc.Lower(j), {"on", "in", "at", "late", "early"}))
    ++j;
  if (j > e || !in_date[j]) return k;
  while (j <= e && in_date[j]) ++j;
  return j;
}

}  // namespace

QuoteFinder::QuoteFinder(const Lexicons& lexicons)
    : elisions_(lexicons.Get("elisions")),
      speech_verbs_(lexicons.Get("speech_verbs")),
      speech_phrases_(lexicons.Get("speech_phrases")),
      adverbs_(lexicons.Get("speech_adverbs")),
      clause_verbs_(lexicons.Get("clause_verbs")),
      speech_nouns_(lexicons.Get("speech_nouns")),
      determiners_(lexicons.Get("determiners")),
      pronouns_(lexicons.Get("speaker_pronouns")),
      passive_(lexicons.Get("passive_auxiliaries")),
      prepositions_(lexicons.Get("prepositions")) {}

QuoteKind QuoteFinder::KindOf(const Document& doc, const MarkedQuote& q) const {
  if (q.parent >= 0) return QuoteKind::kNested;
  const auto& toks = doc.tokens;
  const size_t o = q.open, c = q.close;
  if (o + 1 > c) return QuoteKind::kPartial;
  const size_t last_inner = q.closed ? c - 1 : c;
  const size_t words = WordsIn(doc, o + 1, last_inner);
  const bool inner_end = IsTerminal(doc, last_inner) || IsPunctChar(doc, last_inner, ',');
  const bool at_start = o == 0 || toks[o].sentence != toks[o - 1].sentence ||
                        toks[o].line_before || IsPunctChar(doc, o - 1, ':') ||
                        IsPunctChar(doc, o - 1, ',') || IsPunctChar(doc, o - 1, '(') ||
                        IsDash(doc, o - 1) || toks[o - 1].kind == TokenKind::kPunct;
  const bool next_lower_word =
      c + 1 < toks.size() && IsWord(doc, c + 1) && IsLower(FirstCharOf(doc, c + 1));
  if (at_start) {
    // “Unhappy” was the word he chose: a fragment, not an utterance.
    if (words <= 3 && !inner_end && next_lower_word) return QuoteKind::kPartial;
    return QuoteKind::kDirect;
  }
  // Preceded by a word of the writer's sentence: a fragment unless it reads
  // as a whole sentence of its own (capitalised, with its own punctuation).
  const bool ends_sentence = c + 1 >= toks.size() || toks[c + 1].sentence != toks[c].sentence ||
                             IsTerminal(doc, c + 1);
  if (IsUpper(FirstCharOf(doc, o + 1)) && words >= 3 && (inner_end || ends_sentence))
    return QuoteKind::kDirect;
  return QuoteKind::kPartial;
}

bool QuoteFinder::StartsClause(const Document& doc, size_t k, size_t e) const {
  if (k > e || !(IsWord(doc, k) || doc.tokens[k].kind == TokenKind::kNumber)) return false;
  const std::string_view w = doc.TokenText(k);
  const std::string_view lw = doc.Lower(k);
  const bool pronoun = pronouns_.Contains(w);
  // A concession reported whole: "said although the rules changed, …".
  const bool subordinate = In(lw, {"although", "though", "because", "if", "unless"});
  // A quantity: "two of its staff", "most of those arrested", "only 16 of
  // the hospitals", "at least nine deaths".
  const bool number_next = k + 1 <= e && doc.tokens[k + 1].kind == TokenKind::kNumber;
  const bool quantity =
      In(lw, {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
              "dozens", "hundreds", "thousands", "millions", "most", "half", "none"}) ||
      (number_next && In(lw, {"only", "just", "about", "nearly", "almost", "around", "roughly",
                              "over", "under"})) ||
      (lw == "at" && k + 2 <= e && In(doc.Lower(k + 1), {"least", "most"})) ||
      (In(lw, {"more", "less", "fewer"}) && IsWordLower(doc, k + 1, "than"));
  // A bare noun as subject: "says manufacturers could act", "said fishermen
  // first noticed them". Not "said goodbye", "said today", "said in a …".
  const bool bare = IsLower(FirstCharOf(doc, k)) && !pronoun && !subordinate && !quantity &&
                    !determiners_.Contains(w) && !prepositions_.Contains(w) &&
                    !clause_verbs_.Contains(lw) && !speech_verbs_.Contains(lw) &&
                    !adverbs_.Contains(w) && !IsAdverbLike(lw) &&
                    !In(lw, {"that", "to", "not", "never", "also", "again", "then", "now", "later",
                             "earlier", "today", "yesterday", "tonight", "when", "while", "as",
                             "after", "before", "since", "and", "but", "or", "so", "what",
                             "which", "who", "whom", "whose", "why", "how", "where"});
  const bool opener = pronoun || determiners_.Contains(w) || IsWordLower(doc, k, "there") ||
                      IsCapitalised(doc, k) || doc.tokens[k].kind == TokenKind::kNumber ||
                      subordinate || quantity || bare;
  if (!opener) return false;
  // A bare noun phrase runs a few words up to its verb ("higher fuel and
  // wage costs had", "warming waters in the Gulf of Maine were"). A regular
  // past shows a clause only right after its subject ("500 institutions
  // received", "it planned"), not inside a phrase ("a penalty which the
  // referee awarded", "a tradition of light related festivals").
  const size_t window = bare ? kBareWindow : kClauseWindow;
  for (size_t j = k + 1; j <= e && j <= k + window; ++j) {
    if (doc.tokens[j].kind == TokenKind::kPunct) {
      const char32_t c = FirstCharOf(doc, j);
      // Inside a word or an amount: "Russia-backed", "the $850,000 cost".
      if (c == '-' || c == 0x2019 || c == '\'' || c == '$' || c == 0x20AC || c == 0xA3 || c == '%')
        continue;
      // "the State Emergency Service (SES) and …": an acronym in brackets.
      if (c == '(') {
        size_t close = j + 1;
        while (close <= e && close <= j + 6 && !IsPunctChar(doc, close, ')')) ++close;
        if (close > e || !IsPunctChar(doc, close, ')')) return false;
        j = close;
        continue;
      }
      // "said John Kerry, the Secretary of State, contacted …", "said the
      // forecast, for the year ending in March, assumed …", "said the bank,
      // which tried and failed in 2020, had quietly …": a short subject, an
      // aside between commas, then the verb (perhaps after an adverb).
      bool subject = c == ',' && j <= k + kBareWindow;
      for (size_t i = k; i < j && subject; ++i) subject = !clause_verbs_.Contains(doc.Lower(i));
      for (size_t c2 = j + 1; subject && c2 <= e && c2 <= j + kAsideWindow; ++c2) {
        if (IsPunctChar(doc, c2, ',')) {
          size_t v = c2 + 1;
          if (v <= e && IsWord(doc, v) && IsAdverbLike(doc.Lower(v))) ++v;
          if (v > e || !IsWord(doc, v)) return false;
          const std::string_view verb = doc.Lower(v);
          return clause_verbs_.Contains(verb) || (verb.size() > 4 && EndsWith(verb, "ed"));
        }
        const char32_t a = FirstCharOf(doc, c2);
        if (!IsWord(doc, c2) && doc.tokens[c2].kind != TokenKind::kNumber && a != '-' && a != 0x2019 &&
            a != '\'')
          return false;
      }
      return false;
    }
    // An irregular finite verb, or a regular past after its subject; not
    // after a modifier ("the first recorded case").
    const std::string_view v = doc.Lower(j);
    bool past = false;
    // "the pace of walking also appeared to matter": an adverb of the
    // clause before its verb.
    const bool clause_adverb =
        IsWord(doc, j - 1) && (In(doc.Lower(j - 1), {"also", "still", "already", "never", "recently",
                                                      "just", "later", "previously"}) ||
                               (j - 1 > k && IsAdverbLike(doc.Lower(j - 1))));
    // "women and children accounted", "the current episode fitted".
    const bool coordinated = j >= k + 2 && In(doc.Lower(j - 2), {"and", "or"});
    if (v.size() > 4 && EndsWith(v, "ed") && IsWord(doc, j - 1) &&
        (pronouns_.Contains(doc.TokenText(j - 1)) || j <= k + 2 || clause_adverb ||
         (j == k + 3 && (coordinated || determiners_.Contains(w))))) {
      const std::string_view prev = doc.Lower(j - 1);
      past = pronouns_.Contains(doc.TokenText(j - 1)) || (clause_adverb && j > k + 1) ||
             (!(bare && j == k + 1) && !determiners_.Contains(doc.TokenText(j - 1)) &&
              !prepositions_.Contains(doc.TokenText(j - 1)) && !IsAdverbLike(prev) &&
              !(j - 1 == k && subordinate) &&
              !In(prev, {"first", "last", "most", "only", "well", "long", "and", "or", "of",
                         "so", "much", "very", "more", "less"}));
    }
    // A present right after a name, before its object: "said Mohamed wishes
    // to …", "said Tesla plans a …".
    bool name_before = j > k;
    for (size_t i = k; i < j; ++i) name_before = name_before && IsCapitalised(doc, i);
    // "said it prefers to remain": a present after a pronoun subject.
    if (j == k + 1 && pronoun && pronouns_.Value(w) != "self" && v.size() > 3 && EndsWith(v, "s") &&
        !EndsWith(v, "ss") && !EndsWith(v, "ous"))
      return true;
    const bool present = !past && name_before && !IsCapitalised(doc, j) && v.size() > 3 &&
                         EndsWith(v, "s") && !EndsWith(v, "ss") && j + 1 <= e &&
                         IsWord(doc, j + 1) && IsLower(FirstCharOf(doc, j + 1));
    if (clause_verbs_.Contains(v) || past || present || AgreeingPresent(doc, k, j, e)) return true;
  }
  return false;
}

// "the results confirm the …", "the decline in intake appears to …": a
// present verb agreeing with the noun before it (plural noun, bare verb;
// singular noun, verb in -s), and followed by what a verb takes (an object's
// determiner, "that", "to"), so "the words several times" and "the campus
// gates on …" are no clauses.
bool QuoteFinder::AgreeingPresent(const Document& doc, size_t k, size_t j, size_t e) const {
  if (j <= k || j + 1 > e || !IsWord(doc, j - 1) || !IsWord(doc, j) || !IsWord(doc, j + 1)) return false;
  if (!IsLower(FirstCharOf(doc, j)) || !IsLower(FirstCharOf(doc, j - 1))) return false;
  // The head of "the rise in waiting times" is "rise".
  size_t head = j - 1;
  for (size_t i = k + 1; i + 1 < j; ++i) {
    if (IsWord(doc, i) && prepositions_.Contains(doc.TokenText(i)) && IsWord(doc, i - 1)) {
      head = i - 1;
      break;
    }
  }
  const std::string_view noun = doc.Lower(head), v = doc.Lower(j);
  for (std::string_view w : {doc.Lower(j - 1), noun, v}) {
    if (determiners_.Contains(w) || prepositions_.Contains(w) || pronouns_.Contains(w) ||
        adverbs_.Contains(w) || IsAdverbLike(w) || EndsWith(w, "ing") || EndsWith(w, "ed") || w.size() < 3)
      return false;
  }
  const std::string_view next = doc.TokenText(j + 1);
  if (!(determiners_.Contains(next) || IsWordLower(doc, j + 1, "that") || IsWordLower(doc, j + 1, "to")))
    return false;
  // The subject holds no clause of its own ("victory as rival refuses to").
  for (size_t i = k; i < j; ++i) {
    if (In(doc.Lower(i), {"as", "while", "when", "whether", "after", "before", "because", "since", "if",
                          "than", "who", "which", "where", "but"}))
      return false;
  }
  // A possessive is no plural ("the airline’s website").
  auto plural = [](std::string_view w) {
    return w.size() > 3 && EndsWith(w, "s") && !EndsWith(w, "ss") && !EndsWith(w, "us") &&
           !EndsWith(w, "is") && !EndsWith(w, "'s") && !EndsWith(w, "\u2019s");
  };
  auto agrees = [&](std::string_view n) { return plural(n) ? !EndsWith(v, "s") : plural(v); };
  // (either noun: "each day of strikes cost the sector" is a past)
  return agrees(noun) || agrees(doc.Lower(j - 1));
}

bool QuoteFinder::Listener(const Document& doc, size_t first, size_t last) const {
  if (last > first + 3) return false;
  for (size_t j = first; j <= last; ++j) {
    if (!IsWord(doc, j) || prepositions_.Contains(doc.TokenText(j)) || pronouns_.Contains(doc.TokenText(j)) ||
        clause_verbs_.Contains(doc.TokenText(j)) || speech_verbs_.Contains(doc.TokenText(j)))
      return false;
    if (j > first && determiners_.Contains(doc.TokenText(j))) return false;
  }
  // Who hears a report: people in the plural, a named person or body, or a
  // forum.
  const int e = last < doc.entity_at_token.size() ? doc.entity_at_token[last] : -1;
  // (all of the name: "told Sky News the …", not "Sky")
  if (e >= 0 && last + 1 < doc.entity_at_token.size() && doc.entity_at_token[last + 1] == e) return false;
  if (e >= 0) {
    const EntityType type = doc.out.entities[e].type;
    return type == EntityType::kPerson || type == EntityType::kOrganization;
  }
  const std::string_view w = doc.Lower(last);
  return (IsLower(FirstCharOf(doc, last)) && w.size() > 4 && EndsWith(w, "s") && !EndsWith(w, "ss")) ||
         In(w, {"court", "jury", "committee", "board", "hearing", "inquiry", "parliament", "panel",
                "tribunal", "conference", "crowd", "audience", "council", "senate", "assembly",
                "congress", "meeting", "briefing"});
}

// "In a statement to a broadcaster, the company denied …": a phrase, no
// clause, before the attribution.
bool QuoteFinder::PhraseOnly(const Document& doc, size_t first, size_t last) const {
  // A long stretch is more than a phrase (and the scan stays bounded).
  if (!IsWord(doc, first) || !prepositions_.Contains(doc.TokenText(first)) || last > first + 16)
    return false;
  for (size_t j = first; j <= last; ++j) {
    if (!IsWord(doc, j)) continue;
    const std::string_view v = doc.Lower(j);
    if (clause_verbs_.Contains(v) || (v.size() > 4 && EndsWith(v, "ed"))) return false;
  }
  return true;
}

size_t QuoteFinder::ClauseEnd(const Document& doc, size_t from, size_t e) const {
  auto is_mark = [&](size_t j) {
    return doc.tokens[j].kind == TokenKind::kPunct && IsQuoteMarkChar(FirstCharOf(doc, j));
  };
  // Marks that open or close a quote; "’" is also an apostrophe ("workers’").
  auto is_pair_mark = [&](size_t j) {
    return is_mark(j) && FirstCharOf(doc, j) != 0x2019 && FirstCharOf(doc, j) != '\'';
  };
  size_t last = e;
  while (last > from && (IsTerminal(doc, last) || is_mark(last) || IsPunctChar(doc, last, ')')) &&
         doc.tokens[last].kind == TokenKind::kPunct) {
    // A fragment quoted at the end keeps its closing mark: was “not a vaccine”.
    if (is_mark(last)) {
      size_t open = 0;
      for (size_t j = from; j < last; ++j) open += is_pair_mark(j);
      if (open % 2 == 1) break;
    }
    --last;
  }
  for (size_t j = from + 1; j <= last; ++j) {
    // "…, saying …", "…, adding …", "…, according to …", "…; …": the
    // reported clause stops where the writer's sentence moves on.
    if (IsPunctChar(doc, j, ';')) return j - 1;
    // "…, and that …": a second reported clause.
    if (IsPunctChar(doc, j, ',') && j + 2 <= last &&
        (IsWordLower(doc, j + 1, "and") || IsWordLower(doc, j + 1, "but")) &&
        IsWordLower(doc, j + 2, "that"))
      return j - 1;
    // "…, but the ambassador says …", "…, but warned …": a clause of the
    // writer's own, or a new report. A quoted fragment may close after the
    // comma ("had been “tougher than expected,” but she insisted …").
    if (IsPunctChar(doc, j, ',')) {
      const bool closes = j + 1 <= last && is_pair_mark(j + 1);
      const size_t c = closes ? j + 2 : j + 1;
      if (c + 1 <= last && In(doc.Lower(c), {"but", "and", "while", "whereas", "yet"}) &&
          ((doc.Lower(c) != "and" && StartsClause(doc, c + 1, last)) ||
           speech_verbs_.Contains(doc.TokenText(c + 1))))
        return closes ? j + 1 : j - 1;
    }
    // "…: “…”": a quote of its own follows.
    if (IsPunctChar(doc, j, ':') && j + 1 <= last && IsQuoteMarkChar(FirstCharOf(doc, j + 1)))
      return j - 1;
    if (IsPunctChar(doc, j, ',') && j + 1 <= last && IsWord(doc, j + 1)) {
      const std::string_view next = doc.TokenText(j + 1);
      if (speech_verbs_.Value(next) == "ing" || IsWordLower(doc, j + 1, "according"))
        return j - 1;
    }
  }
  return last;
}

void QuoteFinder::FindIndirect(const Document& doc, size_t b, size_t e,
                               const std::vector<char>& in_quote, const std::vector<char>& in_date,
                               std::vector<QuoteInfo>* found) const {
  const auto& toks = doc.tokens;
  const size_t first_found = found->size();  // this sentence's reports start here
  size_t covered = 0;                        // one past the last token they cover
  auto add = [&](size_t verb, size_t first, size_t last) {
    while (first < last && IsPunctChar(doc, first, ',')) ++first;  // "said that, as …"
    if (first > last || last > e) return;
    if (WordsIn(doc, first, last) < kMinIndirectWords) return;
    // Starting in a marked quote: the quote stands for it. (A clause that
    // quotes a fragment is still reported: "… was “not a vaccine”".)
    if (in_quote[first]) return;
    for (size_t i = first_found; i < found->size(); ++i) {
      const QuoteInfo& f = (*found)[i];
      if (static_cast<size_t>(f.first) <= last && first <= static_cast<size_t>(f.last)) return;
    }
    covered = std::max(covered, last + 1);
    QuoteInfo info;
    info.verb = static_cast<int>(verb);
    info.first = static_cast<int>(first);
    info.last = static_cast<int>(last);
    found->push_back(info);
  };

  // "Asked whether …", "When asked about …": the sentence opens with a
  // question put to the speaker, which is no report of theirs.
  const size_t asked = IsWordLower(doc, b, "when") || IsWordLower(doc, b, "if") ? b + 1 : b;
  const bool put_question = asked <= e && IsWord(doc, asked) && EndsWith(doc.Lower(asked), "ed") &&
                            speech_verbs_.Contains(doc.TokenText(asked));
  for (size_t k = b; k <= e; ++k) {
    // A verb inside a clause already reported starts no report of its own
    // (and this keeps the scan linear in the sentence).
    if (!IsWord(doc, k) || in_quote[k] || k < covered) continue;
    // "According to X, <clause>" / "<clause>, according to X."
    if (IsWordLower(doc, k, "according") && k + 1 <= e && IsWordLower(doc, k + 1, "to")) {
      size_t comma = k + 2;
      while (comma <= e && comma <= k + 24 && !IsPunctChar(doc, comma, ',') && !IsTerminal(doc, comma))
        ++comma;
      if (k == b || (k > b && toks[k].line_before)) {
        // "According to the team's coach, Ana Ruiz, the …": past the name.
        if (comma + 1 <= e && IsCapitalised(doc, comma + 1)) {
          size_t j = comma + 1;
          while (j <= e && j <= comma + 5 && (IsCapitalised(doc, j) || IsDash(doc, j))) ++j;
          if (j <= e && IsPunctChar(doc, j, ',')) comma = j;
        }
        // "According to Yonhap, quoting KCNA, the military …": past the
        // source's own source.
        if (comma + 1 <= e && IsPunctChar(doc, comma, ',') &&
            (IsWordLower(doc, comma + 1, "quoting") || IsWordLower(doc, comma + 1, "citing"))) {
          size_t next = comma + 2;
          while (next <= e && next <= comma + 16 && !IsPunctChar(doc, next, ',') && !IsTerminal(doc, next))
            ++next;
          if (next <= e && IsPunctChar(doc, next, ',')) comma = next;
        }
        if (comma <= e && IsPunctChar(doc, comma, ','))
          add(k, comma + 1, ClauseEnd(doc, comma + 1, e));
      } else if (k > b && IsPunctChar(doc, k - 1, ',')) {
        add(k, b, k - 2);
      }
      continue;
    }
    const std::string_view w = doc.TokenText(k);
    // "Asked whether …, he said", "When asked whether …": the reporter's
    // question, not the subject's words.
    if (k == b ? IsCapitalised(doc, k) && !EndsWith(doc.Lower(k), "ing")
               : k == b + 1 && put_question)
      continue;
    // "hinted at imposing …", "called for …", "pointed out that …".
    if (k + 1 <= e && IsWord(doc, k + 1) &&
        speech_phrases_.ContainsPair(w, doc.TokenText(k + 1))) {
      size_t from = k + 2;
      if (from <= e && IsWordLower(doc, from, "that")) ++from;
      if (from <= e && !IsQuoteMarkChar(FirstCharOf(doc, from)) && !IsPunctChar(doc, from, ':'))
        add(k, from, ClauseEnd(doc, from, e));
      continue;
    }
    const std::string_view cls = speech_verbs_.Value(w);
    // "the United States, a move that …" is a name, not "states";
    // "counter-measures", "well-said" are parts of a word.
    if (cls.empty() || (k > b && IsCapitalised(doc, k))) continue;
    if ((k + 1 <= e && IsDash(doc, k + 1) && !toks[k + 1].space_before) ||
        (k > b && IsDash(doc, k - 1) && !toks[k].space_before))
      continue;
    if (cls == "ing") {
      // "…, saying (that) it was consistent with policy", "…, telling
      // reporters that …", "was quoted as saying that …": the sentence's
      // subject reports the clause.
      // "She arrived saying …", "left claiming …": after the subject's verb
      // ("started asking schools to pay" asks, reports nothing).
      const bool after_verb = k > b + 1 && IsWord(doc, k - 1) && IsLower(FirstCharOf(doc, k - 1)) &&
                              (EndsWith(doc.Lower(k - 1), "ed") || clause_verbs_.Contains(doc.TokenText(k - 1))) &&
                              !passive_.Contains(doc.TokenText(k - 1)) &&
                              !In(doc.Lower(k - 1), {"started", "began", "begun", "continued", "kept", "stopped",
                                                     "finished", "resumed", "avoided", "ended"});
      // "issued a statement saying …", "sent a letter saying …".
      const bool after_noun = k > b + 1 && IsWord(doc, k - 1) && speech_nouns_.Contains(doc.TokenText(k - 1)) &&
                              IsLower(FirstCharOf(doc, k - 1));
      if (k > b && (IsPunctChar(doc, k - 1, ',') || IsWordLower(doc, k - 1, "as") || after_verb || after_noun)) {
        size_t from = k + 1;
        for (size_t j = k + 1; j <= e && j <= k + 4 && IsWord(doc, j); ++j) {
          if (clause_verbs_.Contains(doc.TokenText(j))) break;
          if (IsWordLower(doc, j, "that")) {
            from = j + 1;
            break;
          }
        }
        if (from <= e && (from > k + 1 || StartsClause(doc, from, e)))
          add(k, from, ClauseEnd(doc, from, e));
      }
      continue;
    }
    // "the report", "a tweet", "his claims", "below estimates", "beating
    // forecasts": a noun, not a verb ("to say" is a verb).
    if (k > b && determiners_.Contains(doc.TokenText(k - 1))) continue;
    if (k >= b + 2 && IsWord(doc, k - 1) && IsLower(FirstCharOf(doc, k - 1)) &&
        EndsWith(doc.Lower(k - 1), "ing") && IsPunctChar(doc, k - 2, ','))
      continue;
    // ("AT said" is a body's acronym.)
    if (k > b && IsWord(doc, k - 1) && !IsWordLower(doc, k - 1, "to") &&
        prepositions_.Contains(doc.TokenText(k - 1)) && !IsAllCaps(doc.TokenText(k - 1)))
      continue;
    // "she was told that …": the subject heard it; the text does not say
    // who spoke, and the passive is no report of the subject's words.
    if (k > b && IsWord(doc, k - 1) && passive_.Contains(doc.TokenText(k - 1))) continue;
    // Sentence-final "<clause>, X said." / "<clause>, said X." and the
    // parenthetical "…, which, he said, were …"; not for verbs that report
    // no clause ("…, lawmakers criticised the trip").
    // "…, Anna Berg, declined to comment on …", "…, X did not say.": an
    // infinitive or a denied verb reports nothing before it.
    const bool unsaid = k > b && IsWord(doc, k - 1) &&
                        (IsWordLower(doc, k - 1, "to") || IsWordLower(doc, k - 1, "not") ||
                         IsWordLower(doc, k - 1, "never") || EndsWith(doc.Lower(k - 1), "n't"));
    if (cls != "name" && !unsaid) {
      size_t j = k;
      while (j > b && IsWord(doc, j - 1) && adverbs_.Contains(doc.TokenText(j - 1))) --j;
      size_t np = j;
      while (np > b && np + 8 > j && IsWord(doc, np - 1) &&
             !speech_verbs_.Contains(doc.TokenText(np - 1)))
        --np;
      // "…, but experts urge caution": a clause of its own, no attribution.
      const bool comma_before_np = np > b && np < j && IsPunctChar(doc, np - 1, ',') &&
                                   !In(doc.Lower(np), {"but", "and", "or", "yet", "while", "so", "where",
                                                       "when", "which", "who", "as", "after", "before",
                                                       "because", "although", "though", "since", "until",
                                                       "if"});
      const bool inverted = k > b && IsPunctChar(doc, k - 1, ',');
      // Only a short tail without a verb of its own may follow ("said on
      // Monday.", "told reporters."); "said the plan would fail." is a
      // clause, handled below.
      size_t after = k + 1;
      bool tail_verb = false;
      while (after <= e && after <= k + 8 &&
             (IsWord(doc, after) || doc.tokens[after].kind == TokenKind::kNumber ||
              (IsPunctChar(doc, after, '-') && !doc.tokens[after].space_before))) {
        tail_verb = tail_verb || (IsWord(doc, after) && IsLower(FirstCharOf(doc, after)) &&
                                  clause_verbs_.Contains(doc.TokenText(after)));
        ++after;
      }
      tail_verb = tail_verb || StartsClause(doc, k + 1, e);
      // "…, the company said, beating forecasts" / "…, it added, as …": the
      // writer's sentence goes on past the attribution.
      const bool goes_on = !IsWordLower(doc, k + 1, "that") && after + 1 <= e &&
                           IsPunctChar(doc, after, ',') && IsWord(doc, after + 1) &&
                           (EndsWith(doc.Lower(after + 1), "ing") || prepositions_.Contains(doc.TokenText(after + 1)) ||
                            In(doc.Lower(after + 1), {"as", "while", "after", "before", "but", "although"}));
      const bool at_end = !tail_verb &&
                          (after > e || IsTerminal(doc, after) || goes_on ||
                           (IsQuoteMarkChar(FirstCharOf(doc, after)) && IsTerminal(doc, after + 1)));
      if (comma_before_np && !goes_on && k + 1 <= e && IsPunctChar(doc, k + 1, ',')) {
        add(k, k + 2, ClauseEnd(doc, k + 2, e));  // parenthetical
        continue;
      }
      if (comma_before_np && (at_end || k == e || IsTerminal(doc, k + 1))) {
        if (np >= b + 2 && !put_question && !PhraseOnly(doc, b, np - 2)) add(k, b, np - 2);
        continue;
      }
      // Only verbs of saying put a bare noun after them as the subject
      // ("…, said police"); "…, signals cuts" has an object there.
      const bool speaker_tail =
          k + 1 <= e && IsWord(doc, k + 1) &&
          (!IsLower(FirstCharOf(doc, k + 1)) || determiners_.Contains(doc.TokenText(k + 1)) ||
           In(doc.Lower(k), {"say", "says", "said", "add", "adds", "added", "write", "writes", "wrote"}));
      if (inverted && at_end && after > k + 1 && k >= b + 2 && speaker_tail) {
        if (!put_question && !PhraseOnly(doc, b, k - 2)) add(k, b, k - 2);
        continue;
      }
    }
    // "X said (to Y / on Monday) that <clause>".
    size_t that = 0;
    const size_t that_window = cls == "tell" ? kToldThatWindow : kThatWindow;
    for (size_t j = k + 1; j <= e && j <= k + that_window; ++j) {
      // "reported, citing local police, that …", "told BBC Coventry &
      // Warwickshire that …"
      if (IsPunctChar(doc, j, ',') || IsPunctChar(doc, j, '&')) continue;
      if (!IsWord(doc, j)) break;
      // "said Hungary would not back any measure that …": the clause began
      // at its verb; this "that" opens a relative clause inside it. "accused
      // Musk of … and warned that …": the "that" is the next verb's.
      // "said in a note that …": a noun after its determiner.
      if (IsLower(FirstCharOf(doc, j)) && !determiners_.Contains(doc.TokenText(j - 1)) &&
          (clause_verbs_.Contains(doc.TokenText(j)) || speech_verbs_.Contains(doc.TokenText(j))))
        break;
      if (IsWordLower(doc, j, "that")) {
        // "said his party remained … and that he would …": a second
        // clause; the first began without "that".
        if (!IsWordLower(doc, j - 1, "and") && !IsWordLower(doc, j - 1, "but")) that = j;
        break;
      }
    }
    size_t end = SIZE_MAX;
    if (that && that + 1 <= e && !IsQuoteMarkChar(FirstCharOf(doc, that + 1))) {
      end = ClauseEnd(doc, that + 1, e);
      add(k, that + 1, end);
    } else if ((cls == "clause" || cls == "finding") && !IsWordLower(doc, k - 1, "to") &&
               StartsClause(doc, AfterDate(doc, k + 1, e, in_date), e)) {
      // "X said the plan would fail", "said on Monday it had opened …": a
      // clause with no "that", perhaps after the day it was said.
      const size_t from = AfterDate(doc, k + 1, e, in_date);
      end = ClauseEnd(doc, from, e);
      add(k, from, end);
    } else if (cls == "tell") {
      // "told the board she had collected …": the listener, then the clause.
      // "told jurors the two men had …", "told the court Mr X was …",
      // "told the BBC the plan had failed": a listener, then a clause.
      for (size_t j = k + 2; j <= e && j <= k + 6 && IsWord(doc, j - 1); ++j) {
        if ((pronouns_.Contains(doc.TokenText(j)) || Listener(doc, k + 1, j - 1)) && StartsClause(doc, j, e)) {
          end = ClauseEnd(doc, j, e);
          add(k, j, end);
          break;
        }
      }
    }
    // "…, and that two people faced charges": a second report of the same verb.
    while (end != SIZE_MAX && end + 3 <= e) {
      // After the comma, or after a quoted fragment closing past it (“…,”).
      const bool fragment = end > 0 && IsPunctChar(doc, end - 1, ',') &&
                            doc.tokens[end].kind == TokenKind::kPunct &&
                            IsQuoteMarkChar(FirstCharOf(doc, end));
      const size_t j = fragment ? end + 1 : end + 2;
      if ((!fragment && !IsPunctChar(doc, end + 1, ',')) || j + 1 > e ||
          !(IsWordLower(doc, j, "and") || IsWordLower(doc, j, "but")) || !IsWordLower(doc, j + 1, "that"))
        break;
      const size_t from = j + 2;
      end = ClauseEnd(doc, from, e);
      add(k, from, end);
    }
  }
}

void QuoteFinder::Run(Document* doc) const {
  auto& out = doc->out;
  auto& info = doc->quote_info;
  out.quotes.clear();
  info.clear();
  const auto& toks = doc->tokens;
  if (toks.empty()) return;

  std::vector<MarkedQuote> marked = PairQuoteMarks(*doc, elisions_, &out.warnings);
  std::vector<char> in_quote(toks.size(), 0);
  for (const MarkedQuote& q : marked)
    for (size_t k = q.open; k <= q.close; ++k) in_quote[k] = 1;

  struct Found {
    Quote quote;
    QuoteInfo info;
    int marked = -1;  // index into `marked`
  };
  std::vector<Found> found;
  for (size_t m = 0; m < marked.size(); ++m) {
    const MarkedQuote& q = marked[m];
    Found f;
    f.quote.kind = KindOf(*doc, q);
    f.quote.span = q.span;
    f.quote.content = q.content;
    f.quote.confidence = q.closed ? 0.9 : 0.5;
    f.info.open = static_cast<int>(q.open);
    f.info.close = static_cast<int>(q.close);
    f.info.first = static_cast<int>(q.open + 1);
    f.info.last = static_cast<int>(q.closed ? q.close - 1 : q.close);
    f.marked = static_cast<int>(m);
    found.push_back(f);
  }

  // The tokens of each date mention (the list need not be in text order:
  // the dateline comes last).
  std::vector<char> in_date(toks.size(), 0);
  for (const DateMention& d : doc->dates) {
    auto it = std::lower_bound(toks.begin(), toks.end(), d.span.start,
                               [](const Token& tok, uint32_t at) { return tok.span.end <= at; });
    for (; it != toks.end() && it->span.start < d.span.end; ++it) in_date[it - toks.begin()] = 1;
  }

  std::vector<QuoteInfo> indirect;
  size_t b = 0;
  for (size_t k = 0; k < toks.size(); ++k) {
    if (k + 1 < toks.size() && toks[k + 1].sentence == toks[k].sentence) continue;
    FindIndirect(*doc, b, k, in_quote, in_date, &indirect);
    b = k + 1;
  }
  for (const QuoteInfo& qi : indirect) {
    Found f;
    f.quote.kind = QuoteKind::kIndirect;
    f.quote.span = {toks[qi.first].span.start, toks[qi.last].span.end};
    f.quote.content = f.quote.span;
    f.quote.confidence = 0.9;  // the speaker's certainty decides (attribution.cc)
    f.info = qi;
    found.push_back(f);
  }

  std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
    return a.quote.span.start != b.quote.span.start ? a.quote.span.start < b.quote.span.start
                                                    : a.quote.span.end > b.quote.span.end;
  });
  // Marked quotes' parents were indices into `marked`; make them indices
  // into the final list.
  std::vector<int> position(marked.size(), -1);
  for (size_t i = 0; i < found.size(); ++i)
    if (found[i].marked >= 0) position[found[i].marked] = static_cast<int>(i);
  for (size_t i = 0; i < found.size(); ++i) {
    Found& f = found[i];
    if (f.marked >= 0 && marked[f.marked].parent >= 0)
      f.info.parent = position[marked[f.marked].parent];
    f.quote.id = "Q" + std::to_string(i + 1);
    out.quotes.push_back(f.quote);
    info.push_back(f.info);
  }
}

}  // namespace explainer
