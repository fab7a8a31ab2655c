#include "tokenizer.h"

#include <string>
#include <vector>

#include "text.h"

namespace explainer {
namespace {

bool IsWordChar(char32_t c) { return IsLetter(c) || IsDigit(c) || IsCombiningMark(c); }
bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

}  // namespace

Tokenizer::Tokenizer(const Lexicons& lexicons)
    : abbreviations_(lexicons.Get("abbreviations")) {}

void Tokenizer::Run(Document* doc) const {
  const std::string_view t = doc->text;
  auto& tokens = doc->tokens;
  tokens.clear();
  // News text has a token per five or six bytes: reserve once, not grow.
  tokens.reserve(t.size() / 4 + 16);
  size_t i = 0;
  bool space = false;
  int line_breaks = 0;
  while (i < t.size()) {
    size_t n;
    const char32_t c = DecodeAt(t, i, &n);
    if (IsSpace(c)) {
      space = true;
      if (IsLineBreak(c)) {
        // CRLF counts as one break.
        if (!(c == '\r' && i + 1 < t.size() && t[i + 1] == '\n')) ++line_breaks;
      }
      i += n;
      continue;
    }
    Token tok;
    tok.space_before = space;
    tok.line_before = line_breaks > 0 || tokens.empty();
    tok.para_before = line_breaks > 1 || tokens.empty();
    space = false;
    line_breaks = 0;
    const size_t start = i;
    if (IsWordChar(c)) {
      bool digits_only = IsDigit(c);
      bool inner_dot = false;
      size_t segment = start;  // start of the part after the last inner dot
      i += n;
      while (i < t.size()) {
        size_t m, m2;
        const char32_t d = DecodeAt(t, i, &m);
        if (IsWordChar(d)) {
          digits_only = digits_only && (IsDigit(d) || IsCombiningMark(d));
          i += m;
          continue;
        }
        const char32_t next = DecodeAt(t, i + m, &m2);
        // Inner apostrophes (you’ll), decimal and thousands separators (3.5,
        // 1,000) and dotted abbreviations (U.S) stay inside the token.
        if (IsApostrophe(d) && IsLetter(next) && !digits_only) {
          i += m;
        } else if (digits_only && (d == '.' || d == ',') && IsDigit(next)) {
          i += m;
        } else if (!digits_only && d == '.' && IsLetter(next) &&
                   i - segment <= 2) {
          inner_dot = true;
          i += m;
          segment = i;
        } else {
          break;
        }
      }
      tok.kind = digits_only ? TokenKind::kNumber : TokenKind::kWord;
      // The final dot belongs to abbreviations and initials ("U.S.", "Mr.",
      // "F."); the segmenter then decides whether it also ends a sentence.
      if (!digits_only && i < t.size() && t[i] == '.') {
        size_t letters = 0;
        for (size_t k = start; k < i;) {
          size_t m;
          if (IsLetter(DecodeAt(t, k, &m))) ++letters;
          k += m;
        }
        const bool initial = letters == 1 && IsUpper(DecodeAt(t, start, &n));
        if (inner_dot || initial || abbreviations_.Contains(t.substr(start, i - start))) ++i;
      }
    } else if (c == '.' || c == '!' || c == '?') {
      i += n;
      while (i < t.size() && (t[i] == '.' || t[i] == '!' || t[i] == '?')) ++i;
    } else {
      i += n;
    }
    tok.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(i)};
    tokens.push_back(tok);
  }
  Lowercase(doc);
  doc->words.reset();  // cues of earlier tokens are stale
}

void Tokenizer::Lowercase(Document* doc) const {
  const size_t n = doc->tokens.size();
  std::string& buf = doc->lower_text;
  buf.clear();
  buf.reserve(doc->text.size() + 16);
  // Offsets first: the views are made once the buffer stops growing.
  struct Where { uint32_t lower_at, lower_len, norm_at, norm_len; };
  std::vector<Where> where(n);
  for (size_t k = 0; k < n; ++k) {
    Where& w = where[k];
    w.lower_at = static_cast<uint32_t>(buf.size());
    AppendLower(doc->TokenText(k), &buf);
    w.lower_len = static_cast<uint32_t>(buf.size()) - w.lower_at;
    w.norm_at = w.lower_at;
    w.norm_len = w.lower_len;
    if (std::string_view(buf).substr(w.lower_at).find("\xE2\x80") == std::string_view::npos) continue;
    // U+2019 (’) and U+2018 (‘) become the ASCII apostrophe.
    std::string norm = buf.substr(w.lower_at);
    for (size_t p = norm.find("\xE2\x80"); p != std::string::npos; p = norm.find("\xE2\x80", p + 1)) {
      if (p + 2 < norm.size() && (norm[p + 2] == '\x99' || norm[p + 2] == '\x98')) norm.replace(p, 3, "'");
    }
    w.norm_at = static_cast<uint32_t>(buf.size());
    w.norm_len = static_cast<uint32_t>(norm.size());
    buf += norm;
  }
  const std::string_view all(buf);
  doc->lower.resize(n);
  doc->norm.resize(n);
  for (size_t k = 0; k < n; ++k) {
    doc->lower[k] = all.substr(where[k].lower_at, where[k].lower_len);
    doc->norm[k] = all.substr(where[k].norm_at, where[k].norm_len);
  }
}

}  // namespace explainer
