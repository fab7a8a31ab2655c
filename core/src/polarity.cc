#include "polarity.h"

#include <algorithm>
#include <iterator>

#include "text.h"

namespace explainer {
namespace {

// Punctuation and connectives that close a negation's scope: "not happy,
// but hopeful".
bool EndsScope(std::string_view w) {
  return In(w, {",", ";", ":", ".", "!", "?", "\xE2\x80\x94", "\xE2\x80\x93",
                "(", ")", "but", "while", "whereas"});
}

// Words that end the reach of a threat or accusation cue: "instead of
// military action" rejects the action rather than threatening it.
bool Rejects(const Words& words, size_t begin, size_t i) {
  for (size_t k = i; k > begin && k + 4 > i; --k)
    if (In(words[k - 1], {"instead", "rather", "without", "against", "avoid",
                          "not", "never", "no"}))
      return true;
  return false;
}

bool FirstPerson(std::string_view w) {
  return In(w, {"i", "we", "us", "our", "my"});
}

uint8_t Len(size_t n) { return static_cast<uint8_t>(std::min<size_t>(n, 255)); }

}  // namespace

PhraseList::PhraseList(const WordList& list) : list_(&list) {
  for (std::string_view e : list.entries())
    first_words_.Add(e.substr(0, e.find(' ')));
}

size_t PhraseList::Match(const std::vector<std::string_view>& words, size_t i,
                         size_t end, std::string_view* value) const {
  end = std::min(end, words.size());
  bool starts;
  if (i >= end || (first_words_.FindLower(words[i], &starts), !starts)) return 0;
  // Phrases are built in a fixed buffer: this runs for every token.
  char phrase[128];
  size_t len = 0;
  size_t best = 0;
  for (size_t n = 1; n <= list_->max_words() && i + n <= end; ++n) {
    const std::string_view w = words[i + n - 1];
    if (len + (n > 1) + w.size() > std::min(sizeof phrase, list_->max_length())) break;
    if (n > 1) phrase[len++] = ' ';
    w.copy(phrase + len, w.size());
    len += w.size();
    bool found;
    const std::string_view v = list_->FindLower(std::string_view(phrase, len), &found);
    if (found) {
      best = n;
      if (value) *value = v;
    }
  }
  return best;
}

bool PhraseList::MatchLemma(std::string_view w, std::string_view* value) const {
  auto try_form = [&](std::string_view form) {
    if (form.size() < 2) return false;
    bool found;
    const std::string_view v = list_->Find(form, &found);
    if (found && value) *value = v;
    return found;
  };
  if (try_form(w)) return true;
  // Stems plus a letter are spelled in a fixed buffer: this runs per word.
  char buf[64];
  auto plus = [&](std::string_view stem, char c) {
    if (stem.size() + 1 > sizeof buf) return std::string_view();
    stem.copy(buf, stem.size());
    buf[stem.size()] = c;
    return std::string_view(buf, stem.size() + 1);
  };
  auto stem = [&](size_t cut) { return w.substr(0, w.size() - cut); };
  if (EndsWith(w, "ies") && try_form(plus(stem(3), 'y'))) return true;
  if (EndsWith(w, "ied") && try_form(plus(stem(3), 'y'))) return true;
  if (EndsWith(w, "es") && try_form(stem(2))) return true;
  if (EndsWith(w, "s") && !EndsWith(w, "ss") && try_form(stem(1))) return true;
  for (std::string_view suffix : {"ed", "ing"}) {
    if (!EndsWith(w, suffix) || w.size() < suffix.size() + 2) continue;
    const std::string_view s = stem(suffix.size());
    if (try_form(s) || try_form(plus(s, 'e'))) return true;
    // Doubled final consonant: slammed -> slam, vetting -> vet.
    if (s.size() >= 3 && s[s.size() - 1] == s[s.size() - 2] &&
        try_form(s.substr(0, s.size() - 1)))
      return true;
  }
  if (EndsWith(w, "d") && try_form(stem(1))) return true;
  return false;
}

const Words& AnnotatedWords(Document* doc, const StanceReader& reader) {
  if (!doc->words) {
    auto words = std::make_shared<Words>();
    words->w = doc->norm;
    reader.Annotate(words.get());
    doc->words = std::move(words);
  }
  return *doc->words;
}

size_t MatchPhrase(const PhraseList& list, const Words& words, size_t i,
                   size_t end, std::string_view* value) {
  return list.Match(words.w, i, end, value);
}

bool IsNegation(const PhraseList& negations, std::string_view word) {
  return EndsWith(word, "n't") || negations.Contains(word);
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

void StanceReader::Annotate(Words* words) const {
  const auto& w = words->w;
  const size_t n = w.size();
  words->cues.assign(n, TokenCue());
  // What a word says by itself, and which phrase lists have an entry
  // starting with it, are looked up once per distinct word.
  struct Own {
    TokenCue cue;
    uint8_t starts = 0;  // bit k: kPhrases[k] has an entry starting here
  };
  const PhraseList* const kPhrases[] = {&overrides_, &hedges_, &predictions_, &positions_, &threat_words_};
  WordSet seen(n / 8);
  std::vector<Own> by_word;  // by number in `seen`
  for (size_t i = 0; i < n; ++i) {
    TokenCue& c = words->cues[i];
    const std::string_view word = w[i];
    if (word.empty() || !(IsLetter(static_cast<unsigned char>(word[0])) ||
                          static_cast<unsigned char>(word[0]) >= 0x80 || word[0] == '\''))
      continue;  // punctuation and numbers carry no cue
    bool fresh;
    const size_t index = seen.Insert(word, &fresh);
    if (fresh) {
      Own& own = by_word.emplace_back();
      own.cue = WordCue(word);
      for (size_t k = 0; k < std::size(kPhrases); ++k)
        if (kPhrases[k]->StartsWith(word)) own.starts |= static_cast<uint8_t>(1u << k);
    }
    const Own& own = by_word[index];
    if (own.starts & 1) {
      std::string_view value;
      if (const size_t len = overrides_.Match(w, i, n, &value)) {
        c.override_len = Len(len);
        c.override_value = !value.empty() && value[0] == '-' ? -1 : 1;
      }
    }
    if (own.starts & 2) c.hedge_len = Len(hedges_.Match(w, i, n));
    if (own.starts & 4) c.prediction_len = Len(predictions_.Match(w, i, n));
    if (c.prediction_len == 0 && (EndsWith(word, "'ll") || word == "won't"))
      c.prediction_len = 1;
    if (own.starts & 8) c.position_len = Len(positions_.Match(w, i, n));
    if (own.starts & 16) c.threat_len = Len(threat_words_.Match(w, i, n));
    c.negation = own.cue.negation;
    c.absorber = own.cue.absorber;
    c.negative_act = own.cue.negative_act;
    c.evaluation = own.cue.evaluation;
    c.stance = own.cue.stance;
  }
}

TokenCue StanceReader::WordCue(std::string_view word) const {
  TokenCue c;
  std::string_view value;
  c.negation = IsNegation(negations_, word);
  c.absorber = absorbers_.Contains(word);
  c.negative_act = negative_acts_.MatchLemma(word);
  if (evaluation_.MatchLemma(word, &value))
    c.evaluation = !value.empty() && value[0] == '-' ? -1 : 1;
  if (stance_verbs_.MatchLemma(word, &value)) {
    if (value == "praise") c.stance = ClaimType::kPraise;
    else if (value == "criticism") c.stance = ClaimType::kCriticism;
    else if (value == "accusation") c.stance = ClaimType::kAccusation;
    else if (value == "threat") c.stance = ClaimType::kThreat;
    else if (value == "promise") c.stance = ClaimType::kPromise;
    else if (value == "prediction") c.stance = ClaimType::kPrediction;
    else if (value == "position") c.stance = ClaimType::kPosition;
  }
  return c;
}

int StanceReader::Polarity(const Words& words, size_t begin, size_t end,
                           int* positive, int* negative,
                           bool* overridden) const {
  int sum = 0, pos = 0, neg = 0, forced = 0;
  size_t scope_end = 0;  // a negation flips evaluations before this token
  end = std::min(end, words.cues.size());
  for (size_t i = begin; i < end; ++i) {
    const TokenCue& c = words.cues[i];
    if (c.override_len) {
      forced = c.override_value;
      i += c.override_len - 1;
      continue;
    }
    if (EndsScope(words[i])) {
      scope_end = 0;
      continue;
    }
    if (c.negation) {
      scope_end = i + 5;
      continue;
    }
    if (i < scope_end && c.absorber) {
      scope_end = 0;
      continue;
    }
    if (c.evaluation == 0) continue;
    int v = c.evaluation;
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

bool StanceReader::Has(const PhraseList& list, const Words& words,
                       size_t begin, size_t end, size_t* at) const {
  end = std::min(end, words.size());
  for (size_t i = begin; i < end; ++i) {
    if (list.Match(words.w, i, end)) {
      if (at) *at = i;
      return true;
    }
  }
  return false;
}

bool StanceReader::Hedged(const Words& words, size_t begin, size_t end) const {
  end = std::min(end, words.cues.size());
  for (size_t i = begin; i < end; ++i) {
    if (!words.cues[i].hedge_len) continue;
    const std::string_view w = words[i];
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
                       (next[0] >= '0' && next[0] <= '9')))
      continue;
    return true;
  }
  return false;
}

Reading StanceReader::Read(const Words& words, size_t begin, size_t end) const {
  Reading r;
  end = std::min(end, words.cues.size());
  const auto& cues = words.cues;
  r.polarity = Polarity(words, begin, end, &r.positive, &r.negative,
                        &r.override_polarity);
  r.hedged = Hedged(words, begin, end);

  // Explicit stance verbs decide first ("accused", "praised", "vowed").
  for (size_t i = begin; i < end; ++i) {
    ClaimType t = cues[i].stance;
    if (t == ClaimType::kOther || t == ClaimType::kPosition ||
        t == ClaimType::kPrediction)
      continue;
    if (i > begin && cues[i - 1].negation) continue;
    // "warned that growth could slow" predicts; "warned of sanctions" threatens.
    if (t == ClaimType::kThreat && words[i].rfind("warn", 0) == 0) {
      bool threat = false;
      for (size_t k = i; k < end && !threat; ++k) threat = cues[k].threat_len > 0;
      if (!threat) t = ClaimType::kPrediction;
    }
    r.type = t;
    r.trigger = i;
    return r;
  }
  for (size_t i = begin; i < end; ++i) {
    if (cues[i].position_len) {
      r.type = ClaimType::kPosition;
      r.trigger = i;
      return r;
    }
  }
  // Sanctions already imposed are a fact; a threat holds them over someone
  // ("will impose", "hinted at", "could face").
  bool intent = false;
  for (size_t i = begin; i < end && !intent; ++i)
    intent = cues[i].hedge_len || cues[i].prediction_len ||
             cues[i].stance == ClaimType::kThreat ||
             cues[i].stance == ClaimType::kPromise;
  for (size_t i = begin; i < end; ++i) {
    if (cues[i].threat_len && intent && !Rejects(words, begin, i)) {
      r.type = ClaimType::kThreat;
      r.trigger = i;
      return r;
    }
  }
  for (size_t i = begin; i < end; ++i) {
    if (!cues[i].negative_act || Rejects(words, begin, i)) continue;
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
      if (cues[i].evaluation != 0) r.trigger = i;
    return r;
  }
  for (size_t i = begin; i < end; ++i) {
    if (cues[i].prediction_len) {
      r.type = ClaimType::kPrediction;
      r.trigger = i;
      return r;
    }
  }
  for (size_t i = begin; i < end; ++i) {
    const ClaimType t = cues[i].stance;
    if (t == ClaimType::kPosition || t == ClaimType::kPrediction) {
      r.type = t;
      r.trigger = i;
      return r;
    }
  }
  return r;
}

}  // namespace explainer
