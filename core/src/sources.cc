#include "sources.h"

#include <algorithm>
#include <string>

#include "entities.h"
#include "speech_tokens.h"
#include "text.h"

namespace explainer {
namespace {

// A source phrase is at most this many words; a credit line this many tokens.
constexpr size_t kMaxPhrase = 10;
constexpr size_t kMaxCredit = 20;

// Lower-case words that may join a name's capitalised words ("X i Y", "Bank
// of Z", "al-X").
bool IsNameConnector(std::string_view w) {
  static constexpr std::string_view kConnectors[] = {
      "i", "of", "de", "la", "del", "der", "van", "von", "al", "y", "e", "du", "des", "le", "and", "&", "el"};
  const std::string lower = ToLower(w);
  for (std::string_view c : kConnectors)
    if (lower == c) return true;
  return false;
}

// Lower-case words that may stand before a source noun ("state television",
// "a local newspaper").
bool IsSourceModifier(std::string_view w) {
  static constexpr std::string_view kModifiers[] = {
      "state", "state-run", "state-owned", "local", "national", "regional", "independent",
      "online", "private", "public", "leading", "popular", "official", "international",
      "news", "written", "joint", "new", "recent", "latest", "annual", "court", "internal",
      "leaked", "weekly", "daily", "business", "financial"};
  const std::string lower = ToLower(w);
  for (std::string_view c : kModifiers)
    if (lower == c) return true;
  return false;
}

std::string LastWord(const std::string& s) {
  const size_t sp = s.rfind(' ');
  return sp == std::string::npos ? s : s.substr(sp + 1);
}

Span TokenSpan(const Document& doc, size_t first, size_t last) {
  return {doc.tokens[first].span.start, doc.tokens[last].span.end};
}

}  // namespace

struct SourceFinder::Found {
  Source source;
  std::string key;  // lower-case name, for merging repeats
  std::string cue;  // the source noun that introduced it ("news outlet")
  int via = -1;     // index into the found list
};

SourceFinder::SourceFinder(const Lexicons& lexicons)
    : cues_(lexicons.Get("source_cues")),
      determiners_(lexicons.Get("determiners")),
      press_(lexicons.Get("press_settings")),
      platforms_(lexicons.Get("social_platforms")),
      credits_(lexicons.Get("credit_lines")),
      speech_verbs_(lexicons.Get("speech_verbs")),
      prepositions_(lexicons.Get("prepositions")),
      starters_(lexicons.Get("sentence_starters")),
      demonyms_(lexicons.Get("demonyms")),
      org_cues_(lexicons.Get("org_cues")),
      adverbs_(lexicons.Get("speech_adverbs")),
      outlets_(lexicons.Get("news_outlets")) {}

std::string SourceFinder::CueAt(const Document& doc, size_t i, size_t* words) const {
  // Cues are lower-case words; this runs for every token.
  if (!IsWord(doc, i) || !IsLower(FirstCharOf(doc, i))) return "";
  if (i + 1 < doc.tokens.size() && IsWord(doc, i + 1)) {
    const std::string_view a = doc.Lower(i), b = doc.Lower(i + 1);
    char two[64];
    // Tokens are never empty; the filter rules out most pairs unbuilt.
    if (a.size() + b.size() + 1 <= sizeof two &&
        cues_.MayContain(static_cast<unsigned char>(a.front()), static_cast<unsigned char>(b.back()),
                         a.size() + b.size() + 1)) {
      a.copy(two, a.size());
      two[a.size()] = ' ';
      b.copy(two + a.size() + 1, b.size());
      const std::string_view phrase(two, a.size() + b.size() + 1);
      if (cues_.Contains(phrase)) {
        *words = 2;
        return std::string(phrase);
      }
    }
  }
  const std::string_view one = doc.Lower(i);
  if (cues_.Contains(one)) {
    *words = 1;
    return std::string(one);
  }
  return "";
}

bool SourceFinder::NameWord(const Document& doc, size_t k) const {
  if (!IsCapitalised(doc, k)) return false;
  const std::string_view w = doc.TokenText(k);
  // "The report", "In a statement": capitalised only because they start a
  // sentence.
  return !determiners_.Contains(w) && !prepositions_.Contains(w) && !starters_.Contains(w);
}

SourceFinder::Phrase SourceFinder::PhraseAt(const Document& doc, size_t at, size_t end) const {
  Phrase p;
  bool in_name = false;
  bool seen_cue = false;
  size_t run_first = 0, run_last = 0;
  bool have_run = false;
  size_t k = at;
  for (; k <= end && k < at + kMaxPhrase && k < doc.tokens.size(); ++k) {
    const Token& tok = doc.tokens[k];
    if (tok.kind == TokenKind::kPunct) {
      // "al-X", "X-Y": a hyphen inside a name.
      if (IsDash(doc, k) && !tok.space_before && k + 1 <= end && !doc.tokens[k + 1].space_before &&
          IsWord(doc, k + 1) && (in_name || NameWord(doc, k + 1))) {
        if (!in_name) {
          in_name = true;
          run_first = k > at ? k - 1 : k;
        }
        continue;
      }
      break;
    }
    const std::string_view w = doc.TokenText(k);
    size_t n = 0;
    const std::string cue = CueAt(doc, k, &n);
    if (!cue.empty()) {
      if (in_name) {
        have_run = true;
        p.name_first = run_first;
        p.name_last = run_last;
        in_name = false;
      }
      p.cue = cue;
      p.kind = std::string(cues_.Value(cue));
      seen_cue = true;
      p.last = k + n - 1;
      k += n - 1;
      p.found = true;
      continue;
    }
    if (NameWord(doc, k)) {
      if (!in_name) {
        in_name = true;
        run_first = k;
      }
      run_last = k;
      p.last = k;
      p.found = true;
      continue;
    }
    if (in_name && IsNameConnector(w) && k + 1 <= end &&
        (NameWord(doc, k + 1) || IsDash(doc, k + 1)))
      continue;
    if (in_name && IsWord(doc, k) && k > at && IsDash(doc, k - 1) && !tok.space_before) {
      run_last = k;  // "al-ikhbariya"
      p.last = k;
      continue;
    }
    // Determiners and modifiers come before the noun: after it, "that the
    // Fed" opens another phrase ("a statement that the Fed …").
    if (!in_name && !seen_cue && (determiners_.Contains(w) || IsSourceModifier(w))) {
      p.last = k;
      continue;
    }
    if (!in_name && IsNameConnector(w) && k + 1 <= end && IsDash(doc, k + 1)) {
      in_name = true;  // "al-X" starting with a lower-case particle
      run_first = k;
      run_last = k;
      continue;
    }
    break;
  }
  if (in_name) {
    // A name after the source noun wins over one before it ("Swedish news
    // outlet X": X, not "Swedish").
    if (!have_run || seen_cue) {
      have_run = true;
      p.name_first = run_first;
      p.name_last = run_last;
    }
  }
  p.name_found = have_run;
  p.first = at;
  if (p.found && p.last < at) p.found = false;
  return p;
}

int SourceFinder::Earlier(const std::vector<Found>& found, const std::string& cue) const {
  const std::string head = LastWord(cue);
  for (size_t i = found.size(); i-- > 0;)
    if (!found[i].cue.empty() && LastWord(found[i].cue) == head) return static_cast<int>(i);
  return -1;
}

int SourceFinder::Add(Document* doc, std::vector<Found>* found, const std::string& name,
                      const std::string& kind, Span span, Span name_span,
                      const std::string& cue) const {
  const std::string key = ToLower(name);
  for (size_t i = 0; i < found->size(); ++i) {
    if ((*found)[i].key == key) {
      if ((*found)[i].cue.empty()) (*found)[i].cue = cue;
      return static_cast<int>(i);
    }
  }
  Found f;
  f.key = key;
  f.cue = cue;
  f.source.name = name;
  f.source.kind = kind;
  f.source.span = span;
  if (!name_span.empty()) {
    const int e = EntityAt(*doc, name_span);
    if (e >= 0) f.source.entity = doc->out.entities[e].id;
  }
  found->push_back(f);
  return static_cast<int>(found->size() - 1);
}

int SourceFinder::Interview(Document* doc, std::vector<Found>* found, size_t k, size_t e) const {
  // The phrase starts at "In an interview" when the text has it.
  size_t start = k;
  if (k >= 1 && IsWord(*doc, k - 1) && determiners_.Contains(doc->TokenText(k - 1))) start = k - 1;
  if (start >= 1 && (IsWordLower(*doc, start - 1, "in") || IsWordLower(*doc, start - 1, "during")))
    --start;
  size_t at = k + 1;
  if (at <= e && (IsWordLower(*doc, at, "given") || IsWordLower(*doc, at, "granted"))) ++at;
  if (at <= e && (IsWordLower(*doc, at, "with") || IsWordLower(*doc, at, "to") ||
                  IsWordLower(*doc, at, "on"))) {
    const Phrase p = PhraseAt(*doc, at + 1, e);
    if (!p.found) return -1;
    if (p.name_found) {
      const Span name_span = TokenSpan(*doc, p.name_first, p.name_last);
      return Add(doc, found, std::string(Slice(doc->text, name_span)), "interview",
                 TokenSpan(*doc, start, p.last), name_span, p.cue);
    }
    if (!p.cue.empty()) return Earlier(*found, p.cue);
    return -1;
  }
  // "told X in an interview"
  if (start + 2 <= k && IsWordLower(*doc, start, "in") && start >= 2) {
    size_t a = start;
    while (a > 0 && IsCapitalised(*doc, a - 1) && start - a < kMaxPhrase) --a;
    if (a < start && a >= 1 && speech_verbs_.Value(doc->TokenText(a - 1)) == "tell") {
      const Span name_span = TokenSpan(*doc, a, start - 1);
      return Add(doc, found, std::string(Slice(doc->text, name_span)), "interview",
                 TokenSpan(*doc, a - 1, k), name_span, "");
    }
  }
  return -1;
}

void SourceFinder::Statements(Document* doc, std::vector<Found>* found) const {
  const auto& toks = doc->tokens;
  auto token_at = [&](uint32_t byte) {
    return static_cast<size_t>(std::lower_bound(toks.begin(), toks.end(), byte,
                                                [](const Token& t, uint32_t b) { return t.span.start < b; }) -
                               toks.begin());
  };
  // "in a statement", "in an email" at token i: the noun's index, or 0.
  auto statement_at = [&](size_t i, size_t e) -> size_t {
    if (i + 2 > e || !IsWordLower(*doc, i, "in")) return 0;
    size_t j = i + 1;
    if (!IsWord(*doc, j) || !determiners_.Contains(doc->TokenText(j))) return 0;
    ++j;
    while (j <= e && j <= i + 4 && IsWord(*doc, j) && IsSourceModifier(doc->TokenText(j))) ++j;
    size_t n = 0;
    const std::string cue = CueAt(*doc, j, &n);
    const std::string kind = cue.empty() ? "" : std::string(cues_.Value(cue));
    return kind == "statement" || kind == "document" || kind == "report" ? j : 0;
  };
  for (const Quote& q : doc->out.quotes) {
    if (q.speaker.empty() || !q.cue || q.kind == QuoteKind::kNested) continue;
    const size_t cue_last = token_at(q.cue->end) - 1;
    if (cue_last >= toks.size()) continue;
    const uint32_t s = toks[cue_last].sentence;
    size_t e = cue_last;
    while (e + 1 < toks.size() && toks[e + 1].sentence == s && e < cue_last + 12) ++e;
    size_t b = token_at(q.cue->start);
    size_t floor = b;
    while (floor > 0 && toks[floor - 1].sentence == s && floor + 8 > b) --floor;
    size_t in = 0, noun = 0;
    for (size_t i = cue_last + 1; i <= e && !noun; ++i)
      if ((noun = statement_at(i, e))) in = i;
    for (size_t i = floor; i < b && !noun; ++i)  // "In a statement, X said"
      if ((noun = statement_at(i, b))) in = i;
    if (!noun) continue;
    const Entity* speaker = nullptr;
    for (const Entity& ent : doc->out.entities)
      if (ent.id == q.speaker) speaker = &ent;
    if (!speaker) continue;
    size_t n = 1;
    const std::string cue = CueAt(*doc, noun, &n);
    const int idx = Add(doc, found, speaker->name + " " + ToLower(Slice(doc->text, TokenSpan(*doc, noun, noun + n - 1))),
                        std::string(cues_.Value(cue)), TokenSpan(*doc, in, noun + n - 1), Span{}, "");
    (*found)[idx].source.entity = speaker->id;
  }
}

void SourceFinder::CreditLines(Document* doc, std::vector<Found>* found) const {
  const auto& toks = doc->tokens;
  for (size_t k = 0; k + 1 < toks.size(); ++k) {
    if (!IsPunctChar(*doc, k, '(')) continue;
    size_t close = k + 1;
    while (close < toks.size() && close <= k + kMaxCredit && !IsPunctChar(*doc, close, ')')) ++close;
    if (close >= toks.size() || !IsPunctChar(*doc, close, ')')) continue;
    // The credit prefix at token `from` ("Reporting by"): its kind, and
    // where the names after it start.
    auto credit_at = [&](size_t from, size_t* names) {
      std::string prefix, found_kind;
      for (size_t j = from; j < close && j <= from + 3; ++j) {
        if (!IsWord(*doc, j)) break;
        prefix += (prefix.empty() ? "" : " ") + std::string(doc->Lower(j));
        if (credits_.Contains(prefix)) {
          found_kind = std::string(credits_.Value(prefix));
          *names = j + 1;
        }
      }
      return found_kind;
    };
    size_t after = 0;
    const std::string kind = credit_at(k + 1, &after);
    // A wire dateline: "LONDON (Reuters) -".
    std::string_view outlet_kind;
    if (kind.empty() && close > k + 1 && OutletAt(*doc, k + 1, close - 1, &outlet_kind) == close - 1) {
      const Span name_span = TokenSpan(*doc, k + 1, close - 1);
      Add(doc, found, std::string(Slice(doc->text, name_span)), std::string(outlet_kind),
          TokenSpan(*doc, k, close), name_span, "");
      k = close;
      continue;
    }
    if (kind.empty()) continue;
    std::string name;
    bool agencies = false;
    for (size_t j = k + 1; j < close; ++j) {
      const std::string_view w = doc->Lower(j);
      agencies = agencies || w == "agencies" || w == "agency";
    }
    Span name_span;
    if (agencies) {
      Add(doc, found, "agencies", kind, TokenSpan(*doc, k, close), name_span, "");
      k = close;
      continue;
    }
    // "(Reporting by Ana Ruiz in Lima; Additional reporting by Tom Hale;
    // Editing by …)": each part that credits reporting names a source, up to
    // its place; an editor is no source.
    size_t part = k + 1;
    std::string part_kind = kind;
    while (part < close) {
      if (part_kind.empty()) after = part;  // no credit here: only find its end
      size_t end = after;
      while (end < close && !IsPunctChar(*doc, end, ';')) ++end;
      size_t last = end;
      for (size_t j = after; j < end; ++j)
        if (j > after && IsWordLower(*doc, j, "in") && j + 1 < end && IsCapitalised(*doc, j + 1)) {
          last = j;
          break;
        }
      if (!part_kind.empty() && after < last) {
        name_span = TokenSpan(*doc, after, last - 1);
        name = std::string(Slice(doc->text, name_span));
        // One credit: the whole bracket; several: each its own part.
        const bool whole = part == k + 1 && end == close;
        Add(doc, found, name, part_kind, whole ? TokenSpan(*doc, k, close) : TokenSpan(*doc, part, end - 1),
            name_span, "");
      }
      part = end + 1;
      if (part < close) part_kind = credit_at(part, &after);
    }
    k = close;
  }
}

size_t SourceFinder::OutletAt(const Document& doc, size_t k, size_t end,
                              std::string_view* kind) const {
  if (!IsWord(doc, k) || !IsUpper(FirstCharOf(doc, k))) return SIZE_MAX;
  // The name as written, lower-cased: words joined by a space where the text
  // has one ("Agence France-Presse").
  char buf[64];
  size_t len = 0, words = 0, best = SIZE_MAX;
  for (size_t j = k; j <= end && j < doc.tokens.size(); ++j) {
    const std::string_view w = doc.Lower(j);
    const bool space = j > k && doc.tokens[j].space_before;
    if (space && ++words >= outlets_.max_words()) break;
    if (len + space + w.size() > sizeof buf || len + space + w.size() > outlets_.max_length()) break;
    if (space) buf[len++] = ' ';
    w.copy(buf + len, w.size());
    len += w.size();
    if (!IsWord(doc, j)) continue;
    bool found = false;
    const std::string_view v = outlets_.FindLower(std::string_view(buf, len), &found);
    // A short one-word name only in capitals: "AP", not "Ap".
    if (found && (j > k || w.size() > 4 || IsUpper(static_cast<unsigned char>(doc.TokenText(k).back())))) {
      best = j;
      *kind = v;
    }
  }
  if (best != SIZE_MAX) return best;
  // A body the gazetteer does not know, named as media: "the Philippine News
  // Agency", "the Coventry Herald".
  const int e = k < doc.entity_at_token.size() ? doc.entity_at_token[k] : -1;
  if (e < 0 || doc.out.entities[e].type != EntityType::kOrganization ||
      (k > 0 && doc.entity_at_token[k - 1] == e))
    return SIZE_MAX;
  size_t last = k;
  while (last + 1 <= end && last + 1 < doc.entity_at_token.size() && doc.entity_at_token[last + 1] == e)
    ++last;
  if (last == k || !IsWord(doc, last)) return SIZE_MAX;
  const std::string_view head = doc.Lower(last);
  if (head == "agency" && IsWordLower(doc, last - 1, "news")) {
    *kind = "news agency";
    return last;
  }
  // Words that end the names of papers and broadcasters, not of companies
  // ("American Express").
  if (In(head, {"herald", "gazette", "tribune", "chronicle", "telegraph", "times", "post",
                "journal", "broadcasting", "broadcaster"})) {
    *kind = "outlet";
    return last;
  }
  return SIZE_MAX;
}

void SourceFinder::LinkCited(Document* doc, std::vector<Found>* found, std::vector<char>* done,
                             int idx, size_t from, size_t e) const {
  size_t c = from;
  while (c <= e && c <= from + 2 && !IsWordLower(*doc, c, "citing") &&
         !IsWordLower(*doc, c, "quoting"))
    ++c;
  if (c > e || c > from + 2) return;
  for (size_t j = c + 1; j <= e && j <= c + 6; ++j) {
    if (IsWordLower(*doc, j, "interview") || IsWordLower(*doc, j, "interviews")) {
      const int cited = Interview(doc, found, j, e);
      (*done)[j] = 1;
      if (cited >= 0 && cited != idx) (*found)[cited].via = idx;
      return;
    }
    size_t m = 0;
    const std::string cited_cue = CueAt(*doc, j, &m);
    if (!cited_cue.empty()) {
      size_t s = j;
      while (s > c + 1 && IsWord(*doc, s - 1) && IsCapitalised(*doc, s - 1)) --s;
      const Phrase cp = PhraseAt(*doc, s, e);
      if (cp.name_found) {
        const Span name_span = TokenSpan(*doc, cp.name_first, cp.name_last);
        const int cited = Add(doc, found, std::string(Slice(doc->text, name_span)),
                              std::string(cues_.Value(cited_cue)), TokenSpan(*doc, s, cp.last),
                              name_span, cited_cue);
        if (cited != idx) (*found)[cited].via = idx;
        for (size_t x = s; x <= cp.last; ++x) (*done)[x] = 1;
      }
      return;
    }
  }
}

void SourceFinder::Run(Document* doc) const {
  doc->out.sources.clear();
  const auto& toks = doc->tokens;
  if (toks.empty()) return;
  std::vector<Found> found;
  std::vector<char> done(toks.size(), 0);

  size_t b = 0, e = 0;
  for (size_t k = 0; k < toks.size(); ++k) {
    if (k == 0 || toks[k].sentence != toks[k - 1].sentence) {
      b = e = k;
      while (e + 1 < toks.size() && toks[e + 1].sentence == toks[k].sentence) ++e;
    }
    if (done[k] || !IsWord(*doc, k)) continue;
    const std::string_view lower = doc->Lower(k);

    if (lower == "interview" || lower == "interviews") {
      Interview(doc, &found, k, e);
      done[k] = 1;
      continue;
    }

    // Press settings: "told reporters in the East Wing", "at a news conference".
    if (speech_verbs_.Value(doc->TokenText(k)) == "tell" || lower == "at") {
      // The longest press phrase at token `at` (in words), or 0.
      auto press_at = [&](size_t at) -> size_t {
        for (size_t w = 3; w >= 1; --w) {
          std::string phrase;
          size_t got = 0;
          for (size_t j = at; j < at + w && j <= e && IsWord(*doc, j); ++j, ++got)
            phrase += (phrase.empty() ? "" : " ") + std::string(doc->Lower(j));
          if (got == w && press_.Contains(phrase)) return w;
        }
        return 0;
      };
      size_t at = k + 1;
      size_t n = press_at(at);
      // "at a news conference": past the article.
      if (n == 0 && lower == "at" && IsWord(*doc, at) && determiners_.Contains(doc->TokenText(at)))
        n = press_at(++at);
      // "told the Daily Courier": an outlet whose name says it is one
      // interviewed the speaker.
      if (n == 0 && lower != "at") {
        size_t j = k + 1;
        if (j <= e && IsWord(*doc, j) && determiners_.Contains(doc->TokenText(j))) ++j;
        const int ent = j <= e && j < doc->entity_at_token.size() ? doc->entity_at_token[j] : -1;
        if (ent >= 0 && doc->out.entities[ent].type == EntityType::kOrganization) {
          size_t last = j;
          bool media_name = false;
          while (last + 1 <= e && doc->entity_at_token[last + 1] == ent) ++last;
          for (size_t x = j; x <= last; ++x)
            media_name = media_name || (IsWord(*doc, x) && org_cues_.Value(doc->TokenText(x)) == "media");
          std::string_view outlet_kind;
          media_name = media_name || OutletAt(*doc, j, last, &outlet_kind) == last;
          if (media_name) {
            const Span name_span = TokenSpan(*doc, j, last);
            Add(doc, &found, std::string(Slice(doc->text, name_span)), "interview",
                TokenSpan(*doc, k, last), name_span, "");
            for (size_t x = k; x <= last; ++x) done[x] = 1;
            continue;
          }
        }
      }
      if (n > 0) {
        size_t last = at + n - 1;
        // "… in the East Wing": where it was said.
        if (last + 2 <= e && (IsWordLower(*doc, last + 1, "in") || IsWordLower(*doc, last + 1, "at"))) {
          const Phrase place = PhraseAt(*doc, last + 2, e);
          if (place.found && place.name_found) last = place.name_last;
        }
        const Span span = TokenSpan(*doc, at, last);
        Add(doc, &found, std::string(Slice(doc->text, span)), "press", span, Span{}, "");
        for (size_t j = k; j <= last; ++j) done[j] = 1;
        continue;
      }
    }

    // Social media: "wrote on Twitter", "in a post on Facebook".
    if (lower == "on" && k + 1 <= e && IsCapitalised(*doc, k + 1)) {
      std::string name = std::string(doc->Lower(k + 1));
      size_t last = k + 1;
      if (k + 2 <= e && IsWord(*doc, k + 2) &&
          platforms_.Contains(name + " " + std::string(doc->Lower(k + 2)))) {
        last = k + 2;
      } else if (!platforms_.Contains(name)) {
        last = 0;
      }
      if (last) {
        const Span span = TokenSpan(*doc, k + 1, last);
        Add(doc, &found, std::string(Slice(doc->text, span)), "social media", span, span, "");
        continue;
      }
    }

    // A known outlet named as the source: "Reuters reported", "the BBC said",
    // "according to the Associated Press".
    std::string_view outlet_kind;
    const size_t outlet_last = OutletAt(*doc, k, e, &outlet_kind);
    if (outlet_last != SIZE_MAX) {
      const Span name_span = TokenSpan(*doc, k, outlet_last);
      const int ent = EntityAt(*doc, name_span);
      size_t start = k;
      if (start > b && IsWordLower(*doc, start - 1, "the")) --start;
      const bool according = start >= b + 2 && IsWordLower(*doc, start - 1, "to") &&
                             IsWordLower(*doc, start - 2, "according");
      // "was quoted by the Czech News Agency as saying".
      size_t by = start;
      while (by > b && by + 3 > start && IsWord(*doc, by - 1) && !IsWordLower(*doc, by - 1, "by")) --by;
      const bool quoted_by = by >= b + 2 && IsWordLower(*doc, by - 1, "by") &&
                             IsWordLower(*doc, by - 2, "quoted");
      size_t v = outlet_last + 1;
      while (v <= e && v <= outlet_last + 2 && IsWord(*doc, v) &&
             (adverbs_.Contains(doc->TokenText(v)) || IsWordLower(*doc, v, "has") ||
              IsWordLower(*doc, v, "had")))
        ++v;
      const bool reported = v <= e && IsWord(*doc, v) && IsLower(FirstCharOf(*doc, v)) &&
                            speech_verbs_.Contains(doc->TokenText(v)) &&
                            speech_verbs_.Value(doc->TokenText(v)) != "ing";
      // "Bloomberg said" after Michael Bloomberg is the man, not the agency.
      const bool person = ent >= 0 && doc->out.entities[ent].type == EntityType::kPerson;
      if ((according || reported || quoted_by) && !person) {
        const Span span = according   ? TokenSpan(*doc, start - 2, outlet_last)
                          : quoted_by ? TokenSpan(*doc, by - 2, outlet_last)
                                      : TokenSpan(*doc, start, v);
        const int idx = Add(doc, &found, std::string(Slice(doc->text, name_span)),
                            std::string(outlet_kind), span, name_span, "");
        for (size_t j = k; j <= outlet_last; ++j) done[j] = 1;
        LinkCited(doc, &found, &done, idx, according ? outlet_last + 1 : v + 1, e);
        k = outlet_last;
        continue;
      }
    }

    // Outlets, agencies and documents: a phrase holding a source noun.
    size_t n = 0;
    const std::string cue = CueAt(*doc, k, &n);
    if (cue.empty()) continue;
    const std::string kind(cues_.Value(cue));
    // The phrase may start before the noun ("the Kommersant newspaper").
    size_t start = k;
    auto joins_name = [&](size_t j) {
      if (IsDash(*doc, j)) {
        // "al-X", "X-Y": a hyphen hugging the words on both sides.
        return !toks[j].space_before && j + 1 < toks.size() && !toks[j + 1].space_before;
      }
      if (!IsWord(*doc, j)) return false;
      const std::string_view w = doc->TokenText(j);
      if (IsNameConnector(w)) return j + 1 < toks.size() && IsDash(*doc, j + 1);
      return NameWord(*doc, j) || determiners_.Contains(w) || IsSourceModifier(w);
    };
    while (start > b && k - start < 6 && joins_name(start - 1)) --start;
    Phrase p = PhraseAt(*doc, start, e);
    const bool media = kind == "news agency" || kind == "outlet";
    // Documents are named by their owner: "a report by X", "the X letter".
    if (!media && !p.name_found && p.last + 2 <= e &&
        (IsWordLower(*doc, p.last + 1, "by") || IsWordLower(*doc, p.last + 1, "from") ||
         IsWordLower(*doc, p.last + 1, "of"))) {
      const Phrase owner = PhraseAt(*doc, p.last + 2, e);
      if (owner.name_found) {
        p.name_found = true;
        p.name_first = owner.name_first;
        p.name_last = owner.name_last;
        p.last = owner.last;
      }
    }
    for (size_t j = k; j < k + n; ++j) done[j] = 1;
    if (!p.found) continue;
    int idx = -1;
    if (p.name_found) {
      const std::string_view last_name = doc->TokenText(p.name_last);
      const bool possessive = IsPossessive(last_name);
      // "French television": a nationality is not the outlet's name; "X's
      // website" is X's, not a news source.
      if ((p.name_first == p.name_last && demonyms_.Contains(last_name)) || (media && possessive)) {
        p.name_found = false;
      }
    }
    if (p.name_found) {
      const Span name_span = TokenSpan(*doc, p.name_first, p.name_last);
      std::string name(Slice(doc->text, name_span));
      if (!media) name += " " + std::string(Slice(doc->text, TokenSpan(*doc, k, k + n - 1)));
      size_t last = p.last;
      // "news agency X reported": the report is part of the evidence.
      if (last + 1 <= e && speech_verbs_.Contains(doc->TokenText(last + 1)) &&
          IsLower(FirstCharOf(*doc, last + 1)))
        ++last;
      idx = Add(doc, &found, name, kind, TokenSpan(*doc, start, last), name_span, cue);
      for (size_t j = start; j <= p.last; ++j) done[j] = 1;
    } else if (media) {
      idx = Earlier(found, cue);
    }
    if (idx < 0) continue;
    LinkCited(doc, &found, &done, idx, p.last + 1, e);
  }
  Statements(doc, &found);
  CreditLines(doc, &found);

  // Number in text order; via follows the renumbering.
  std::vector<size_t> order(found.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return found[a].source.span.start < found[b].source.span.start;
  });
  std::vector<size_t> rank(found.size());
  for (size_t i = 0; i < order.size(); ++i) rank[order[i]] = i;
  for (size_t i = 0; i < order.size(); ++i) {
    Source s = found[order[i]].source;
    s.id = "S" + std::to_string(i + 1);
    const int via = found[order[i]].via;
    if (via >= 0) s.via = "S" + std::to_string(rank[via] + 1);
    doc->out.sources.push_back(s);
  }
}

}  // namespace explainer
