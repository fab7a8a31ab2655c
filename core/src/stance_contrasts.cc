// Stance contrasts, read from the claims: two sides with opposite polarity
// toward each other ("X praises Y while Y threatens X"), toward a shared
// target, or one side at two points of the article. A side joins an entity
// with what it speaks for: a spokesperson's role names the organisation
// ("Council spokeswoman" -> that council), a demonym in a role names the
// country ("French President" -> France), and a speaker who states a
// country's position ("said that <country> would prefer ...") speaks for it.

#include <algorithm>
#include <numeric>

#include "actors.h"
#include "contrasts.h"
#include "text.h"

namespace explainer {
namespace {

class Sides {
 public:
  explicit Sides(size_t n) : parent_(n) {
    std::iota(parent_.begin(), parent_.end(), 0);
  }
  int Find(int x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void Unite(int a, int b) { parent_[Find(a)] = Find(b); }

 private:
  std::vector<int> parent_;
};

// Whether `needle` occurs in `hay` as whole words.
bool HasWords(const std::string& hay, const std::string& needle) {
  if (needle.empty()) return false;
  for (size_t p = hay.find(needle); p != std::string::npos;
       p = hay.find(needle, p + 1)) {
    const bool left = p == 0 || hay[p - 1] == ' ';
    const size_t e = p + needle.size();
    const bool right = e == hay.size() || hay[e] == ' ' || hay[e] == '\'';
    if (left && right) return true;
  }
  return false;
}

const char* Verb(const Claim& c) {
  switch (c.type) {
    case ClaimType::kPraise: return "praises";
    case ClaimType::kCriticism: return "criticises";
    case ClaimType::kAccusation: return "accuses";
    case ClaimType::kThreat: return "threatens";
    default: return c.polarity > 0 ? "speaks well of" : "speaks against";
  }
}

// How many sentences back "denied these allegations" may answer.
constexpr size_t kAnswerReach = 30;

// Counter-claims: a statement by one side answered in the next sentence by
// another side's denial verb, or paragraphs later when the denial names what
// it answers ("The Church denied these allegations"). A bare negation is not
// enough: answers and new points look alike.
template <typename Told>
void FindDenials(const ContrastContext& c, const ActorMap& actors, Sides& sides,
                 const PhraseList& denials, const Told& told,
                 std::vector<Contrast>* found) {
  const Explanation& ex = c.doc.out;
  const size_t n = ex.sentences.size();
  std::vector<int> source_in(n, -1);  // one attributed claim per sentence
  std::vector<size_t> claim_in(n, SIZE_MAX);
  for (size_t i = 0; i < ex.claims.size(); ++i) {
    const Claim& cl = ex.claims[i];
    if (cl.source.empty() || cl.quote.empty()) continue;
    const size_t t = actors.TokenAt(cl.span.start);
    if (t >= c.doc.tokens.size()) continue;
    const uint32_t s = c.doc.tokens[t].sentence;
    if (s < n && claim_in[s] == SIZE_MAX) {
      claim_in[s] = i;
      source_in[s] = actors.IndexOf(cl.source);
    }
  }
  for (size_t s = 1; s < n; ++s) {
    if (c.first[s] == SIZE_MAX) continue;
    // "denied these allegations": the answer names what it answers, which
    // may lie paragraphs back. (Only such sentences and those with a claim
    // of their own are read for a denial verb.)
    bool anaphoric = false;
    for (size_t k = c.first[s]; k + 1 < c.last[s] && !anaphoric; ++k)
      anaphoric = In(c.words[k + 1], {"allegations", "claims", "accusations", "charges", "reports"}) &&
                  In(c.words[k], {"these", "those", "the", "such"});
    if (!anaphoric && source_in[s] < 0) continue;
    size_t denial_at = SIZE_MAX;
    for (size_t k = c.first[s]; k < c.last[s] && denial_at == SIZE_MAX; ++k)
      if (denials.MatchLemma(c.words[k])) denial_at = k;
    if (denial_at == SIZE_MAX) continue;
    // Who answers: the source of the sentence's claim, or the subject of
    // "the Church denied these allegations", which reports no clause.
    int denier = source_in[s];
    if (denier < 0 && anaphoric) denier = actors.Subject(c.words, c.first[s], denial_at);
    if (denier < 0) continue;
    // The latest claim before it, when another side's: in the sentence
    // before, or further back for a named answer.
    const size_t reach = anaphoric ? kAnswerReach : 1;
    size_t p = SIZE_MAX;
    for (size_t q = s; q-- > 0 && q + reach >= s;) {
      if (source_in[q] < 0 || c.first[q] == SIZE_MAX) continue;
      if (sides.Find(denier) != sides.Find(source_in[q])) p = q;
      break;
    }
    if (p == SIZE_MAX) continue;
    const Span a = c.SpanOf(c.first[p], c.last[p]);
    const Span b = c.SpanOf(c.first[s], c.last[s]);
    if (a.empty() || b.empty() || told(a, b)) continue;
    Contrast x;
    x.kind = ContrastKind::kStance;
    x.confidence = 0.5;
    x.a = {a, ex.claims[claim_in[p]].id};
    x.b = {b, claim_in[s] != SIZE_MAX ? ex.claims[claim_in[s]].id : std::string()};
    x.summary = c.Shorten(a, 12) + "; " + c.Shorten(b, 12) + ".";
    found->push_back(std::move(x));
  }
}

}  // namespace

void ContrastFinder::FindStances(const ContrastContext& c,
                                 std::vector<Contrast>* out) const {
  const Explanation& ex = c.doc.out;
  const auto& ents = ex.entities;
  if (ents.empty() || ex.claims.size() < 2) return;
  const ActorMap actors(c.doc);
  Sides sides(ents.size());
  std::vector<std::string> names(ents.size());
  for (size_t e = 0; e < ents.size(); ++e) names[e] = ToLower(ents[e].name);
  for (size_t e = 0; e < ents.size(); ++e) {
    if (ents[e].type != EntityType::kPerson || ents[e].role.empty()) continue;
    const std::string role = ToLower(ents[e].role);
    for (size_t o = 0; o < ents.size(); ++o) {
      if (o == e || (ents[o].type != EntityType::kOrganization &&
                     ents[o].type != EntityType::kPlace))
        continue;
      if (HasWords(role, names[o])) sides.Unite(e, o);
    }
    // A demonym in the role: "French President" speaks for France.
    size_t p = 0;
    while (p < role.size()) {
      size_t q = role.find(' ', p);
      if (q == std::string::npos) q = role.size();
      const std::string_view place = demonyms_.Value(role.substr(p, q - p));
      if (!place.empty()) {
        const std::string lp = ToLower(place);
        for (size_t o = 0; o < ents.size(); ++o)
          if (ents[o].type == EntityType::kPlace && names[o] == lp) sides.Unite(e, o);
      }
      p = q + 1;
    }
  }
  // "X said that <country> would prefer ...": X speaks for the country.
  for (const Claim& cl : ex.claims) {
    if (cl.source.empty() || cl.type != ClaimType::kPosition) continue;
    const int src = actors.IndexOf(cl.source);
    const size_t t0 = actors.TokenAt(cl.span.start);
    const int subject = actors.At(t0);
    if (src < 0 || subject < 0 || subject == src ||
        ents[subject].type == EntityType::kPerson)
      continue;
    sides.Unite(src, subject);
  }

  struct Stance {
    size_t claim;
    int source, target;
  };
  std::vector<Stance> stances;
  for (size_t i = 0; i < ex.claims.size(); ++i) {
    const Claim& cl = ex.claims[i];
    if (cl.polarity == 0 || cl.source.empty() || cl.target.empty()) continue;
    const int s = actors.IndexOf(cl.source), t = actors.IndexOf(cl.target);
    if (s < 0 || t < 0) continue;
    if (sides.Find(s) == sides.Find(t)) continue;
    stances.push_back({i, s, t});
  }
  // Pairs grow with the square: keep the most confident stances.
  constexpr size_t kMaxStances = 300;
  if (stances.size() > kMaxStances) {
    std::stable_sort(stances.begin(), stances.end(),
                     [&](const Stance& a, const Stance& b) {
                       return ex.claims[a.claim].confidence > ex.claims[b.claim].confidence;
                     });
    stances.resize(kMaxStances);
  }
  auto told = [&](const Span& a, const Span& b) {
    for (const Contrast& x : *out)
      if ((x.a.span.Overlaps(a) && x.b.span.Overlaps(b)) ||
          (x.a.span.Overlaps(b) && x.b.span.Overlaps(a)))
        return true;
    return false;
  };
  std::vector<Contrast> found;
  for (size_t i = 0; i < stances.size(); ++i) {
    for (size_t j = i + 1; j < stances.size(); ++j) {
      const Claim& ci = ex.claims[stances[i].claim];
      const Claim& cj = ex.claims[stances[j].claim];
      if (ci.polarity == cj.polarity || ci.span.Overlaps(cj.span)) continue;
      const int si = sides.Find(stances[i].source), ti = sides.Find(stances[i].target);
      const int sj = sides.Find(stances[j].source), tj = sides.Find(stances[j].target);
      double confidence;
      if (sj == ti && tj == si) {
        confidence = 0.75;  // each against the other's side
      } else if (si != sj && ti == tj) {
        confidence = 0.6;  // a shared target
      } else if (si == sj && ti == tj) {
        confidence = 0.5;  // one side at two points
      } else {
        continue;
      }
      if (told(ci.span, cj.span)) continue;
      // Prefer claims from attributed quotes and longer readings.
      confidence += 0.05 * (ci.confidence + cj.confidence) / 2;
      Contrast x;
      x.kind = ContrastKind::kStance;
      x.confidence = confidence;
      const bool positive_first = ci.polarity > 0;
      const Claim& a = positive_first ? ci : cj;
      const Claim& b = positive_first ? cj : ci;
      x.a = {a.span, a.id};
      x.b = {b.span, b.id};
      const int as = actors.IndexOf(a.source), at = actors.IndexOf(a.target);
      const int bs = actors.IndexOf(b.source), bt = actors.IndexOf(b.target);
      x.summary = ents[as].name + " " + Verb(a) + " " + ents[at].name +
                  " while " + ents[bs].name + " " + Verb(b) + " " +
                  ents[bt].name + ".";
      found.push_back(std::move(x));
    }
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const Contrast& x, const Contrast& y) {
                     return x.confidence > y.confidence;
                   });
  FindDenials(c, actors, sides, denials_, told, &found);

  // The few that matter: at most two, each claim used once.
  std::vector<std::string> used;
  size_t kept = 0;
  for (Contrast& x : found) {
    if (kept == 3) break;
    if (std::find(used.begin(), used.end(), x.a.claim) != used.end() ||
        std::find(used.begin(), used.end(), x.b.claim) != used.end())
      continue;
    used.push_back(x.a.claim);
    used.push_back(x.b.claim);
    out->push_back(std::move(x));
    ++kept;
  }
}

}  // namespace explainer
