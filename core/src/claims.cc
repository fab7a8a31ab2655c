#include "claims.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

#include "actors.h"
#include "text.h"

namespace explainer {
namespace {

bool IsStance(ClaimType t) {
  return t == ClaimType::kPraise || t == ClaimType::kCriticism ||
         t == ClaimType::kAccusation || t == ClaimType::kThreat ||
         t == ClaimType::kPromise;
}

int PolarityOf(ClaimType t, int reading) {
  switch (t) {
    case ClaimType::kPraise: return 1;
    case ClaimType::kCriticism:
    case ClaimType::kAccusation:
    case ClaimType::kThreat: return -1;
    default: return reading;
  }
}

bool FirstOrSecondPerson(const Words& w, size_t begin, size_t end) {
  for (size_t i = begin; i < end && i < w.size(); ++i)
    if (In(w[i], {"i", "we", "you", "me", "us", "my", "our", "your", "i'm",
                  "we're", "you're", "i've", "we've", "i'll", "we'll",
                  "you'll"}))
      return true;
  return false;
}

// A stance word used as a verb, not a noun ("the threat", "his praise"):
// inflected, or a base form after "to", a modal, "and" or a pronoun.
bool VerbUse(const Words& w, size_t i) {
  const std::string_view word = w[i];
  const std::string_view prev = i > 0 ? std::string_view(w[i - 1]) : "";
  if (In(prev, {"a", "an", "the", "his", "her", "their", "its", "our", "my",
                "this", "that", "these", "those", "of", "no", "any", "with",
                "fresh", "new", "more", "such"}))
    return false;
  if (EndsWith(word, "ed") || EndsWith(word, "ing")) return true;
  if (In(prev, {"to", "and", "will", "would", "could", "may", "might", "can",
                "did", "not", "i", "we", "they", "you", "also", "must",
                "should"}))
    return true;
  return EndsWith(word, "s") && !In(prev, {"the", "a"});
}

// Whom a threat is aimed at: a name modifying the threat word ("fresh
// Veloria tariffs"), else the first actor after it ("sanctions on Veloria",
// "threatened Iran").
int ThreatTarget(const ActorMap& actors, const Words& w, size_t trigger,
                 size_t end, int exclude) {
  for (size_t k = trigger; k > 0 && k + 3 > trigger; --k) {
    const int e = actors.At(k - 1);
    if (e >= 0 && e != exclude) return e;
    if (w[k - 1] == "," || w[k - 1] == "of" || w[k - 1] == "to") break;
  }
  return actors.FirstAfter(trigger + 1, end, exclude);
}

// Whom an evaluation is about: the nearest actor in the evaluative word's
// sentence, within a short reach, that is not a place named as a location
// ("concerns they would stay in the United States" is not about it).
int EvaluationTarget(const ActorMap& actors, const Words& w, size_t trigger,
                     size_t begin, size_t end, int exclude) {
  constexpr size_t kReach = 12;
  int best = -1;
  size_t best_distance = kReach + 1;
  const size_t from = trigger > begin + kReach ? trigger - kReach : begin;
  const size_t to = std::min(end, trigger + kReach);
  for (size_t i = from; i < to; ++i) {
    const int e = actors.At(i);
    if (e < 0 || e == exclude || (i > 0 && actors.At(i - 1) == e)) continue;
    if (i > 0 && In(w[i - 1], {"in", "at", "from", "to", "into", "across",
                               "throughout", "near"}))
      continue;
    bool crosses = false;  // a sentence or clause break between them
    for (size_t k = std::min(i, trigger); k < std::max(i, trigger); ++k)
      crosses |= In(w[k], {".", ";", "!", "?"});
    if (crosses) continue;
    // Subjects come before their evaluation: count those as nearer.
    const size_t distance = i < trigger ? (trigger - i) / 2 : i - trigger;
    if (distance < best_distance) {
      best = e;
      best_distance = distance;
    }
  }
  return best;
}

}  // namespace

ClaimFinder::ClaimFinder(const Lexicons& lexicons) : reader_(lexicons) {}

void ClaimFinder::Run(Document* doc) const {
  Explanation& out = doc->out;
  out.claims.clear();
  if (doc->tokens.empty()) return;
  const Words& w = AnnotatedWords(doc, reader_);
  const ActorMap actors(*doc);
  const auto& toks = doc->tokens;
  const size_t n = toks.size();
  std::vector<Claim> claims;
  std::vector<std::pair<size_t, size_t>> claim_tokens;  // token ranges

  // Tokens inside quotation marks belong to the quoted speaker.
  std::vector<char> quoted(n, 0), covered(n, 0);
  for (const Quote& q : out.quotes) {
    const Span s = q.kind == QuoteKind::kIndirect ? q.span : q.span;
    const size_t t0 = actors.TokenAt(s.start), t1 = actors.TokenAt(s.end);
    for (size_t i = t0; i < t1 && i < n; ++i) {
      covered[i] = 1;
      if (q.kind != QuoteKind::kIndirect) quoted[i] = 1;
    }
    if (q.cue) {
      for (size_t i = actors.TokenAt(q.cue->start);
           i < actors.TokenAt(q.cue->end) && i < n; ++i)
        covered[i] = 1;
    }
  }

  // Pass 1: quotes. A partial quote inside a reported statement of the same
  // speaker is read as part of it. Both checks look only at quotes that can
  // qualify (those open at the quote's start; those in its sentence), so
  // they stay linear in the number of quotes.
  const size_t nq = out.quotes.size();
  std::vector<char> inside_other(nq, 0);
  {
    std::vector<size_t> order(nq);
    for (size_t k = 0; k < nq; ++k) order[k] = k;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      const Span& x = out.quotes[a].span;
      const Span& y = out.quotes[b].span;
      return x.start != y.start ? x.start < y.start : x.end > y.end;
    });
    std::vector<size_t> open;  // quotes that start earlier and reach this one
    for (size_t qi : order) {
      const Quote& q = out.quotes[qi];
      open.erase(std::remove_if(open.begin(), open.end(),
                                [&](size_t o) { return out.quotes[o].span.end < q.span.start; }),
                 open.end());
      for (size_t qj : open) {
        const Quote& o = out.quotes[qj];
        if (o.speaker == q.speaker && o.span.Contains(q.span) && !(o.span == q.span) &&
            q.kind != QuoteKind::kNested) {
          inside_other[qi] = 1;
          break;
        }
      }
      open.push_back(qi);
    }
  }
  std::vector<uint32_t> quote_sentence(nq);
  std::unordered_map<uint32_t, std::vector<size_t>> quotes_in_sentence;
  for (size_t qi = 0; qi < nq; ++qi) {
    quote_sentence[qi] = toks[std::min(actors.TokenAt(out.quotes[qi].span.start), n - 1)].sentence;
    quotes_in_sentence[quote_sentence[qi]].push_back(qi);
  }
  for (size_t qi = 0; qi < nq; ++qi) {
    const Quote& q = out.quotes[qi];
    const Span body = q.kind == QuoteKind::kIndirect || q.content.empty()
                          ? q.span : q.content;
    bool inside = inside_other[qi];
    // Fragments quoted in a sentence that already reports the same speaker
    // ("hinted at X, saying “...”") are read with that report, once.
    if (q.kind == QuoteKind::kPartial) {
      for (size_t qj : quotes_in_sentence[quote_sentence[qi]]) {
        const Quote& o = out.quotes[qj];
        if (qj == qi || o.speaker != q.speaker) continue;
        inside = inside || o.kind == QuoteKind::kIndirect ||
                 (o.kind == QuoteKind::kPartial && qj < qi);
      }
    }
    if (inside) continue;
    size_t t0 = actors.TokenAt(body.start), t1 = actors.TokenAt(body.end);
    if (t0 >= t1) continue;
    // A partial quote is the writer's sentence around a fragment: read it all.
    Span span = body;
    if (q.kind == QuoteKind::kPartial) {
      const uint32_t s = toks[t0].sentence;
      while (t0 > 0 && toks[t0 - 1].sentence == s) --t0;
      while (t1 < n && toks[t1].sentence == s) ++t1;
      span = {toks[t0].span.start, toks[t1 - 1].span.end};
    }
    Reading r = reader_.Read(w, t0, t1);
    if (q.cue) {
      const size_t c0 = actors.TokenAt(q.cue->start), c1 = actors.TokenAt(q.cue->end);
      for (size_t i = c0; i < c1 && i < n; ++i) {
        const ClaimType t = reader_.StanceVerb(w, i);
        if (t != ClaimType::kOther && t != ClaimType::kPosition) {
          r.type = t;
          r.trigger = i;
          break;
        }
      }
      const bool cue_hedged = reader_.Hedged(w, c0, c1);
      r.hedged |= cue_hedged;
      // "X hinted at imposing sanctions": the cue carries the intent.
      if (cue_hedged && r.type != ClaimType::kThreat && !IsStance(r.type)) {
        for (size_t i = t0; i < t1; ++i) {
          if (w.cues[i].threat_len) {
            r.type = ClaimType::kThreat;
            r.trigger = i;
            break;
          }
        }
      }
    }
    Claim c;
    c.span = span;
    c.source = q.speaker;
    c.quote = q.id;
    c.hedged = r.hedged;
    c.type = r.type;
    const int speaker = actors.IndexOf(q.speaker);
    int target = -1;
    if (r.trigger != SIZE_MAX && IsStance(r.type) && r.trigger >= t0) {
      if (r.type == ClaimType::kAccusation &&
          w.cues[r.trigger].negative_act)
        target = actors.SubjectBefore(w, r.trigger, speaker);
      else
        target = ThreatTarget(actors, w, r.trigger, actors.ClauseEnd(w, r.trigger, t1), speaker);
    }
    if (target < 0 && r.type == ClaimType::kThreat)
      target = actors.FirstAfter(t0, t1, speaker);
    if (target < 0 && r.trigger != SIZE_MAX &&
        (r.type == ClaimType::kPraise || r.type == ClaimType::kCriticism))
      target = EvaluationTarget(actors, w, r.trigger, t0, t1, speaker);
    if (target >= 0) c.target = out.entities[target].id;
    c.polarity = PolarityOf(c.type, r.polarity);
    if (c.type == ClaimType::kOther && !FirstOrSecondPerson(w, t0, t1) &&
        q.kind == QuoteKind::kIndirect)
      c.type = ClaimType::kFact;
    c.confidence = q.speaker.empty() ? 0.4 : 0.5 + 0.4 * q.confidence;
    claims.push_back(std::move(c));
    claim_tokens.push_back({t0, t1});
  }

  // Pass 2: stances reported without quote marks.
  int last_source = -1;
  size_t last_sentence = SIZE_MAX, last_end = 0;
  ClaimType last_type = ClaimType::kOther;
  for (size_t i = 0; i < n; ++i) {
    if (covered[i] || toks[i].kind == TokenKind::kPunct) continue;
    ClaimType t = reader_.StanceVerb(w, i);
    size_t trigger_len = 1;
    const bool threat_word = !IsStance(t);
    if (!threat_word) {
      if (!VerbUse(w, i)) continue;
    } else {
      trigger_len = w.cues[i].threat_len;
      if (trigger_len == 0) continue;
      t = ClaimType::kThreat;
      // "instead of sanctions", "no sanctions": not held over anyone.
      bool rejected = false;
      for (size_t k = i; k > 0 && k + 4 > i; --k)
        rejected |= In(w[k - 1], {"instead", "rather", "without", "not", "no",
                                  "against", "lifted", "lift", "eased"});
      if (rejected) continue;
    }
    const uint32_t s = toks[i].sentence;
    size_t clause_from = i;
    // A contrasting connective opens a clause with its own subject
    // ("X accused Y, while business groups welcomed ...").
    while (clause_from > 0 && toks[clause_from - 1].sentence == s &&
           !In(w[clause_from - 1], {";", ":", "while", "whereas", "but",
                                    "although", "though"}) &&
           !quoted[clause_from - 1])
      --clause_from;
    // Sanctions someone imposed are a fact; a threat holds them over
    // someone: "hinted at", "could impose", "if ...".
    if (threat_word) {
      bool intent = false;
      for (size_t k = clause_from; k < i && !intent; ++k)
        intent = w.cues[k].hedge_len || w.cues[k].prediction_len ||
                 w.cues[k].stance == ClaimType::kThreat ||
                 w.cues[k].stance == ClaimType::kPromise;
      if (!intent) continue;
    }
    const size_t clause_end = actors.ClauseEnd(w, i, n);
    int source = -1, passive_target = -1;
    const std::string_view prev = i > 0 ? std::string_view(w[i - 1]) : "";
    // "was attacked by X": X is the source, the subject the target.
    size_t aux = i;
    while (aux > clause_from && EndsWith(w[aux - 1], "ly")) --aux;
    if (IsStance(t) && aux > clause_from && EndsWith(w[i], "ed") &&
        In(w[aux - 1], {"is", "was", "were", "are", "been", "being", "be",
                        "get", "got", "gets"})) {
      if (i + 1 >= clause_end || w[i + 1] != "by") continue;
      source = actors.FirstAfter(i + 2, std::min(clause_end, i + 6), -1);
      if (source < 0) continue;
      passive_target = actors.Subject(w, clause_from, aux);
    }
    // Relative clauses: "X, which attacked Y" (X acts); "Y, which X
    // rejects" (X acts).
    size_t rel = SIZE_MAX;
    for (size_t k = clause_from; k < i; ++k)
      if (In(w[k], {"which", "who", "whom"})) rel = k;
    if (source < 0 && rel != SIZE_MAX) {
      source = rel + 1 == i || (rel + 2 == i && EndsWith(w[i - 1], "ly"))
                   ? actors.SubjectBefore(w, rel + 1, -1)
                   : actors.Subject(w, rel + 1, i);
      if (source < 0) continue;
    }
    if (source < 0 && last_sentence == s && last_source >= 0 &&
        In(prev, {"and", "while", "by", ",", "after", "before", "also", "then"}))
      source = last_source;
    if (source < 0) source = actors.Subject(w, clause_from, i);
    // Same speaker, same kind, same clause: one claim ("flatter X and praise Y").
    if (last_sentence == s && source == last_source && t == last_type &&
        i <= last_end + 3 && !claims.empty()) {
      Claim& c = claims.back();
      c.span.end = std::max(c.span.end, toks[clause_end - 1].span.end);
      last_end = clause_end;
      i = std::max(i, clause_end - 1);
      continue;
    }
    const size_t from = t == ClaimType::kThreat ? clause_from : i;
    int target = passive_target;
    if (target < 0 && t == ClaimType::kThreat)
      target = ThreatTarget(actors, w, i, clause_end, source);
    if (target < 0 && t == ClaimType::kThreat)
      target = actors.FirstAfter(clause_from, clause_end, source);
    else if (target < 0)
      target = actors.FirstAfter(i + 1, clause_end, source);
    // "endorsed sanctions against Russia", "backed strikes on X": support for
    // a punishment is a threat to its target, not praise of it.
    if (target >= 0 && t != ClaimType::kThreat && PolarityOf(t, 0) > 0) {
      for (size_t k = i + 1; k < clause_end && actors.At(k) != target; ++k) {
        if (w.cues[k].threat_len == 0) continue;
        t = ClaimType::kThreat;
        break;
      }
    }
    size_t start = i;
    if (source >= 0) {
      const size_t m = actors.MentionBefore(source, clause_from, i);
      if (m != SIZE_MAX) start = m;
    }
    // A stance with no named holder still reads from its clause's start
    // ("business groups welcomed her plan").
    if (source < 0) {
      start = clause_from;
      while (start < i && toks[start].kind == TokenKind::kPunct) ++start;
    }
    start = std::min(start, from);
    Claim c;
    c.span = {toks[start].span.start, toks[clause_end - 1].span.end};
    c.type = t;
    if (source >= 0) c.source = out.entities[source].id;
    if (target >= 0) c.target = out.entities[target].id;
    c.polarity = PolarityOf(t, 0);
    c.hedged = reader_.Hedged(w, start, clause_end);
    c.confidence = source >= 0 ? 0.6 : 0.4;
    claims.push_back(std::move(c));
    claim_tokens.push_back({start, clause_end});
    last_source = source;
    last_sentence = s;
    last_end = clause_end;
    last_type = t;
    for (size_t k = start; k < clause_end; ++k) covered[k] = 1;
    i = std::max(i, i + trigger_len - 1);
  }

  // Pass 3: the article's own voice, one claim per remaining sentence.
  std::vector<char> has_claim(out.sentences.size(), 0);
  for (const auto& [t0, t1] : claim_tokens)
    for (size_t i = t0; i < t1 && i < n; ++i) has_claim[toks[i].sentence] = 1;
  for (size_t i = 0; i < n;) {
    const uint32_t s = toks[i].sentence;
    size_t e = i;
    while (e < n && toks[e].sentence == s) ++e;
    size_t words = 0;
    bool any_quoted = false;
    for (size_t k = i; k < e; ++k) {
      words += toks[k].kind != TokenKind::kPunct;
      any_quoted |= quoted[k] != 0;
    }
    const bool statement = w[e - 1] == "." || w[e - 1] == "!" ||
                           (e >= 2 && w[e - 2] == ".");
    if (s < has_claim.size() && !has_claim[s] && !any_quoted && words >= 5 &&
        statement) {
      Reading r = reader_.Read(w, i, e);
      Claim c;
      c.span = {toks[i].span.start, toks[e - 1].span.end};
      // The article's own evaluative words describe, they do not take sides
      // (stances it reports were claimed in pass 2).
      c.type = r.type;
      if (c.type != ClaimType::kPrediction && c.type != ClaimType::kPosition)
        c.type = ClaimType::kFact;
      c.polarity = 0;
      c.hedged = r.hedged;
      c.confidence = 0.3;
      claims.push_back(std::move(c));
    }
    i = e;
  }

  std::stable_sort(claims.begin(), claims.end(),
                   [](const Claim& a, const Claim& b) { return a.span < b.span; });
  for (size_t k = 0; k < claims.size(); ++k)
    claims[k].id = "C" + std::to_string(k + 1);
  out.claims = std::move(claims);
}

}  // namespace explainer
