// The working state every pipeline stage reads and extends: the sanitised
// text, its tokens and sentences, and the Explanation being built. Stages run
// in the order Pipeline::Run (explain.cc) gives; each adds its own arrays.

#ifndef EXPLAINER_DOCUMENT_H_
#define EXPLAINER_DOCUMENT_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "explainer/explainer.h"
#include "explainer/explanation.h"

namespace explainer {

enum class TokenKind : uint8_t {
  kWord,    // letters/digits with inner apostrophes and dots: "you’ll", "U.S."
  kNumber,  // digits with inner separators: "3.5", "1,000", "2025-08-15" is 5 tokens
  kPunct,   // one punctuation mark, or a run of . ! ? (an ellipsis)
};

struct Token {
  Span span;
  TokenKind kind = TokenKind::kPunct;
  uint32_t sentence = 0;        // index into Explanation::sentences
  bool space_before = false;    // any whitespace between this and the previous token
  bool line_before = false;     // a line break between this and the previous token
  bool para_before = false;     // a blank line between this and the previous token
};

enum class Gender : uint8_t { kUnknown, kMale, kFemale, kGroup };

// What the core knows about an entity beyond what the contract shows;
// Document::entity_info runs parallel to Explanation::entities.
struct EntityInfo {
  Gender gender = Gender::kUnknown;
};

// A date expression found by DateFinder (dates.cc), for the timeline.
struct DateMention {
  Span span;
  std::string iso;  // as precise as the text allows; empty = relative/unknown
  bool relative = false;  // "last month", "earlier this week"
  int entity = -1;        // index into Explanation::entities, or -1
  // Appended by DateFinder: the article's own dateline (the reference date,
  // not an event), and, for relative ones, a rough distance in days from the
  // reference ("in recent months" = -60) so the timeline can order them even
  // when nothing resolves them.
  bool dateline = false;
  int offset_days = 0;
};

// What the quote stages know about a quote beyond the contract;
// Document::quote_info runs parallel to Explanation::quotes. QuoteFinder
// (quotes.cc) fills the token fields, Attributor (attribution.cc) the speaker.
struct QuoteInfo {
  int open = -1;     // token index of the opening mark; -1 for indirect
  int close = -1;    // token index of the closing mark (or last token); -1 for indirect
  int parent = -1;   // nested: index into Explanation::quotes of the quote around it
  int verb = -1;     // indirect: token index of the reporting word ("asserted", "according")
  int first = -1;    // token range of the content, inclusive
  int last = -1;
  int speaker = -1;  // index into Explanation::entities, or -1
};

struct Words;  // polarity.h

struct Document {
  Document(Explanation* out, const Options& options)
      : text(out->text), options(options), out(*out) {}

  std::string_view text;  // == out.text
  const Options& options;
  Explanation& out;
  std::vector<Token> tokens;
  // Per token, filled by the Tokenizer so no stage lower-cases a word again:
  // its text lower-cased (ToLower), and the same with curly apostrophes made
  // straight ("didn’t" -> "didn't") for the claim and contrast lexicons.
  // Both view into lower_text.
  std::vector<std::string_view> lower;
  std::vector<std::string_view> norm;
  std::string lower_text;
  // Every token's stance cues, made once by the first stage that reads them
  // (AnnotatedWords, polarity.cc).
  std::shared_ptr<const Words> words;
  // Per token: index into out.entities of the entity whose mention covers it,
  // or -1. Filled by EntityFinder (entities.cc).
  std::vector<int> entity_at_token;
  std::vector<EntityInfo> entity_info;  // parallel to out.entities
  std::vector<DateMention> dates;       // filled by DateFinder (dates.cc)
  // Parallel to out.quotes: tokens and speaker of each quote (quotes.cc,
  // attribution.cc).
  std::vector<QuoteInfo> quote_info;

  std::string_view TokenText(size_t i) const { return text.substr(tokens[i].span.start, tokens[i].span.size()); }
  std::string_view Lower(size_t i) const { return lower[i]; }
};

}  // namespace explainer

#endif  // EXPLAINER_DOCUMENT_H_
