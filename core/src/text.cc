#include "text.h"

namespace explainer {

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

// Length of the valid UTF-8 sequence at `i`, or 0 if it is invalid.
size_t ValidSequenceLength(std::string_view s, size_t i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) return 1;
  size_t n;
  char32_t min;
  char32_t cp;
  if ((c & 0xE0) == 0xC0) {
    n = 2, min = 0x80, cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3, min = 0x800, cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4, min = 0x10000, cp = c & 0x07;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b(i + k) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

namespace {


// Bytes of the maximal subpart of an ill-formed sequence at `i` (Unicode
// 3.9 / WHATWG): a lead byte and the continuation bytes it still allows.
// One U+FFFD per subpart is what TextDecoder produces, so a caller who
// decodes the same bytes gets the same text and the same offsets.
size_t MaximalSubpart(std::string_view s, size_t i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 1;
  }
  size_t k = i + 1;
  while (need > 0 && k < s.size()) {
    const unsigned char b = static_cast<unsigned char>(s[k]);
    if (b < lo || b > hi) break;
    lo = 0x80, hi = 0xBF;
    ++k, --need;
  }
  return k - i;
}

}  // namespace

bool SanitizeUtf8(std::string_view in, std::string* out,
                  std::vector<Span>* replaced) {
  out->clear();
  out->reserve(in.size());
  bool changed = false;
  size_t i = 0;
  while (i < in.size()) {
    // Valid text is copied a run at a time, not a character at a time.
    size_t end = i;
    while (end < in.size()) {
      if (static_cast<unsigned char>(in[end]) < 0x80) {
        ++end;
        continue;
      }
      const size_t n = ValidSequenceLength(in, end);
      if (n == 0) break;
      end += n;
    }
    if (end > i) {
      out->append(in.data() + i, end - i);
      i = end;
      continue;
    }
    // One U+FFFD per maximal subpart; a run of them is one replaced span,
    // which keeps warnings readable.
    const uint32_t at = static_cast<uint32_t>(out->size());
    while (i < in.size() && ValidSequenceLength(in, i) == 0) {
      i += MaximalSubpart(in, i);
      AppendUtf8(0xFFFD, out);
    }
    replaced->push_back({at, static_cast<uint32_t>(out->size())});
    changed = true;
  }
  return changed;
}

char32_t DecodeMultiByte(std::string_view s, size_t i, size_t* len) {
  if (i >= s.size()) {
    *len = 0;
    return 0;
  }
  const unsigned char c = static_cast<unsigned char>(s[i]);
  size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
  if (i + n > s.size()) n = s.size() - i;
  char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
  *len = n;
  return cp;
}

char32_t DecodeBefore(std::string_view s, size_t i, size_t* len) {
  if (i == 0 || i > s.size()) {
    *len = 0;
    return 0;
  }
  size_t j = i - 1;
  while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80 && i - j < 4) --j;
  return DecodeAt(s, j, len);
}

bool IsNonAsciiUpper(char32_t c) {
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x137) return c % 2 == 0;
  if (c >= 0x139 && c <= 0x148) return c % 2 == 1;
  if (c >= 0x14A && c <= 0x177) return c % 2 == 0;
  if (c == 0x178) return true;
  if (c >= 0x179 && c <= 0x17E) return c % 2 == 1;
  if (c >= 0x391 && c <= 0x3AB) return true;
  if (c >= 0x400 && c <= 0x42F) return true;
  return false;
}

bool IsLower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return IsLetter(c) && !IsUpper(c);
}

bool IsNonAsciiLetter(char32_t c) {
  if (c == 0xAA || c == 0xB5 || c == 0xBA) return true;
  if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;
  if (c >= 0x370 && c <= 0x3FF) return c != 0x37E && c != 0x387;
  if (c >= 0x400 && c <= 0x52F) return true;
  if (c >= 0x1E00 && c <= 0x1EFF) return true;
  // Other scripts (Hebrew, Arabic, CJK, ...): letters, caseless.
  return (c >= 0x5D0 && c <= 0x6FF) || (c >= 0x900 && c <= 0xDFF) ||
         (c >= 0x3040 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF);
}

bool IsNonAsciiSpace(char32_t c) {
  return c == 0xA0 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000 || c == 0xFEFF;
}

bool IsLineBreak(char32_t c) {
  return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
}

bool IsNonAsciiCombiningMark(char32_t c) {
  return (c >= 0x300 && c <= 0x36F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
         (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
         (c >= 0xFE20 && c <= 0xFE2F);
}

std::string ToLower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  AppendLower(s, &out);
  return out;
}

void AppendLower(std::string_view s, std::string* out_ptr) {
  std::string& out = *out_ptr;
  // ASCII words (almost all of them) are copied in one go, then folded.
  bool ascii = true;
  for (char c : s) ascii = ascii && !(c & 0x80);
  if (ascii) {
    const size_t at = out.size();
    out.append(s);
    for (size_t k = at; k < out.size(); ++k)
      if (out[k] >= 'A' && out[k] <= 'Z') out[k] = static_cast<char>(out[k] + 0x20);
    return;
  }
  size_t i = 0;
  while (i < s.size()) {
    const char a = s[i];
    if (!(a & 0x80)) {  // ASCII fast path
      out.push_back(a >= 'A' && a <= 'Z' ? static_cast<char>(a + 0x20) : a);
      ++i;
      continue;
    }
    size_t n;
    char32_t c = DecodeAt(s, i, &n);
    if (n == 0) break;
    if (IsUpper(c)) {
      if (c < 0x80 || (c >= 0xC0 && c <= 0xDE)) {
        c += 0x20;
      } else if (c == 0x178) {
        c = 0xFF;
      } else if (c >= 0x100 && c <= 0x17F) {
        c += 1;
      } else if (c >= 0x391 && c <= 0x3AB) {
        c += 0x20;
      } else if (c >= 0x410 && c <= 0x42F) {
        c += 0x20;
      } else if (c >= 0x400 && c <= 0x40F) {
        c += 0x50;
      }
    }
    AppendUtf8(c, &out);
    i += n;
  }
}

Span Trim(std::string_view text, Span span) {
  size_t n;
  while (span.start < span.end && IsSpace(DecodeAt(text, span.start, &n)))
    span.start += static_cast<uint32_t>(n);
  while (span.end > span.start && IsSpace(DecodeBefore(text, span.end, &n)))
    span.end -= static_cast<uint32_t>(n);
  return span;
}

}  // namespace explainer
