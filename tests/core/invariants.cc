#include "invariants.h"

#include <cmath>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <utility>

namespace explainer::testing {
namespace {

using json = nlohmann::json;

// Enough to say what broke without flooding a fuzzer log.
constexpr size_t kMaxProblems = 20;

// Collects problems; every accessor checks the type first, because the wasm
// build has no exceptions and a failed json::at() would abort the test binary.
class Checker {
 public:
  Checker(const std::string& text, std::vector<std::string>* problems)
      : text_(text), problems_(problems) {
    Utf16(text);
  }

  void Fail(const std::string& what) {
    if (problems_->size() < kMaxProblems) problems_->push_back(what);
  }

  const json* Field(const json& obj, const char* key, const std::string& where) {
    if (!obj.is_object() || !obj.contains(key)) {
      Fail(where + ": missing \"" + key + "\"");
      return nullptr;
    }
    return &obj[key];
  }

  const json* Array(const json& obj, const char* key, const std::string& where) {
    const json* a = Field(obj, key, where);
    if (a && !a->is_array()) {
      Fail(where + "." + key + " is not an array");
      return nullptr;
    }
    return a;
  }

  bool String(const json& obj, const char* key, const std::string& where,
              bool nullable = false, bool non_empty = false) {
    const json* v = Field(obj, key, where);
    if (!v) return false;
    if (nullable && v->is_null()) return true;
    if (!v->is_string()) return Fail(where + "." + key + " is not a string"), false;
    if (non_empty && v->get_ref<const std::string&>().empty())
      return Fail(where + "." + key + " is empty"), false;
    return true;
  }

  void OneOf(const json& obj, const char* key, const std::string& where,
             std::initializer_list<const char*> allowed) {
    if (!String(obj, key, where)) return;
    const std::string& v = obj[key].get_ref<const std::string&>();
    for (const char* a : allowed)
      if (v == a) return;
    Fail(where + "." + key + " has an unknown value \"" + v + "\"");
  }

  void Confidence(const json& obj, const std::string& where) {
    const json* c = Field(obj, "confidence", where);
    if (!c) return;
    if (!c->is_number() || !(c->get<double>() >= 0 && c->get<double>() <= 1))
      Fail(where + ".confidence is not a number in [0, 1]");
  }

  // Start/end: integers with 0 <= start <= end <= length, neither inside a
  // surrogate pair (so JS's slice never cuts a character in half).
  bool Span(const json& obj, const std::string& where) {
    const json* s = Field(obj, "start", where);
    const json* e = Field(obj, "end", where);
    if (!s || !e) return false;
    if (!s->is_number_unsigned() || !e->is_number_unsigned())
      return Fail(where + ": start/end are not non-negative integers"), false;
    const uint64_t start = s->get<uint64_t>(), end = e->get<uint64_t>();
    if (start > end || end > u16_.size()) {
      Fail(where + ": span [" + std::to_string(start) + ", " + std::to_string(end) +
           ") is not inside the text of length " + std::to_string(u16_.size()));
      return false;
    }
    for (uint64_t at : {start, end}) {
      if (at > 0 && at < u16_.size() && IsHigh(u16_[at - 1]) && IsLow(u16_[at])) {
        Fail(where + ": offset " + std::to_string(at) + " splits a surrogate pair");
        return false;
      }
    }
    return true;
  }

  // A span whose "text" must be exactly the text it covers.
  void SpanWithText(const json& obj, const std::string& where) {
    if (!Span(obj, where) || !String(obj, "text", where)) return;
    if (obj["text"].get_ref<const std::string&>() != Slice(obj))
      Fail(where + ".text \"" + obj["text"].get<std::string>().substr(0, 60) +
           "\" is not the span's slice \"" + Slice(obj).substr(0, 60) + "\"");
  }

  // The UTF-8 text of a checked span.
  std::string Slice(const json& span) const {
    const size_t start = span["start"].get<size_t>(), end = span["end"].get<size_t>();
    return text_.substr(byte_at_[start], byte_at_[end] - byte_at_[start]);
  }

  void Ids(const json& items, char prefix, const char* what, std::set<std::string>* ids) {
    for (size_t i = 0; i < items.size(); ++i) {
      const std::string where = std::string(what) + "[" + std::to_string(i) + "]";
      if (!String(items[i], "id", where, false, true)) continue;
      const std::string& id = items[i]["id"].get_ref<const std::string&>();
      if (id[0] != prefix) Fail(where + ".id \"" + id + "\" does not start with " + prefix);
      if (!ids->insert(id).second) Fail(where + ".id \"" + id + "\" is not unique");
    }
  }

  // `obj[key]` is null or (unless nullable is false) an id in `ids`.
  void Ref(const json& obj, const char* key, const std::string& where,
           const std::set<std::string>& ids, bool nullable = true) {
    if (!String(obj, key, where, nullable)) return;
    if (obj[key].is_null()) return;
    const std::string& id = obj[key].get_ref<const std::string&>();
    if (!ids.count(id)) Fail(where + "." + key + " \"" + id + "\" refers to nothing");
  }

  size_t length() const { return u16_.size(); }

 private:
  static bool IsHigh(char16_t c) { return c >= 0xD800 && c < 0xDC00; }
  static bool IsLow(char16_t c) { return c >= 0xDC00 && c < 0xE000; }

  // The text as JS sees it, and the UTF-8 offset of every UTF-16 offset (a
  // low surrogate maps to the end of its code point; only reachable by a
  // split, which Span() rejects).
  void Utf16(const std::string& s) {
    for (size_t i = 0; i < s.size();) {
      const unsigned char c = s[i];
      const size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
      for (size_t k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
      byte_at_.push_back(i);
      if (cp >= 0x10000) {
        cp -= 0x10000;
        u16_.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
        u16_.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
        byte_at_.push_back(std::min(i + n, s.size()));
      } else {
        u16_.push_back(static_cast<char16_t>(cp));
      }
      i += n;
    }
    byte_at_.push_back(s.size());
  }

  const std::string& text_;
  std::vector<std::string>* problems_;
  std::u16string u16_;
  std::vector<size_t> byte_at_;
};

bool OptionsValid(const Options& options) {
  // The contract's date shape, restated independently of explain.cc so a
  // wrong refusal (or a wrong acceptance) is caught.
  const std::string& d = options.date;
  if (d.empty()) return true;
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (d[i] < '0' || d[i] > '9') return false;
  const int month = (d[5] - '0') * 10 + (d[6] - '0');
  const int day = (d[8] - '0') * 10 + (d[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

void CheckError(std::string_view input, const Options& options, const Status& status,
                const Explanation& e, Checker* c) {
  const bool too_large = input.size() > kMaxInputBytes;
  if (status.code == StatusCode::kInputTooLarge && !too_large)
    c->Fail("input_too_large for " + std::to_string(input.size()) + " bytes");
  if (status.code == StatusCode::kInvalidOptions && OptionsValid(options))
    c->Fail("invalid_options for the valid date \"" + options.date + "\"");
  if (status.message.empty()) c->Fail("error without a message");
  if (!e.text.empty() || !e.sentences.empty() || !e.entities.empty() || !e.quotes.empty() ||
      !e.claims.empty() || !e.warnings.empty())
    c->Fail("error with a half-written explanation");
  const json err = json::parse(ErrorJson(status), nullptr, false);
  if (err.is_discarded() || !err.is_object() || !err.contains("error") ||
      !err["error"].is_object() || !err["error"].contains("code") ||
      err["error"]["code"] != StatusCodeName(status.code))
    c->Fail("ErrorJson is not {\"error\": {\"code\": \"" +
            std::string(StatusCodeName(status.code)) + "\", ...}}");
}

void CheckStrings(const Explanation& e, Checker* c) {
  auto utf8 = [&](const std::string& s, const std::string& where) {
    // ToJson would quietly replace bad bytes; a consumer would then see text
    // that is in no article.
    if (!IsValidUtf8(s)) c->Fail(where + " is not valid UTF-8");
  };
  for (const auto& x : e.entities) utf8(x.name, x.id + ".name"), utf8(x.role, x.id + ".role");
  for (const auto& x : e.claims) utf8(x.text, x.id + ".text");
  for (const auto& x : e.contrasts) utf8(x.summary, x.id + ".summary");
  for (const auto& x : e.timeline) utf8(x.event, x.id + ".event"), utf8(x.iso, x.id + ".iso");
  for (const auto& x : e.sources) utf8(x.name, x.id + ".name"), utf8(x.kind, x.id + ".kind");
  for (const auto& x : e.warnings) utf8(x.message, x.code + ".message");
}

// Every byte span the core made: inside the text and on code point
// boundaries. The JSON writer clamps and rounds such offsets, so a core bug
// there would not show in the JSON alone.
void CheckByteSpans(const Explanation& e, Checker* c) {
  auto check = [&](const Span& s, const std::string& where) {
    const auto boundary = [&](uint32_t at) {
      return at == e.text.size() || (static_cast<unsigned char>(e.text[at]) & 0xC0) != 0x80;
    };
    if (s.start > s.end || s.end > e.text.size())
      c->Fail(where + ": byte span [" + std::to_string(s.start) + ", " + std::to_string(s.end) +
              ") is not inside the " + std::to_string(e.text.size()) + "-byte text");
    else if (!boundary(s.start) || !boundary(s.end))
      c->Fail(where + ": byte span cuts a character");
  };
  for (const auto& s : e.sentences) check(s, "sentence");
  for (const auto& x : e.entities)
    for (const auto& m : x.mentions) check(m, x.id + " mention");
  for (const auto& x : e.quotes) {
    check(x.span, x.id);
    check(x.content, x.id + ".content");
    if (x.cue) check(*x.cue, x.id + ".cue");
  }
  for (const auto& x : e.claims) check(x.span, x.id);
  for (const auto& x : e.contrasts) {
    if (x.marker) check(*x.marker, x.id + ".marker");
    check(x.a.span, x.id + ".a");
    check(x.b.span, x.id + ".b");
  }
  for (const auto& x : e.timeline) check(x.when, x.id + ".when"), check(x.span, x.id);
  for (const auto& x : e.sources) check(x.span, x.id);
  for (const auto& x : e.warnings) check(x.span, x.code);
}

void CheckResult(std::string_view input, const Explanation& e, Checker* c) {
  if (input.size() > kMaxInputBytes) c->Fail("input over the limit was explained");
  if (!IsValidUtf8(e.text)) {
    c->Fail("Explanation::text is not valid UTF-8");
    return;  // offsets cannot be checked against it
  }
  const bool input_valid = IsValidUtf8(input);
  if (input_valid && e.text != input) c->Fail("valid UTF-8 input was changed");
  CheckStrings(e, c);
  CheckByteSpans(e, c);

  const json r = json::parse(ToJson(e), nullptr, false);
  if (r.is_discarded() || !r.is_object()) {
    c->Fail("ToJson() is not a JSON object");
    return;
  }
  if (!r.contains("version") || r["version"] != 1) c->Fail("version is not 1");
  if (!r.contains("length") || !r["length"].is_number_unsigned() ||
      r["length"].get<size_t>() != c->length())
    c->Fail("length is not the text's UTF-16 length " + std::to_string(c->length()));

  static const char* kArrays[] = {"sentences", "entities", "quotes",  "claims",
                                  "contrasts", "timeline", "sources", "warnings"};
  for (const char* a : kArrays)
    if (!c->Array(r, a, "result")) return;

  std::set<std::string> entity_ids, quote_ids, claim_ids, contrast_ids, timeline_ids, source_ids;
  c->Ids(r["entities"], 'E', "entities", &entity_ids);
  c->Ids(r["quotes"], 'Q', "quotes", &quote_ids);
  c->Ids(r["claims"], 'C', "claims", &claim_ids);
  c->Ids(r["contrasts"], 'X', "contrasts", &contrast_ids);
  c->Ids(r["timeline"], 'T', "timeline", &timeline_ids);
  c->Ids(r["sources"], 'S', "sources", &source_ids);

  auto where = [](const char* what, size_t i) {
    return std::string(what) + "[" + std::to_string(i) + "]";
  };

  for (size_t i = 0; i < r["sentences"].size(); ++i)
    c->Span(r["sentences"][i], where("sentences", i));

  for (size_t i = 0; i < r["entities"].size(); ++i) {
    const json& x = r["entities"][i];
    const std::string w = where("entities", i);
    c->OneOf(x, "type", w, {"person", "organization", "place", "date", "other"});
    c->String(x, "name", w, false, true);
    c->String(x, "role", w, true);
    if (const json* m = c->Array(x, "mentions", w))
      for (size_t k = 0; k < m->size(); ++k) c->Span((*m)[k], w + ".mentions[" + std::to_string(k) + "]");
  }

  for (size_t i = 0; i < r["quotes"].size(); ++i) {
    const json& x = r["quotes"][i];
    const std::string w = where("quotes", i);
    c->OneOf(x, "kind", w, {"direct", "partial", "nested", "indirect"});
    c->Span(x, w);
    if (const json* content = c->Field(x, "content", w)) c->Span(*content, w + ".content");
    c->Ref(x, "speaker", w, entity_ids);
    if (const json* cue = c->Field(x, "cue", w))
      if (!cue->is_null()) c->SpanWithText(*cue, w + ".cue");
    c->Confidence(x, w);
  }

  for (size_t i = 0; i < r["claims"].size(); ++i) {
    const json& x = r["claims"][i];
    const std::string w = where("claims", i);
    const bool span_ok = c->Span(x, w);
    c->Ref(x, "source", w, entity_ids);
    c->OneOf(x, "type", w, {"fact", "prediction", "position", "praise", "criticism",
                            "accusation", "threat", "promise", "other"});
    c->Ref(x, "target", w, entity_ids);
    if (const json* p = c->Field(x, "polarity", w))
      if (!p->is_number_integer() || p->get<int>() < -1 || p->get<int>() > 1)
        c->Fail(w + ".polarity is not -1, 0 or 1");
    if (const json* h = c->Field(x, "hedged", w))
      if (!h->is_boolean()) c->Fail(w + ".hedged is not a boolean");
    c->Ref(x, "quote", w, quote_ids);
    // The writer fills an unset text with the span's own slice; a set one
    // must still be the article's words.
    if (c->String(x, "text", w) && span_ok && i < e.claims.size()) {
      const std::string& t = x["text"].get_ref<const std::string&>();
      if (e.claims[i].text.empty() ? t != c->Slice(x) : e.text.find(t) == std::string::npos)
        c->Fail(w + ".text is not the article's words");
    }
    c->Confidence(x, w);
  }

  for (size_t i = 0; i < r["contrasts"].size(); ++i) {
    const json& x = r["contrasts"][i];
    const std::string w = where("contrasts", i);
    c->OneOf(x, "kind", w, {"explicit", "stance", "expectation"});
    c->String(x, "summary", w);
    if (const json* m = c->Field(x, "marker", w))
      if (!m->is_null()) c->SpanWithText(*m, w + ".marker");
    for (const char* side : {"a", "b"}) {
      const json* s = c->Field(x, side, w);
      if (!s) continue;
      c->Span(*s, w + "." + side);
      c->Ref(*s, "claim", w + "." + side, claim_ids);
    }
    c->Confidence(x, w);
  }

  for (size_t i = 0; i < r["timeline"].size(); ++i) {
    const json& x = r["timeline"][i];
    const std::string w = where("timeline", i);
    if (const json* when = c->Field(x, "when", w)) {
      c->SpanWithText(*when, w + ".when");
      c->String(*when, "iso", w + ".when", true, true);
    }
    c->Span(x, w);
    c->String(x, "event", w);
  }

  const json& sources = r["sources"];
  for (size_t i = 0; i < sources.size(); ++i) {
    const json& x = sources[i];
    const std::string w = where("sources", i);
    c->String(x, "name", w, false, true);
    c->Ref(x, "entity", w, entity_ids);
    c->String(x, "kind", w);
    c->Span(x, w);
    c->Ref(x, "via", w, source_ids);
  }
  // A `via` chain must end: a reader (or the panel) following it must not loop.
  for (size_t i = 0; i < sources.size(); ++i) {
    const json* at = &sources[i];
    for (size_t steps = 0; at && at->contains("via") && (*at)["via"].is_string(); ++steps) {
      if (steps > sources.size()) {
        c->Fail(where("sources", i) + ": the via chain loops");
        break;
      }
      const json* next = nullptr;
      for (const auto& s : sources)
        if (s.contains("id") && s["id"] == (*at)["via"]) next = &s;
      at = next;
    }
  }

  for (size_t i = 0; i < r["warnings"].size(); ++i) {
    const json& x = r["warnings"][i];
    const std::string w = where("warnings", i);
    c->String(x, "code", w, false, true);
    c->Span(x, w);
    c->String(x, "message", w, false, true);
  }
  if (!input_valid) {
    bool warned = false;
    for (const auto& x : e.warnings) warned |= x.code == "invalid_encoding";
    if (!warned) c->Fail("invalid UTF-8 without an invalid_encoding warning");
  }
}

}  // namespace

bool IsValidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = s[i];
    size_t n;
    char32_t cp;
    if (c < 0x80) {
      ++i;
      continue;
    } else if (c >= 0xC2 && c <= 0xDF) {
      n = 2, cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 3, cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 4, cp = c & 0x07;
    } else {
      return false;
    }
    if (i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k) {
      const unsigned char d = s[i + k];
      if ((d & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3F);
    }
    if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp < 0xE000))
      return false;
    i += n;
  }
  return true;
}

std::vector<std::string> CheckExplainResult(std::string_view input, const Options& options,
                                            const Status& status, const Explanation& e) {
  std::vector<std::string> problems;
  Checker checker(e.text, &problems);
  if (status.ok()) {
    if (!OptionsValid(options)) checker.Fail("invalid options were accepted");
    CheckResult(input, e, &checker);
  } else {
    CheckError(input, options, status, e, &checker);
  }
  return problems;
}

}  // namespace explainer::testing
