#include "dates.h"

#include <cstdlib>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "calendar.h"
#include "text.h"

namespace explainer {
namespace {

enum class Kind {
  kCalendar,  // month/day/year parts from the text
  kWeekday,   // a weekday on its own: needs the reference
  kRelative,  // "last month", "in recent weeks"
  kTime,      // a clock time: an entity, not a timeline date
  kHoliday,   // "Christmas", "Waitangi Day"
};

enum class Unit { kNone, kDay, kWeek, kMonth, kYear, kVague };

// One expression found by the scanner, before resolution.
struct Found {
  Kind kind = Kind::kCalendar;
  size_t first = 0, last = 0;  // tokens [first, last) of the whole expression
  std::vector<Span> parts;     // the entity mentions it holds (may be none)
  int weekday_part = -1;       // index in parts of an attached weekday
  CivilDate date;              // parts the text gives
  bool year_only_precision = false;  // "8/9/2015": day and month unknowable
  int weekday = 0;                   // 1..7
  int direction = 0;  // -1 "last", +1 "next", 2 "this", 0 none
  Unit unit = Unit::kNone;
  int offset = 0;      // in units; for kVague, in days
  std::string fixed;   // a holiday's "--MM-DD"
  bool dateline = false;
};

bool StartsUpper(std::string_view s) {
  size_t n;
  return !s.empty() && IsUpper(DecodeAt(s, 0, &n));
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9' || v > 100000) return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

std::string_view StripDot(std::string_view s) {
  if (!s.empty() && s.back() == '.') s.remove_suffix(1);
  return s;
}

// "sunday's" -> "sunday" (after Fold, so only the ASCII apostrophe).
std::string_view StripPossessive(std::string_view s) {
  if (s.size() > 2 && s.compare(s.size() - 2, 2, "'s") == 0) s.remove_suffix(2);
  return s;
}

// Walks the tokens and recognises date expressions at a given token.
class Scanner {
 public:
  Scanner(const DateFinder::Lists& lists, const Document& doc)
      : l_(lists), doc_(doc), toks_(doc.tokens), n_(doc.tokens.size()) {
    // Document::norm folds ’ (and ‘) to '; a lone ‘ mark stays as written.
    lower_.reserve(n_);
    for (size_t i = 0; i < n_; ++i)
      lower_.push_back(doc.TokenText(i) == "\xE2\x80\x98" ? doc.lower[i] : doc.norm[i]);
  }

  // Tries every matcher at token i; on success fills *f (f->last > i).
  bool Match(size_t i, Found* f) {
    *f = Found();
    return MatchRelative(i, f) || MatchNumeric(i, f) || MatchTime(i, f) ||
           MatchWeekday(i, f) || MatchMonthFirst(i, f) || MatchDayFirst(i, f) ||
           MatchHoliday(i, f) || MatchYear(i, f);
  }

  std::string_view Lower(size_t i) const { return lower_[i]; }
  std::string_view Text(size_t i) const { return doc_.TokenText(i); }

 private:
  bool IsWord(size_t i) const { return i < n_ && toks_[i].kind == TokenKind::kWord; }
  bool IsNum(size_t i) const { return i < n_ && toks_[i].kind == TokenKind::kNumber; }
  bool IsPunct(size_t i, std::string_view p) const {
    return i < n_ && toks_[i].kind == TokenKind::kPunct && Text(i) == p;
  }
  bool Cap(size_t i) const { return i < n_ && StartsUpper(Text(i)); }
  // Token j continues token i's line and sentence (for multi-token dates).
  bool Joined(size_t i, size_t j) const {
    if (j >= n_ || j <= i) return false;
    for (size_t k = i + 1; k <= j; ++k)
      if (toks_[k].line_before) return false;
    return true;
  }
  bool SameSentence(size_t i, size_t j) const {
    return j < n_ && toks_[i].sentence == toks_[j].sentence && !toks_[j].para_before &&
           (j <= i || !toks_[j].line_before);
  }
  // The token before i in its sentence, or n_.
  size_t Prev(size_t i) const {
    if (i == 0 || toks_[i].line_before || toks_[i - 1].sentence != toks_[i].sentence) return n_;
    return i - 1;
  }
  size_t Next(size_t i) const {
    if (i + 1 >= n_ || toks_[i + 1].line_before || toks_[i + 1].sentence != toks_[i].sentence)
      return n_;
    return i + 1;
  }
  bool LowerWord(size_t i) const { return IsWord(i) && !Cap(i) && !AllDigits(Text(i)); }
  bool Role(const WordList& list, size_t i, std::string_view role) const {
    if (i >= n_) return false;
    return list.Value(lower_[i]).find(role) != std::string_view::npos &&
           list.Contains(lower_[i]);
  }

  Span SpanOf(size_t first, size_t last) const {
    return {toks_[first].span.start, toks_[last - 1].span.end};
  }

  // Token i's span without a possessive ending ("Sunday’s" -> "Sunday").
  Span WordSpan(size_t i) const {
    Span s = toks_[i].span;
    const std::string_view t = Text(i);
    if (t.size() > 2 && t.compare(t.size() - 2, 2, "'s") == 0) s.end -= 2;
    else if (t.size() > 4 && t.compare(t.size() - 4, 4, "\xE2\x80\x99s") == 0) s.end -= 4;
    return s;
  }

  // A day of the month: "15" or "15th".
  int Day(size_t i) const {
    if (i >= n_) return 0;
    std::string_view t = Text(i);
    if (IsWord(i) && t.size() >= 3 && t.size() <= 4) {
      const std::string_view lw = lower_[i];
      if (lw.size() != t.size()) return 0;
      const std::string_view suf = lw.substr(lw.size() - 2);
      if (suf != "st" && suf != "nd" && suf != "rd" && suf != "th") return 0;
      t = t.substr(0, t.size() - 2);
    } else if (!IsNum(i)) {
      return 0;
    }
    if (t.size() > 2 || !AllDigits(t)) return 0;
    const int d = ToInt(t);
    return d >= 1 && d <= 31 ? d : 0;
  }

  // A four-digit year token (1000..2100), or 0.
  int Year(size_t i) const {
    if (!IsNum(i) || Text(i).size() != 4 || !AllDigits(Text(i))) return 0;
    const int y = ToInt(Text(i));
    return y >= 1000 && y <= 2100 ? y : 0;
  }

  // Month number of token i (capitalised), with its flags.
  int Month(size_t i, bool* abbr, bool* ambiguous) const {
    *abbr = *ambiguous = false;
    if (!IsWord(i) || !Cap(i)) return 0;
    std::string_view key = StripPossessive(lower_[i]);
    const bool dotted = !key.empty() && key.back() == '.';
    key = StripDot(key);
    if (!l_.months.Contains(key)) return 0;
    const std::string_view v = l_.months.Value(key);
    *abbr = v.find("abbr") != std::string_view::npos;
    *ambiguous = v.find("ambiguous") != std::string_view::npos;
    if (dotted && !*abbr) return 0;
    return std::atoi(std::string(v).c_str());
  }

  int Weekday(size_t i, bool* abbr) const {
    *abbr = false;
    if (!IsWord(i) || !Cap(i)) return 0;
    std::string_view key = StripDot(StripPossessive(lower_[i]));
    if (!l_.weekdays.Contains(key)) return 0;
    const std::string_view v = l_.weekdays.Value(key);
    *abbr = v.find("abbr") != std::string_view::npos;
    return std::atoi(std::string(v).c_str());
  }

  // "last"/"next"/"this" right before token i: the direction, and moves
  // *first back over it.
  int Modifier(size_t i, size_t* first) const {
    const size_t p = Prev(i);
    if (p >= n_) return 0;
    const std::string_view w = lower_[p];
    int dir = w == "last" || w == "past" ? -1 : w == "next" || w == "coming" ? 1 : w == "this" ? 2 : 0;
    if (dir == 0) return 0;
    // "the last Friday of the month" is not relative to the reference.
    const size_t pp = Prev(p);
    if (pp < n_ && (lower_[pp] == "the" || lower_[pp] == "every")) return 0;
    *first = p;
    return dir;
  }

  // ---- relative phrases ----------------------------------------------------

  bool MatchRelative(size_t i, Found* f) {
    if (!IsWord(i) && !IsNum(i)) return false;
    if (!l_.relative_first.Contains(StripPossessive(lower_[i])))
      return MatchCountAgo(i, f) || MatchPeriod(i, f);
    // Lexicon phrases, longest first.
    const size_t max_words = l_.relative.max_words();
    std::string phrase;
    size_t best = 0;
    std::string_view best_value;
    for (size_t k = 0; k < max_words && i + k < n_; ++k) {
      if (k > 0 && (!Joined(i, i + k) || !IsWord(i + k))) break;
      if (k > 0) phrase += ' ';
      const std::string_view last_word = StripPossessive(lower_[i + k]);
      const std::string probe = phrase + std::string(last_word);  // "this year's"
      phrase += lower_[i + k];
      if (l_.relative.Contains(probe)) {
        best = k + 1;
        best_value = l_.relative.Value(probe);
      }
    }
    if (best > 0) {
      const std::string_view w = lower_[i];
      const size_t p = Prev(i);
      // "the last week of June", "the Today programme": not the reference's.
      if (p < n_ && lower_[p] == "the" && (w == "last" || w == "next" || w == "this" || Cap(i)))
        return false;
      // "this year's" is fine, "Today" inside a name is not.
      if (best == 1 && Cap(i) && p < n_ && Cap(p)) return false;
      f->kind = Kind::kRelative;
      f->first = i;
      f->last = i + best;
      const size_t sp = best_value.find(' ');
      const std::string_view unit = best_value.substr(0, sp);
      f->offset = sp == std::string_view::npos ? 0 : std::atoi(std::string(best_value.substr(sp + 1)).c_str());
      f->unit = unit == "day" ? Unit::kDay : unit == "week" ? Unit::kWeek
              : unit == "month" ? Unit::kMonth : unit == "year" ? Unit::kYear : Unit::kVague;
      return true;
    }
    return MatchCountAgo(i, f) || MatchPeriod(i, f);
  }

  // A count: "2", "two", "a".
  int Count(size_t i) const {
    if (IsNum(i) && AllDigits(Text(i)) && Text(i).size() <= 3) return ToInt(Text(i));
    if (IsWord(i) && l_.numbers.Contains(lower_[i]))
      return std::atoi(std::string(l_.numbers.Value(lower_[i])).c_str());
    return 0;
  }

  static Unit UnitOf(std::string_view w, bool* plural) {
    *plural = !w.empty() && w.back() == 's';
    if (*plural) w.remove_suffix(1);
    return w == "day" ? Unit::kDay : w == "week" ? Unit::kWeek : w == "month" ? Unit::kMonth
         : w == "year" ? Unit::kYear : w == "decade" ? Unit::kVague : Unit::kNone;
  }

  static int UnitDays(Unit u) {
    return u == Unit::kDay ? 1 : u == Unit::kWeek ? 7 : u == Unit::kMonth ? 30 : u == Unit::kYear ? 365 : 3650;
  }

  // "two days ago", "a year ago", "several weeks ago".
  bool MatchCountAgo(size_t i, Found* f) {
    if (i + 2 >= n_ || lower_[i + 2] != "ago") return false;
    int count = Count(i);
    const bool vague = count == 0 && (lower_[i] == "several" || lower_[i] == "few");
    if (count == 0 && !vague) return false;
    bool plural;
    const Unit u = Joined(i, i + 1) ? UnitOf(lower_[i + 1], &plural) : Unit::kNone;
    if (u == Unit::kNone || !Joined(i, i + 2) || lower_[i + 2] != "ago") return false;
    f->kind = Kind::kRelative;
    f->first = i;
    f->last = i + 3;
    if (vague || u == Unit::kVague) {
      f->unit = Unit::kVague;
      f->offset = -UnitDays(u) * (vague ? 3 : count);
    } else {
      f->unit = u;
      f->offset = -count;
    }
    return true;
  }

  // "within the next two weeks", "over the past year", "in the last few days".
  bool MatchPeriod(size_t i, Found* f) {
    size_t j = i;
    const std::string_view w = lower_[i];
    if (w != "the" && w != "within" && w != "in" && w != "over" && w != "during" && w != "for")
      return false;
    const bool prep = w == "within" || w == "in" || w == "over" || w == "during" || w == "for";
    if (prep) ++j;
    if (!Joined(i, j) || j >= n_ || lower_[j] != "the") return false;
    if (!prep) {
      // Without a preposition only at a clause start ("The past week saw ...").
      const size_t p = Prev(i);
      if (p < n_ && !(toks_[p].kind == TokenKind::kPunct)) return false;
    }
    ++j;
    if (!Joined(i, j)) return false;
    const std::string_view d = lower_[j];
    int sign = d == "next" || d == "coming" ? 1 : d == "past" || d == "last" || d == "previous" ? -1 : 0;
    if (sign == 0) return false;
    ++j;
    int count = 1;
    if (Joined(i, j) && (lower_[j] == "few" || lower_[j] == "several")) {
      count = 3;
      ++j;
    } else if (Joined(i, j) && Count(j) > 0 && lower_[j] != "a" && lower_[j] != "an") {
      count = Count(j);
      ++j;
    }
    bool plural;
    const Unit u = Joined(i, j) ? UnitOf(lower_[j], &plural) : Unit::kNone;
    if (u == Unit::kNone) return false;
    // "the last five months of her life": a period of the story, not of now.
    if (Joined(i, j + 1) && lower_[j + 1] == "of") return false;
    // "the next day" counts from the story's last event, not the reference.
    if (!plural && count <= 1 && !(prep && (d == "past" || d == "last" || d == "coming")))
      return false;
    f->kind = Kind::kRelative;
    f->first = i;
    f->last = j + 1;
    f->unit = Unit::kVague;
    // The middle of the period, roughly, for ordering.
    f->offset = sign * std::max(1, UnitDays(u) * count / 2);
    return true;
  }

  // ---- numeric dates -------------------------------------------------------

  bool MatchNumeric(size_t i, Found* f) {
    if (!IsNum(i)) return false;
    // Not the tail of a longer number pattern ("1/2/3/4", "v2.2015").
    if (i > 0 && !toks_[i].space_before && !toks_[i].line_before &&
        (toks_[i - 1].kind != TokenKind::kPunct || Text(i - 1) == "/" || Text(i - 1) == "-" ||
         Text(i - 1) == "."))
      return false;
    std::string_view a, b, c;
    size_t last;
    std::string_view t = Text(i);
    if (t.find('.') != std::string_view::npos) {
      // "15.08.2025" is one token.
      const size_t d1 = t.find('.'), d2 = t.find('.', d1 + 1);
      if (d2 == std::string_view::npos || t.find('.', d2 + 1) != std::string_view::npos) return false;
      a = t.substr(0, d1);
      b = t.substr(d1 + 1, d2 - d1 - 1);
      c = t.substr(d2 + 1);
      if (a.size() > 2 || b.size() > 2 || c.size() != 4) return false;
      last = i + 1;
    } else {
      if (i + 4 >= n_) return false;
      const std::string_view sep = Text(i + 1);
      if ((sep != "-" && sep != "/") || Text(i + 3) != sep) return false;
      for (size_t k = i + 1; k <= i + 4; ++k)
        if (toks_[k].space_before || toks_[k].line_before) return false;
      if (!IsNum(i + 2) || !IsNum(i + 4)) return false;
      a = t;
      b = Text(i + 2);
      c = Text(i + 4);
      last = i + 5;
      // Not followed by more of the same ("2025-08-15-3").
      if (last < n_ && !toks_[last].space_before && (Text(last) == sep || IsNum(last))) return false;
    }
    if (!AllDigits(a) || !AllDigits(b) || !AllDigits(c)) return false;
    int y, m, d;
    bool year_only = false;
    if (a.size() == 4 && b.size() <= 2 && c.size() <= 2) {
      y = ToInt(a), m = ToInt(b), d = ToInt(c);
    } else if (a.size() <= 2 && b.size() <= 2 && c.size() == 4) {
      const int x = ToInt(a), z = ToInt(b);
      y = ToInt(c);
      if (x > 12 && z <= 12) {
        d = x, m = z;
      } else if (z > 12 && x <= 12) {
        m = x, d = z;
      } else if (x == z) {
        m = d = x;
      } else {
        // "08/09/2015": August 9 or 8 September; only the year is certain.
        m = d = 1;
        year_only = x >= 1 && x <= 12 && z >= 1 && z <= 12;
        if (!year_only) return false;
      }
    } else {
      return false;
    }
    if (y < 1000 || y > 2100 || !IsValidDate(y, m, d)) return false;
    f->kind = Kind::kCalendar;
    f->first = i;
    f->last = last;
    f->date = year_only ? CivilDate{y, 0, 0} : CivilDate{y, m, d};
    f->year_only_precision = year_only;
    f->parts.push_back(SpanOf(i, last));
    return true;
  }

  // ---- clock times ---------------------------------------------------------

  bool MatchTime(size_t i, Found* f) {
    if (IsWord(i) && (lower_[i].size() == 3 || lower_[i].size() == 4)) {
      // "6pm", "11am".
      const std::string_view w = lower_[i];
      const std::string_view digits = w.substr(0, w.size() - 2), suf = w.substr(w.size() - 2);
      if (AllDigits(digits) && ToInt(digits) >= 1 && ToInt(digits) <= 12 &&
          (suf == "am" || suf == "pm")) {
        f->kind = Kind::kTime;
        f->first = i;
        f->last = i + 1;
        f->parts.push_back(SpanOf(i, i + 1));
        return true;
      }
      return false;
    }
    if (!IsNum(i) || Text(i).size() > 2 || !AllDigits(Text(i))) return false;
    const int h = ToInt(Text(i));
    if (h > 23) return false;
    size_t last = 0;
    bool suffix = false;
    if (IsPunct(i + 1, ":") && !toks_[i + 1].space_before && i + 2 < n_ &&
        !toks_[i + 2].space_before) {
      std::string_view mm = Text(i + 2);
      if (mm.size() < 2) return false;
      if (lower_[i + 2].size() < 2) return false;
      std::string_view rest = std::string_view(lower_[i + 2]).substr(2);
      mm = mm.substr(0, 2);
      if (!AllDigits(mm) || ToInt(mm) > 59) return false;
      if (!rest.empty()) {
        if (!l_.time_words.Contains(rest) || l_.time_words.Value(rest) != "suffix") return false;
        suffix = true;
      }
      last = i + 3;
      // "3:16:20" or "2:1" scores are not times.
      if (last < n_ && !toks_[last].space_before && IsPunct(last, ":")) return false;
    } else if (h >= 1 && h <= 12 && Joined(i, i + 1) && Role(l_.time_words, i + 1, "suffix")) {
      last = i + 1;  // "6 p.m." (the suffix joins below)
    } else {
      return false;
    }
    if (last < n_ && Joined(i, last) && Role(l_.time_words, last, "suffix")) {
      suffix = true;
      ++last;
    }
    const size_t p = Prev(i);
    const bool cue = p < n_ && (Role(l_.time_words, p, "cue") || lower_[p] == "and");
    const bool zone = last < n_ && Joined(i, last) && Role(l_.time_words, last, "zone");
    if (!suffix && !zone && !cue) return false;
    f->kind = Kind::kTime;
    f->first = i;
    f->last = last;
    f->parts.push_back(SpanOf(i, last));
    return true;
  }

  // ---- weekdays ------------------------------------------------------------

  bool MatchWeekday(size_t i, Found* f) {
    bool abbr;
    const int wd = Weekday(i, &abbr);
    if (wd == 0) return false;
    size_t j = i + 1;
    if (abbr && IsPunct(j, ".") && !toks_[j].space_before) ++j;
    // An attached date: "Friday, July 21, 2017", "Sunday night (March 4)".
    size_t k = j;
    if (IsPunct(k, ",")) ++k;
    const bool daypart = k < n_ && (lower_[k] == "night" || lower_[k] == "morning" ||
                                    lower_[k] == "afternoon" || lower_[k] == "evening");
    if (daypart) ++k;
    const bool paren = IsPunct(k, "(");
    if (paren) ++k;
    Found date;
    if (Joined(i, k) && (MatchMonthFirst(k, &date) || MatchDayFirst(k, &date)) &&
        date.date.day != 0 && (!paren || IsPunct(date.last, ")"))) {
      *f = date;
      f->first = i;
      f->parts.insert(f->parts.begin(), SpanOf(i, i + 1));
      f->weekday_part = 0;
      f->weekday = wd;
      if (paren) f->last = date.last + 1;
      return true;
    }
    if (abbr) return false;
    size_t first = i;
    const int dir = Modifier(i, &first);
    const size_t p = Prev(i);
    const std::string_view prev = p < n_ ? lower_[p] : std::string_view();
    const bool cue = dir != 0 || prev == "on" || prev == "by" || prev == "since" ||
                     prev == "until" || prev == "till" || prev == "from" || prev == "through" ||
                     prev == "before" || prev == "after" || prev == "of" || prev == "every" ||
                     prev == "to" || prev == "and";
    // "the Sunday Times", "Monday Night Football": part of a name.
    const size_t nx = Next(i);
    if (!cue && nx < n_ && IsWord(nx) && Cap(nx)) {
      bool a2;
      if (Month(nx, &a2, &a2) == 0) return false;
    }
    if (prev == "the" && nx < n_ && Cap(nx)) return false;
    f->kind = Kind::kWeekday;
    f->first = first;
    f->last = j;
    f->weekday = wd;
    f->direction = dir;
    f->parts.push_back(WordSpan(i));
    return true;
  }

  // ---- month first: "August 15, 2025", "January 2025", "in May" --------------

  bool MatchMonthFirst(size_t i, Found* f) {
    bool abbr, ambiguous;
    const int m = Month(i, &abbr, &ambiguous);
    if (m == 0) return false;
    size_t j = i + 1;
    if (abbr && IsPunct(j, ".") && !toks_[j].space_before) ++j;
    CivilDate date{0, m, 0};
    size_t last = j;
    if (Joined(i, j) && Day(j) && !(IsNum(j) && Year(j))) {
      date.day = Day(j);
      last = j + 1;
      // "15-18": keep the first day, cover the range.
      if ((IsPunct(last, "-") || IsPunct(last, "\xE2\x80\x93")) && Joined(i, last + 1) &&
          Day(last + 1) > date.day && !toks_[last].space_before && !toks_[last + 1].space_before)
        last += 2;
      size_t y = last;
      if (IsPunct(y, ",")) ++y;
      if (Joined(i, y) && Year(y) && YearFollowOk(y)) {
        date.year = Year(y);
        last = y + 1;
      }
      if (!IsValidDate(date.year, date.month, date.day)) return false;
    } else if (Joined(i, j) && Year(j) && YearFollowOk(j)) {
      date.year = Year(j);
      last = j + 1;
    } else if (Joined(i, j + 1) && lower_[j] == "of" && Year(j + 1)) {
      date.year = Year(j + 1);
      last = j + 2;
    } else {
      // The month alone.
      if (abbr) return false;
      if (ambiguous && !MonthAloneOk(i)) return false;
    }
    size_t first = i;
    f->direction = date.year == 0 && date.day == 0 ? Modifier(i, &first) : 0;
    f->kind = Kind::kCalendar;
    f->first = first;
    f->last = last;
    f->date = date;
    f->parts.push_back(last == i + 1 ? WordSpan(i) : SpanOf(i, last));
    return true;
  }

  // "in May", "since March", "early June": a month, not the verb or a name.
  bool MonthAloneOk(size_t i) const {
    size_t p = Prev(i);
    if (p < n_ && IsPunct(p, "-") && !toks_[i].space_before) p = Prev(p);  // "mid-May"
    if (p >= n_) return false;
    const std::string_view w = lower_[p];
    bool cue = w == "in" || w == "since" || w == "until" || w == "till" || w == "during" ||
               w == "early" || w == "late" || w == "mid" || w == "last" || w == "next" ||
               w == "this" || w == "of" || w == "through" || w == "throughout";
    // "by September", "between October and …"; not "tabled by May and Hunt",
    // "the rift between May and Johnson".
    bool abbr, ambiguous;
    if (!cue && (w == "from" || w == "by" || w == "before" || w == "after" || w == "between"))
      cue = Month(i, &abbr, &ambiguous) != 0 && !ambiguous;
    // The end of a range that began with a month no one would take for a
    // name: "between January and June".
    if (!cue && (w == "and" || w == "to" || w == "or")) {
      const size_t pp = Prev(p);
      cue = pp < n_ && Month(pp, &abbr, &ambiguous) != 0 && !ambiguous;
    }
    if (!cue) return false;
    // "in May Smith's book": a first name.
    const size_t nx = Next(i);
    return !(nx < n_ && IsWord(nx) && Cap(nx));
  }

  // A year right after a month or day is one unless it counts what follows
  // ("on May 5, 2000 people marched").
  bool YearFollowOk(size_t y) const {
    const size_t nx = Next(y);
    return !(nx < n_ && (Role(l_.year_context, nx, "count") || IsPunct(nx, "%")));
  }

  // ---- day first: "15 August 2025", "1st of May" ---------------------------

  bool MatchDayFirst(size_t i, Found* f) {
    const int d = Day(i);
    if (d == 0) return false;
    size_t j = i + 1;
    // "15-16 March": the first day, the span covering both.
    if ((IsPunct(j, "-") || IsPunct(j, "\xE2\x80\x93")) && !toks_[j].space_before &&
        j + 1 < n_ && !toks_[j + 1].space_before && Day(j + 1) > d && IsNum(j + 1))
      j += 2;
    if (IsWord(i) && Joined(i, j + 1) && lower_[j] == "of") ++j;  // "15th of August"
    bool abbr, ambiguous;
    const int m = Joined(i, j) ? Month(j, &abbr, &ambiguous) : 0;
    if (m == 0) return false;
    size_t last = j + 1;
    if (abbr && IsPunct(last, ".") && !toks_[last].space_before) ++last;
    CivilDate date{0, m, d};
    size_t y = last;
    if (IsPunct(y, ",")) ++y;
    if (Joined(i, y) && Year(y) && YearFollowOk(y)) {
      date.year = Year(y);
      last = y + 1;
    }
    if (!IsValidDate(date.year, m, d)) return false;
    f->kind = Kind::kCalendar;
    f->first = i;
    f->last = last;
    f->date = date;
    f->parts.push_back(SpanOf(i, last));
    return true;
  }

  // ---- holidays ------------------------------------------------------------

  bool MatchHoliday(size_t i, Found* f) {
    if (!IsWord(i) || !Cap(i)) return false;
    if (!l_.holiday_first.Contains(lower_[i]) && !(i + 1 < n_ && Text(i + 1) == "Day")) return false;
    std::string phrase;
    size_t best = 0;
    for (size_t k = 0; k < l_.holidays.max_words() && i + k < n_; ++k) {
      if (k > 0 && (!Joined(i, i + k) || !Cap(i + k))) break;
      if (k > 0) phrase += ' ';
      phrase += lower_[i + k];
      if (l_.holidays.Contains(phrase)) best = k + 1;
    }
    if (best > 0) {
      phrase.clear();
      for (size_t k = 0; k < best; ++k) {
        if (k) phrase += ' ';
        phrase += lower_[i + k];
      }
      f->fixed = std::string(l_.holidays.Value(phrase));
      // "Easter Island", "Christmas Island": a place named after the day;
      // "Johnnie Christmas": a surname.
      const size_t nx = Next(i + best - 1);
      if (nx < n_ && IsWord(nx) && Cap(nx)) return false;
      const size_t pv = Prev(i);
      if (pv < n_ && IsWord(pv) && Cap(pv)) return false;
    } else {
      // "<Name> Day" after a date preposition: "on Waitangi Day".
      if (!Joined(i, i + 1) || Text(i + 1) != "Day") return false;
      const size_t p = Prev(i);
      if (p >= n_) return false;
      const std::string_view w = lower_[p];
      if (!(w == "on" || w == "since" || w == "until" || w == "before" || w == "after" ||
            w == "during" || w == "for" || w == "celebrate" || w == "celebrates" ||
            w == "celebrated" || w == "marking" || w == "marks"))
        return false;
      const size_t nx = Next(i + 1);
      if (nx < n_ && IsWord(nx) && Cap(nx)) return false;  // "Day" in a longer name
      best = 2;
    }
    f->kind = Kind::kHoliday;
    f->first = i;
    f->last = i + best;
    f->parts.push_back(SpanOf(i, i + best));
    return true;
  }

  // ---- bare years ----------------------------------------------------------

  bool MatchYear(size_t i, Found* f) {
    const int y = Year(i);
    if (y == 0) return false;
    size_t p = Prev(i);
    bool strong = false, weak = p >= n_;
    if (p < n_) {
      const std::string_view w = lower_[p];
      if (Role(l_.year_context, p, "label") || w == "$" || w == "#" || IsNum(p) ||
          w == "\xC2\xA3" || w == "\xE2\x82\xAC")
        return false;
      if (Role(l_.year_context, p, "cue")) strong = true;
      if (IsPunct(p, "-") && !toks_[i].space_before) {
        const size_t pp = Prev(p);
        if (pp < n_ && lower_[pp] == "mid") strong = true;
      }
      // The second year of a range or list: "from 2004 to 2009", "1997 and 1998".
      if ((w == "to" || w == "and" || w == "or" || w == "through" || w == "-" ||
           w == "\xE2\x80\x93" || w == ",") &&
          p > 0 && last_year_token_ + 1 == p)
        strong = true;
      weak = true;
    }
    const size_t nx = Next(i);
    if (nx < n_) {
      if (Role(l_.year_context, nx, "count") || IsPunct(nx, "%") || IsNum(nx)) return false;
      if (Role(l_.time_words, nx, "zone")) return false;  // "1900 GMT" is a time
      if ((IsPunct(nx, "-") || IsPunct(nx, "\xE2\x80\x93")) && !toks_[nx].space_before &&
          Role(l_.year_context, Next(nx), "count"))
        return false;  // "a 2000-year-old tradition"
      if (!strong && LowerWord(nx)) {
        // "the 1969 film" yes, "of 1709 schoolchildren" and "2000 troops" no.
        const std::string_view w = lower_[nx];
        const bool plural = w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' &&
                            !Role(l_.year_context, nx, "verb");
        // After "the" a year may qualify a plural too: "the 2014 protests".
        const bool the = p < n_ && lower_[p] == "the";
        if (y < 1900 || (plural && !the)) return false;
      }
    }
    if (!strong && (y < 1900 || !weak)) return false;
    last_year_token_ = i;
    f->kind = Kind::kCalendar;
    f->first = i;
    f->last = i + 1;
    f->date = {y, 0, 0};
    f->parts.push_back(SpanOf(i, i + 1));
    return true;
  }

  const DateFinder::Lists& l_;
  const Document& doc_;
  const std::vector<Token>& toks_;
  const size_t n_;
  std::vector<std::string_view> lower_;  // views into Document::lower and ::norm
  size_t last_year_token_ = static_cast<size_t>(-2);
};

// Whether the sentence speaks of the future ("will meet on Friday").
// Whether the date at tokens [first, last) is spoken of in the future ("will
// meet on Friday", "is to be held on May 3"): a future marker within a few
// words of it, in its sentence. Near words only, so a long sentence's other
// clauses don't count.
bool FutureNear(const DateFinder::Lists& l, const Scanner& sc, const Document& doc,
                size_t first, size_t last) {
  constexpr size_t kReach = 8;
  const uint32_t s = doc.tokens[first].sentence;
  size_t b = first, e = last;
  while (b > 0 && first - b < kReach && doc.tokens[b - 1].sentence == s) --b;
  while (e < doc.tokens.size() && e - last < kReach && doc.tokens[e].sentence == s) ++e;
  for (size_t k = b; k < e; ++k) {
    const std::string_view w = sc.Lower(k);
    if (w.size() > 3 && (w.compare(w.size() - 3, 3, "'ll") == 0)) return true;
    if (!l.future_first.Contains(w)) continue;
    if (l.future.Contains(w)) return true;
    std::string phrase(w);
    if (k + 1 < e && l.future.Contains(phrase.append(" ").append(sc.Lower(k + 1)))) return true;
    if (k + 2 < e && l.future.Contains(phrase.append(" ").append(sc.Lower(k + 2))))
      return true;
  }
  return false;
}

// A dateline: a full date near the top, on its own line or after a weekday.
bool IsDateline(const Found& f, const Document& doc) {
  if (f.kind != Kind::kCalendar || f.date.year == 0 || f.date.day == 0 ||
      f.year_only_precision)
    return false;
  if (doc.tokens[f.first].span.start > 600) return false;
  if (f.weekday_part >= 0) return true;
  const bool line_start = doc.tokens[f.first].line_before;
  const bool line_end = f.last >= doc.tokens.size() || doc.tokens[f.last].line_before;
  if (line_start && line_end) return true;
  if (f.first < 2 || doc.tokens[f.first].line_before) return false;
  // "LONDON, March 4, 2019 -", "Published: March 4, 2019", "Updated March 4, 2019".
  const std::string_view before = doc.Lower(f.first - 1);
  const std::string_view word = doc.TokenText(f.first - 2);
  if (before == "published" || before == "updated" || before == "posted") return true;
  if (before == ":" || before == ",") {
    const std::string w = ToLower(word);
    if (w == "published" || w == "updated" || w == "posted" || w == "date") return true;
    if (before == ",") {
      // A city in capitals opening its line: "NEW YORK, ...".
      for (size_t k = f.first - 2;; --k) {
        const Token& t = doc.tokens[k];
        if (t.kind != TokenKind::kWord || t.span.size() < 2) return false;
        for (char c : doc.TokenText(k))
          if (c >= 'a' && c <= 'z') return false;
        if (t.line_before) return true;
        if (k == 0 || f.first - k > 4) return false;
      }
    }
  }
  return false;
}

struct Resolved {
  std::string iso;
  bool relative = false;
  int offset_days = 0;
};

// Gives f an ISO value using the reference date, if any.
Resolved Resolve(const Found& f, const CivilDate* ref, bool future) {
  Resolved r;
  const int64_t ref_days = ref ? DaysFromCivil(ref->year, ref->month, ref->day) : 0;
  switch (f.kind) {
    case Kind::kCalendar:
    case Kind::kHoliday: {
      CivilDate d = f.date;
      if (f.kind == Kind::kHoliday) {
        if (f.fixed.size() != 7) return r;
        d = {0, std::atoi(f.fixed.substr(2, 2).c_str()), std::atoi(f.fixed.substr(5, 2).c_str())};
      }
      if (d.year == 0 && d.month != 0 && ref) {
        d.year = ref->year;
        if (f.direction == 2) {
          // "this May": the reference's year.
        } else if (d.day != 0) {
          const int64_t days = DaysFromCivil(d.year, d.month, d.day);
          if (!future && days > ref_days + 31) --d.year;
          if (future && days < ref_days - 31) ++d.year;
        } else {
          const int diff = d.month - ref->month;
          if (f.direction == -1) {
            if (diff >= 0) --d.year;
          } else if (f.direction == 1) {
            if (diff <= 0) ++d.year;
          } else if (!future && diff > 1) {
            --d.year;
          } else if (future && diff < -1) {
            ++d.year;
          }
        }
        if (d.day != 0 && !IsValidDate(d.year, d.month, d.day)) d.day = 0;  // Feb 29
      }
      r.iso = FormatIso(d);
      return r;
    }
    case Kind::kWeekday: {
      r.relative = true;
      if (!ref) return r;
      const int ref_wd = IsoWeekday(ref_days);
      int back = (ref_wd - f.weekday + 7) % 7;   // days to the last one (0 = today)
      int ahead = (f.weekday - ref_wd + 7) % 7;  // days to the next one
      int64_t days;
      if (f.direction == -1) {
        days = ref_days - (back == 0 ? 7 : back);
      } else if (f.direction == 1) {
        days = ref_days + (ahead == 0 ? 7 : ahead);
      } else if (future) {
        days = ref_days + ahead;
      } else {
        days = ref_days - back;
      }
      r.iso = FormatIso(CivilFromDays(days));
      r.offset_days = static_cast<int>(days - ref_days);
      return r;
    }
    case Kind::kRelative: {
      r.relative = true;
      switch (f.unit) {
        case Unit::kDay:
          r.offset_days = f.offset;
          if (ref) r.iso = FormatIso(CivilFromDays(ref_days + f.offset));
          break;
        case Unit::kWeek:
          r.offset_days = 7 * f.offset - (f.offset == 0 ? 2 : 0);
          if (ref) r.iso = FormatIsoWeek(ref_days + 7 * f.offset);
          break;
        case Unit::kMonth:
          r.offset_days = 30 * f.offset - (f.offset == 0 ? 7 : 0);
          if (ref) {
            int y = ref->year, m = ref->month;
            AddMonths(f.offset, &y, &m);
            r.iso = FormatIso({y, m, 0});
          }
          break;
        case Unit::kYear:
          r.offset_days = 365 * f.offset - (f.offset == 0 ? 60 : 0);
          if (ref) r.iso = FormatIso({ref->year + f.offset, 0, 0});
          break;
        default:
          r.offset_days = f.offset;
          break;
      }
      return r;
    }
    case Kind::kTime:
      return r;
  }
  return r;
}

// Groups mentions of the same date into one entity.
std::string EntityKey(const Found& f, const Resolved& r, std::string_view text, bool weekday_part) {
  if (weekday_part || f.kind == Kind::kWeekday)
    return "w:" + ToLower(text) + "|" + r.iso;
  if (f.kind == Kind::kTime) return "t:" + ToLower(text);
  if (!r.iso.empty()) return "d:" + r.iso + (f.year_only_precision ? "?" : "");
  return "x:" + ToLower(text);
}

}  // namespace

DateFinder::DateFinder(const Lexicons& lexicons)
    : lists_{lexicons.Get("months"),       lexicons.Get("weekdays"),
             lexicons.Get("relative_dates"), lexicons.Get("number_words"),
             lexicons.Get("holidays"),     lexicons.Get("year_context"),
             lexicons.Get("time_words"),   lexicons.Get("future_markers"),
             {},                           {},
             {}} {
  for (std::string_view e : lists_.relative.entries())
    lists_.relative_first.Add(e.substr(0, e.find(' ')));
  for (std::string_view e : lists_.holidays.entries())
    lists_.holiday_first.Add(e.substr(0, e.find(' ')));
  for (std::string_view e : lists_.future.entries())
    lists_.future_first.Add(e.substr(0, e.find(' ')));
}

void DateFinder::Run(Document* doc) const {
  Scanner scanner(lists_, *doc);
  std::vector<Found> found;
  for (size_t i = 0; i < doc->tokens.size();) {
    Found f;
    if (scanner.Match(i, &f)) {
      i = f.last;
      found.push_back(std::move(f));
    } else {
      ++i;
    }
  }

  // The reference: the caller's date, else the article's dateline.
  CivilDate ref;
  bool have_ref = ParseIsoDate(doc->options.date, &ref);
  for (Found& f : found) {
    if (IsDateline(f, *doc)) {
      f.dateline = true;
      if (!have_ref) {
        ref = f.date;
        have_ref = true;
      }
      break;
    }
  }

  Explanation& out = doc->out;
  if (doc->entity_at_token.size() < doc->tokens.size())
    doc->entity_at_token.resize(doc->tokens.size(), -1);
  std::map<std::string, int> entity_by_key;
  for (const Found& f : found) {
    // Tense only matters with a reference.
    const bool future = have_ref && f.kind != Kind::kTime && f.kind != Kind::kRelative &&
                        FutureNear(lists_, scanner, *doc, f.first, f.last);
    const Resolved r = Resolve(f, have_ref ? &ref : nullptr, future);
    int date_entity = -1;
    for (size_t p = 0; p < f.parts.size(); ++p) {
      const Span part = f.parts[p];
      const std::string_view text = Slice(doc->text, part);
      const std::string key = EntityKey(f, r, text, static_cast<int>(p) == f.weekday_part);
      auto [it, added] = entity_by_key.emplace(key, static_cast<int>(out.entities.size()));
      if (added) {
        Entity e;
        e.id = "E" + std::to_string(out.entities.size() + 1);
        e.type = EntityType::kDate;
        e.name = std::string(text);
        out.entities.push_back(std::move(e));
        doc->entity_info.emplace_back();
      }
      Entity& e = out.entities[it->second];
      if (!added) {
        e.mentions.push_back(part);
        // The fullest form names it: "August 15" over "Aug. 15".
        if (text.size() > e.name.size()) e.name = std::string(text);
      } else {
        e.mentions.push_back(part);
      }
      for (size_t k = f.first; k < f.last; ++k)
        if (part.Contains(doc->tokens[k].span)) doc->entity_at_token[k] = it->second;
      if (static_cast<int>(p) != f.weekday_part) date_entity = it->second;
    }
    if (f.kind == Kind::kTime) continue;
    if (f.kind == Kind::kHoliday && r.iso.empty()) continue;
    DateMention m;
    m.span = {doc->tokens[f.first].span.start, doc->tokens[f.last - 1].span.end};
    m.iso = r.iso;
    m.relative = r.relative;
    m.entity = date_entity;
    m.dateline = f.dateline;
    m.offset_days = r.offset_days;
    doc->dates.push_back(std::move(m));
  }
}

}  // namespace explainer
