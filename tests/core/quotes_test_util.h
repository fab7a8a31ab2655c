// Helpers for the quote, attribution and source tests: run the whole
// pipeline and read quotes and sources back as text (UTF-16 offsets sliced
// the way JS would), with speakers as entity names.

#ifndef EXPLAINER_TESTS_QUOTES_TEST_UTIL_H_
#define EXPLAINER_TESTS_QUOTES_TEST_UTIL_H_

#include <string>
#include <vector>

#include "test_util.h"

namespace explainer::testing {

struct QuoteView {
  std::string kind;
  std::string text;     // with the marks
  std::string content;  // inside them
  std::string speaker;  // the entity's name, or "" for null
  std::string cue;      // "" for null
  double confidence = 0;
};

struct SourceView {
  std::string id, name, kind, text, via_name, entity;
};

inline std::string EntityName(const nlohmann::json& r, const nlohmann::json& id) {
  if (!id.is_string()) return "";
  for (const auto& e : r["entities"])
    if (e["id"] == id) return e["name"];
  return "?";
}

inline std::vector<QuoteView> QuotesOf(const std::string& text) {
  const nlohmann::json r = ExplainJson(text);
  std::vector<QuoteView> out;
  for (const auto& q : r["quotes"]) {
    QuoteView v;
    v.kind = q["kind"];
    v.text = SliceUtf16(text, q);
    v.content = SliceUtf16(text, q["content"]);
    v.speaker = EntityName(r, q["speaker"]);
    if (q["cue"].is_object()) v.cue = q["cue"]["text"];
    v.confidence = q["confidence"];
    out.push_back(v);
  }
  return out;
}

// The first quote whose content contains `needle`, or an empty view.
inline QuoteView QuoteWith(const std::vector<QuoteView>& quotes, const std::string& needle,
                           const std::string& kind = "") {
  for (const auto& q : quotes)
    if (q.content.find(needle) != std::string::npos && (kind.empty() || q.kind == kind)) return q;
  return {};
}

inline std::vector<SourceView> SourcesOf(const std::string& text) {
  const nlohmann::json r = ExplainJson(text);
  std::vector<SourceView> out;
  for (const auto& s : r["sources"]) {
    SourceView v;
    v.id = s["id"];
    v.name = s["name"];
    v.kind = s["kind"];
    v.text = SliceUtf16(text, s);
    v.entity = EntityName(r, s["entity"]);
    if (s["via"].is_string())
      for (const auto& t : r["sources"])
        if (t["id"] == s["via"]) v.via_name = t["name"];
    out.push_back(v);
  }
  return out;
}

inline std::vector<std::string> WarningCodes(const std::string& text) {
  std::vector<std::string> out;
  const nlohmann::json r = ExplainJson(text);
  for (const auto& w : r["warnings"]) out.push_back(w["code"]);
  return out;
}

}  // namespace explainer::testing

#endif  // EXPLAINER_TESTS_QUOTES_TEST_UTIL_H_
