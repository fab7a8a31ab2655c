// Helpers shared by the core tests: run the whole pipeline on a string and
// read the result back as the JSON consumers see (UTF-16 offsets), plus
// UTF-8 <-> UTF-16 conversion to slice spans the way JS does.

#ifndef EXPLAINER_TESTS_TEST_UTIL_H_
#define EXPLAINER_TESTS_TEST_UTIL_H_

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "explainer/explainer.h"

namespace explainer::testing {

// One Explainer for the whole test binary: building it loads every lexicon.
inline const Explainer& SharedExplainer() {
  static const Explainer* explainer = new Explainer();
  return *explainer;
}

inline nlohmann::json ExplainJson(std::string_view text, const Options& options = {}) {
  Explanation e;
  Status s = SharedExplainer().Explain(text, options, &e);
  if (!s.ok()) return nlohmann::json::parse(ErrorJson(s));
  return nlohmann::json::parse(ToJson(e));
}

inline std::u16string ToUtf16(std::string_view s) {
  std::u16string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    char32_t cp;
    size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (size_t k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
    i += n;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(cp));
    }
  }
  return out;
}

inline std::string ToUtf8(std::u16string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    char32_t cp = s[i];
    if (cp >= 0xD800 && cp < 0xDC00 && i + 1 < s.size()) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (s[++i] - 0xDC00);
    }
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  return out;
}

// The UTF-8 text of the UTF-16 span {start, end} of `text` (what JS's
// text.slice(start, end) would give).
inline std::string SliceUtf16(std::string_view text, const nlohmann::json& span) {
  std::u16string u = ToUtf16(text);
  size_t start = span.at("start"), end = span.at("end");
  return ToUtf8(std::u16string_view(u).substr(start, end - start));
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::string DemoArticle() { return ReadFile(EXPLAINER_DEMO_ARTICLE); }

inline nlohmann::json TestData(const std::string& name) {
  return nlohmann::json::parse(ReadFile(std::string(EXPLAINER_TESTDATA) + "/" + name));
}

}  // namespace explainer::testing

#endif  // EXPLAINER_TESTS_TEST_UTIL_H_
