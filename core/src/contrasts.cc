#include "contrasts.h"

#include <algorithm>

#include "text.h"

namespace explainer {
namespace {

// Words that typically open a clause; the comma before one ends an initial
// subordinate clause ("Despite the rain, the match ...").
bool StartsClause(const ContrastContext& c, size_t i) {
  if (i >= c.words.size() || c.IsPunct(i)) return false;
  const std::string_view w = c.words[i];
  if (In(w, {"i", "we", "he", "she", "it", "they", "you", "there", "this",
             "that", "these", "those", "the", "a", "an", "his", "her", "their",
             "its", "our", "my", "some", "many", "most", "no", "both", "all",
             "each", "other", "officials", "neither", "none", "one"}))
    return true;
  size_t n;
  const std::string_view t = c.doc.TokenText(i);
  return IsUpper(DecodeAt(t, 0, &n)) || IsDigit(DecodeAt(t, 0, &n));
}

// Determiners, pronouns and particles: a word after "but" that is one of
// these starts a clause, not a coordinated adjective.
bool FunctionWord(std::string_view w) {
  return In(w, {"as", "if", "when", "the", "a", "an", "he", "she", "they", "it",
                "we", "i", "you", "there", "this", "that", "then", "now", "not",
                "also", "in", "at", "on", "for", "to", "his", "her", "their",
                "its", "our", "no", "none", "only", "still", "so", "after",
                "before", "because", "since", "what", "who", "with", "by"});
}

// Only punctuation or leading connectives before token i in [begin, i):
// the marker opens its clause ("But ...", "“However, despite ...").
bool Initial(const ContrastContext& c, size_t begin, size_t i) {
  for (size_t k = begin; k < i; ++k) {
    if (c.IsPunct(k)) continue;
    if (In(c.words[k], {"and", "but", "so", "however", "yet", "or"})) continue;
    return false;
  }
  return true;
}

struct Marker {
  std::string kind;
  double confidence = 0.5;
};

Marker ParseMarker(std::string_view value) {
  Marker m;
  const size_t space = value.find(' ');
  m.kind = std::string(value.substr(0, space));
  // "0.85": a decimal fraction, read by hand (no strtod in the module).
  if (space != std::string_view::npos) {
    double whole = 0, scale = 1;
    bool fraction = false;
    for (char c : value.substr(space + 1)) {
      if (c == '.') {
        fraction = true;
      } else if (c >= '0' && c <= '9') {
        whole = whole * 10 + (c - '0');
        if (fraction) scale *= 10;
      }
    }
    m.confidence = whole / scale;
  }
  return m;
}

}  // namespace

ContrastContext::ContrastContext(const Document& d, const Words& w)
    : doc(d), words(w) {
  const size_t n = d.out.sentences.size();
  first.assign(n, SIZE_MAX);
  last.assign(n, 0);
  for (size_t i = 0; i < d.tokens.size(); ++i) {
    const uint32_t s = d.tokens[i].sentence;
    if (s >= n) continue;
    if (first[s] == SIZE_MAX) first[s] = i;
    last[s] = i + 1;
  }
}

bool ContrastContext::IsPunct(size_t i) const {
  return doc.tokens[i].kind == TokenKind::kPunct;
}

size_t ContrastContext::WordCount(size_t begin, size_t end) const {
  size_t n = 0;
  for (size_t i = begin; i < end && i < doc.tokens.size(); ++i) n += !IsPunct(i);
  return n;
}

Span ContrastContext::SpanOf(size_t begin, size_t end) const {
  end = std::min(end, doc.tokens.size());
  while (end > begin && IsPunct(end - 1) &&
         In(words[end - 1], {",", ";", ":", "-", "\xE2\x80\x94", "\xE2\x80\x93", "("}))
    --end;
  while (begin < end && IsPunct(begin) &&
         In(words[begin], {",", ";", ":", "-", "\xE2\x80\x94", "\xE2\x80\x93", ")"}))
    ++begin;
  if (end <= begin || WordCount(begin, end) == 0) return {};
  return {doc.tokens[begin].span.start, doc.tokens[end - 1].span.end};
}

std::string ContrastContext::Shorten(Span span, size_t max_words) const {
  const std::string_view t = Slice(doc.text, span);
  std::string out;
  size_t words_out = 0;
  bool space = false, cut = false;
  for (size_t i = 0; i < t.size();) {
    size_t n;
    const char32_t ch = DecodeAt(t, i, &n);
    if (n == 0) break;
    if (IsSpace(ch)) {
      space = !out.empty();
      i += n;
      continue;
    }
    if (space) {
      if (++words_out >= max_words) {
        cut = true;
        break;
      }
      out += ' ';
      space = false;
    }
    out.append(t.substr(i, n));
    i += n;
  }
  while (!out.empty() && (out.back() == ',' || out.back() == ';' ||
                          out.back() == ':' || out.back() == '.'))
    out.pop_back();
  if (cut) out += "\xE2\x80\xA6";
  return out;
}

ContrastFinder::ContrastFinder(const Lexicons& lexicons)
    : reader_(lexicons),
      markers_(lexicons.Get("contrast_markers")),
      expectation_cues_(lexicons.Get("expectation_cues")),
      unfulfilled_(lexicons.Get("unfulfilled_markers")),
      denials_(lexicons.Get("denial_verbs")),
      demonyms_(lexicons.Get("demonyms")) {}

void ContrastFinder::FindExplicit(const ContrastContext& c,
                                  std::vector<Contrast>* out) const {
  const Words& w = c.words;
  const auto& toks = c.doc.tokens;
  for (size_t s = 0; s < c.first.size(); ++s) {
    if (c.first[s] == SIZE_MAX) continue;
    const size_t b = c.first[s], e = c.last[s];
    size_t clause_from = b;  // where the current clause starts
    for (size_t i = b; i < e; ++i) {
      // ("11:30 p.m." holds a colon that ends no clause.)
      if (w[i] == ";" || (w[i] == ":" && i + 1 < toks.size() && toks[i + 1].space_before))
        clause_from = i + 1;
      std::string_view value;
      const size_t n = MatchPhrase(markers_, w, i, e, &value);
      if (n == 0) continue;
      Marker m = ParseMarker(value);
      const std::string_view word = w[i];
      const std::string_view prev = i > b ? std::string_view(w[i - 1]) : "";
      const std::string_view next = i + n < e ? std::string_view(w[i + n]) : "";
      size_t clause_end = e;
      for (size_t k = i + n; k < e; ++k)
        if (w[k] == ";") { clause_end = k; break; }
      const bool initial = Initial(c, clause_from, i);
      const bool has_prev = s > 0 && c.first[s - 1] != SIZE_MAX;

      Contrast x;
      x.kind = ContrastKind::kExplicit;
      x.marker = Span{toks[i].span.start, toks[i + n - 1].span.end};
      x.confidence = m.confidence;
      size_t a0 = 0, a1 = 0, b0 = 0, b1 = 0;  // token ranges of the sides
      bool prev_sentence = false;             // A is the previous sentence

      // "though" closing a clause ("He did, though.") works as "however".
      if (word == "though" && (next.empty() || next == "," || next == "." ||
                               next == ";" || next == "!" || next == "?"))
        m.kind = "adv";
      if ((word == "in" || word == "by") && (next == "to" || next == "with"))
        m.kind = "sub";  // "In contrast to X, Y"

      if (m.kind == "conj") {
        if (In(next, {"also", "too"}) ||
            In(prev, {"nothing", "all", "anything", "everything", "none",
                      "anyone", "everyone", "nobody", "last", "cannot",
                      "can't", "help", "everybody", "no"}))
          continue;
        if (word == "yet" &&
            (!(initial || prev == "," || prev == "and" || prev == "but") ||
             In(next, {"to", "again", "another", "more", "."})))
          continue;
        // "not only ... but", "not just ... but": additive, not contrastive.
        bool additive = false, antithesis = false;
        for (size_t k = clause_from; k + 1 < i; ++k) {
          if (In(w[k], {"not", "n't"}) &&
              In(w[k + 1], {"only", "just", "merely", "simply"}))
            additive = true;
        }
        if (additive) continue;
        // "a sudden but temporary rush", "very prolific but very business
        // minded": adjectives coordinated inside a phrase.
        if (i >= b + 2 && !c.IsPunct(i - 1) && i + 2 < e && !c.IsPunct(i + 1) &&
            !c.IsPunct(i + 2) && !FunctionWord(next) &&
            !EndsWith(next, "ed") && !EndsWith(next, "ing") &&
            In(w[i - 2], {"a", "an", "the", "very", "so", "too", "quite",
                          "extremely", "fairly", "pretty", "rather"}))
          continue;
        // "tried and failed": "and" with a negation is not this marker's job.
        if (word == "yet") {
          size_t words_to_comma = 0;
          for (size_t k = i + 1; k < e && !c.IsPunct(k); ++k) ++words_to_comma;
          if (EndsWith(next, "ly") && words_to_comma <= 3) continue;
        }
        for (size_t k = i; k > clause_from && k + 8 > i; --k)
          if (IsNegation(reader_.negations(), w[k - 1])) antithesis = true;
        if (antithesis) x.confidence -= 0.2;  // "not X, but Y"
        const size_t start = (word == "yet" && (prev == "and" || prev == "but"))
                                 ? i - 1 : i;
        if (initial && clause_from > b) {
          size_t p0 = b;
          for (size_t k = clause_from - 1; k > b; --k)
            if (w[k - 1] == ";" || w[k - 1] == ":") { p0 = k; break; }
          a0 = p0;
          a1 = clause_from - 1;
          b0 = clause_from;
          b1 = clause_end;
        } else if (initial) {
          if (!has_prev) continue;
          prev_sentence = true;
          b0 = b;
          b1 = e;
        } else {
          a0 = clause_from;
          a1 = start;
          b0 = start;
          b1 = clause_end;
          x.marker = Span{toks[start].span.start, toks[i + n - 1].span.end};
        }
      } else if (m.kind == "adv") {
        if (word == "however" && !next.empty() && next != "," &&
            In(next, {"much", "many", "long", "hard", "far", "often", "little",
                      "few", "large", "small", "great", "bad", "good", "well",
                      "you", "we", "they", "it", "he", "she", "i"}))
          continue;
        // ", however, he is ..." splits its own sentence; elsewhere the
        // adverb sets this sentence against the one before.
        const bool split = !initial && prev == "," && next == "," &&
                           c.WordCount(clause_from, i) >= 4 &&
                           StartsClause(c, i + n + 1);
        // "After calling X, Y was instead put through to Z": the opening
        // adverbial clause is the expectation "instead" overturns.
        size_t opener_comma = SIZE_MAX;
        if (word == "instead" && !initial &&
            In(w[clause_from], {"after", "when", "before", "although", "though",
                                "as", "while", "once", "having"})) {
          for (size_t k = clause_from + 2; k < i; ++k)
            if (w[k] == ",") { opener_comma = k; break; }
        }
        const bool comma_instead = word == "instead" && prev == "," &&
                                   c.WordCount(clause_from, i) >= 3 &&
                                   EndsWith(next, "ing");
        if (split || comma_instead) {
          a0 = clause_from;
          a1 = i;
          b0 = i;
          b1 = clause_end;
        } else if (opener_comma != SIZE_MAX) {
          a0 = clause_from;
          a1 = opener_comma;
          b0 = opener_comma + 1;
          b1 = clause_end;
        } else if (clause_from > b && initial) {
          // "...; however, ..." sets this clause against the one before.
          size_t p0 = b;
          for (size_t k = clause_from - 1; k > b; --k)
            if (w[k - 1] == ";" || w[k - 1] == ":") { p0 = k; break; }
          a0 = p0;
          a1 = clause_from - 1;
          b0 = clause_from;
          b1 = clause_end;
        } else if (clause_from > b && !initial && word == "instead") {
          size_t p0 = b;
          for (size_t k = clause_from - 1; k > b; --k)
            if (w[k - 1] == ";" || w[k - 1] == ":") { p0 = k; break; }
          a0 = p0;
          a1 = clause_from - 1;
          b0 = clause_from;
          b1 = clause_end;
        } else {
          if (!has_prev) continue;
          prev_sentence = true;
          b0 = b;
          b1 = e;
        }
      } else if (m.kind == "sub") {
        if (word == "while" || word == "whilst") {
          if (In(prev, {"a", "the", "for", "little", "short", "long", "worth",
                        "quite", "once", "this", "that", "all"}) ||
              In(next, {"in", "at", "on", "still", "there", "here", "under",
                        "during", "out", "away", "abroad", "inside", "as"}))
            continue;
          if (EndsWith(next, "ed") || EndsWith(next, "en")) continue;
          if (EndsWith(next, "ing")) {
            if (initial) continue;  // "While walking home, ..." is temporal
            // "flattering X while accusing Y" contrasts only opposite stances.
            const int pa = reader_.Polarity(w, clause_from, i);
            int pb = reader_.Polarity(w, i, clause_end);
            if (pb == 0) {
              const ClaimType t = reader_.StanceVerb(w, i + 1);
              if (t == ClaimType::kAccusation || t == ClaimType::kCriticism ||
                  t == ClaimType::kThreat)
                pb = -1;
              else if (t == ClaimType::kPraise)
                pb = 1;
            }
            int pa2 = pa;
            for (size_t k = clause_from; k < i && pa2 == 0; ++k) {
              const ClaimType t = reader_.StanceVerb(w, k);
              if (t == ClaimType::kPraise) pa2 = 1;
              if (t == ClaimType::kCriticism || t == ClaimType::kAccusation)
                pa2 = -1;
            }
            if (!(pa2 != 0 && pb != 0 && pa2 != pb)) continue;
            x.confidence = 0.65;
          }
          if (!initial) {
            bool additive = false;
            for (size_t k = i + 1; k < clause_end; ++k)
              additive |= In(w[k], {"also", "too", "simultaneously"});
            if (additive) continue;
          }
        }
        if (word == "though" && (prev == "as" || prev == "even")) continue;
        // "Heald said although X, Y": the reported clause opens with it.
        bool opens_report = false;
        if (!initial && c.WordCount(clause_from, i) <= 4 &&
            In(prev, {"said", "says", "added", "argued", "noted", "stated",
                      "explained", "claimed", "warned", "insisted", "that",
                      "believes", "thinks", "wrote"}))
          opens_report = true;
        if (word == "unlike" && !initial) continue;
        // "... through diplomacy instead of military action": a short
        // alternative is a weaker contrast than a clause.
        if ((word == "rather" || word == "instead") && !initial &&
            c.WordCount(i + n, clause_end) <= 3)
          x.confidence -= 0.1;
        if (initial || opens_report) {
          // The subordinate clause ends at a comma before a new clause.
          size_t comma = SIZE_MAX, fallback = SIZE_MAX;
          for (size_t k = i + n + 1; k + 1 < clause_end; ++k) {
            if (w[k] != ",") continue;
            if (fallback == SIZE_MAX && !In(w[k + 1], {"and", "or", "but"}))
              fallback = k;
            if (StartsClause(c, k + 1) && c.WordCount(k + 1, clause_end) >= 2) {
              comma = k;
              break;
            }
          }
          if (comma == SIZE_MAX) comma = fallback;
          if (comma == SIZE_MAX) continue;
          a0 = i;
          a1 = comma + 1;
          b0 = comma + 1;
          b1 = clause_end;
        } else {
          a0 = clause_from;
          a1 = i;
          b0 = i;
          b1 = clause_end;
        }
      } else if (m.kind == "verb") {
        if (In(prev, {"in", "by", "a", "the", "sharp", "stark", "striking"}))
          continue;
        size_t with = SIZE_MAX;
        for (size_t k = i + n; k < clause_end && k < i + n + 15; ++k)
          if (w[k] == "with" || w[k] == "against") { with = k; break; }
        if (with == SIZE_MAX || c.WordCount(i + n, with) == 0) continue;
        a0 = i + n;
        a1 = with;
        b0 = with + 1;
        b1 = clause_end;
      } else if (m.kind == "between") {
        size_t between = SIZE_MAX, and_at = SIZE_MAX;
        for (size_t k = i + n; k < clause_end && k < i + n + 6; ++k)
          if (w[k] == "between") { between = k; break; }
        if (between == SIZE_MAX) continue;
        for (size_t k = between + 2; k < clause_end; ++k)
          if (w[k] == "and") { and_at = k; break; }
        if (and_at == SIZE_MAX) continue;
        a0 = between + 1;
        a1 = and_at;
        b0 = and_at + 1;
        b1 = clause_end;
      } else {
        continue;
      }

      Span a = prev_sentence ? c.SpanOf(c.first[s - 1], c.last[s - 1])
                             : c.SpanOf(a0, a1);
      Span bs = c.SpanOf(b0, b1);
      if (a.empty() || bs.empty()) continue;
      if (!prev_sentence && c.WordCount(a0, a1) < 2) continue;
      if (c.WordCount(b0, b1) < 2) continue;
      x.a.span = a;
      x.b.span = bs;
      // An expectation in A that B says went unmet is an expectation contrast.
      if (reader_.Has(expectation_cues_, w, prev_sentence ? c.first[s - 1] : a0,
                      prev_sentence ? c.last[s - 1] : a1)) {
        bool unmet = false;
        for (size_t k = b0; k < b1; ++k)
          unmet |= IsNegation(reader_.negations(), w[k]) ||
                   In(w[k], {"failed", "fails", "delayed", "postponed",
                             "cancelled", "canceled", "instead"});
        if (unmet) {
          x.kind = ContrastKind::kExpectation;
          x.confidence += 0.05;
        }
      }
      x.summary = c.Shorten(a) + " " + c.Shorten(bs) + ".";
      if (m.kind == "between") {
        const Span subject = c.SpanOf(clause_from, a0);
        x.summary = c.Shorten(subject, 12) + " " + c.Shorten(a, 12) + " and " +
                    c.Shorten(bs, 12) + ".";
      }
      out->push_back(std::move(x));
      // Later markers in this sentence contrast with what follows this one.
      if (!prev_sentence && b0 > clause_from) clause_from = b0;
      i += n - 1;
    }
  }
}

void ContrastFinder::Run(Document* doc) const {
  const Words& words = AnnotatedWords(doc, reader_);
  const ContrastContext c(*doc, words);
  std::vector<Contrast> found;
  FindExplicit(c, &found);
  FindExpectations(c, &found);
  FindStances(c, &found);

  // Two markers over the same pair of sides ("But however") are one contrast.
  std::stable_sort(found.begin(), found.end(),
                   [](const Contrast& x, const Contrast& y) {
                     return x.confidence > y.confidence;
                   });
  std::vector<Contrast> kept;
  for (Contrast& x : found) {
    bool dup = false;
    for (const Contrast& k : kept) {
      if ((k.a.span.Overlaps(x.a.span) && k.b.span.Overlaps(x.b.span)) ||
          (k.marker && x.marker && *k.marker == *x.marker))
        dup = true;
    }
    if (!dup) kept.push_back(std::move(x));
  }
  // A reader wants the few that matter: cap the list by article length.
  const size_t cap = std::max<size_t>(8, doc->out.sentences.size() / 3);
  if (kept.size() > cap) kept.resize(cap);
  for (size_t i = 0; i < kept.size(); ++i) kept[i].id = "X" + std::to_string(i + 1);
  doc->out.contrasts = std::move(kept);
}

}  // namespace explainer
