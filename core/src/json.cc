// The one place the Explanation becomes JSON (and options come from JSON),
// and so the one place byte offsets become UTF-16 offsets.

#include <nlohmann/json.hpp>

#include "explainer/explainer.h"
#include "utf16.h"

namespace explainer {
namespace {

// Ordered, so the output reads in SCHEMA.md's order (version first).
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

json IdOrNull(const std::string& id) { return id.empty() ? json(nullptr) : json(id); }

// Rounds to two decimals so output is stable across native and wasm builds.
double Round2(double x) { return static_cast<int>(x * 100 + 0.5) / 100.0; }

class Writer {
 public:
  explicit Writer(const Explanation& e) : e_(e), index_(e.text) {}

  json Span(const explainer::Span& s) const {
    return {{"start", index_.ToUtf16(s.start)}, {"end", index_.ToUtf16(s.end)}};
  }

  // A span with its text: cues, markers and dates are shown to people.
  json SpanWithText(const explainer::Span& s) const {
    json j = Span(s);
    j["text"] = Text(s);
    return j;
  }

  std::string Text(const explainer::Span& s) const {
    return e_.text.substr(s.start, s.size());
  }

  json Write() const {
    json out = json::object();
    out["version"] = 1;
    out["length"] = index_.length();
    json& sentences = out["sentences"] = json::array();
    for (const auto& s : e_.sentences) sentences.push_back(Span(s));

    json& entities = out["entities"] = json::array();
    for (const auto& x : e_.entities) {
      json j = {{"id", x.id}, {"type", Name(x.type)}, {"name", x.name},
                {"role", x.role.empty() ? json(nullptr) : json(x.role)}};
      json& mentions = j["mentions"] = json::array();
      for (const auto& m : x.mentions) mentions.push_back(Span(m));
      entities.push_back(std::move(j));
    }

    json& quotes = out["quotes"] = json::array();
    for (const auto& q : e_.quotes) {
      json j = {{"id", q.id}, {"kind", Name(q.kind)}};
      j.update(Span(q.span));
      j["content"] = Span(q.content);
      j["speaker"] = IdOrNull(q.speaker);
      j["cue"] = q.cue ? SpanWithText(*q.cue) : json(nullptr);
      j["confidence"] = Round2(q.confidence);
      quotes.push_back(std::move(j));
    }

    json& claims = out["claims"] = json::array();
    for (const auto& c : e_.claims) {
      json j = {{"id", c.id}};
      j.update(Span(c.span));
      j["source"] = IdOrNull(c.source);
      j["type"] = ClaimTypeName(c.type);
      j["target"] = IdOrNull(c.target);
      j["polarity"] = c.polarity;
      j["hedged"] = c.hedged;
      j["quote"] = IdOrNull(c.quote);
      j["text"] = c.text.empty() ? Text(c.span) : c.text;
      j["confidence"] = Round2(c.confidence);
      claims.push_back(std::move(j));
    }

    json& contrasts = out["contrasts"] = json::array();
    for (const auto& x : e_.contrasts) {
      json j = {{"id", x.id}, {"kind", Name(x.kind)}, {"summary", x.summary}};
      j["marker"] = x.marker ? SpanWithText(*x.marker) : json(nullptr);
      for (const auto* side : {&x.a, &x.b}) {
        json s = Span(side->span);
        s["claim"] = IdOrNull(side->claim);
        j[side == &x.a ? "a" : "b"] = std::move(s);
      }
      j["confidence"] = Round2(x.confidence);
      contrasts.push_back(std::move(j));
    }

    json& timeline = out["timeline"] = json::array();
    for (const auto& t : e_.timeline) {
      json when = SpanWithText(t.when);
      when["iso"] = t.iso.empty() ? json(nullptr) : json(t.iso);
      json j = {{"id", t.id}, {"when", std::move(when)}};
      j.update(Span(t.span));
      j["event"] = t.event;
      timeline.push_back(std::move(j));
    }

    json& sources = out["sources"] = json::array();
    for (const auto& s : e_.sources) {
      json j = {{"id", s.id}, {"name", s.name}, {"entity", IdOrNull(s.entity)},
                {"kind", s.kind}};
      j.update(Span(s.span));
      j["via"] = IdOrNull(s.via);
      sources.push_back(std::move(j));
    }

    json& warnings = out["warnings"] = json::array();
    for (const auto& w : e_.warnings) {
      json j = {{"code", w.code}};
      j.update(Span(w.span));
      j["message"] = w.message;
      warnings.push_back(std::move(j));
    }
    return out;
  }

 private:
  const Explanation& e_;
  Utf16Index index_;
};

}  // namespace

std::string ToJson(const Explanation& e) {
  // Spans cut inside a code point would be a core bug; `replace` keeps the
  // output valid JSON even then.
  return Writer(e).Write().dump(-1, ' ', false, json::error_handler_t::replace);
}

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
