// The one place the Explanation becomes JSON (and options come from JSON),
// and so the one place byte offsets become UTF-16 offsets.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "explainer/explainer.h"
#include "text.h"
#include "utf16.h"

namespace explainer {
namespace {

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


void AppendEscape(unsigned char c, std::string* out) {
  switch (c) {
    case '"': *out += "\\\""; return;
    case '\\': *out += "\\\\"; return;
    case '\b': *out += "\\b"; return;
    case '\f': *out += "\\f"; return;
    case '\n': *out += "\\n"; return;
    case '\r': *out += "\\r"; return;
    case '\t': *out += "\\t"; return;
    default: {
      static const char kHex[] = "0123456789abcdef";
      *out += "\\u00";
      *out += kHex[c >> 4];
      *out += kHex[c & 15];
    }
  }
}

// A JSON string with the escapes nlohmann's dump() uses (the tests parse
// with nlohmann). A byte sequence that is not UTF-8 (a core bug: a span cut
// inside a code point) becomes U+FFFD, so the output always parses.
void AppendJsonString(std::string_view s, std::string* out) {
  *out += '"';
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
      out->append(s.data() + i, j - i);
      i = j;
    } else if (c < 0x80) {
      AppendEscape(c, out);
      ++i;
    } else if (const size_t len = ValidSequenceLength(s, i)) {
      out->append(s.data() + i, len);
      i += len;
    } else {
      *out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  *out += '"';
}

// Reads the options object. Options are one small object, so this checks
// JSON syntax itself instead of linking a JSON library into the module.
class OptionsReader {
 public:
  explicit OptionsReader(std::string_view text) : s_(text) {}

  // A top-level member: its key, and its value if it is a string or null.
  struct Member {
    std::string key;
    enum { kString, kNull, kOther } type;
    std::string value;
  };

  // Whether the text is one JSON object; its members go to *members.
  bool ReadObject(std::vector<Member>* members) {
    Space();
    if (!Eat('{')) return false;
    Space();
    if (!Eat('}')) {
      do {
        Member m;
        Space();
        if (!String(&m.key)) return false;
        Space();
        if (!Eat(':')) return false;
        Space();
        if (Peek() == '"') {
          m.type = Member::kString;
          if (!String(&m.value)) return false;
        } else {
          m.type = Peek() == 'n' ? Member::kNull : Member::kOther;
          if (!Value(1)) return false;
        }
        members->push_back(std::move(m));
        Space();
      } while (Eat(','));
      if (!Eat('}')) return false;
    }
    Space();
    return i_ == s_.size();
  }

 private:
  char Peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }
  bool Eat(char c) {
    if (Peek() != c) return false;
    ++i_;
    return true;
  }
  bool Word(std::string_view w) {
    if (s_.substr(i_, w.size()) != w) return false;
    i_ += w.size();
    return true;
  }
  void Space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }
  bool Hex4(uint32_t* v) {
    if (i_ + 4 > s_.size()) return false;
    *v = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = s_[i_++];
      const int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                  : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (d < 0) return false;
      *v = *v * 16 + static_cast<uint32_t>(d);
    }
    return true;
  }
  bool String(std::string* out) {
    if (!Eat('"')) return false;
    while (i_ < s_.size()) {
      const unsigned char c = static_cast<unsigned char>(s_[i_++]);
      if (c == '"') return true;
      if (c < 0x20) return false;
      if (c != '\\') {
        *out += static_cast<char>(c);
        continue;
      }
      const char e = Peek();
      ++i_;
      switch (e) {
        case '"': case '\\': case '/': *out += e; break;
        case 'b': *out += '\b'; break;
        case 'f': *out += '\f'; break;
        case 'n': *out += '\n'; break;
        case 'r': *out += '\r'; break;
        case 't': *out += '\t'; break;
        case 'u': {
          uint32_t cp;
          if (!Hex4(&cp)) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            uint32_t lo;
            if (!Word("\\u") || !Hex4(&lo) || lo < 0xDC00 || lo > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return false;
          }
          AppendUtf8(cp, out);
          break;
        }
        default: return false;
      }
    }
    return false;
  }
  bool Number() {
    Eat('-');
    if (Eat('0')) {
    } else if (Peek() >= '1' && Peek() <= '9') {
      while (Peek() >= '0' && Peek() <= '9') ++i_;
    } else {
      return false;
    }
    if (Eat('.')) {
      if (!(Peek() >= '0' && Peek() <= '9')) return false;
      while (Peek() >= '0' && Peek() <= '9') ++i_;
    }
    if (Peek() == 'e' || Peek() == 'E') {
      ++i_;
      if (!Eat('+')) Eat('-');
      if (!(Peek() >= '0' && Peek() <= '9')) return false;
      while (Peek() >= '0' && Peek() <= '9') ++i_;
    }
    return true;
  }
  // Any JSON value, nested at most kMaxDepth deep (no stack to exhaust).
  bool Value(int depth) {
    static constexpr int kMaxDepth = 64;
    if (depth > kMaxDepth) return false;
    Space();
    std::string ignored;
    switch (Peek()) {
      case '"': return String(&ignored);
      case 't': return Word("true");
      case 'f': return Word("false");
      case 'n': return Word("null");
      case '[': case '{': {
        const char close = Peek() == '[' ? ']' : '}';
        ++i_;
        Space();
        if (Eat(close)) return true;
        do {
          Space();
          if (close == '}') {
            if (!String(&ignored)) return false;
            Space();
            if (!Eat(':')) return false;
          }
          if (!Value(depth + 1)) return false;
          Space();
        } while (Eat(','));
        return Eat(close);
      }
      default: return Number();
    }
  }

  std::string_view s_;
  size_t i_ = 0;
};

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
  void Str(std::string_view s) { AppendJsonString(s, &out_); }

  const Explanation& e_;
  Utf16Index index_;
  std::string out_;
};

}  // namespace

std::string ToJson(const Explanation& e) { return Writer(e).Write(); }

std::string ErrorJson(const Status& status) {
  std::string out = "{\"error\":{\"code\":";
  AppendJsonString(StatusCodeName(status.code), &out);
  out += ",\"message\":";
  AppendJsonString(status.message, &out);
  out += "}}";
  return out;
}

Status ParseOptions(std::string_view text, Options* out) {
  *out = Options();
  if (text.empty()) return {};
  std::vector<OptionsReader::Member> members;
  if (!OptionsReader(text).ReadObject(&members))
    return {StatusCode::kInvalidOptions, "Options must be a JSON object, e.g. {\"date\": \"2025-08-20\"}."};
  for (const auto& m : members) {
    if (m.key == "date") {
      if (m.type == OptionsReader::Member::kNull) continue;
      if (m.type != OptionsReader::Member::kString)
        return {StatusCode::kInvalidOptions, "options.date must be a string written YYYY-MM-DD."};
      out->date = m.value;
    } else {
      return {StatusCode::kInvalidOptions,
              "Unknown option \"" + m.key.substr(0, 40) + "\"; the options are: date."};
    }
  }
  return {};
}

}  // namespace explainer
