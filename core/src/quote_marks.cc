#include "quote_marks.h"

#include <algorithm>
#include <string>

#include "text.h"

namespace explainer {
namespace {

enum class Family : uint8_t { kNone, kDouble, kSingle };

// Past this depth openers are ignored: real text never nests deeper, and a
// bound keeps junk input cheap.
constexpr size_t kMaxDepth = 8;
// Warnings are for a reader; a file of stray marks needs only the first few.
constexpr size_t kMaxWarnings = 20;
// How far a possible closing mark looks ahead for a better one.
constexpr size_t kLookahead = 80;

Family FamilyOf(char32_t c) {
  switch (c) {
    case '"': case 0x201C: case 0x201D: case 0x201E: case 0x201F:
    case 0xAB: case 0xBB: case 0x301D: case 0x301E: case 0xFF02:
      return Family::kDouble;
    case '\'': case 0x2018: case 0x2019: case 0x201A: case 0x201B:
    case 0x2039: case 0x203A:
      return Family::kSingle;
    default:
      return Family::kNone;
  }
}

// Marks that only ever open a quotation.
bool OnlyOpens(char32_t c) {
  return c == 0x201C || c == 0x201E || c == 0x201F || c == 0xAB ||
         c == 0x301D || c == 0x2018 || c == 0x201A || c == 0x201B ||
         c == 0x2039;
}

// Whether `close` can end a quotation opened with `open`.
bool Closes(char32_t open, char32_t close) {
  switch (open) {
    case 0x201C: return close == 0x201D || close == '"';
    case 0x201E: return close == 0x201C || close == 0x201D || close == '"';
    case 0x201F: return close == 0x201D || close == '"';
    case 0xAB: return close == 0xBB;
    case 0xBB: return close == 0xAB || close == 0xBB;
    case 0x301D: return close == 0x301E || close == 0x301F;
    case '"': case 0xFF02: return close == '"' || close == 0x201D || close == 0xFF02;
    case 0x201D: return close == 0x201D || close == '"';
    case 0x2018: case 0x201B: return close == 0x2019 || close == '\'';
    case 0x201A: return close == 0x2018 || close == 0x2019;
    case 0x2019: return close == 0x2019 || close == '\'';
    case '\'': return close == '\'' || close == 0x2019;
    case 0x2039: return close == 0x203A;
    case 0x203A: return close == 0x2039 || close == 0x203A;
    default: return false;
  }
}

// Punctuation before a mark that still lets it open: "(“", "—‘", "“‘".
bool OpeningContext(char32_t c) {
  return c == '(' || c == '[' || c == '{' || c == 0x2014 || c == 0x2013 ||
         c == '-' || c == '/' || FamilyOf(c) != Family::kNone;
}

class MarkPairer {
 public:
  MarkPairer(const Document& doc, const WordList& elisions,
             std::vector<Warning>* warnings)
      : doc_(doc), toks_(doc.tokens), elisions_(elisions),
        warnings_(warnings), blank_lines_(HasBlankLines(doc)) {}

  std::vector<MarkedQuote> Run() {
    for (size_t i = 0; i < toks_.size(); ++i) {
      if (i > 0 && !stack_.empty() && StartsParagraph(doc_, i, blank_lines_)) {
        if (Reopens(i)) continue;
        if (!ClosesLater(i)) CapAll(i - 1);
      }
      const char32_t c = MarkAt(i);
      if (c == 0) continue;
      Mark(i, c);
    }
    if (!toks_.empty()) CapAll(toks_.size() - 1);
    Finish();
    return std::move(out_);
  }

 private:
  struct Open {
    size_t token;
    char32_t mark;
    Family family;
    bool multi_paragraph = false;
  };

  // The quote character token i consists of, or 0.
  char32_t MarkAt(size_t i) const {
    if (toks_[i].kind != TokenKind::kPunct) return 0;
    const std::string_view t = doc_.TokenText(i);
    size_t n;
    const char32_t c = DecodeAt(t, 0, &n);
    return n == t.size() && FamilyOf(c) != Family::kNone ? c : 0;
  }

  char32_t FirstChar(size_t i) const {
    size_t n;
    return DecodeAt(doc_.TokenText(i), 0, &n);
  }

  // Space (or an opening bracket, dash or mark) before token i.
  bool OpenBefore(size_t i) const {
    if (i == 0 || toks_[i].space_before) return true;
    return toks_[i - 1].kind == TokenKind::kPunct && OpeningContext(FirstChar(i - 1));
  }

  // Space, the end, or closing punctuation after token i.
  bool ClosedAfter(size_t i) const {
    if (i + 1 >= toks_.size() || toks_[i + 1].space_before) return true;
    if (toks_[i + 1].kind != TokenKind::kPunct) return false;
    const char32_t c = FirstChar(i + 1);
    return c != '(' && c != '[' && c != '{';
  }

  bool CanOpen(size_t i) const { return OpenBefore(i) && !ClosedAfter(i); }
  bool CanClose(size_t i) const {
    if (i == 0 || toks_[i].space_before) return false;
    if (toks_[i - 1].kind == TokenKind::kPunct && OpeningContext(FirstChar(i - 1)) &&
        FamilyOf(FirstChar(i - 1)) == Family::kNone)
      return false;
    return ClosedAfter(i);
  }

  // "the ’90s", "’em", "rock ’n’ roll": an apostrophe standing for left-out
  // letters, not an opening mark.
  bool IsElision(size_t i) const {
    if (i + 1 >= toks_.size()) return false;
    const std::string_view next = doc_.TokenText(i + 1);
    if (toks_[i + 1].kind == TokenKind::kNumber) return true;
    if (next.size() >= 2 && IsDigit(static_cast<unsigned char>(next[0])) &&
        IsDigit(static_cast<unsigned char>(next[1])))
      return true;
    return elisions_.Contains(next);
  }

  // "the workers’ union": a mark after a plural that a later mark in the
  // same stretch could close instead is taken as an apostrophe.
  bool LooksPossessive(size_t i) const {
    if (i + 1 >= toks_.size() || toks_[i + 1].kind != TokenKind::kWord) return false;
    if (!toks_[i + 1].space_before || toks_[i - 1].kind != TokenKind::kWord) return false;
    const std::string_view prev = doc_.TokenText(i - 1);
    if (prev.empty() || (prev.back() != 's' && prev.back() != 'S')) return false;
    for (size_t j = i + 1; j < toks_.size() && j <= i + kLookahead; ++j) {
      if (StartsParagraph(doc_, j, blank_lines_)) return false;
      const char32_t c = MarkAt(j);
      if (FamilyOf(c) != Family::kSingle) continue;
      if (CanClose(j)) return true;
      if (CanOpen(j)) return false;
    }
    return false;
  }

  // A paragraph that opens with the mark of the quote still open continues
  // it (the convention for quotes over several paragraphs).
  bool Reopens(size_t i) {
    const char32_t c = MarkAt(i);
    if (c == 0 || FamilyOf(c) != stack_[0].family) return false;
    if (!(OnlyOpens(c) || CanOpen(i) || c == '"')) return false;
    stack_.resize(1);
    stack_[0].multi_paragraph = true;
    return true;
  }

  // Some texts run a quote over a paragraph break without reopening it: the
  // quote goes on when the next paragraph's first double mark can only
  // close it.
  bool ClosesLater(size_t i) const {
    if (stack_[0].family != Family::kDouble) return false;
    for (size_t j = i; j < toks_.size() && j < i + kLookahead * 4; ++j) {
      if (j > i && StartsParagraph(doc_, j, blank_lines_)) return false;
      const char32_t c = MarkAt(j);
      if (FamilyOf(c) != Family::kDouble) continue;
      return !OnlyOpens(c) && CanClose(j) && !CanOpen(j);
    }
    return false;
  }

  void Warn(size_t i, const std::string& message) {
    if (warned_ >= kMaxWarnings) return;
    ++warned_;
    warnings_->push_back({"unbalanced_quote", toks_[i].span, message});
  }

  // Ends every open quote at token `last`: double marks become a quote
  // capped there (with a warning); single marks that never closed were most
  // likely apostrophes and are dropped.
  void CapAll(size_t last) {
    for (size_t s = stack_.size(); s-- > 0;) {
      const Open& o = stack_[s];
      if (o.family == Family::kDouble) {
        Warn(o.token, "This quotation mark is never closed; the quote was ended at the end of its paragraph.");
        if (last > o.token) Emit(o, last, false);
      } else if (OnlyOpens(o.mark)) {
        Warn(o.token, "This single quotation mark is never closed.");
      }
    }
    stack_.clear();
  }

  void Emit(const Open& o, size_t close, bool closed) {
    MarkedQuote q;
    q.open = o.token;
    q.close = close;
    q.closed = closed;
    q.multi_paragraph = o.multi_paragraph;
    q.span = {toks_[o.token].span.start, toks_[close].span.end};
    q.content = closed ? Span{toks_[o.token].span.end, toks_[close].span.start}
                       : Span{toks_[o.token].span.end, toks_[close].span.end};
    q.content = Trim(doc_.text, q.content);
    if (!q.content.empty()) out_.push_back(q);
  }

  void Mark(size_t i, char32_t c) {
    const Family family = FamilyOf(c);
    const bool can_open = CanOpen(i);
    const bool can_close = CanClose(i);
    // Close the innermost open quote of the same family, if this mark can.
    int match = -1;
    for (size_t s = stack_.size(); s-- > 0;) {
      if (stack_[s].family == family) {
        match = static_cast<int>(s);
        break;
      }
    }
    if (match >= 0 && Closes(stack_[match].mark, c) && !OnlyOpens(c) &&
        (can_close || (!can_open && c != '\'' && c != 0x2019))) {
      if (family == Family::kSingle && LooksPossessive(i)) return;
      for (size_t s = stack_.size(); s-- > static_cast<size_t>(match) + 1;) {
        if (stack_[s].family == Family::kDouble)
          Warn(stack_[s].token, "This quotation mark is never closed.");
      }
      Emit(stack_[match], i, true);
      stack_.resize(match);
      return;
    }
    // German „…“ closes with the mark English opens with.
    if (c == 0x201C && match >= 0 && stack_[match].mark == 0x201E && can_close) {
      Emit(stack_[match], i, true);
      stack_.resize(match);
      return;
    }
    bool opens;
    if (OnlyOpens(c) || c == '"' || c == 0xFF02) {
      // 'said," [He] liked' / 'said:"No"': hugging a comma or colon.
      const bool after_colon = i > 0 && !toks_[i].space_before &&
                               (FirstChar(i - 1) == ',' || FirstChar(i - 1) == ':');
      opens = can_open || !can_close || (match < 0 && after_colon);
    } else if (c == '\'' || c == 0x2019) {
      opens = can_open && !IsElision(i);
    } else {
      opens = can_open && !can_close;  // ” » › opening (Swedish, Danish)
    }
    if (opens) {
      if (stack_.size() < kMaxDepth) stack_.push_back({i, c, family});
      return;
    }
    if (family == Family::kDouble)
      Warn(i, "This closing quotation mark has no opening mark.");
  }

  // Sorts by start and links each quote to the innermost one around it.
  void Finish() {
    std::sort(out_.begin(), out_.end(), [](const MarkedQuote& a, const MarkedQuote& b) {
      return a.span.start != b.span.start ? a.span.start < b.span.start
                                          : a.span.end > b.span.end;
    });
    std::vector<int> around;
    for (size_t k = 0; k < out_.size(); ++k) {
      while (!around.empty() && !out_[around.back()].span.Contains(out_[k].span))
        around.pop_back();
      out_[k].parent = around.empty() ? -1 : around.back();
      around.push_back(static_cast<int>(k));
    }
  }

  const Document& doc_;
  const std::vector<Token>& toks_;
  const WordList& elisions_;
  std::vector<Warning>* warnings_;
  const bool blank_lines_;
  std::vector<Open> stack_;
  std::vector<MarkedQuote> out_;
  size_t warned_ = 0;
};

}  // namespace

bool HasBlankLines(const Document& doc) {
  for (size_t i = 1; i < doc.tokens.size(); ++i)
    if (doc.tokens[i].para_before) return true;
  return false;
}

bool StartsParagraph(const Document& doc, size_t i, bool blank_lines) {
  const auto& t = doc.tokens;
  if (i == 0) return true;
  if (i >= t.size()) return false;
  if (t[i].para_before) return true;
  return !blank_lines && t[i].line_before && t[i].sentence != t[i - 1].sentence;
}

std::vector<MarkedQuote> PairQuoteMarks(const Document& doc,
                                        const WordList& elisions,
                                        std::vector<Warning>* warnings) {
  return MarkPairer(doc, elisions, warnings).Run();
}

}  // namespace explainer
