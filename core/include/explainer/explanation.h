// The explanation of one article: plain structs mirroring ../shared/SCHEMA.md.
//
// Inside the core every span is a UTF-8 byte range into Explanation::text (the
// input after invalid bytes were replaced); the JSON writer converts them to
// the UTF-16 offsets the contract promises. Items refer to each other by id.
//
//   explainer::Explanation e;
//   explainer.Explain(text, {}, &e);  // e.quotes[0].speaker == "E3"

#ifndef EXPLAINER_EXPLANATION_H_
#define EXPLAINER_EXPLANATION_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace explainer {

// A byte range [start, end) into Explanation::text.
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  bool Contains(const Span& o) const { return start <= o.start && o.end <= end; }
  bool Overlaps(const Span& o) const { return start < o.end && o.start < end; }
  bool operator==(const Span& o) const { return start == o.start && end == o.end; }
  bool operator<(const Span& o) const {
    return start != o.start ? start < o.start : end < o.end;
  }
};

enum class EntityType { kPerson, kOrganization, kPlace, kDate, kOther };

struct Entity {
  std::string id;  // "E1", ...
  EntityType type = EntityType::kOther;
  std::string name;  // the fullest form seen
  std::string role;  // title or description from the text; empty = none
  std::vector<Span> mentions;  // sorted by start
};

enum class QuoteKind { kDirect, kPartial, kNested, kIndirect };

struct Quote {
  std::string id;  // "Q1", ...
  QuoteKind kind = QuoteKind::kDirect;
  Span span;     // with the quote marks (for indirect: the reported content)
  Span content;  // inside the marks
  std::string speaker;  // entity id; empty = the text gives no speaker
  std::optional<Span> cue;  // the attribution phrase
  double confidence = 0;
};

enum class ClaimType {
  kFact,
  kPrediction,
  kPosition,
  kPraise,
  kCriticism,
  kAccusation,
  kThreat,
  kPromise,
  kOther
};

// The contract's name of a claim type: "fact", "threat", ...
const char* ClaimTypeName(ClaimType type);

struct Claim {
  std::string id;  // "C1", ...
  Span span;
  std::string source;  // entity id; empty = the article's own voice
  ClaimType type = ClaimType::kOther;
  std::string target;  // entity id; empty = none
  int polarity = 0;    // toward target: -1, 0, 1
  bool hedged = false;
  std::string quote;  // quote id it comes from; empty = none
  std::string text;   // the claim in the text's words; empty = the span's text
  double confidence = 0;
};

enum class ContrastKind { kExplicit, kStance, kExpectation };

struct ContrastSide {
  Span span;
  std::string claim;  // claim id; empty = none
};

struct Contrast {
  std::string id;  // "X1", ...
  ContrastKind kind = ContrastKind::kExplicit;
  std::string summary;
  std::optional<Span> marker;
  ContrastSide a;
  ContrastSide b;
  double confidence = 0;
};

struct TimelineEntry {
  std::string id;  // "T1", ...
  Span when;       // the date expression
  std::string iso;  // "2025-08-15", "--08-15", "2025-01"; empty = unknown
  Span span;        // the sentence or clause holding the event
  std::string event;
};

struct Source {
  std::string id;  // "S1", ...
  std::string name;
  std::string entity;  // entity id; empty = none
  std::string kind;    // "news agency", "interview", "outlet", "document", ...
  Span span;
  std::string via;  // source id this one was relayed through; empty = none
};

struct Warning {
  std::string code;  // "invalid_encoding", "unbalanced_quote", ...
  Span span;
  std::string message;
};

struct Explanation {
  std::string text;  // the input, with invalid UTF-8 replaced by U+FFFD
  std::vector<Span> sentences;
  std::vector<Entity> entities;
  std::vector<Quote> quotes;
  std::vector<Claim> claims;
  std::vector<Contrast> contrasts;
  std::vector<TimelineEntry> timeline;
  std::vector<Source> sources;
  std::vector<Warning> warnings;
};

}  // namespace explainer

#endif  // EXPLAINER_EXPLANATION_H_
