#include "names.h"

#include <algorithm>

#include "text.h"

namespace explainer {
namespace {

// Lowercase words that may join two capitalised words inside one name in any
// case: "Argumenty i Fakty", "Charles de Gaulle", "Ludwig van Beethoven".
bool IsNameParticle(std::string_view w) {
  static constexpr std::string_view kParticles[] = {
      "i",   "y",   "e",   "de",  "da",   "di",  "del", "della", "van", "von",
      "der", "den", "du",  "des", "la",   "le",  "bin", "ibn",   "al",  "el",
      "dos", "das", "do",  "ter", "zu",   "af",  "av",  "ben",   "bint"};
  return std::find(std::begin(kParticles), std::end(kParticles), w) != std::end(kParticles);
}

// English words that join capitalised words only inside names of bodies and
// titles ("Bank of England", "Secretary of State"), never "Trump and Putin".
bool IsEnglishConnector(std::string_view w) {
  return w == "of" || w == "for" || w == "on" || w == "and" || w == "&";
}

bool IsLocative(std::string_view w) {
  return w == "in" || w == "from" || w == "near" || w == "across" ||
         w == "throughout" || w == "outside" || w == "inside" || w == "around" ||
         w == "to" || w == "into" || w == "towards" || w == "toward";
}

bool IsDeterminer(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "his" || w == "her" ||
         w == "its" || w == "their" || w == "our" || w == "my" || w == "your";
}

bool IsOpeningMark(std::string_view p) {
  return p == "\xE2\x80\x9C" || p == "\xE2\x80\x98" || p == "\"" || p == "(" ||
         p == "[" || p == ":" || p == "\xE2\x80\x94" || p == "\xE2\x80\x93" ||
         p == "\xC2\xAB" || p == "\xE2\x80\x9E" || p == "'" || p == ";";
}

// Longest run of name words considered as one name; keeps pathological
// all-capitals input linear.
constexpr size_t kMaxUnits = 12;

bool IsHyphen(std::string_view p) {
  return p == "-" || p == "\xE2\x80\x90" || p == "\xE2\x80\x93" || p == "\xE2\x80\x91";
}

}  // namespace

// One pass over one document; holds the per-token facts every rule reads.
class NameScan {
 public:
  NameScan(const NameFinder& f, const Document& doc) : f_(f), doc_(doc) {}

  std::vector<NameCandidate> Run() {
    Prepare();
    const size_t n = toks_.size();
    for (size_t i = 0; i < n;) {
      if (!StartsName(i)) {
        ++i;
        continue;
      }
      const size_t end = SequenceEnd(i);
      SplitSequence(i, end);
      i = end + 1;
    }
    return std::move(out_);
  }

 private:
  struct Tok {
    bool word = false;
    bool cap = false;
    bool initial = false;
    bool blocked = false;
    bool poss = false;
    bool acronym = false;
    bool headline = false;
    uint32_t name_end = 0;
    size_t unit_end = 0;  // last token of the hyphen-joined unit starting here
    // Lower-cased, one apostrophe form ("O’Brien" = "O'Brien"), without a
    // possessive ending: a view into Document::lower or ::norm.
    std::string_view lower;
  };

  std::string_view Text(size_t i) const { return doc_.TokenText(i); }
  const Token& T(size_t i) const { return doc_.tokens[i]; }
  bool Joined(size_t i) const {  // token i follows i-1 with one space, same line
    return i > 0 && T(i).sentence == T(i - 1).sentence && !T(i).line_before;
  }
  bool Adjacent(size_t i) const {  // token i follows i-1 directly, no space
    return i > 0 && !T(i).space_before && T(i).sentence == T(i - 1).sentence;
  }
  bool StartsName(size_t i) const {
    if (!toks_[i].cap || toks_[i].blocked) return false;
    // "pro-Beijing", "anti-Trump": an adjective, not a mention. ("al-Assad"
    // keeps its particle.)
    if (i >= 2 && IsHyphen(Text(i - 1)) && Adjacent(i) && Adjacent(i - 1) &&
        toks_[i - 2].word && !toks_[i - 2].cap && !IsNameParticle(toks_[i - 2].lower))
      return false;
    return true;
  }
  bool IsPrefixUnit(size_t i) const {  // "Pro-Beijing", "Anti-Government"
    const std::string_view w = toks_[i].lower;
    return toks_[i].unit_end > i && (w == "pro" || w == "anti" || w == "non" || w == "post" ||
                                     w == "pre" || w == "ex" || w == "pan");
  }
  bool LowerWord(size_t i, std::string_view w) const {
    return i < toks_.size() && toks_[i].word && toks_[i].lower == w;
  }

  void Prepare() {
    const size_t n = doc_.tokens.size();
    toks_.resize(n);
    for (const Entity& e : doc_.out.entities) {
      for (const Span& m : e.mentions) {
        // Tokens are in text order: find the first one ending after m.start.
        auto it = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), m.start,
                                   [](const Token& t, uint32_t s) { return t.span.end <= s; });
        for (size_t i = it - doc_.tokens.begin(); i < n && T(i).span.start < m.end; ++i)
          toks_[i].blocked = true;
      }
    }
    for (size_t i = 0; i < n; ++i) {
      Tok& t = toks_[i];
      const Span s = T(i).span;
      t.name_end = s.end;
      if (T(i).kind != TokenKind::kWord) {
        t.lower = doc_.Lower(i);
        continue;
      }
      t.word = true;
      size_t len;
      const char32_t c = DecodeAt(doc_.text, s.start, &len);
      t.cap = IsUpper(c);
      std::string_view txt = Text(i);
      // Possessive ending: "Peskov’s", "Trump's" -> the name ends before it.
      const bool ends_in_s = txt.back() == 's' || txt.back() == 'S';
      for (std::string_view ap : {std::string_view("'s"), std::string_view("\xE2\x80\x99s"),
                                  std::string_view("'S"), std::string_view("\xE2\x80\x99S")}) {
        if (ends_in_s && txt.size() > ap.size() + 1 && txt.substr(txt.size() - ap.size()) == ap) {
          t.poss = true;
          t.name_end = s.end - static_cast<uint32_t>(ap.size());
          break;
        }
      }
      // Document::norm has one apostrophe form, so "O’Brien" and "O'Brien"
      // are one name; a possessive "'s" is its last two bytes there.
      t.lower = doc_.norm[i];
      if (t.poss) t.lower.remove_suffix(2);
      // All letters capitals, at least two; most words fail at their first
      // or second letter.
      size_t letters = 0;
      bool all_upper = true;
      for (size_t k = s.start; k < t.name_end && all_upper;) {
        const char32_t d = DecodeAt(doc_.text, k, &len);
        if (len == 0) break;
        if (IsLetter(d)) ++letters, all_upper = IsUpper(d);
        k += len;
      }
      t.acronym = letters >= 2 && all_upper;
    }
    // Sentence-initial (or quote-initial) positions capitalise any word.
    bool seen_word = false, opened = false;
    for (size_t i = 0; i < n; ++i) {
      if (i == 0 || T(i).sentence != T(i - 1).sentence || T(i).line_before) {
        seen_word = false;
        opened = false;
      }
      if (toks_[i].word || T(i).kind == TokenKind::kNumber) {
        toks_[i].initial = !seen_word || opened;
        seen_word = true;
        opened = false;
      } else if (IsOpeningMark(Text(i))) {
        opened = true;
      }
    }
    for (size_t i = 0; i < n; ++i) {
      if (!toks_[i].word) continue;
      if (!toks_[i].cap) {
        lower_words_.Insert(toks_[i].lower);
      } else if (!toks_[i].initial) {
        cap_words_.Insert(toks_[i].lower);
      }
    }
    // Hyphen-joined units: "Cheuk-yan", "Al-Maeena", "Russia-Ukraine".
    for (size_t i = n; i-- > 0;) {  // right to left: linear on long chains
      // "(R-Texas)", ", D-Calif.,": a party letter and the state, a place.
      auto party = [&] {
        return i > 0 && (Text(i - 1) == "(" || Text(i - 1) == ",") &&
               (Text(i) == "R" || Text(i) == "D" || Text(i) == "I");
      };
      const bool joins = i + 2 < n && toks_[i].word && IsHyphen(Text(i + 1)) &&
                         Adjacent(i + 1) && toks_[i + 2].word && Adjacent(i + 2) &&
                         !toks_[i].poss && !party();
      toks_[i].unit_end = joins ? toks_[i + 2].unit_end : i;
    }
    MarkHeadlines();
  }

  // A line in Title Case ("Scientology Critics Beaten In Los Angeles") says
  // nothing about which words are names.
  void MarkHeadlines() {
    const size_t n = toks_.size();
    for (size_t a = 0; a < n;) {
      size_t b = a + 1;
      while (b < n && !T(b).line_before) ++b;
      size_t long_words = 0, cap_long = 0;
      for (size_t i = a; i < b; ++i) {
        if (!toks_[i].word || toks_[i].lower.size() <= 3) continue;
        ++long_words;
        cap_long += toks_[i].cap;
      }
      // Headlines are one unpunctuated line; a capitalised sentence is not one.
      const std::string_view tail = Text(b - 1);
      const bool ends_sentence = tail == "." || tail == "!" || tail == "?" ||
                                 T(b - 1).sentence != T(a).sentence;
      if (!ends_sentence && long_words >= 3 && cap_long * 10 >= long_words * 8)
        for (size_t i = a; i < b; ++i) toks_[i].headline = true;
      a = b;
    }
  }

  // Longest entry of `list` starting at token i within [i, limit]; returns the
  // last token of the match or SIZE_MAX. Words join with the spacing of the
  // text, so "vice-president" and "U.S." match as written.
  size_t MatchPhrase(const WordList& list, size_t i, size_t limit,
                     std::string_view* value = nullptr) const {
    size_t best = SIZE_MAX;
    size_t words = 0;
    size_t length = 0;  // of the phrase i..j, spaces included
    // This runs for most tokens and most phrases are absent: the phrase is
    // built only when the list's filter lets its ends and length through.
    // It is made of lower-cased tokens, so FindLower() needs no case fold.
    auto lookup = [&](size_t j) {
      const std::string_view a = toks_[i].lower, b = toks_[j].lower;
      if (!a.empty() && !b.empty() &&
          !list.MayContain(static_cast<unsigned char>(a.front()),
                           static_cast<unsigned char>(b.back()), length))
        return;
      phrase_.clear();  // reused
      for (size_t k = i; k <= j; ++k) {
        if (k > i && T(k).space_before) phrase_ += ' ';
        phrase_ += toks_[k].lower;
      }
      bool found;
      const std::string_view v = list.FindLower(phrase_, &found);
      if (!found) return;
      best = j;
      if (value) *value = v;
    };
    for (size_t j = i; j <= limit && j < toks_.size(); ++j) {
      if (j > i) {
        if (T(j).sentence != T(i).sentence || T(j).line_before) break;
        if (T(j).space_before) {
          ++length;
          if (++words >= std::max<size_t>(list.max_words(), 1)) break;
        }
      }
      length += toks_[j].lower.size();
      if (length > list.max_length()) break;
      if (toks_[j].poss && j > i) {
        // Only the last word of a phrase may carry a possessive.
        lookup(j);
        break;
      }
      if (toks_[j].word || Text(j) == ".") lookup(j);
      if (toks_[j].poss) break;
    }
    return best;
  }

  bool IsStop(size_t i, bool* soft, bool* date) const {
    std::string_view w = toks_[i].lower;
    if (toks_[i].acronym && w.size() > 1) return false;  // "WHO", "IT"
    // "I'll", "We're": the word before the apostrophe decides.
    if (const size_t ap = w.find('\''); ap != std::string_view::npos && ap > 0) w = w.substr(0, ap);
    if (!f_.stops_.Contains(w)) return false;
    const std::string_view v = f_.stops_.Value(w);
    *soft = v == "soft";
    *date = v == "date";
    return true;
  }
  bool IsStop(size_t i) const {
    bool soft = false, date = false;
    return IsStop(i, &soft, &date) || f_.verbs_.Contains(toks_[i].lower);
  }
  bool IsDemonym(size_t i, size_t last, size_t* end) const {
    size_t e = MatchPhrase(f_.demonyms_, i, last);
    if (e == SIZE_MAX && toks_[i].lower.size() > 3 && toks_[i].lower.back() == 's') {
      // Plural demonyms: "Russians", "Afghans"; "Philippines" is a country.
      if (f_.demonyms_.Contains(toks_[i].lower.substr(0, toks_[i].lower.size() - 1)) &&
          !f_.places_.Contains(toks_[i].lower))
        e = i;
    }
    if (e == SIZE_MAX) return false;
    *end = e;
    return true;
  }
  bool IsTitle(size_t i, size_t last, size_t* end, std::string_view* value) const {
    const size_t e = MatchPhrase(f_.titles_, i, last, value);
    if (e == SIZE_MAX) return false;
    *end = e;
    return true;
  }
  bool IsOrgCue(size_t i) const {
    if (!toks_[i].word || !toks_[i].cap) return false;
    const std::string_view w = toks_[i].lower;
    return f_.org_cues_.Contains(w) ||
           (w.size() > 4 && w.back() == 's' && f_.org_cues_.Contains(w.substr(0, w.size() - 1)));
  }
  bool IsPlaceCue(size_t i) const {
    return toks_[i].word && f_.place_cues_.Contains(toks_[i].lower);
  }

  // "King's College London", "St Mary's Hospital", "People's Party": a
  // possessive inside the name of a body or place, when the owner is a saint
  // or a word of the language ("Russia's Foreign Ministry" is two names).
  bool PossessiveInName(size_t i, size_t end) const {
    const size_t n = toks_.size();
    if (!toks_[end].poss || end + 1 >= n || !Joined(end + 1) || !StartsName(end + 1)) return false;
    const std::string_view owner = toks_[i].lower;
    const bool saint = end > i && In(owner, {"st", "st.", "saint"});
    const bool word = i == end && (f_.common_.Contains(owner) || f_.titles_.Contains(owner) ||
                                   In(owner, {"people", "children", "women", "men"}));
    if (!saint && !word) return false;
    for (size_t k = end + 1; k < n && k <= end + 8 && Joined(k) && toks_[k].cap; ++k) {
      if (IsOrgCue(k) || IsPlaceCue(k)) return true;
      if (toks_[k].poss) break;
    }
    return false;
  }

  // The last token of the capitalised run starting at i: words separated by
  // single spaces on one line, hyphen-joined units, name particles, and
  // "of"/"for"/"and" inside names of bodies ("Bank of England").
  size_t SequenceEnd(size_t i) const {
    const size_t n = toks_.size();
    size_t end = toks_[i].unit_end;
    bool cue_seen = false;
    for (size_t k = i; k <= end; ++k) cue_seen = cue_seen || IsOrgCue(k) || IsPlaceCue(k);
    bool title_cue = false;
    size_t names_after_title = 0;
    size_t units = 1;
    while (end + 1 < n && (!toks_[end].poss || PossessiveInName(i, end)) && ++units <= kMaxUnits) {
      size_t j = end + 1;
      // "Kurdistan Workers' Party": a plural possessive inside a name.
      if (j + 1 < n && Adjacent(j) && (Text(j) == "'" || Text(j) == "\xE2\x80\x99") &&
          toks_[end].lower.back() == 's' && Joined(j + 1) && T(j + 1).space_before &&
          StartsName(j + 1)) {
        end = toks_[j + 1].unit_end;
        for (size_t k = j + 1; k <= end; ++k) cue_seen = cue_seen || IsOrgCue(k) || IsPlaceCue(k);
        continue;
      }
      if (!Joined(j) || !T(j).space_before) break;
      // "Bashar al-Assad": a particle joined to the next name by a hyphen.
      if (j + 2 < n && toks_[j].word && !toks_[j].cap && IsNameParticle(toks_[j].lower) &&
          IsHyphen(Text(j + 1)) && Adjacent(j + 1) && Adjacent(j + 2) && toks_[j + 2].cap) {
        end = toks_[j + 2].unit_end;
        continue;
      }
      if (StartsName(j)) {
        end = toks_[j].unit_end;
        for (size_t k = j; k <= end; ++k) cue_seen = cue_seen || IsOrgCue(k) || IsPlaceCue(k);
        std::string_view v;
        size_t te;
        // "Secretary of State" joins; "Detective Sergeant Paul Marsden of
        // West Yorkshire Police" is a titled person, then a body.
        if (IsTitle(j, end, &te, &v) && v.find('t') != std::string_view::npos) {
          title_cue = true;
          names_after_title = 0;
        } else if (title_cue) {
          ++names_after_title;
        }
        continue;
      }
      if (!toks_[j].word || toks_[j].cap) break;
      const std::string_view w = toks_[j].lower;
      size_t next = j + 1;
      // "Bank of the West"; but "X and the Y" are two names.
      if (IsEnglishConnector(w) && w != "and" && w != "&" && LowerWord(next, "the") && Joined(next)) ++next;
      // "von der Leyen", "de la Cruz": two particles.
      if (IsNameParticle(w) && next + 1 < n && toks_[next].word && !toks_[next].cap &&
          IsNameParticle(toks_[next].lower) && Joined(next) && Joined(next + 1) && StartsName(next + 1))
        ++next;
      if (next >= n || !Joined(next) || !StartsName(next)) break;
      bool join = IsNameParticle(w);
      if (!join && IsEnglishConnector(w)) {
        // Join when the left part is a body or a title, or the right part
        // ends in an organisation word ("Food and Drug Administration").
        std::string_view v;
        size_t te;
        bool title_left = IsTitle(i, end, &te, &v) && te == end;
        join = cue_seen || (title_cue && names_after_title < 2) || title_left;
        if (!join && toks_[i].unit_end == end) {
          size_t r = next;
          for (size_t steps = 0; r < n && StartsName(r) && Joined(r) && steps < kMaxUnits; ++steps) {
            if (IsOrgCue(r)) join = true;
            if (toks_[r].poss) break;
            r = toks_[r].unit_end + 1;
          }
        }
        // "University of Sheffield of the UK": a country after "of the" is
        // where the body is, not part of its name.
        if (join && next > j + 1) {
          const size_t pe = MatchPhrase(f_.places_, next, next + 6);
          if (pe != SIZE_MAX && (pe + 1 >= n || !StartsName(pe + 1) || !Joined(pe + 1))) join = false;
        }
        if (w == "and" || w == "&") {
          // "Trump and Putin" never joins; "Food and Drug Administration"
          // (one word, and, a body's name) and "Ministry of Trade and
          // Industry" do.
          size_t r = next, last_unit = next;
          for (size_t steps = 0; r < n && StartsName(r) && Joined(r) && steps < kMaxUnits; ++steps) {
            last_unit = r;
            if (toks_[r].poss) break;
            r = toks_[r].unit_end + 1;
          }
          // A sentence-initial "The" or "A" and a country before the body
          // ("the US Food and Drug Administration") are not part of the left side.
          size_t left = i;
          if (In(toks_[left].lower, {"the", "a", "an"}) && toks_[left].unit_end < end)
            left = toks_[left].unit_end + 1;
          size_t word = left;
          if (f_.places_.Contains(toks_[word].lower) && toks_[word].unit_end < end) word = toks_[word].unit_end + 1;
          const bool one_left = toks_[word].unit_end == end;
          join = (one_left && IsOrgCue(last_unit)) || (cue_seen && IsOrgCue(left));
        }
      }
      if (!join) break;
      end = toks_[next].unit_end;
      for (size_t k = next; k <= end; ++k) cue_seen = cue_seen || IsOrgCue(k) || IsPlaceCue(k);
    }
    return end;
  }

  // Drops function words, dates and sentence-initial common words from the
  // run [a, b], and parses what is left.
  void SplitSequence(size_t a, size_t b) {
    size_t seg = SIZE_MAX;  // start of the current segment
    size_t i = a;
    auto flush = [&](size_t last) {
      if (seg == SIZE_MAX) return;
      // Trim connectors from the edges.
      size_t s = seg, e = last;
      while (s <= e && !toks_[s].cap) ++s;
      while (e >= s && e != SIZE_MAX && (!toks_[e].cap || !toks_[e].word)) {
        if (toks_[e].word && !toks_[e].cap && e > s && IsHyphen(Text(e - 1))) break;
        if (e == 0) break;
        --e;
      }
      if (s <= e && e != SIZE_MAX) ParseSegment(s, e);
      seg = SIZE_MAX;
    };
    while (i <= b) {
      if (!toks_[i].cap) {  // connector or hyphen part
        if (seg == SIZE_MAX) {
          ++i;
          continue;
        }
        ++i;
        continue;
      }
      const size_t unit_end = toks_[i].unit_end;
      // A place or title phrase is kept whole ("The Hague", "New York").
      size_t pe = MatchPhrase(f_.places_, i, b);
      bool soft = false, date = false;
      const bool stop = pe == SIZE_MAX && unit_end == i && IsStop(i, &soft, &date);
      if (IsPrefixUnit(i)) date = true;  // dropped like a date word
      const bool first = seg == SIZE_MAX;
      bool drop = false;
      // Function words go at the start of a run; inside one they belong to
      // the name ("James To", "Stand By Me"), except a few that never do.
      if (stop && first && (!soft || toks_[i].initial)) drop = true;
      if (stop && !first && !soft && NeverInName(toks_[i].lower)) drop = true;
      if (date) drop = true;
      // "Grateful for …", "Furious, she left": an adjective opening the
      // sentence, by its ending.
      if (!drop && first && toks_[i].initial && unit_end == i && (i == b || !toks_[i + 1].cap) &&
          toks_[i].lower.size() > 6) {
        for (std::string_view end : {"ful", "ous", "less", "able", "ible"})
          drop = drop || EndsWith(toks_[i].lower, end);
      }
      if (!drop && first && toks_[i].initial && pe == SIZE_MAX && unit_end == i &&
          !toks_[i].acronym && lower_words_.Contains(toks_[i].lower) &&
          !cap_words_.Contains(toks_[i].lower)) {
        // "Thousands of people ..." : the word is written lowercase elsewhere.
        std::string_view v;
        size_t te;
        if (!IsTitle(i, b, &te, &v) && !IsOrgCue(i)) drop = true;
      }
      // "Hospitals in Madrid reported …": a plural of a body word alone.
      if (!drop && first && toks_[i].initial && unit_end == b && !toks_[i].acronym &&
          toks_[i].lower.size() > 4 && toks_[i].lower.back() == 's') {
        const std::string_view w = toks_[i].lower;
        const std::string y_form =
            EndsWith(w, "ies") ? std::string(w.substr(0, w.size() - 3)) + "y" : "";
        drop = f_.org_cues_.Contains(w.substr(0, w.size() - 1)) ||
               (!y_form.empty() && f_.org_cues_.Contains(y_form));
      }
      if (drop) {
        flush(i == 0 ? 0 : i - 1);
        if (i == a) seg = SIZE_MAX;
        i = unit_end + 1;
        continue;
      }
      if (seg == SIZE_MAX) seg = i;
      i = (pe != SIZE_MAX ? std::max(pe, unit_end) : unit_end) + 1;
    }
    flush(b);
  }

  std::string SpanText(size_t a, size_t b) const {
    return std::string(doc_.text.substr(T(a).span.start, toks_[b].name_end - T(a).span.start));
  }

  NameCandidate Make(size_t c, size_t b, size_t mention_start) const {
    NameCandidate cand;
    cand.first = c;
    cand.last = b;
    cand.name = {T(c).span.start, toks_[b].name_end};
    cand.mention = {T(mention_start).span.start, toks_[b].name_end};
    std::string word;
    for (size_t k = c; k <= b; ++k) {
      if (k > c && T(k).space_before) {
        cand.key += ' ';
        cand.words.push_back(word);
        word.clear();
      }
      cand.key += toks_[k].lower;
      word += toks_[k].lower;
    }
    cand.words.push_back(word);
    cand.headline = toks_[c].headline;
    cand.initial = toks_[c].initial;
    return cand;
  }

  // Splits one cleaned segment [a, b] into an optional title chain and the
  // name, and scores the name.
  void ParseSegment(size_t a, size_t b, bool as_modifier = false) {
    // "the London-based Institute for Fiscal Studies": a compound adjective
    // before the name is a name of its own ("London"), not part of it.
    if (b >= a + 3 && toks_[a].unit_end == a + 2 && IsHyphen(Text(a + 1)) && !toks_[a + 2].cap &&
        IsCompoundHead(toks_[a + 2].lower) && toks_[a + 3].cap) {
      ParseSegment(a, a + 2, as_modifier);
      ParseSegment(a + 3, b, as_modifier);
      return;
    }
    // "Warhol-like", "Kremlin-backed": the adjective's head is not a name.
    if (b >= a + 2 && IsHyphen(Text(b - 1)) && !toks_[b].cap && IsCompoundHead(toks_[b].lower)) {
      b -= 2;
      if (toks_[b].poss) return;
    }
    // "Rebecca Ashdown KC", "Tom Hale OBE": honours after a person's name
    // are no part of it.
    if (b >= a + 2 && toks_[b].acronym &&
        In(toks_[b].lower, {"kc", "qc", "sc", "obe", "mbe", "cbe", "kbe", "dbe", "frs"}) &&
        toks_[b - 1].word && toks_[b - 1].cap && !toks_[b - 1].acronym)
      b -= 1;
    // A lone demonym ("Russian", "Afghans") is not a name; before two or
    // three names of a person it describes them ("American Tyler Brooks").
    size_t de;
    if (IsDemonym(a, b, &de)) {
      if (de >= b) return;
      size_t units = 0;
      for (size_t k = de + 1; k <= b; k = toks_[k].unit_end + 1) ++units;
      const bool rest_titled = MatchPhrase(f_.titles_, de + 1, b) != SIZE_MAX;
      if (units >= 2 && units <= 3 && !rest_titled && !AnyCommonWord(de + 1, b) &&
          MatchPhrase(f_.places_, de + 1, b) == SIZE_MAX) {
        bool cue = false;
        for (size_t k = de + 1; k <= b; ++k) cue = cue || IsOrgCue(k) || IsPlaceCue(k);
        if (!cue) {
          ParseSegment(de + 1, b, as_modifier);
          return;
        }
      }
    }
    // A party letter: "R-Texas".
    if (a == b && Text(a).size() == 1 && a + 1 < toks_.size() && IsHyphen(Text(a + 1))) return;
    if (a == b) {
      // Plural titles ("both Presidents") and title modifiers ("Senior
      // researcher X") are not names either.
      const std::string_view w = toks_[a].lower;
      if (f_.modifiers_.Contains(w) && !f_.titles_.Contains(w)) return;
      // "the veteran MP": a role written as an acronym names no one.
      if (f_.titles_.Contains(w) && IsAllCaps(Text(a))) return;
      if (w.size() > 3 && w.back() == 's' && f_.titles_.Contains(w.substr(0, w.size() - 1)))
        return;
    }
    // Title chain: [anything]* TITLE NAME, the title flagged "t".
    size_t title_start = SIZE_MAX, title_end = SIZE_MAX;
    std::string_view title_value;
    for (size_t k = a; k <= b; k = toks_[k].unit_end + 1) {
      size_t te;
      std::string_view v;
      // A role noun capitalised only because it opens the sentence is a
      // title too: "Striker Harry Kane scored".
      if (toks_[k].cap && IsTitle(k, b, &te, &v) &&
          (v.find('t') != std::string_view::npos || (k == a && toks_[k].initial))) {
        // "Detective Chief Inspector X": one title of three.
        if (title_end == SIZE_MAX) title_start = k;
        title_end = te;
        title_value = v;
        k = te;
        if (toks_[k].unit_end > k) k = toks_[k].unit_end;
        if (k >= b) break;
        continue;
      }
      if (title_end != SIZE_MAX) break;  // the name has begun
      if (k + 1 > b) break;
    }
    if (title_end == SIZE_MAX) {
      // "Co-founder of Google": a role noun, a connector and a body.
      size_t te;
      std::string_view v;
      if (IsTitle(a, b, &te, &v) && te < b && toks_[te + 1].word && !toks_[te + 1].cap) {
        title_start = a;
        title_end = te;
        title_value = v;
      }
    }
    if (title_end != SIZE_MAX && title_end >= b) {
      // "the President", "Prime Minister": a title with no name. What
      // precedes it is a name of its own ("Los Angeles" in "Los Angeles
      // Sheriff").
      size_t pe;
      if (title_start > a && !(IsDemonym(a, title_start - 1, &pe) && pe >= title_start - 1))
        ParseSegment(a, title_start - 1, true);
      NameCandidate cand = Make(title_start, b, title_start);
      cand.title_only = true;
      const size_t lw = title_end;
      cand.title_word = toks_[lw].lower;
      cand.role = SpanText(a, b);
      out_.push_back(std::move(cand));
      return;
    }
    size_t c = a;
    if (title_end != SIZE_MAX && title_end + 1 <= b && !toks_[title_end + 1].cap) {
      // "CEO of the Refugee Council Enver Solomon": the body ends at its
      // last organisation or place word; the name follows.
      size_t body_end = SIZE_MAX;
      for (size_t k = title_end + 1; k <= b; ++k) {
        if (IsOrgCue(k) || IsPlaceCue(k)) body_end = k;
        const size_t pe = toks_[k].cap ? MatchPhrase(f_.places_, k, b) : SIZE_MAX;
        if (pe != SIZE_MAX) body_end = k = pe;
      }
      size_t units = 0;
      bool clean = body_end != SIZE_MAX && body_end < b;
      for (size_t k = body_end + 1; clean && k <= b; k = toks_[k].unit_end + 1) {
        if (!toks_[k].cap) clean = false;
        ++units;
      }
      if (!clean && toks_[title_end + 1].word && !toks_[title_end + 1].cap) {
        // "Co-founder of Google": the title and its body, no name.
        size_t bs = title_end + 1;
        while (bs <= b && !toks_[bs].cap) ++bs;
        // "Minister of Education Stefania Giannini": with three words or more
        // after the connector, the last two are the name.
        std::vector<size_t> starts;
        bool plain = bs <= b;
        for (size_t k = bs; k <= b; k = toks_[k].unit_end + 1) {
          if (!toks_[k].cap) plain = false;
          starts.push_back(k);
        }
        // Not after "the": "Director of the National Iodine Study" is a body.
        const bool article = bs >= 1 && toks_[bs - 1].lower == "the";
        if (plain && !article && starts.size() >= 3 && starts.size() <= 4 &&
            !LooksLikeCommonWord(b)) {
          const size_t ns = starts[starts.size() - 2];
          ParseWhole(bs, ns - 1, true);
          NameCandidate cand = Make(ns, b, ns);
          cand.titled = true;
          cand.role = SpanText(a, ns - 1);
          cand.score[kPersonName] += 3;
          Score(&cand, ns, b);
          out_.push_back(std::move(cand));
          return;
        }
        if (bs <= b) {
          const size_t before = out_.size();
          ParseWhole(bs, b, true);
          for (size_t k = before; k < out_.size(); ++k) out_[k].score[kOrgName] += 1;
        }
        NameCandidate cand = Make(title_start, title_end, title_start);
        cand.title_only = true;
        cand.title_word = toks_[title_end].lower;
        cand.role = SpanText(a, b);
        out_.push_back(std::move(cand));
        return;
      }
      if (clean && units >= 1 && units <= 3) {
        size_t bs = title_end + 1;
        while (bs <= body_end && !toks_[bs].cap) ++bs;
        if (bs <= body_end) ParseWhole(bs, body_end, true);
        NameCandidate cand = Make(body_end + 1, b, body_end + 1);
        cand.titled = true;
        cand.role = SpanText(a, body_end);
        cand.score[kPersonName] += 3;
        if (title_value.find('m') != std::string_view::npos) cand.gender = Gender::kMale;
        if (title_value.find('f') != std::string_view::npos) cand.gender = Gender::kFemale;
        Score(&cand, body_end + 1, b);
        out_.push_back(std::move(cand));
        return;
      }
    }
    if (title_end != SIZE_MAX) {
      c = title_end + 1;
      while (c <= b && !toks_[c].cap) ++c;  // "Secretary of State John"
      // "Leader Craig Dunleavy of Grand Junction": after a title and a name
      // of two words or more, "of" starts the name of a place or body.
      for (size_t k = c + 2; k + 1 <= b; ++k) {
        if (toks_[k].word && !toks_[k].cap && toks_[k].lower == "of" && toks_[k + 1].cap &&
            !IsOrgCue(k - 1) && !IsPlaceCue(k - 1)) {
          ParseSegment(a, k - 1, as_modifier);
          ParseSegment(k + 1, b, as_modifier);
          return;
        }
      }
      bool cue = false;
      for (size_t k = c; k <= b; ++k) cue = cue || IsOrgCue(k) || IsPlaceCue(k);
      if (cue || c > b) {  // "Justice Department", "General Assembly"
        c = a;
        title_end = SIZE_MAX;
      }
    }
    if (title_end != SIZE_MAX) {
      // What precedes the title is its own name ("U.S." in "U.S. President").
      if (title_start > a) {
        size_t pe;
        if (!(IsDemonym(a, title_start - 1, &pe) && pe >= title_start - 1))
          ParseSegment(a, title_start - 1, true);
      }
      // "Russian President Vladimir Putin" is highlighted whole (the title
      // says whose office it is); an honorific alone ("President Putin",
      // "Professor Eastman") is not part of the name.
      size_t qe;
      const bool qualified =
          title_start > a && (IsDemonym(a, title_start - 1, &qe) ||
                              MatchPhrase(f_.places_, a, title_start - 1) == title_start - 1);
      NameCandidate cand = Make(c, b, qualified ? a : c);
      cand.titled = true;
      cand.role = SpanText(a, title_end);
      cand.score[kPersonName] += 3;
      if (title_value.find('m') != std::string_view::npos) cand.gender = Gender::kMale;
      if (title_value.find('f') != std::string_view::npos) cand.gender = Gender::kFemale;
      Score(&cand, a, b);
      out_.push_back(std::move(cand));
      return;
    }
    // A known place followed by a two-word name: "United States Hamdullah
    // Mohib" is a place and a person; "New York Yankees" stays one name.
    const size_t pe = MatchPhrase(f_.places_, a, b);
    if (pe != SIZE_MAX && pe < b) {
      size_t units = 0;
      bool cue = false;
      for (size_t k = pe + 1; k <= b; k = toks_[k].unit_end + 1) {
        if (!toks_[k].cap) return ParseWhole(a, b, as_modifier);
        ++units;
        cue = cue || IsOrgCue(k) || IsPlaceCue(k);
        for (size_t u = k; u <= toks_[k].unit_end; ++u) cue = cue || IsOrgCue(u);
      }
      if (units >= 2 && !cue) {
        ParseWhole(a, pe, true);
        ParseWhole(pe + 1, b, as_modifier);
        return;
      }
    }
    ParseWhole(a, b, as_modifier);
  }

  void ParseWhole(size_t a, size_t b, bool as_modifier) {
    NameCandidate cand = Make(a, b, a);
    if (as_modifier) cand.modifier = true;
    Score(&cand, a, b);
    // Split compound place pairs: "Russia-Ukraine war" names two places.
    if (a == b || toks_[a].unit_end == b) {
      bool all_places = toks_[a].unit_end > a;
      for (size_t k = a; k <= b && all_places; k += 2)
        all_places = f_.places_.Contains(toks_[k].lower);
      if (all_places) {
        for (size_t k = a; k <= b; k += 2) {
          NameCandidate part = Make(k, k, k);
          part.score[kPlaceName] += 3;
          out_.push_back(std::move(part));
        }
        return;
      }
    }
    out_.push_back(std::move(cand));
  }

  // Role nouns right before the name: "Kremlin spokesman", "team member",
  // "the company's chief executive". Returns the role's first token or
  // SIZE_MAX; *gender gets the title's gender.
  size_t RoleBefore(size_t m, Gender* gender) const {
    if (m == 0 || !Joined(m)) return SIZE_MAX;
    const size_t k = m - 1;
    if (!toks_[k].word || toks_[k].cap) return SIZE_MAX;
    size_t start = SIZE_MAX;
    std::string_view value;
    for (size_t s = k >= 2 ? k - 2 : 0; s <= k; ++s) {
      std::string_view v;
      if (toks_[s].word && MatchPhrase(f_.titles_, s, k, &v) == k) {
        start = s;
        value = v;
        break;
      }
    }
    if (start == SIZE_MAX) return SIZE_MAX;
    if (value.find('m') != std::string_view::npos) *gender = Gender::kMale;
    if (value.find('f') != std::string_view::npos) *gender = Gender::kFemale;
    // Modifiers and a capitalised owner before the role noun.
    size_t s = start;
    while (s > 0 && Joined(s) && T(s).space_before) {
      const size_t p = s - 1;
      if (toks_[p].word && (!toks_[p].cap || toks_[p].initial) &&
          f_.modifiers_.Contains(toks_[p].lower)) {
        s = p;
        continue;
      }
      if (toks_[p].word && !toks_[p].cap && toks_[p].poss) {  // "the company's"
        s = p;
        break;
      }
      if (toks_[p].cap && !toks_[p].blocked) {
        size_t q = p;
        while (q > 0 && Joined(q) && T(q).space_before && toks_[q - 1].cap) --q;
        bool soft = false, date = false;
        if (IsStop(q, &soft, &date) && q == p) break;
        if (IsStop(q, &soft, &date)) ++q;
        s = q;
        break;
      }
      break;
    }
    return s;
  }

  // "his US counterpart, Donald Trump": a role noun phrase and a comma before
  // the name. Returns the role's first token (after the determiner).
  size_t AppositiveBefore(size_t m, size_t* role_end, Gender* gender) const {
    if (m < 3 || Text(m - 1) != "," || T(m - 1).sentence != T(m).sentence) return SIZE_MAX;
    const size_t end = m - 2;
    size_t k = end;
    if (!toks_[k].word) return SIZE_MAX;
    // "a spokeswoman for the Elysee Palace, Marie Lenoir": skip the body.
    if (toks_[k].cap) {
      size_t q = k;
      for (int steps = 0; steps < 8 && q > 0 && toks_[q - 1].cap && Joined(q); ++steps) --q;
      if (q > 0 && toks_[q - 1].lower == "the") --q;
      if (q < 2 || !toks_[q - 1].word ||
          (toks_[q - 1].lower != "for" && toks_[q - 1].lower != "of" && toks_[q - 1].lower != "at"))
        return SIZE_MAX;
      k = q - 2;
    }
    size_t start = SIZE_MAX;
    std::string_view value;
    for (size_t s = k >= 2 ? k - 2 : 0; s <= k; ++s) {
      if (toks_[s].word && MatchPhrase(f_.titles_, s, k, &value) == k) {
        start = s;
        break;
      }
    }
    if (start == SIZE_MAX) return SIZE_MAX;
    size_t s = start;
    for (int steps = 0; steps < 5 && s > 0 && Joined(s); ++steps) {
      const size_t p = s - 1;
      if (!toks_[p].word) return SIZE_MAX;
      // ... or its owner: "Italy's prime minister, Carla Rossi".
      const bool owner = toks_[p].poss && toks_[p].cap;
      if ((IsDeterminer(toks_[p].lower) && (!toks_[p].cap || toks_[p].initial)) || owner) {
        *role_end = end;
        if (value.find('m') != std::string_view::npos) *gender = Gender::kMale;
        if (value.find('f') != std::string_view::npos) *gender = Gender::kFemale;
        return owner ? p : s;
      }
      s = p;
    }
    return SIZE_MAX;
  }

  // "Alireza Mehraban, the team's coach," : a role after the name.
  size_t AppositiveAfter(size_t b, size_t* role_end) const {
    const size_t n = toks_.size();
    size_t j = b + 1;
    if (j >= n || Text(j) != "," || T(j).sentence != T(b).sentence) return SIZE_MAX;
    ++j;
    if (j >= n || !toks_[j].word) return SIZE_MAX;
    // "X, president of the Y,": with no determiner, only a role of a body.
    const bool det = IsDeterminer(toks_[j].lower);
    if (det) {
      ++j;
    } else if (toks_[j].cap) {
      return SIZE_MAX;
    }
    const size_t start = j;
    for (int steps = 0; steps < 6 && j < n && toks_[j].word && Joined(j); ++steps, ++j) {
      std::string_view v;
      const size_t e = MatchPhrase(f_.titles_, j, j + 3, &v);
      if (e != SIZE_MAX) {
        size_t end = e;
        // "…, the prosecutor said": an attribution, no role of the name
        // before it.
        if (end + 1 < n && toks_[end + 1].word && f_.verbs_.Contains(toks_[end + 1].lower)) return SIZE_MAX;
        // Only the head noun counts: "the party leader" ends at "leader".
        if (end + 1 < n && toks_[end + 1].word && !toks_[end + 1].cap &&
            !IsEnglishConnector(toks_[end + 1].lower) && toks_[end + 1].lower != "at" &&
            toks_[end + 1].lower != "who") {
          std::string_view v2;
          if (MatchPhrase(f_.titles_, end + 1, end + 3, &v2) == SIZE_MAX) return SIZE_MAX;
          continue;
        }
        // "of the Foreign Ministry", "at Google"
        bool of_body = false;
        if (end + 2 < n && (toks_[end + 1].lower == "of" || toks_[end + 1].lower == "at" ||
                            toks_[end + 1].lower == "for")) {
          size_t q = end + 2;
          if (LowerWord(q, "the")) ++q;
          if (q < n && StartsName(q)) {
            size_t qe = q;
            while (qe + 1 < n && StartsName(qe + 1) && Joined(qe + 1) && !toks_[qe].poss) ++qe;
            end = qe;
            of_body = true;
          }
        }
        if (!det && !of_body) return SIZE_MAX;
        *role_end = end;
        return start;
      }
      // Up to two other nouns may qualify the role ("operations director").
      if (!toks_[j].cap && !f_.modifiers_.Contains(toks_[j].lower) && !toks_[j].poss &&
          !f_.demonyms_.Contains(toks_[j].lower) && (j - start >= 2 || IsStop(j)))
        return SIZE_MAX;
    }
    return SIZE_MAX;
  }

  // A capitalised word that is probably an ordinary one: written lowercase
  // elsewhere in the text, listed as common, a plural, or with an adjective,
  // participle or gerund ending ("Islamic", "Leaving", "Polaroids").
  bool LooksLikeCommonWord(size_t i) const {
    const std::string_view w = toks_[i].lower;
    if (f_.common_.Contains(w)) return true;
    if (toks_[i].acronym) return false;
    if (lower_words_.Contains(w)) return true;
    if (w.size() > 3 && w.back() == 's') {
      // A plural when the singular is in the text too ("Polaroids").
      const std::string_view one = w.substr(0, w.size() - 1);
      if (lower_words_.Contains(one) || cap_words_.Contains(one) || f_.common_.Contains(one)) return true;
    }
    for (std::string_view end : {"ing", "ed", "ic", "ics", "ist", "ian", "ous", "ive", "al", "ish"}) {
      if (w.size() > end.size() + 2 && w.compare(w.size() - end.size(), end.size(), end) == 0)
        return true;
    }
    return false;
  }

  bool AnyCommonWord(size_t c, size_t b) const {
    for (size_t k = c; k <= b; k = toks_[k].unit_end + 1)
      if (toks_[k].word && LooksLikeCommonWord(k)) return true;
    return false;
  }

  static bool NeverInName(std::string_view w) {
    return w == "image" || w == "photo" || w == "caption" || w == "i" || w == "the" ||
           w == "a" || w == "an" || w == "he" || w == "she" || w == "it" || w == "they" ||
           w == "we" || w == "you" || w == "his" || w == "her" || w == "their" ||
           w == "this" || w == "that" || w == "but" || w == "and" || w == "or" ||
           w == "if" || w == "when" || w == "while" || w == "because" || w == "after" ||
           w == "before" || w == "as" || w == "is" || w == "was" || w == "are" ||
           w == "were" || w == "said" || w == "according";
  }

  static bool IsStaffNoun(std::string_view w) {
    static constexpr std::string_view kStaff[] = {
        "analysts", "analyst", "officials", "official", "researchers", "researcher",
        "economists", "economist", "scientists", "scientist", "experts", "engineers",
        "executives", "executive", "staff", "employees", "employee", "workers",
        "doctors", "sources", "strategists", "strategist", "spokesperson", "colleagues",
        "managers", "students", "professor", "lecturer", "director", "chief", "head"};
    return std::find(std::begin(kStaff), std::end(kStaff), w) != std::end(kStaff);
  }
  // Nouns for a work that has a title: "the novel", "her debut album".
  static bool IsWork(std::string_view w) {
    static constexpr std::string_view kNouns[] = {
        "novel", "book", "memoir", "film", "movie", "documentary", "album", "song", "single",
        "play", "musical", "opera", "series", "show", "podcast", "poem", "painting", "sculpture",
        "exhibition", "game", "novella", "biography"};
    return std::find(std::begin(kNouns), std::end(kNouns), w) != std::end(kNouns);
  }
  static bool IsInstrument(std::string_view w) {
    static constexpr std::string_view kNouns[] = {
        "act", "bill", "treaty", "accord", "accords", "agreement", "convention", "conventions",
        "protocol", "directive", "charter", "amendment", "doctrine"};
    return std::find(std::begin(kNouns), std::end(kNouns), w) != std::end(kNouns);
  }
  static bool IsSettlementNoun(std::string_view w) {
    static constexpr std::string_view kNouns[] = {
        "town", "city", "village", "province", "region", "district", "county", "state",
        "prefecture", "governorate", "oblast", "municipality", "suburb", "neighbourhood",
        "neighborhood", "island", "islands", "capital", "port", "hamlet", "borough", "parish"};
    return std::find(std::begin(kNouns), std::end(kNouns), w) != std::end(kNouns);
  }
  // "parts of", "the outskirts of": a stretch of a place.
  static bool IsAreaNoun(std::string_view w) {
    return w == "part" || w == "parts" || w == "area" || w == "areas" || w == "outskirts" ||
           w == "north" || w == "south" || w == "east" || w == "west" || w == "provinces" ||
           w == "regions" || w == "towns" || w == "cities" || w == "villages";
  }
  static bool IsCompassAdjective(std::string_view w) {
    return w == "northern" || w == "southern" || w == "eastern" || w == "western" ||
           w == "central" || w == "northeastern" || w == "northwestern" ||
           w == "southeastern" || w == "southwestern";
  }
  static bool IsStakeNoun(std::string_view w) {
    return w == "shares" || w == "stake" || w == "stakes" || w == "investment" ||
           w == "investments" || w == "invest" || w == "invested" || w == "interest" ||
           w == "holding" || w == "holdings" || w == "stock";
  }

  static bool IsCompoundHead(std::string_view w) {
    static constexpr std::string_view kHeads[] = {
        "like", "based", "led", "backed", "born", "style", "era", "owned", "run",
        "made", "funded", "linked", "related", "affiliated", "controlled", "aligned",
        "friendly", "sponsored", "type", "bound", "centric", "inspired", "themed",
        "brokered", "speaking", "occupied", "held", "allied", "leaning", "dominated",
        "supported", "specific", "wide", "language", "registered", "flagged", "designed",
        "nominated", "winning", "area"};
    return std::find(std::begin(kHeads), std::end(kHeads), w) != std::end(kHeads);
  }

  bool IsCompass(size_t i) const {
    static constexpr std::string_view kCompass[] = {
        "north", "south", "east", "west", "central", "northern", "southern",
        "eastern", "western", "greater", "upper", "lower", "northeast", "northwest",
        "southeast", "southwest", "metro"};
    return toks_[i].cap && std::find(std::begin(kCompass), std::end(kCompass), toks_[i].lower) !=
                               std::end(kCompass);
  }

  bool InCountryOrState(size_t b) const {
    const size_t n = toks_.size();
    if (toks_[b].poss || b + 2 >= n || Text(b + 1) != "," || !Joined(b + 2) || !toks_[b + 2].cap)
      return false;
    std::string_view kind;
    const size_t e = MatchPhrase(f_.places_, b + 2, b + 5, &kind);
    if (e == SIZE_MAX || toks_[e].poss || (kind != "country" && kind != "state")) return false;
    // The whole next name and the end of the phrase: not "Japan Airlines",
    // "the World Cup, Sweden defeated", "Gomez, Panama coach".
    return e + 1 >= n || T(e + 1).sentence != T(e).sentence || !toks_[e + 1].word;
  }

  // A country playing a match is a team: "Sweden defeated South Korea 1 – 0",
  // "Tunisia's goalkeeper", "a goal for Belgium".
  bool IsTeamContext(size_t a, size_t b) const {
    static constexpr std::string_view kAfter[] = {
        "defeated", "beat", "beats", "faced", "faces", "won", "wins", "lost", "drew",
        "scored", "thrashed", "edged", "eliminated", "qualified", "advanced", "winning",
        "losing", "draws", "equalised", "equalized", "led", "trailed"};
    static constexpr std::string_view kBefore[] = {"against", "defeated", "beat", "faced",
                                                    "versus", "vs", "v", "for", "putting"};
    static constexpr std::string_view kOwned[] = {
        "goalkeeper", "coach", "captain", "striker", "squad", "team", "players",
        "defender", "midfielder", "keeper", "manager", "fans", "defence", "defense",
        "attack", "goal", "lead", "supporters", "forward", "winger"};
    auto in = [](const auto& list, std::string_view w) {
      return std::find(std::begin(list), std::end(list), w) != std::end(list);
    };
    // "Daniel Kiptoo of Kenya won": a runner's country, not a team.
    if (a > 0 && toks_[a - 1].lower == "of") return false;
    const size_t n = toks_.size();
    if (b + 1 < n && toks_[b + 1].word && in(kAfter, toks_[b + 1].lower)) return true;
    if (b + 1 < n && T(b + 1).kind == TokenKind::kNumber && !toks_[b].poss) return true;
    if (toks_[b].poss && b + 1 < n && toks_[b + 1].word && in(kOwned, toks_[b + 1].lower))
      return true;
    if (a > 0 && T(a - 1).kind == TokenKind::kNumber) return true;
    if (a > 0 && toks_[a - 1].word && in(kBefore, toks_[a - 1].lower) &&
        toks_[a - 1].lower != "for")
      return true;
    // "a goal for Belgium", "the lead for Belgium"
    if (a > 2 && toks_[a - 1].lower == "for" &&
        (in(kOwned, toks_[a - 2].lower) || in(kOwned, toks_[a - 3].lower)))
      return true;
    return false;
  }

  // Adds the evidence of the name's own words and of its context.
  void Score(NameCandidate* cand, size_t mention_start, size_t b) {
    const size_t c = cand->first;
    const size_t n = toks_.size();
    size_t units = 0;
    bool org_cue = false, acronym = toks_[c].acronym && toks_[c].unit_end == b;
    for (size_t k = c; k <= b; k = toks_[k].unit_end + 1) {
      if (toks_[k].cap || (toks_[k].unit_end > k && IsNameParticle(toks_[k].lower))) ++units;
      for (size_t u = k; u <= toks_[k].unit_end; ++u) org_cue = org_cue || IsOrgCue(u);
    }
    // "Hong Kong Island", "Fisht Stadium"; "Camp David", "Lake Tana",
    // "Plaza San Martín".
    const bool place_cue =
        units >= 2 && (IsPlaceCue(b) || In(toks_[c].lower, {"camp", "lake", "mount", "mt", "mt.",
                                                             "fort", "cape", "plaza", "piazza",
                                                             "avenida", "calle", "rue"}));
    std::string_view place_kind;
    const size_t pe = MatchPhrase(f_.places_, c, b, &place_kind);
    bool place = pe == b;
    if (!place && units >= 2) {
      // "Kowloon West", "East Los Angeles": a compass word and a place.
      size_t s = c, e = b;
      if (IsCompass(s) && toks_[s].unit_end < b) s = toks_[s].unit_end + 1;
      if (IsCompass(e) && e > s) e = e - 1;
      place = (s != c || e != b) && MatchPhrase(f_.places_, s, e) == e;
    }
    if (place) cand->score[kPlaceName] += 3;
    // "TalentSift", "ValuMart": a word capitalised inside is a brand, not a
    // person's name ("McLeish", "DeShawn", "LaToya" are).
    for (size_t k = c; k <= b; ++k) {
      const std::string_view w = Text(k);
      size_t inner = 0;
      // (not a run of words such as the hashtag "IStandWithAhmed")
      for (size_t i = 2; i + 1 < w.size() && !inner && !(w[1] >= 'A' && w[1] <= 'Z'); ++i)
        if (w[i] >= 'A' && w[i] <= 'Z' && w[i - 1] >= 'a' && w[i - 1] <= 'z' && w[i + 1] >= 'a' && w[i + 1] <= 'z')
          inner = i;
      if (inner && !In(toks_[k].lower.substr(0, inner), {"mc", "mac", "de", "di", "da", "du", "la", "le", "van",
                                                          "von", "fitz", "del", "della", "st"})) {
        cand->score[kOrgName] += 2.5f;
        break;
      }
    }
    // "Memphis Ironclads", "Leeds Rhinos": a city and a plural is a team
    // (not "Washington Heights", "Palm Springs").
    if (!place && units >= 2 && toks_[b].cap && !toks_[b].acronym && toks_[b].lower.size() > 4 &&
        toks_[b].lower.back() == 's' && !EndsWith(toks_[b].lower, "ss") && b > c &&
        MatchPhrase(f_.places_, c, b - 1) == b - 1 &&
        !In(toks_[b].lower, {"heights", "springs", "falls", "hills", "gardens", "islands", "isles", "lakes",
                             "mountains", "rapids", "woods", "highlands", "lowlands", "plains", "keys",
                             "sands", "shores", "flats", "meadows", "fields", "downs", "cliffs", "banks",
                             "towers", "docks", "villages", "territories", "provinces", "states", "lands"}))
      cand->score[kOrgName] += 3;
    // "ranked No. 3": a number sign.
    if (c == b && (toks_[c].lower == "no" || toks_[c].lower == "no.") && b + 1 < n &&
        T(b + 1).kind == TokenKind::kNumber)
      cand->score[kOtherName] += 4;
    // "Digital Services Act", "Paris Agreement": a law or a pact, whatever
    // body or place it names.
    if (units >= 2 && IsInstrument(toks_[b].lower)) cand->score[kOtherName] += 4;
    // "a post on X": the platform, a company.
    if (c == b && Text(c) == "X" && mention_start > 0 && In(toks_[mention_start - 1].lower, {"on", "via"}))
      cand->score[kOrgName] += 4;
    // "Typhoon Dalisay", "Hurricane Ida": a storm, named like a person.
    if (units >= 2 && In(toks_[c].lower, {"typhoon", "hurricane", "cyclone", "storm", "tropical"}))
      cand->score[kOtherName] += 4;
    // "West End", "North Shore": two words, a compass word first, name a
    // part of a place.
    // ("Kanye West", "Oliver North": a compass word second may be a surname.)
    if (!place && units == 2 && IsCompass(c) && !org_cue && !f_.common_.Contains(toks_[b].lower))
      cand->score[kPlaceName] += 1.5f;
    // "Aceh, Indonesia", "KRAMATORSK, Ukraine", "Paris, Texas": a name placed
    // in a country or state is a place.
    if (!place && InCountryOrState(b)) cand->score[kPlaceName] += 3.5f;
    // A news organisation or company the gazetteers know ("Reuters", "Al
    // Jazeera", "Morgan Stanley"); a short one only in capitals ("AP", not
    // "Ap").
    // "Kenya Red Cross", "British Red Cross": a country's branch of one.
    size_t known = c;
    if (units >= 2 && toks_[c].unit_end < b &&
        (f_.places_.Contains(toks_[c].lower) || f_.demonyms_.Contains(toks_[c].lower)))
      known = toks_[c].unit_end + 1;
    if (!place &&
        (MatchPhrase(f_.outlets_, c, b) == b || MatchPhrase(f_.companies_, known, b) == b) &&
        (c != b || toks_[c].lower.size() > 4 || toks_[c].acronym))
      cand->score[kOrgName] += 3;
    if (place_cue) cand->score[kPlaceName] += 2.5f;
    // "St. Brennan's", "Saint Luke's": a saint's name is a hospital, school
    // or church when owned, else a place ("St. Kilda"); never a person.
    if (units >= 2 && !org_cue && In(toks_[c].lower, {"st", "st.", "saint"}))
      cand->score[toks_[b].poss ? kOrgName : kPlaceName] += 3;
    // A name the gazetteer knows whole ("United States", "United Arab
    // Emirates") is a place even with an organisation word inside.
    if (org_cue && !place) cand->score[kOrgName] += place_cue ? 1.5f : (units >= 2 ? 3 : 2);
    // "PLEASE HELP", "WATER AND FOOD": words of the text written in capitals
    // (a sign, a headline) are no name.
    bool shouted = !place && toks_[c].acronym, known_word = false;
    for (size_t k = c; k <= b && shouted; ++k) {
      if (!toks_[k].word) continue;
      shouted = toks_[k].acronym && (toks_[k].lower.size() >= 4 || IsEnglishConnector(toks_[k].lower));
      known_word = known_word || (toks_[k].lower.size() >= 4 && (lower_words_.Contains(toks_[k].lower) ||
                                                                f_.common_.Contains(toks_[k].lower)));
    }
    shouted = shouted && known_word;
    if (shouted) {
      acronym = false;
      cand->score[kOtherName] += 2;
    }
    if (acronym && !place) {
      // "IE6", "VIP", "XVII": versions, common abbreviations, numerals.
      bool digit = false, roman = true;
      for (char ch : toks_[c].lower) {
        digit = digit || (ch >= '0' && ch <= '9');
        roman = roman && std::string_view("ivxlcdm").find(ch) != std::string_view::npos;
      }
      if (digit || roman || f_.common_.Contains(toks_[c].lower)) {
        acronym = false;
        cand->score[kOtherName] += 1;
      } else {
        cand->score[kOrgName] += 2;
      }
    }
    if (!place && !place_cue && !org_cue && !acronym) {
      // A place, demonym or acronym inside ("Malaysia Tourism", "Afghan
      // Girls", "UNC Greensboro") makes a body more likely than a person.
      bool bodyish = pe != SIZE_MAX;
      size_t de;
      // ("American Tyler Brooks" is a person described by nationality.)
      bodyish = bodyish || (IsDemonym(c, b, &de) && de < b && AnyCommonWord(de + 1, b));
      for (size_t k = c; k <= b && units >= 2; k = toks_[k].unit_end + 1) {
        bodyish = bodyish || (toks_[k].acronym && toks_[k].lower.size() >= 2 &&
                              toks_[k].lower.find('.') == std::string::npos);
        // "Metro Denver Crime Stoppers": a place inside a longer name.
        bodyish = bodyish || (units >= 3 && k > c && MatchPhrase(f_.places_, k, toks_[k].unit_end) ==
                                                         toks_[k].unit_end);
      }
      // "Statistics Iceland", "Elections Canada": a word of the language,
      // then a country ("Michael Jordan" has a first name first).
      bool national = false;
      if (units >= 2 && LooksLikeCommonWord(c)) {
        for (size_t k = toks_[c].unit_end + 1; k <= b && !national; k = toks_[k].unit_end + 1) {
          std::string_view kind;
          national = MatchPhrase(f_.places_, k, b, &kind) == b && kind == "country";
        }
      }
      bool common = false;
      for (size_t k = c; k <= b && units >= 2; ++k)
        common = common || (toks_[k].word && f_.common_.Contains(toks_[k].lower)) ||
                 (toks_[k].word && !toks_[k].cap && IsEnglishConnector(toks_[k].lower));
      if (national) {
        cand->score[kOrgName] += 1.5f;  // outweighs "from" or "in" before it
      } else if (bodyish) {
        cand->score[kOrgName] += 0.5f;
      } else if (common && units <= 3) {
        cand->score[kOtherName] += 0.5f;
      } else if (units >= 2 && (units <= 3 || (units == 4 && !common && !AnyCommonWord(c, b)))) {
        // Four names of people: "Andrés Manuel López Obrador", not "Dow
        // Jones Industrial Average".
        cand->score[kPersonName] += 1;
      } else if (units >= 4) {
        cand->score[kOtherName] += 1;
      } else if (units == 1 && !LooksLikeCommonWord(b)) {
        // A lone unknown word that is not a known person's surname is most
        // often a company or body ("Microsoft", "Wikinews").
        cand->score[kOrgName] += 0.3f;
      }
    }
    // "Professor Ana Ruiz of Karolinska Institutet", "Tom Hale at Norbank":
    // a name right after a titled person and "of"/"at" is where they work.
    if (!place && !place_cue && !org_cue && mention_start >= 2 && !out_.empty() &&
        In(toks_[mention_start - 1].lower, {"of", "at"}) && out_.back().last + 2 == mention_start &&
        out_.back().titled && out_.back().score[kPersonName] >= 3)
      cand->score[kOrgName] += 2.5f;  // outweighs the verb after it: that is the person's
    if (place && place_kind == "country") cand->team = IsTeamContext(cand->first, b);
    // Before the name: a role, an organisation noun, a place preposition.
    Gender g = Gender::kUnknown;
    size_t rs = RoleBefore(mention_start, &g);
    if (rs != SIZE_MAX) {
      cand->titled = true;
      cand->score[kPersonName] += 3;
      if (g != Gender::kUnknown) cand->gender = g;
      cand->role = SpanText(rs, cand->role.empty() ? mention_start - 1 : cand->last)
                       .substr(0);
      if (mention_start < c) {
        // Lowercase role + capitalised title: "former President".
        cand->role = std::string(doc_.text.substr(
            T(rs).span.start, T(c).span.start - T(rs).span.start));
        while (!cand->role.empty() && cand->role.back() == ' ') cand->role.pop_back();
      } else {
        cand->role = SpanText(rs, mention_start - 1);
      }
    }
    size_t role_end = SIZE_MAX;
    if (rs == SIZE_MAX && !place) {
      Gender ag = Gender::kUnknown;
      const size_t as = AppositiveBefore(mention_start, &role_end, &ag);
      if (as != SIZE_MAX) {
        if (ag != Gender::kUnknown) cand->gender = ag;
        cand->titled = true;
        cand->score[kPersonName] += 3;
        if (cand->role.empty()) cand->role = SpanText(as, role_end);
      }
    }
    // "the charity, Little Lanterns,", "the band, Neon Hearts,": a body's
    // noun in apposition before the name.
    if (rs == SIZE_MAX && !place && mention_start >= 3 && Text(mention_start - 1) == "," &&
        toks_[mention_start - 2].word && !toks_[mention_start - 2].cap &&
        T(mention_start - 1).sentence == T(mention_start).sentence) {
      std::string_view v;
      const size_t noun = mention_start - 2;
      if (MatchPhrase(f_.org_context_, noun, noun, &v) == noun || f_.org_cues_.Contains(toks_[noun].lower)) {
        // (Not the object of a preposition: "a spokeswoman for the company,
        // X," and "In the gallery, X," name a person.)
        const size_t det = noun - 1;
        const bool governed = det > 0 && toks_[det - 1].word &&
                              In(toks_[det - 1].lower, {"for", "of", "in", "at", "on", "with", "from", "to", "by",
                                                        "inside", "outside", "near"});
        if (toks_[det].word && (IsDeterminer(toks_[det].lower) || toks_[det].poss) && !governed)
          cand->score[kOrgName] += 3;
      }
    }
    if (mention_start > 0 && Joined(mention_start)) {
      // "news agency Reuters", "outlet X"
      for (size_t s = mention_start >= 3 ? mention_start - 3 : 0; s < mention_start; ++s) {
        std::string_view v;
        if (toks_[s].word && !toks_[s].cap &&
            MatchPhrase(f_.org_context_, s, mention_start - 1, &v) == mention_start - 1) {
          cand->score[kOrgName] += 3;
          // The description is its role: "news agency", "Russian news outlet".
          size_t rs = s;
          size_t de;
          if (rs > 0 && Joined(rs) && toks_[rs - 1].cap &&
              (IsDemonym(rs - 1, rs - 1, &de) || f_.places_.Contains(toks_[rs - 1].lower)))
            --rs;
          if (cand->role.empty()) cand->role = SpanText(rs, mention_start - 1);
          break;
        }
      }
      size_t p = mention_start - 1;
      if (toks_[p].lower == "the" && p > 0) {
        if (!toks_[b].poss && units == 1 && !place && !LooksLikeCommonWord(b))
          cand->score[kOrgName] += 0.75f;
        --p;
      }
      // "analysts at Goldman Sachs", "officials at X": a workplace.
      if (toks_[p].lower == "at" && p > 0 && !place && IsStaffNoun(toks_[p - 1].lower))
        cand->score[kOrgName] += 2.5f;
      // "shares in X", "a stake in X" are not places.
      const bool financial = toks_[p].lower == "in" && p > 0 && IsStakeNoun(toks_[p - 1].lower);
      if (toks_[p].word && IsLocative(toks_[p].lower) && !toks_[b].poss && !financial &&
          !(units == 1 && !place && LooksLikeCommonWord(b))) {
        cand->locative = true;
        // "near X", "across X", "around X" hardly ever name a person or a body.
        const bool spatial = In(toks_[p].lower, {"near", "across", "throughout", "around", "outside"});
        // "travel to X", "moved to X": a journey's end is a place.
        const bool journey = toks_[p].lower == "to" && p > 0 &&
                             In(toks_[p - 1].lower, {"travel", "travels", "travelled", "traveled", "moved",
                                                     "flew", "returned", "headed", "evacuated", "drove"});
        cand->score[kPlaceName] += journey ? 1.5f : toks_[p].lower == "to" ? 0.25f : spatial ? 2.5f : 1.0f;
      }
      // "the town of Bayombong", "parts of Andalusia", "northern Luzon".
      if (!toks_[b].poss && toks_[p].word && !toks_[p].cap &&
          ((toks_[p].lower == "of" && p > 0 && toks_[p - 1].word &&
            (IsSettlementNoun(toks_[p - 1].lower) || IsAreaNoun(toks_[p - 1].lower) ||
             In(toks_[p - 1].lower, {"residents", "people", "outside", "streets", "mayor"}))) ||
           (p == mention_start - 1 && IsCompassAdjective(toks_[p].lower)))) {
        cand->locative = true;
        cand->score[kPlaceName] += 3;
      }
      // "Seville, Córdoba and Jaén": a list that holds a known place.
      if (units == 1 && !place && !toks_[b].poss) {
        for (size_t q = p, steps = 0;
             q > 0 && steps < 6 && toks_[q - 1].cap &&
             (Text(q) == "," || toks_[q].lower == "and" || toks_[q].lower == "or");
             q -= 2, ++steps) {
          // (or one this text has just shown to be a place: "the towns of
          // Pandan and Bagamanoc")
          const bool shown = !out_.empty() && out_.back().last == q - 1 &&
                             out_.back().score[kPlaceName] >= 3 &&
                             out_.back().score[kPlaceName] > out_.back().score[kOrgName];
          if (shown || MatchPhrase(f_.places_, q - 1, q - 1) == q - 1) {
            cand->score[kPlaceName] += 2;
            break;
          }
          if (q < 2) break;
        }
      }
    }
    // "Darren Hale, of Pontefract, denies …", "Hale, 58, of Pontefract,": a
    // person's home town.
    const size_t owner_end = c >= 5 && T(c - 3).kind == TokenKind::kNumber && Text(c - 4) == "," ? c - 5 : c - 3;
    if (!place && !org_cue && mention_start == c && c >= 3 && toks_[c - 1].lower == "of" &&
        Text(c - 2) == "," && !out_.empty() && out_.back().last == owner_end &&
        out_.back().score[kOrgName] < 3 && out_.back().score[kPlaceName] < 3 && !toks_[b].poss)
      cand->score[kPlaceName] += 2;
    // "the Kingston-based body": where a body is based is a place.
    if (b + 2 < n && IsHyphen(Text(b + 1)) && Adjacent(b + 1) && Adjacent(b + 2) &&
        In(toks_[b + 2].lower, {"based", "headquartered"}))
      cand->score[kPlaceName] += 3;
    // "in Nueva Vizcaya province", "Washington state", "the Guadalquivir
    // valley".
    if (b + 1 < n && Joined(b + 1) && !toks_[b].poss && toks_[b + 1].word && !toks_[b + 1].cap &&
        (IsSettlementNoun(toks_[b + 1].lower) ||
         In(toks_[b + 1].lower, {"valley", "river", "basin", "delta", "peninsula", "coast"})))
      cand->score[kPlaceName] += 2.5f;
    // After the name: an organisation noun, a role noun it owns, a verb of
    // saying, an appositive role, an acronym in brackets.
    size_t j = b + 1;
    if (j < n && Joined(j) && !toks_[b].poss) {
      std::string_view v;
      if (toks_[j].word && !toks_[j].cap && MatchPhrase(f_.org_context_, j, j + 2, &v) != SIZE_MAX)
        cand->score[kOrgName] += 2;
      size_t te;
      // "Facebook co-founder X", "Harlequins director of rugby X": a body
      // before a role it owns.
      if (toks_[j].word && !toks_[j].cap && IsTitle(j, j + 2, &te, &v) && !place) {
        if (te + 3 < n && toks_[te + 1].lower == "of" && toks_[te + 2].word && !toks_[te + 2].cap)
          te += 2;  // "director of rugby"
        if (te + 1 < n && Joined(te + 1) && StartsName(te + 1)) {
          cand->modifier = true;
          cand->score[kOrgName] += 1.5f;
        } else if (mention_start == c && c > 0 && toks_[c - 1].lower == "the" &&
                   (b > c || !LooksLikeCommonWord(c))) {
          // "The Helios Racing driver started fourth": the team the role
          // belongs to.
          cand->score[kOrgName] += 2;
        }
      }
      // "Virac Mayor Ramon Tabuzo": a mayor's or governor's title names a place.
      if (toks_[j].word && toks_[j].cap && In(toks_[j].lower, {"mayor", "governor"}) && j + 1 < n &&
          Joined(j + 1) && StartsName(j + 1) && !org_cue)
        cand->score[kPlaceName] += 2.5f;
      size_t vj = j;
      if (toks_[vj].word && !toks_[vj].cap && vj + 1 < n && toks_[vj].lower.size() > 3 &&
          (toks_[vj].lower.compare(toks_[vj].lower.size() - 2, 2, "ly") == 0 ||
           toks_[vj].lower == "also" || toks_[vj].lower == "further" ||
           toks_[vj].lower == "later" || toks_[vj].lower == "then"))
        ++vj;
      if (toks_[vj].word && f_.verbs_.Contains(toks_[vj].lower)) {
        cand->speaker = true;
        if (units >= 2 && !org_cue && !place) cand->score[kPersonName] += 1;
      }
    }
    size_t ae = SIZE_MAX;
    const size_t as = AppositiveAfter(b, &ae);
    if (as != SIZE_MAX && !place) {
      cand->titled = true;
      cand->score[kPersonName] += 3;
      if (cand->role.empty()) cand->role = SpanText(as, ae);
    }
    if (j + 2 < n && Text(j) == "(" && toks_[j + 1].acronym && Text(j + 2) == ")")
      cand->acronym_of = toks_[j + 1].lower;
    // "The Salt Orchard, the novel that …", "Low Tide, her first play": a
    // work, named like a person or a place.
    if (j + 2 < n && Text(j) == "," && toks_[j + 1].word && IsDeterminer(toks_[j + 1].lower)) {
      size_t w = j + 2;
      while (w + 1 < n && w < j + 5 && toks_[w].word && !toks_[w].cap && !IsWork(toks_[w].lower)) ++w;
      if (w < n && toks_[w].word && IsWork(toks_[w].lower)) cand->score[kOtherName] += 5;
    }
    // "…, said Mauer.": a lone name after an inverted "said" is a person's.
    if (units == 1 && !place && !org_cue && !acronym && mention_start == c && c > 0 &&
        toks_[c - 1].word && !toks_[c - 1].cap && (toks_[c - 1].lower == "said" || toks_[c - 1].lower == "says") &&
        (j >= n || Text(j) == "," || Text(j) == ".")) {
      cand->speaker = true;
      cand->score[kPersonName] += 1;
    }
    if (cand->modifier && !place && !cand->titled) cand->score[kOrgName] += 0.5f;
    // "Housing Minister X", "Board member X", "Emergency Services Minister
    // X": words of the language before a title name a portfolio, no body.
    bool portfolio = cand->modifier && !place && !acronym;
    for (size_t k = c; k <= b && portfolio; ++k)
      portfolio = !toks_[k].word || (!toks_[k].acronym && !IsOrgCue(k) &&
                                     (f_.common_.Contains(toks_[k].lower) || lower_words_.Contains(toks_[k].lower)));
    if (portfolio) {
      cand->score[kOtherName] += cand->score[kOrgName] + cand->score[kPersonName] + 1;
      cand->score[kOrgName] = cand->score[kPersonName] = 0;
    }
    // "Norwegian Fisheries Minister X": a nationality and a portfolio before
    // a title name no person.
    size_t dem_end;
    if (cand->modifier && !place && IsDemonym(c, b, &dem_end) && dem_end < b) {
      cand->score[kOtherName] += cand->score[kPersonName];
      cand->score[kPersonName] = 0;
    }
    // "The Salt Orchard", "the Kremlin": no person's name follows "the"
    // (unless a title does: "the late President X").
    // "the Tom Cruise video" is a person's name modifying a noun.
    const size_t before = mention_start > 0 ? mention_start - 1 : c;
    const bool modifies = b + 1 < n && Joined(b + 1) && toks_[b + 1].word && !toks_[b + 1].cap &&
                          !f_.verbs_.Contains(toks_[b + 1].lower) && !IsEnglishConnector(toks_[b + 1].lower);
    if ((toks_[c].lower == "the" && c < b) ||
        (before < c && toks_[before].lower == "the" && !cand->titled &&
         (!modifies || (Text(before) == "The" && !toks_[before].initial)))) {
      cand->score[kOtherName] += cand->score[kPersonName];
      cand->score[kPersonName] = 0;
    }
  }

  const NameFinder& f_;
  const Document& doc_;
  std::vector<Tok> toks_;
  mutable std::string phrase_;  // MatchPhrase's buffer
  WordSet lower_words_;
  WordSet cap_words_;
  std::vector<NameCandidate> out_;
};

NameFinder::NameFinder(const Lexicons& lexicons)
    : titles_(lexicons.Get("person_titles")),
      modifiers_(lexicons.Get("title_modifiers")),
      places_(lexicons.Get("places")),
      place_cues_(lexicons.Get("place_cues")),
      demonyms_(lexicons.Get("demonyms")),
      org_cues_(lexicons.Get("org_cues")),
      org_context_(lexicons.Get("org_context")),
      outlets_(lexicons.Get("news_outlets")),
      companies_(lexicons.Get("companies")),
      stops_(lexicons.Get("stop_capitalised")),
      verbs_(lexicons.Get("statement_verbs")),
      common_(lexicons.Get("common_words")) {}

std::vector<NameCandidate> NameFinder::Find(const Document& doc) const {
  NameScan scan(*this, doc);
  std::vector<NameCandidate> found = scan.Run();
  // Candidates are large: sort their indices, then move each once.
  std::vector<uint32_t> order(found.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = static_cast<uint32_t>(k);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
    return found[x].mention.start < found[y].mention.start;
  });
  std::vector<NameCandidate> out;
  out.reserve(found.size());
  for (uint32_t k : order) out.push_back(std::move(found[k]));
  return out;
}

}  // namespace explainer
