// Character-level helpers over UTF-8: decoding, classification of code points
// and replacement of invalid bytes. Everything else in the core works on the
// sanitised text these produce, so decoding here can assume valid input.

#ifndef EXPLAINER_TEXT_H_
#define EXPLAINER_TEXT_H_

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "explainer/explanation.h"

namespace explainer {

// Copies `in` to *out with every invalid UTF-8 sequence (overlong forms,
// surrogates, truncated sequences, stray bytes) replaced by U+FFFD, one per
// maximal subpart as TextDecoder does. Appends the replaced ranges of *out
// (a run of U+FFFD is one range) to *replaced. Returns whether anything
// changed.
bool SanitizeUtf8(std::string_view in, std::string* out,
                  std::vector<Span>* replaced);

// Length of the well-formed UTF-8 sequence starting at byte `i` of `s`
// (1-4), or 0 if the bytes there are not one.
size_t ValidSequenceLength(std::string_view s, size_t i);

// Decodes the code point starting at byte `i` of valid UTF-8 `s`; stores its
// byte length in *len. Returns 0 at or past the end.
char32_t DecodeMultiByte(std::string_view s, size_t i, size_t* len);
// Every stage decodes characters in its inner loops and almost all of them
// are ASCII: that case is inline, the rest out of line.
inline char32_t DecodeAt(std::string_view s, size_t i, size_t* len) {
  if (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) {
    *len = 1;
    return static_cast<char32_t>(s[i]);
  }
  return DecodeMultiByte(s, i, len);
}

// Decodes the code point that ends just before byte `i`; *len is its length.
char32_t DecodeBefore(std::string_view s, size_t i, size_t* len);

// The non-ASCII halves of IsLetter, IsUpper, IsSpace and IsCombiningMark:
// most text is ASCII, so that test is inline.
bool IsNonAsciiLetter(char32_t c);
bool IsNonAsciiUpper(char32_t c);
inline bool IsLetter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return IsNonAsciiLetter(c);
}
inline bool IsUpper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return IsNonAsciiUpper(c);
}
bool IsLower(char32_t c);
inline bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool IsNonAsciiSpace(char32_t c);
// Spaces, tabs, line breaks, NBSP and the Unicode space separators.
inline bool IsSpace(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  return IsNonAsciiSpace(c);
}
bool IsLineBreak(char32_t c);
bool IsNonAsciiCombiningMark(char32_t c);
// Combining marks continue the letter before them ("é" written e + U+0301).
inline bool IsCombiningMark(char32_t c) { return c >= 0x300 && IsNonAsciiCombiningMark(c); }

// Appends code point c to *out as UTF-8.
void AppendUtf8(char32_t c, std::string* out);

// Lower-cases ASCII and the common Latin, Greek and Cyrillic capitals.
std::string ToLower(std::string_view s);
// The same, appended to *out (no allocation when *out has room).
void AppendLower(std::string_view s, std::string* out);

// Trims Unicode spaces from both ends of `span` within `text`.
Span Trim(std::string_view text, Span span);

// Whether `w` is one of `set` (small fixed word sets in the stages).
inline bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set)
    if (w == s) return true;
  return false;
}

inline bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Whether word `w` is a possessive: "Jamal's", "Jamal’s", "Reuters'".
inline bool IsPossessive(std::string_view w) {
  return (w.size() > 2 && (EndsWith(w, "'s") || EndsWith(w, "s'"))) ||
         (w.size() > 4 && (EndsWith(w, "\xE2\x80\x99s") || EndsWith(w, "s\xE2\x80\x99")));
}

// Whether `w` is an ASCII acronym: "MP", "CEO".
inline bool IsAllCaps(std::string_view w) {
  if (w.size() < 2) return false;
  for (char c : w)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

inline std::string_view Slice(std::string_view text, Span span) {
  return text.substr(span.start, span.size());
}

}  // namespace explainer

#endif  // EXPLAINER_TEXT_H_
