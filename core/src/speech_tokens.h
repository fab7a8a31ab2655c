// Small token tests shared by the quote, attribution and source stages:
// what a token is ("said", a comma, a capitalised word) without re-scanning
// the text.

#ifndef EXPLAINER_SPEECH_TOKENS_H_
#define EXPLAINER_SPEECH_TOKENS_H_

#include <string>
#include <string_view>

#include "document.h"
#include "text.h"

namespace explainer {

inline char32_t FirstCharOf(const Document& doc, size_t i) {
  size_t n;
  return DecodeAt(doc.TokenText(i), 0, &n);
}

// Token i is the single punctuation character c.
inline bool IsPunctChar(const Document& doc, size_t i, char32_t c) {
  if (i >= doc.tokens.size() || doc.tokens[i].kind != TokenKind::kPunct) return false;
  size_t n;
  const std::string_view t = doc.TokenText(i);
  return DecodeAt(t, 0, &n) == c && n == t.size();
}

inline bool IsWord(const Document& doc, size_t i) {
  return i < doc.tokens.size() && doc.tokens[i].kind == TokenKind::kWord;
}

// Token i is the word w (compared lower-cased; w is lower case).
inline bool IsWordLower(const Document& doc, size_t i, std::string_view w) {
  return IsWord(doc, i) && doc.Lower(i) == w;
}

inline bool IsCapitalised(const Document& doc, size_t i) {
  return IsWord(doc, i) && IsUpper(FirstCharOf(doc, i));
}

// . ! ? or an ellipsis.
inline bool IsTerminal(const Document& doc, size_t i) {
  if (i >= doc.tokens.size() || doc.tokens[i].kind != TokenKind::kPunct) return false;
  const char32_t c = FirstCharOf(doc, i);
  return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

inline bool IsDash(const Document& doc, size_t i) {
  if (i >= doc.tokens.size() || doc.tokens[i].kind != TokenKind::kPunct) return false;
  const char32_t c = FirstCharOf(doc, i);
  return c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2015;
}

inline bool IsQuoteMarkChar(char32_t c) {
  return c == '"' || c == '\'' || (c >= 0x2018 && c <= 0x201F) || c == 0xAB ||
         c == 0xBB || c == 0x2039 || c == 0x203A;
}

// Whether token i is an apostrophe hugging the word before it ("Brooks'
// spokeswoman", "the Home Builders' Council"), no quotation mark.
inline bool IsHuggingApostrophe(const Document& doc, size_t i) {
  if (i == 0 || i >= doc.tokens.size() || doc.tokens[i].space_before) return false;
  const char32_t c = FirstCharOf(doc, i);
  return (c == '\'' || c == 0x2019) && doc.tokens[i - 1].kind == TokenKind::kWord;
}

}  // namespace explainer

#endif  // EXPLAINER_SPEECH_TOKENS_H_
