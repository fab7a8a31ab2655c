#include "timeline.h"

#include <algorithm>
#include <utility>
#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "calendar.h"
#include "text.h"

namespace explainer {
namespace {

constexpr size_t kMaxEvent = 80;
constexpr size_t kWindow = 80;

bool IsQuoteMark(std::string_view t) {
  return t == "\"" || t == "\xE2\x80\x9C" || t == "\xE2\x80\x9D" || t == "\xE2\x80\x9E" ||
         t == "\xC2\xAB" || t == "\xC2\xBB";
}

bool IsPunctToken(const Token& t) { return t.kind == TokenKind::kPunct; }

// Sort key in days for an ISO value; false when it has no usable date.
// Year-less values ("--08-15") take `default_year`.
bool IsoKey(const std::string& iso, int default_year, double* key) {
  auto num = [&](size_t pos, size_t len) { return std::atoi(iso.substr(pos, len).c_str()); };
  if (iso.size() >= 4 && iso[0] == '-' && iso[1] == '-') {
    const int m = num(2, 2);
    const int d = iso.size() >= 7 ? num(5, 2) : 1;
    if (m < 1 || m > 12) return false;
    *key = static_cast<double>(DaysFromCivil(default_year, m, std::max(1, d)));
    return true;
  }
  if (iso.size() < 4) return false;
  const int y = num(0, 4);
  if (iso.size() == 4) {
    *key = static_cast<double>(DaysFromCivil(y, 1, 1));
  } else if (iso.size() >= 8 && iso[5] == 'W') {
    // Monday of ISO week w: week 1 holds January 4.
    const int w = num(6, 2);
    const int64_t jan4 = DaysFromCivil(y, 1, 4);
    *key = static_cast<double>(jan4 - (IsoWeekday(jan4) - 1) + 7 * (w - 1));
  } else if (iso.size() == 7) {
    *key = static_cast<double>(DaysFromCivil(y, num(5, 2), 1));
  } else if (iso.size() == 10) {
    *key = static_cast<double>(DaysFromCivil(y, num(5, 2), num(8, 2)));
  } else {
    return false;
  }
  return true;
}

// Roles from timeline_words.txt (plus clause_verbs.txt), as bits looked up
// once per token.
enum Role : uint16_t {
  kStarter = 1 << 0,
  kSub = 1 << 1,
  kRel = 1 << 2,
  kCut = 1 << 3,
  kPrep = 1 << 4,
  kTail = 1 << 5,
  kDet = 1 << 6,
  kDaypart = 1 << 7,
  kPremod = 1 << 8,
  kVerb = 1 << 9,
};

struct Pending {
  TimelineEntry entry;
  double key = 0;
  bool dated = false;
  int offset_days = 0;
};

}  // namespace

TimelineBuilder::TimelineBuilder(const Lexicons& lexicons)
    : words_(lexicons.Get("timeline_words")), verbs_(lexicons.Get("clause_verbs")) {}

bool TimelineBuilder::HasRole(std::string_view word, const char* role) const {
  bool found;
  const std::string_view v = words_.Find(word, &found);
  if (!found) return false;
  const std::string_view r(role);
  for (size_t pos = 0; (pos = v.find(r, pos)) != std::string_view::npos; pos += r.size()) {
    const bool start = pos == 0 || v[pos - 1] == ' ';
    const bool end = pos + r.size() == v.size() || v[pos + r.size()] == ' ';
    if (start && end) return true;
  }
  return false;
}

bool TimelineBuilder::Boundary(const Document& doc, size_t i) const {
  const Token& t = doc.tokens[i];
  if (!IsPunctToken(t)) return false;
  const std::string_view p = doc.TokenText(i);
  // "04:00" is a clock time, not a colon.
  if (p == ":" && !t.space_before && i > 0 && i + 1 < doc.tokens.size() &&
      doc.tokens[i - 1].kind == TokenKind::kNumber && !doc.tokens[i + 1].space_before &&
      doc.TokenText(i + 1).size() >= 2 && doc.TokenText(i + 1)[0] >= '0' && doc.TokenText(i + 1)[0] <= '9')
    return false;
  if (p == "," || p == ";" || p == ":" || p == "(" || p == ")" || p == "[" || p == "]" ||
      p == "\xE2\x80\x94")
    return true;
  // A spaced dash or hyphen sets off a phrase: "on Waitangi Day - February 6 -".
  if (p == "-" || p == "\xE2\x80\x93")
    return t.space_before && i + 1 < doc.tokens.size() && doc.tokens[i + 1].space_before;
  return false;
}

std::string TimelineBuilder::EventFor(const Document& doc, const std::vector<TokenInfo>& info,
                                      size_t df, size_t dl, const std::vector<bool>& in_dates,
                                      size_t floor, Span* clause) const {
  const std::vector<Token>& t = doc.tokens;
  const size_t n = t.size();
  const uint32_t s = t[df].sentence;
  // A clause never needs more than kWindow tokens either side; the cap keeps
  // a run-on "sentence" with thousands of dates linear.
  size_t sb = df;
  while (sb > floor && df - sb < kWindow && t[sb - 1].sentence == s && !t[sb].line_before) --sb;
  size_t se = dl;
  while (se < n && se - dl < kWindow && t[se].sentence == s && !t[se].line_before) ++se;

  auto lower = [&](size_t i) { return info[i].lower; };
  auto has = [&](size_t i, uint16_t role) { return (info[i].roles & role) != 0; };
  auto in_date = [&](size_t i) { return i >= df && i < dl; };
  // Commas inside any date ("July 21, 2017") don't split clauses.
  auto boundary = [&](size_t i) { return !in_dates[i] && !in_date(i) && Boundary(doc, i); };
  auto is_word = [&](size_t i) { return t[i].kind != TokenKind::kPunct; };
  auto verb_like = [&](size_t k, size_t b) {
    if (in_date(k) || !is_word(k)) return false;
    size_t len;
    if (IsUpper(DecodeAt(doc.TokenText(k), 0, &len))) return false;
    const std::string_view w = lower(k);
    if (has(k, kVerb)) return true;
    const bool after_article =
        k > b && (lower(k - 1) == "the" || lower(k - 1) == "a" || lower(k - 1) == "an");
    return w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0 && !after_article;
  };
  auto has_verb = [&](size_t b, size_t e) {
    for (size_t k = b; k < e; ++k)
      if (verb_like(k, b)) return true;
    return false;
  };
  auto segment_start = [&](size_t e) {  // start of the segment ending at e
    size_t b = e;
    while (b > sb && !boundary(b - 1)) --b;
    return b;
  };

  // The comma-delimited segment holding the date.
  const size_t seg_b = segment_start(df);
  size_t seg_e = dl;
  while (seg_e < se && !boundary(seg_e)) ++seg_e;

  size_t first_word = seg_b;
  while (first_word < df && !is_word(first_word)) ++first_word;
  const bool preposed = seg_b == sb && seg_e + 1 < se && doc.TokenText(seg_e) == "," &&
                        (first_word == df || has(first_word, kStarter)) &&
                        !has_verb(seg_b, seg_e);

  size_t rb, re;
  size_t aside_b = 0, aside_e = 0;  // a date set off by commas, dropped whole
  if (preposed) {
    // "Earlier this week, <event>": the main clause after the comma.
    rb = seg_e + 1;
    re = rb;
    for (; re < se; ++re) {
      const std::string_view p = doc.TokenText(re);
      if (IsPunctToken(t[re]) && (p == ";" || p == ":" || p == "(" || p == ")" || p == "\xE2\x80\x94"))
        break;
      if (p == "," && re + 1 < se) {
        const std::string_view next = lower(re + 1);
        const bool ing = next.size() > 5 && next.compare(next.size() - 3, 3, "ing") == 0;
        if (has(re + 1, kCut) || ing) break;
      }
      if (re > rb && (has(re, kSub) || has(re, kRel)) && lower(re) != "that")
        break;
    }
  } else {
    rb = seg_b;
    re = seg_e;
    // Start after the last subordinator before the date (not the date's own
    // preposition): "..., since <the governor took office in January>".
    for (size_t k = seg_b; k + 1 < df; ++k) {
      if (has(k, kSub) && has(k, kStarter) && !has_verb(k + 1, df))
        continue;  // "before the deadline", "until midnight": a preposition here
      if (has(k, kSub | kRel)) rb = k + 1;
    }
    for (size_t k = dl; k < seg_e; ++k) {
      if (has(k, kSub) || has(k, kRel)) {
        re = k;
        break;
      }
    }
    const bool comma_before = seg_b > sb + 1 && doc.TokenText(seg_b - 1) == ",";
    const bool comma_after = seg_e + 1 < se && doc.TokenText(seg_e) == ",";
    if (!has_verb(rb, re) && rb == seg_b && comma_before && comma_after) {
      // "The scare, in 2011, led to a downgrade": the sentence around it.
      const size_t pb = segment_start(seg_b - 1);
      size_t ne = seg_e + 1;
      while (ne < se && !boundary(ne)) ++ne;
      if (has_verb(pb, seg_b - 1) || has_verb(seg_e + 1, ne)) {
        aside_b = seg_b - 1;
        aside_e = seg_e + 1;
        rb = pb;
        re = ne;
        for (size_t k = seg_e + 1; k < ne; ++k) {
          if (has(k, kSub) || has(k, kRel)) {
            re = k;
            break;
          }
        }
      }
    }
    // "X happened, in 2007 and ...": a verbless date phrase belongs to the
    // clause before it.
    if (aside_e == 0 && !has_verb(rb, re) && seg_b > sb && rb == seg_b) {
      re = seg_b - 1;
      rb = segment_start(re);
      for (size_t k = rb; k < re; ++k)
        if (has(k, kSub) || has(k, kRel)) rb = k + 1;
    }
  }
  if (rb < re && (lower(rb) == "and" || lower(rb) == "but" || lower(rb) == "or" ||
                  lower(rb) == "then"))
    ++rb;
  if (rb >= re) return "";

  // A clause that opens with its verb ("..., which consists of girls, had been
  // denied visas") takes its subject from the nearest earlier segment that is
  // not itself a relative clause, up to that segment's own verb.
  size_t subj_b = 0, subj_e = 0;
  {
    size_t fw = rb;
    while (fw < re && !is_word(fw)) ++fw;
    if (fw < re && verb_like(fw, rb)) {
      size_t e = rb;
      // After "which"/"who" the subject is the noun the pronoun stands for.
      bool antecedent = rb > sb && has(rb - 1, kRel);
      if (e > sb && !boundary(e - 1)) e = segment_start(e);
      while (e > sb) {
        const size_t pe = e - 1;  // the boundary before segment e
        const size_t pb = segment_start(pe);
        if (pb == pe) {
          e = pb;
          continue;
        }
        // Step over asides to the phrase they describe: relative clauses
        // (", which ...,"), names in apposition ("his deputy, Jane Doe,"),
        // descriptions in apposition ("Smith, a lawyer,", "a man, aged 19,")
        // and prepositional asides ("Price, of no fixed address,").
        bool name_only = pe - pb <= 4;
        for (size_t k = pb; k < pe && name_only; ++k) {
          size_t len;
          name_only = is_word(k) && IsUpper(DecodeAt(doc.TokenText(k), 0, &len));
        }
        const bool after_comma = pb > sb && doc.TokenText(pb - 1) == ",";
        if (pb > sb && (has(pb, kRel) || (after_comma && (name_only || has(pb, kDet | kPrep) || In(lower(pb), {"of", "aged"}))))) {
          antecedent = antecedent || has(pb, kRel);
          e = pb;
          continue;
        }
        if (has(pb, kRel)) break;
        subj_b = pb;
        subj_e = pe;
        size_t last_verb = pe;
        for (size_t k = pb; k < pe; ++k) {
          if (verb_like(k, pb)) {
            if (last_verb == pe) subj_e = k;
            last_verb = k;
          }
        }
        if (antecedent && last_verb < pe) {
          // "X said the strike, which began at dawn, would last": the strike.
          size_t b = last_verb + 1;
          while (b < pe && (has(b, kPrep | kStarter) || !is_word(b))) ++b;
          if (b < pe) {
            subj_b = b;
            subj_e = pe;
          }
        }
        if (subj_e - subj_b > 10) subj_b = subj_e = 0;
        break;
      }
    }
  }

  // Drop the date and its own preposition ("on August 15", "as of Friday",
  // "by Thursday night"), except where it names a thing ("this year's theme",
  // "the 2014 protests").
  size_t cut_b = df, cut_e = dl;
  const std::string_view last_date_word = lower(dl - 1);
  auto ends_with = [](std::string_view w, std::string_view suffix) {
    return w.size() > suffix.size() && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  const bool possessive = ends_with(last_date_word, "'s") || ends_with(last_date_word, "\xE2\x80\x99s");
  const bool prenominal = df > rb && lower(df - 1) == "the";
  if (aside_e > 0) {
    cut_b = aside_b;
    cut_e = aside_e;
  } else if (possessive || prenominal) {
    cut_b = cut_e = df;
  } else {
    // "in early May", "since mid-2015", "late on Sunday".
    for (int steps = 0; steps < 3 && cut_b > rb; ++steps) {
      if (lower(cut_b - 1) == "-" && cut_b - 1 > rb && has(cut_b - 2, kPremod)) {
        cut_b -= 2;
      } else if (has(cut_b - 1, kPremod | kPrep)) {
        --cut_b;
      } else {
        break;
      }
    }
    // "the next Tuesday": the article goes with it.
    if (cut_b < df && cut_b > rb && lower(cut_b - 1) == "the") --cut_b;
    if (cut_b > rb && has(cut_b - 1, kPrep)) --cut_b;
    if (cut_b > rb + 1 && lower(cut_b - 1) == "of" && lower(cut_b - 2) == "as") cut_b -= 2;
    if (cut_e < re && has(cut_e, kDaypart)) ++cut_e;
  }

  size_t words = 0;
  auto build = [&]() {
    std::string out;
    words = 0;
    bool space = false;
    auto add = [&](size_t k, bool gap) {
      const std::string_view w = doc.TokenText(k);
      space = space || t[k].space_before || gap;
      if (IsQuoteMark(w)) return;
      if (out.empty() && IsPunctToken(t[k])) return;
      if (!out.empty() && space) out += ' ';
      out += w;
      space = false;
      if (is_word(k)) ++words;
    };
    for (size_t k = subj_b; k < subj_e; ++k) add(k, false);
    bool gap = subj_e > subj_b;
    for (size_t k = rb; k < re && out.size() <= kMaxEvent + 40; ++k) {
      if (k >= cut_b && k < cut_e) {
        gap = true;
        continue;
      }
      add(k, gap);
      gap = false;
    }
    return out;
  };
  std::string event = build();
  if (words < 2) return "";
  // A short fragment without a verb ("From file") names no event.
  if (words < 5 && !has_verb(rb, re) && !has_verb(subj_b, subj_e)) return "";

  // Short: cut at a word boundary, then drop dangling function words.
  if (event.size() > kMaxEvent) {
    const size_t cut = event.rfind(' ', kMaxEvent);
    if (cut != std::string::npos && cut > 0) {
      event.resize(cut);
    } else {
      // One long word: cut at a code point boundary.
      size_t end = kMaxEvent;
      while (end > 0 && (static_cast<unsigned char>(event[end]) & 0xC0) == 0x80) --end;
      event.resize(end);
    }
  }
  for (bool changed = true; changed && !event.empty();) {
    changed = false;
    while (!event.empty() && (event.back() == ' ' || event.back() == ',' || event.back() == ';' ||
                              event.back() == ':' || event.back() == '.' || event.back() == '-')) {
      event.pop_back();
      changed = true;
    }
    const size_t sp = event.rfind(' ');
    if (sp != std::string::npos && HasRole(ToLower(event.substr(sp + 1)), "tail")) {
      event.resize(sp);
      changed = true;
    }
  }
  if (event.find(' ') == std::string::npos) return "";
  if (event[0] >= 'a' && event[0] <= 'z') event[0] = static_cast<char>(event[0] - 'a' + 'A');

  const size_t cb = subj_e > subj_b ? std::min(subj_b, rb) : rb;
  *clause = {t[cb].span.start, t[re - 1].span.end};
  return event;
}

void TimelineBuilder::Run(Document* doc) const {
  const std::vector<Token>& t = doc->tokens;
  if (t.empty()) return;

  // The reference date and the article's year, for ordering.
  CivilDate ref;
  bool have_ref = ParseIsoDate(doc->options.date, &ref);
  int default_year = have_ref ? ref.year : 0;
  for (const DateMention& m : doc->dates) {
    if (m.dateline && !have_ref) have_ref = ParseIsoDate(m.iso, &ref);
    if (m.iso.size() >= 4 && m.iso[0] != '-' && !have_ref)
      default_year = std::max(default_year, std::atoi(m.iso.substr(0, 4).c_str()));
  }
  if (have_ref) default_year = ref.year;
  if (default_year == 0) default_year = 4000;  // any year: keeps month order

  // Token ranges of every date.
  const size_t n = t.size();
  struct Range {
    size_t df, dl;
  };
  std::vector<Range> ranges;
  std::vector<bool> in_dates(n, false);
  size_t floor = 0;
  for (const DateMention& m : doc->dates) {
    const auto first = std::lower_bound(t.begin(), t.end(), m.span.start,
                                        [](const Token& tok, uint32_t v) { return tok.span.start < v; });
    const auto last = std::lower_bound(first, t.end(), m.span.end,
                                       [](const Token& tok, uint32_t v) { return tok.span.start < v; });
    Range r{static_cast<size_t>(first - t.begin()), static_cast<size_t>(last - t.begin())};
    for (size_t k = r.df; k < r.dl; ++k) in_dates[k] = true;
    if (m.dateline) floor = r.dl;
    ranges.push_back(r);
  }
  // Lower-cased words and their roles, looked up once.
  std::vector<TokenInfo> info(n);
  static const std::pair<const char*, uint16_t> kRoleNames[] = {
      {"starter", kStarter}, {"sub", kSub},         {"rel", kRel},       {"cut", kCut},
      {"prep", kPrep},       {"tail", kTail},       {"det", kDet},       {"daypart", kDaypart},
      {"premod", kPremod}};
  for (size_t k = 0; k < n; ++k) {
    info[k].lower = doc->Lower(k);
    if (t[k].kind != TokenKind::kWord) continue;
    if (verbs_.Contains(info[k].lower)) info[k].roles |= kVerb;
    bool found;
    std::string_view roles = words_.Find(info[k].lower, &found);
    // The value lists the word's roles, space-separated: "prep tail".
    while (found && !roles.empty()) {
      const size_t sp = roles.find(' ');
      const std::string_view role = roles.substr(0, sp);
      for (const auto& [name, bit] : kRoleNames)
        if (role == name) info[k].roles |= bit;
      roles = sp == std::string_view::npos ? std::string_view() : roles.substr(sp + 1);
    }
  }
  auto lower = [&](size_t i) { return info[i].lower; };

  std::vector<Pending> pending;
  std::set<std::string> seen;
  std::map<std::string, std::vector<Span>> clauses_by_iso;
  std::vector<bool> consumed(doc->dates.size(), false);
  for (size_t i = 0; i < doc->dates.size(); ++i) {
    const DateMention& m = doc->dates[i];
    if (m.dateline || consumed[i]) continue;
    size_t df = ranges[i].df, dl = ranges[i].dl;
    if (df >= dl) continue;
    Span when = m.span;
    // Same text, same date: "this morning" and "on Sunday" may share a day
    // but name different events.
    std::string key = ToLower(Slice(doc->text, m.span)) + "|" + m.iso;
    // A range or pair is one entry: "from 2004 to 2009", "between July 2003
    // and December 2004", "1997 and 1998".
    if (i + 1 < doc->dates.size() && !doc->dates[i + 1].dateline && !m.relative &&
        !doc->dates[i + 1].relative && dl + 1 < n &&
        ranges[i + 1].df == dl + 1 && t[dl].sentence == t[dl + 1].sentence) {
      const std::string_view c = lower(dl);
      if (c == "to" || c == "through" || c == "until" || c == "till" || c == "and" || c == "-" ||
          c == "\xE2\x80\x93") {
        const DateMention& m2 = doc->dates[i + 1];
        consumed[i + 1] = true;
        dl = ranges[i + 1].dl;
        when.end = m2.span.end;
        key += ".." + ToLower(Slice(doc->text, m2.span)) + "|" + m2.iso;
      }
    }
    // One entry per date: a repeat usually names the same event again
    // ("Following the August 15 summit").
    if (seen.count(key)) continue;
    Span clause;
    std::string event = EventFor(*doc, info, df, dl, in_dates, floor <= df ? floor : 0, &clause);
    if (event.empty()) continue;
    // Two names for one date in one clause ("150 years ago, in 1874").
    bool same = false;
    std::vector<Span>& clauses = clauses_by_iso[m.iso];
    for (const Span& c : clauses) same = same || (!m.iso.empty() && c.Overlaps(clause));
    if (same) continue;
    clauses.push_back(clause);
    seen.insert(key);
    Pending p;
    p.entry.when = when;
    p.entry.iso = m.iso;
    p.entry.span = {std::min(clause.start, when.start), std::max(clause.end, when.end)};
    p.entry.event = std::move(event);
    p.dated = IsoKey(m.iso, default_year, &p.key);
    p.offset_days = m.offset_days;
    pending.push_back(std::move(p));
  }

  // Undated (relative, unresolved) entries sit at "now": the reference if
  // known, else just after the latest dated entry, ordered by their rough
  // offsets ("in recent months" before "earlier this week").
  double latest = 0;
  bool any_dated = false;
  for (const Pending& p : pending) {
    if (p.dated) {
      latest = any_dated ? std::max(latest, p.key) : p.key;
      any_dated = true;
    }
  }
  for (Pending& p : pending) {
    if (p.dated) continue;
    if (have_ref) {
      p.key = static_cast<double>(DaysFromCivil(ref.year, ref.month, ref.day)) + p.offset_days;
    } else {
      p.key = latest + 1 + (p.offset_days + 1e5) * 1e-6;
    }
  }
  std::stable_sort(pending.begin(), pending.end(), [](const Pending& a, const Pending& b) {
    if (a.key != b.key) return a.key < b.key;
    return a.entry.when.start < b.entry.when.start;
  });
  for (Pending& p : pending) {
    p.entry.id = "T" + std::to_string(doc->out.timeline.size() + 1);
    doc->out.timeline.push_back(std::move(p.entry));
  }
}

}  // namespace explainer
