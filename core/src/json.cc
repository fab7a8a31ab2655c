// The one place the Explanation becomes JSON (and options come from JSON),
// and so the one place byte offsets become UTF-16 offsets.

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "explainer/explainer.h"
#include "utf16.h"

namespace explainer {
namespace {

// Options parsing and error objects only; explanations are written by Writer.
using json = nlohmann::ordered_json;

const char* Name(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return "person";
    case EntityType::kOrganization: return "organization";
    case EntityType::kPlace: return "place";
    case EntityType::kDate: return "date";
    case EntityType::kOther: return "other";
  }
  return "other";
}

const char* Name(QuoteKind k) {
  switch (k) {
    case QuoteKind::kDirect: return "direct";
    case QuoteKind::kPartial: return "partial";
    case QuoteKind::kNested: return "nested";
    case QuoteKind::kIndirect: return "indirect";
  }
  return "direct";
}

}  // namespace

const char* ClaimTypeName(ClaimType t) {
  switch (t) {
    case ClaimType::kFact: return "fact";
    case ClaimType::kPrediction: return "prediction";
    case ClaimType::kPosition: return "position";
    case ClaimType::kPraise: return "praise";
    case ClaimType::kCriticism: return "criticism";
    case ClaimType::kAccusation: return "accusation";
    case ClaimType::kThreat: return "threat";
    case ClaimType::kPromise: return "promise";
    case ClaimType::kOther: return "other";
  }
  return "other";
}

namespace {

const char* Name(ContrastKind k) {
  switch (k) {
    case ContrastKind::kExplicit: return "explicit";
    case ContrastKind::kStance: return "stance";
    case ContrastKind::kExpectation: return "expectation";
  }
  return "explicit";
}


// Writes the explanation straight into one string: building an nlohmann tree
// first cost a quarter of a whole Explain() call. Keys follow SCHEMA.md's
// order; strings are escaped as nlohmann's dump() does (the tests compare).
class Writer {
 public:
  explicit Writer(const Explanation& e) : e_(e), index_(e.text) {}

  std::string Write() {
    out_.reserve(e_.text.size() * 4 + 1024);
    out_ += "{\"version\":1,\"length\":";
    Uint(index_.length());
    out_ += ",\"sentences\":[";
    for (size_t i = 0; i < e_.sentences.size(); ++i) {
      if (i) out_ += ',';
      out_ += '{';
      Offsets(e_.sentences[i]);
      out_ += '}';
    }
    out_ += "],\"entities\":[";
    for (size_t i = 0; i < e_.entities.size(); ++i) {
      const Entity& x = e_.entities[i];
      if (i) out_ += ',';
      Key("{", "id"), Str(x.id);
      Key(",", "type"), Raw(Name(x.type));
      Key(",", "name"), Str(x.name);
      Key(",", "role"), StrOrNull(x.role);
      Key(",", "mentions"), out_ += '[';
      for (size_t m = 0; m < x.mentions.size(); ++m) {
        if (m) out_ += ',';
        out_ += '{';
        Offsets(x.mentions[m]);
        out_ += '}';
      }
      out_ += "]}";
    }
    out_ += "],\"quotes\":[";
    for (size_t i = 0; i < e_.quotes.size(); ++i) {
      const Quote& q = e_.quotes[i];
      if (i) out_ += ',';
      Key("{", "id"), Str(q.id);
      Key(",", "kind"), Raw(Name(q.kind));
      out_ += ',', Offsets(q.span);
      Key(",", "content"), out_ += '{', Offsets(q.content), out_ += '}';
      Key(",", "speaker"), StrOrNull(q.speaker);
      Key(",", "cue"), SpanWithTextOrNull(q.cue);
      Key(",", "confidence"), Number(q.confidence);
      out_ += '}';
    }
    out_ += "],\"claims\":[";
    for (size_t i = 0; i < e_.claims.size(); ++i) {
      const Claim& c = e_.claims[i];
      if (i) out_ += ',';
      Key("{", "id"), Str(c.id);
      out_ += ',', Offsets(c.span);
      Key(",", "source"), StrOrNull(c.source);
      Key(",", "type"), Raw(ClaimTypeName(c.type));
      Key(",", "target"), StrOrNull(c.target);
      Key(",", "polarity"), Int(c.polarity);
      Key(",", "hedged"), out_ += c.hedged ? "true" : "false";
      Key(",", "quote"), StrOrNull(c.quote);
      Key(",", "text"), c.text.empty() ? Str(Text(c.span)) : Str(c.text);
      Key(",", "confidence"), Number(c.confidence);
      out_ += '}';
    }
    out_ += "],\"contrasts\":[";
    for (size_t i = 0; i < e_.contrasts.size(); ++i) {
      const Contrast& x = e_.contrasts[i];
      if (i) out_ += ',';
      Key("{", "id"), Str(x.id);
      Key(",", "kind"), Raw(Name(x.kind));
      Key(",", "summary"), Str(x.summary);
      Key(",", "marker"), SpanWithTextOrNull(x.marker);
      Key(",", "a"), out_ += '{', Offsets(x.a.span), Key(",", "claim"), StrOrNull(x.a.claim), out_ += '}';
      Key(",", "b"), out_ += '{', Offsets(x.b.span), Key(",", "claim"), StrOrNull(x.b.claim), out_ += '}';
      Key(",", "confidence"), Number(x.confidence);
      out_ += '}';
    }
    out_ += "],\"timeline\":[";
    for (size_t i = 0; i < e_.timeline.size(); ++i) {
      const TimelineEntry& t = e_.timeline[i];
      if (i) out_ += ',';
      Key("{", "id"), Str(t.id);
      Key(",", "when"), out_ += '{', Offsets(t.when), Key(",", "text"), Str(Text(t.when));
      Key(",", "iso"), StrOrNull(t.iso), out_ += '}';
      out_ += ',', Offsets(t.span);
      Key(",", "event"), Str(t.event);
      out_ += '}';
    }
    out_ += "],\"sources\":[";
    for (size_t i = 0; i < e_.sources.size(); ++i) {
      const Source& s = e_.sources[i];
      if (i) out_ += ',';
      Key("{", "id"), Str(s.id);
      Key(",", "name"), Str(s.name);
      Key(",", "entity"), StrOrNull(s.entity);
      Key(",", "kind"), Str(s.kind);
      out_ += ',', Offsets(s.span);
      Key(",", "via"), StrOrNull(s.via);
      out_ += '}';
    }
    out_ += "],\"warnings\":[";
    for (size_t i = 0; i < e_.warnings.size(); ++i) {
      const Warning& w = e_.warnings[i];
      if (i) out_ += ',';
      Key("{", "code"), Str(w.code);
      out_ += ',', Offsets(w.span);
      Key(",", "message"), Str(w.message);
      out_ += '}';
    }
    out_ += "]}";
    return std::move(out_);
  }

 private:
  std::string_view Text(const explainer::Span& s) const {
    return std::string_view(e_.text).substr(s.start, s.size());
  }

  void Key(const char* before, const char* key) {
    out_ += before;
    out_ += '"';
    out_ += key;
    out_ += "\":";
  }
  void Raw(const char* name) {
    out_ += '"';
    out_ += name;
    out_ += '"';
  }
  void Uint(uint32_t v) {
    char buf[16];
    char* p = buf + sizeof buf;
    do *--p = static_cast<char>('0' + v % 10); while (v /= 10);
    out_.append(p, buf + sizeof buf - p);
  }
  void Int(int v) {
    if (v < 0) out_ += '-';
    Uint(static_cast<uint32_t>(v < 0 ? -static_cast<int64_t>(v) : v));
  }
  // Confidences in [0, 1], two decimals, written like nlohmann writes a
  // double: "0.85", "0.5", "1.0".
  void Number(double x) {
    const int hundredths = static_cast<int>(x * 100 + 0.5);
    Int(hundredths / 100);
    out_ += '.';
    const int frac = hundredths % 100;
    out_ += static_cast<char>('0' + frac / 10);
    if (frac % 10) out_ += static_cast<char>('0' + frac % 10);
  }
  void Offsets(const explainer::Span& s) {
    out_ += "\"start\":";
    Uint(index_.ToUtf16(s.start));
    out_ += ",\"end\":";
    Uint(index_.ToUtf16(s.end));
  }
  void SpanWithTextOrNull(const std::optional<explainer::Span>& s) {
    if (!s) {
      out_ += "null";
      return;
    }
    out_ += '{';
    Offsets(*s);
    Key(",", "text");
    Str(Text(*s));
    out_ += '}';
  }
  void StrOrNull(const std::string& s) {
    if (s.empty()) {
      out_ += "null";
    } else {
      Str(s);
    }
  }
  // JSON string with the escapes nlohmann uses; a byte sequence that is not
  // UTF-8 (a core bug: spans cut inside a code point) becomes U+FFFD so the
  // output always parses.
  void Str(std::string_view s) {
    out_ += '"';
    size_t i = 0;
    while (i < s.size()) {
      const unsigned char c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
        size_t j = i + 1;
        while (j < s.size()) {
          const unsigned char d = static_cast<unsigned char>(s[j]);
          if (d < 0x20 || d >= 0x80 || d == '"' || d == '\\') break;
          ++j;
        }
        out_.append(s.data() + i, j - i);
        i = j;
        continue;
      }
      if (c < 0x80) {
        Escape(c);
        ++i;
        continue;
      }
      size_t len = 0;
      if (ValidSequence(s, i, &len)) {
        out_.append(s.data() + i, len);
        i += len;
      } else {
        out_ += "\xEF\xBF\xBD";
        i += 1;
      }
    }
    out_ += '"';
  }
  void Escape(unsigned char c) {
    switch (c) {
      case '"': out_ += "\\\""; return;
      case '\\': out_ += "\\\\"; return;
      case '\b': out_ += "\\b"; return;
      case '\f': out_ += "\\f"; return;
      case '\n': out_ += "\\n"; return;
      case '\r': out_ += "\\r"; return;
      case '\t': out_ += "\\t"; return;
      default: {
        static const char kHex[] = "0123456789abcdef";
        out_ += "\\u00";
        out_ += kHex[c >> 4];
        out_ += kHex[c & 15];
      }
    }
  }
  // Whether a well-formed UTF-8 sequence of 2-4 bytes starts at s[i].
  static bool ValidSequence(std::string_view s, size_t i, size_t* len) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) n = 2, cp = c & 0x1F;
    else if (c >= 0xE0 && c <= 0xEF) n = 3, cp = c & 0x0F;
    else if (c >= 0xF0 && c <= 0xF4) n = 4, cp = c & 0x07;
    else return false;
    if (i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k) {
      const unsigned char d = static_cast<unsigned char>(s[i + k]);
      if ((d & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3F);
    }
    if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
      return false;
    *len = n;
    return true;
  }

  const Explanation& e_;
  Utf16Index index_;
  std::string out_;
};

}  // namespace

std::string ToJson(const Explanation& e) { return Writer(e).Write(); }

std::string ErrorJson(const Status& status) {
  json j = {{"error", {{"code", StatusCodeName(status.code)}, {"message", status.message}}}};
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

Status ParseOptions(std::string_view text, Options* out) {
  *out = Options();
  if (text.empty()) return {};
  json j = json::parse(text.begin(), text.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object())
    return {StatusCode::kInvalidOptions, "Options must be a JSON object, e.g. {\"date\": \"2025-08-20\"}."};
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (it.key() == "date") {
      if (it->is_null()) continue;
      if (!it->is_string())
        return {StatusCode::kInvalidOptions, "options.date must be a string written YYYY-MM-DD."};
      out->date = it->get<std::string>();
    } else {
      return {StatusCode::kInvalidOptions,
              "Unknown option \"" + it.key().substr(0, 40) + "\"; the options are: date."};
    }
  }
  return {};
}

}  // namespace explainer
