#include "polarity.h"

#include <algorithm>

#include "text.h"

namespace explainer {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.substr(s.size() - suffix.size()) == suffix;
}

// Punctuation that closes a negation's scope: "not happy, but hopeful".
bool EndsScope(std::string_view w) {
  return w == "," || w == ";" || w == ":" || w == "." || w == "!" ||
         w == "?" || w == "\xE2\x80\x94" || w == "\xE2\x80\x93" || w == "(" ||
         w == ")" || w == "but" || w == "while" || w == "whereas";
}

// Words that end the reach of a threat or accusation cue: "instead of
// military action" rejects the action rather than threatening it.
bool Rejects(const Words& words, size_t begin, size_t i) {
  for (size_t k = i; k > begin && k + 4 > i; --k) {
    const std::string& w = words[k - 1];
    if (w == "instead" || w == "rather" || w == "without" || w == "against" ||
        w == "avoid" || w == "not" || w == "never" || w == "no")
      return true;
  }
  return false;
}

bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set)
    if (w == s) return true;
  return false;
}

bool FirstPerson(std::string_view w) {
  return w == "i" || w == "we" || w == "us" || w == "our" || w == "my";
}

}  // namespace

Words LowerWords(const Document& doc) {
  Words words;
  words.reserve(doc.tokens.size());
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    std::string w = ToLower(doc.TokenText(i));
    // U+2019 (’) and U+2018 (‘) become the ASCII apostrophe.
    for (size_t p = w.find("\xE2\x80"); p != std::string::npos;
         p = w.find("\xE2\x80", p + 1)) {
      if (p + 2 < w.size() && (w[p + 2] == '\x99' || w[p + 2] == '\x98'))
        w.replace(p, 3, "'");
    }
    words.push_back(std::move(w));
  }
  return words;
}

size_t MatchPhrase(const WordList& list, const Words& words, size_t i,
                   size_t end, std::string_view* value) {
  if (i >= end || i >= words.size()) return 0;
  const size_t max = list.max_words();
  std::string phrase;
  size_t best = 0;
  for (size_t n = 1; n <= max && i + n <= end && i + n <= words.size(); ++n) {
    if (n > 1) phrase += ' ';
    phrase += words[i + n - 1];
    if (list.Contains(phrase)) {
      best = n;
      if (value) *value = list.Value(phrase);
    }
  }
  return best;
}

bool MatchLemma(const WordList& list, std::string_view word,
                std::string_view* value) {
  auto try_form = [&](std::string_view form) {
    if (form.size() < 2 || !list.Contains(form)) return false;
    if (value) *value = list.Value(form);
    return true;
  };
  if (try_form(word)) return true;
  const std::string w(word);
  auto stem = [&](size_t cut) { return w.substr(0, w.size() - cut); };
  if (EndsWith(w, "ies") && try_form(stem(3) + "y")) return true;
  if (EndsWith(w, "ied") && try_form(stem(3) + "y")) return true;
  if (EndsWith(w, "es") && try_form(stem(2))) return true;
  if (EndsWith(w, "s") && !EndsWith(w, "ss") && try_form(stem(1))) return true;
  for (std::string_view suffix : {"ed", "ing"}) {
    if (!EndsWith(w, suffix) || w.size() < suffix.size() + 2) continue;
    const std::string s = stem(suffix.size());
    if (try_form(s) || try_form(s + "e")) return true;
    // Doubled final consonant: slammed -> slam, vetting -> vet.
    if (s.size() >= 3 && s[s.size() - 1] == s[s.size() - 2] &&
        try_form(s.substr(0, s.size() - 1)))
      return true;
  }
  if (EndsWith(w, "d") && try_form(stem(1))) return true;
  return false;
}

bool IsNegation(const WordList& negations, std::string_view word) {
  return negations.Contains(word) || EndsWith(word, "n't");
}

StanceReader::StanceReader(const Lexicons& lexicons)
    : evaluation_(lexicons.Get("evaluation_words")),
      negations_(lexicons.Get("negations")),
      absorbers_(lexicons.Get("negation_absorbers")),
      overrides_(lexicons.Get("polarity_overrides")),
      hedges_(lexicons.Get("hedges")),
      predictions_(lexicons.Get("prediction_markers")),
      positions_(lexicons.Get("position_markers")),
      stance_verbs_(lexicons.Get("stance_verbs")),
      threat_words_(lexicons.Get("threat_words")),
      negative_acts_(lexicons.Get("negative_acts")) {}

int StanceReader::Polarity(const Words& words, size_t begin, size_t end,
                           int* positive, int* negative,
                           bool* overridden) const {
  int sum = 0, pos = 0, neg = 0, forced = 0;
  size_t scope_end = 0;  // a negation flips evaluations before this token
  end = std::min(end, words.size());
  for (size_t i = begin; i < end; ++i) {
    const std::string& w = words[i];
    std::string_view value;
    if (const size_t n = MatchPhrase(overrides_, words, i, end, &value)) {
      forced = value.empty() || value[0] != '-' ? 1 : -1;
      i += n - 1;
      continue;
    }
    if (EndsScope(w)) {
      scope_end = 0;
      continue;
    }
    if (IsNegation(negations_, w)) {
      scope_end = i + 5;
      continue;
    }
    if (i < scope_end && absorbers_.Contains(w)) {
      scope_end = 0;
      continue;
    }
    if (!MatchLemma(evaluation_, w, &value)) continue;
    int v = !value.empty() && value[0] == '-' ? -1 : 1;
    if (i < scope_end) v = -v;
    sum += v;
    (v > 0 ? pos : neg) += 1;
  }
  if (forced != 0) {
    sum = forced;
    (forced > 0 ? pos : neg) += 1;
  }
  if (positive) *positive = pos;
  if (negative) *negative = neg;
  if (overridden) *overridden = forced != 0;
  return sum > 0 ? 1 : sum < 0 ? -1 : 0;
}

bool StanceReader::Has(const WordList& list, const Words& words, size_t begin,
                       size_t end, size_t* at) const {
  end = std::min(end, words.size());
  for (size_t i = begin; i < end; ++i) {
    if (MatchPhrase(list, words, i, end)) {
      if (at) *at = i;
      return true;
    }
  }
  return false;
}

bool StanceReader::Hedged(const Words& words, size_t begin, size_t end) const {
  end = std::min(end, words.size());
  for (size_t i = begin; i < end; ++i) {
    if (!MatchPhrase(hedges_, words, i, end)) continue;
    const std::string& w = words[i];
    const std::string_view next = i + 1 < words.size() ? std::string_view(words[i + 1]) : "";
    const std::string_view prev = i > 0 ? std::string_view(words[i - 1]) : "";
    // "everything they could to hinder" is effort, not doubt.
    if ((w == "could" || w == "might") &&
        (next.empty() || next == "to" || next == "," || next == "."))
      continue;
    // "in May", "since May": the month.
    if (w == "may" && (In(prev, {"in", "on", "of", "since", "until", "by",
                                  "early", "late", "mid", "last", "next",
                                  "this", "from", "through", "till"}) ||
                       next.empty() || next == "," || next == "." ||
                       (!next.empty() && next[0] >= '0' && next[0] <= '9')))
      continue;
    return true;
  }
  return false;
}

ClaimType StanceReader::StanceVerb(const Words& words, size_t i) const {
  std::string_view value;
  if (i >= words.size() || !MatchLemma(stance_verbs_, words[i], &value))
    return ClaimType::kOther;
  if (value == "praise") return ClaimType::kPraise;
  if (value == "criticism") return ClaimType::kCriticism;
  if (value == "accusation") return ClaimType::kAccusation;
  if (value == "threat") return ClaimType::kThreat;
  if (value == "promise") return ClaimType::kPromise;
  if (value == "prediction") return ClaimType::kPrediction;
  if (value == "position") return ClaimType::kPosition;
  return ClaimType::kOther;
}

Reading StanceReader::Read(const Document&, const Words& words, size_t begin,
                           size_t end) const {
  Reading r;
  end = std::min(end, words.size());
  r.polarity = Polarity(words, begin, end, &r.positive, &r.negative,
                        &r.override_polarity);
  r.hedged = Hedged(words, begin, end);

  // Explicit stance verbs decide first ("accused", "praised", "vowed").
  for (size_t i = begin; i < end; ++i) {
    ClaimType t = StanceVerb(words, i);
    if (t == ClaimType::kOther || t == ClaimType::kPosition ||
        t == ClaimType::kPrediction)
      continue;
    if (i > begin && IsNegation(negations_, words[i - 1])) continue;
    // "warned that growth could slow" predicts; "warned of sanctions" threatens.
    if (t == ClaimType::kThreat && words[i].rfind("warn", 0) == 0 &&
        !Has(threat_words_, words, i, end))
      t = ClaimType::kPrediction;
    r.type = t;
    r.trigger = i;
    return r;
  }
  size_t at = SIZE_MAX;
  if (Has(positions_, words, begin, end, &at)) {
    r.type = ClaimType::kPosition;
    r.trigger = at;
    return r;
  }
  for (size_t i = begin; i < end; ++i) {
    if (MatchPhrase(threat_words_, words, i, end) && !Rejects(words, begin, i)) {
      r.type = ClaimType::kThreat;
      r.trigger = i;
      return r;
    }
  }
  for (size_t i = begin; i < end; ++i) {
    if (!MatchLemma(negative_acts_, words[i]) || Rejects(words, begin, i))
      continue;
    bool own = false;
    for (size_t k = i; k > begin && k + 5 > i; --k) own |= FirstPerson(words[k - 1]);
    if (own) continue;
    r.type = ClaimType::kAccusation;
    r.trigger = i;
    r.polarity = -1;
    return r;
  }
  if (r.polarity != 0) {
    r.type = r.polarity > 0 ? ClaimType::kPraise : ClaimType::kCriticism;
    for (size_t i = begin; i < end && r.trigger == SIZE_MAX; ++i)
      if (MatchLemma(evaluation_, words[i])) r.trigger = i;
    return r;
  }
  for (size_t i = begin; i < end; ++i) {
    if (MatchPhrase(predictions_, words, i, end) || EndsWith(words[i], "'ll") ||
        words[i] == "won't") {
      r.type = ClaimType::kPrediction;
      r.trigger = i;
      return r;
    }
  }
  for (size_t i = begin; i < end; ++i) {
    const ClaimType t = StanceVerb(words, i);
    if (t == ClaimType::kPosition || t == ClaimType::kPrediction) {
      r.type = t;
      r.trigger = i;
      return r;
    }
  }
  return r;
}

const char* ClaimTypeName(ClaimType type) {
  switch (type) {
    case ClaimType::kFact: return "fact";
    case ClaimType::kPrediction: return "prediction";
    case ClaimType::kPosition: return "position";
    case ClaimType::kPraise: return "praise";
    case ClaimType::kCriticism: return "criticism";
    case ClaimType::kAccusation: return "accusation";
    case ClaimType::kThreat: return "threat";
    case ClaimType::kPromise: return "promise";
    case ClaimType::kOther: return "other";
  }
  return "other";
}

}  // namespace explainer
