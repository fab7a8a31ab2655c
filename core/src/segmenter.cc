#include "segmenter.h"

#include <cstdint>

#include "text.h"

namespace explainer {
namespace {

bool IsClosing(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == 0xBB ||
         c == 0x203A || c == ')' || c == ']';
}

bool IsOpening(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201C || c == 0x2018 || c == 0xAB ||
         c == 0x201E || c == '(' || c == '[';
}

// Text wrapped at a fixed width: most long lines end near the same column, so
// a single line break there is not a sentence boundary.
bool LooksHardWrapped(std::string_view text) {
  int lines = 0, short_lines = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    const size_t len = nl - start;
    if (len > 40) {
      ++lines;
      if (len <= 80) ++short_lines;
    }
    start = nl + 1;
  }
  return lines >= 5 && short_lines * 10 >= lines * 8;
}

// A wire dateline opening the line at token `begin` ("BRUSSELS, June 12
// (Reuters) -", "WASHINGTON (AP) —"): the index of its dash, or SIZE_MAX.
// Capitalised words, numbers and their punctuation, then a spaced dash; the
// place in capitals or an agency in brackets tells it from "Smith - who".
size_t DatelineEnd(const Document& doc, size_t begin) {
  const auto& toks = doc.tokens;
  bool capitals = false, bracket = false, words = false;
  size_t n;
  for (size_t i = begin; i < toks.size() && i < begin + 12; ++i) {
    if (i > begin && toks[i].line_before) return SIZE_MAX;
    const std::string_view t = doc.TokenText(i);
    const char32_t c = DecodeAt(t, 0, &n);
    if (toks[i].kind == TokenKind::kPunct) {
      const bool dash = t == "-" || c == 0x2013 || c == 0x2014;
      if (dash && words && toks[i].space_before && i + 1 < toks.size() && toks[i + 1].space_before &&
          !toks[i + 1].line_before)
        return capitals || bracket ? i : SIZE_MAX;
      if (c == '(') bracket = true;
      if (c != ',' && c != '(' && c != ')' && c != '.') return SIZE_MAX;
      continue;
    }
    if (toks[i].kind != TokenKind::kNumber) {
      if (!IsUpper(c)) return SIZE_MAX;
      if (i == begin) {
        capitals = t.size() >= 2;
        for (size_t k = 0; k < t.size(); k += n) capitals = capitals && !IsLower(DecodeAt(t, k, &n));
      }
    }
    words = true;
  }
  return SIZE_MAX;
}

}  // namespace

Segmenter::Segmenter(const Lexicons& lexicons)
    : abbreviations_(lexicons.Get("abbreviations")),
      starters_(lexicons.Get("sentence_starters")) {}

// Whether a sentence ends with token i (or with closing marks after it, in
// which case *last moves to the final closing mark).
bool Segmenter::EndsAfter(const Document& doc, size_t i, size_t* last,
                          bool hard_wrapped) const {
  const auto& toks = doc.tokens;
  const std::string_view tok = doc.TokenText(i);
  size_t n;
  const char32_t first = DecodeAt(tok, 0, &n);
  const char32_t final = DecodeBefore(tok, tok.size(), &n);
  *last = i;
  bool terminal = false;
  bool abbreviation = false;
  if (toks[i].kind == TokenKind::kPunct) {
    terminal = first == '.' || first == '!' || first == '?' || first == 0x2026;
  } else if (final == '.') {
    terminal = true;
    abbreviation = true;
  }
  if (terminal) {
    // Absorb closing quotes and brackets that hug the mark: ...happen.”
    size_t j = i + 1;
    while (j < toks.size() && !toks[j].space_before &&
           IsClosing(DecodeAt(doc.TokenText(j), 0, &n)))
      *last = j++;
    if (j >= toks.size()) return true;
    const Token& next = toks[j];
    if (!next.space_before) return false;  // "3.5", "a.b", "?!"
    if (next.para_before) return true;
    const std::string_view next_text = doc.TokenText(j);
    const char32_t nc = DecodeAt(next_text, 0, &n);
    if (abbreviation) {
      const std::string_view word = tok.substr(0, tok.size() - 1);
      if (abbreviations_.Value(word) == "title") return false;  // Mr. Smith
      // Initials (Donald J. Trump) and abbreviations (U.S., Jan.) end a
      // sentence only at a line break or before a word that typically starts
      // one ("... in the U.S. The President ...").
      if (next.line_before && !hard_wrapped) return true;
      if (IsDigit(nc) || IsLower(nc)) return false;  // "11 p.m. but said"
      return starters_.Contains(next_text);
    }
    if (IsLower(nc)) return false;  // “Stop!” he said.
    return true;
  }
  // No terminal mark: a line break may still end a headline or dateline.
  if (i + 1 >= toks.size()) return true;
  const Token& next = toks[i + 1];
  if (next.para_before) return true;
  if (!next.line_before || hard_wrapped) return false;
  if (first == ',' || first == ';' || first == ':' || first == '-' ||
      first == 0x2013 || first == 0x2014 || IsOpening(first))
    return false;
  const char32_t nc = DecodeAt(doc.TokenText(i + 1), 0, &n);
  return !IsLower(nc);
}

void Segmenter::Run(Document* doc) const {
  auto& toks = doc->tokens;
  auto& sentences = doc->out.sentences;
  sentences.clear();
  const bool hard_wrapped = LooksHardWrapped(doc->text);
  size_t begin = 0;
  for (size_t i = 0; i < toks.size(); ++i) {
    size_t last;
    // A dateline is a sentence of its own, so "BRUSSELS" is not taken for
    // the subject of the story's first sentence.
    const bool line_start = i == begin && (i == 0 || toks[i].line_before);
    const size_t dateline = line_start ? DatelineEnd(*doc, i) : SIZE_MAX;
    if (dateline != SIZE_MAX) {
      last = dateline;
    } else if (!EndsAfter(*doc, i, &last, hard_wrapped)) {
      continue;
    }
    const uint32_t index = static_cast<uint32_t>(sentences.size());
    for (size_t k = begin; k <= last; ++k) toks[k].sentence = index;
    sentences.push_back({toks[begin].span.start, toks[last].span.end});
    begin = last + 1;
    i = last;
  }
}

}  // namespace explainer
