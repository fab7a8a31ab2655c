// The pipeline's order, in one place: Pipeline::Run.

#include <string>

#include "attribution.h"
#include "claims.h"
#include "contrasts.h"
#include "dates.h"
#include "document.h"
#include "entities.h"
#include "explainer/explainer.h"
#include "lexicon.h"
#include "quotes.h"
#include "segmenter.h"
#include "sources.h"
#include "text.h"
#include "timeline.h"
#include "tokenizer.h"

namespace explainer {

// Owns the lexicons and every stage (with their compiled patterns); built
// once per Explainer, then only read.
class Pipeline {
 public:
  Pipeline()
      : tokenizer_(lexicons_),
        segmenter_(lexicons_),
        dates_(lexicons_),
        entities_(lexicons_),
        quotes_(lexicons_),
        attribution_(lexicons_),
        sources_(lexicons_),
        claims_(lexicons_),
        contrasts_(lexicons_),
        timeline_(lexicons_) {}

  void Run(Document* doc) const {
    tokenizer_.Run(doc);
    segmenter_.Run(doc);
    dates_.Run(doc);
    entities_.Run(doc);
    quotes_.Run(doc);
    attribution_.Run(doc);
    sources_.Run(doc);
    claims_.Run(doc);
    contrasts_.Run(doc);
    timeline_.Run(doc);
  }

 private:
  Lexicons lexicons_;
  Tokenizer tokenizer_;
  Segmenter segmenter_;
  DateFinder dates_;
  EntityFinder entities_;
  QuoteFinder quotes_;
  Attributor attribution_;
  SourceFinder sources_;
  ClaimFinder claims_;
  ContrastFinder contrasts_;
  TimelineBuilder timeline_;
};

namespace {

constexpr size_t kMaxEncodingWarnings = 10;

bool IsIsoDate(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (d[i] < '0' || d[i] > '9') return false;
  const int month = (d[5] - '0') * 10 + (d[6] - '0');
  const int day = (d[8] - '0') * 10 + (d[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

void WarnInvalidEncoding(const std::vector<Span>& replaced, Explanation* out) {
  for (size_t i = 0; i < replaced.size() && i < kMaxEncodingWarnings; ++i) {
    std::string message = "Invalid UTF-8 bytes were replaced with U+FFFD.";
    if (i + 1 == kMaxEncodingWarnings && replaced.size() > kMaxEncodingWarnings)
      message += " " + std::to_string(replaced.size() - kMaxEncodingWarnings) +
                 " more such places are not listed.";
    out->warnings.push_back({"invalid_encoding", replaced[i], message});
  }
}

// Binary data or text with control characters still gets a result; the
// warning tells the reader why it may look odd.
void WarnControlCharacters(Explanation* out) {
  const std::string& t = out->text;
  size_t count = 0, first = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(t[i]);
    if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7F) {
      if (count++ == 0) first = i;
    }
  }
  if (count == 0) return;
  const bool binary = count * 20 > t.size();
  out->warnings.push_back(
      {binary ? "binary_input" : "control_characters",
       {static_cast<uint32_t>(first), static_cast<uint32_t>(first + 1)},
       binary ? "The input looks like binary data, not article text."
              : std::to_string(count) + " control character(s) in the text were ignored."});
}

}  // namespace

const char* StatusCodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "ok";
    case StatusCode::kInputTooLarge: return "input_too_large";
    case StatusCode::kInvalidOptions: return "invalid_options";
  }
  return "unknown";
}

Explainer::Explainer() : pipeline_(std::make_unique<Pipeline>()) {}
Explainer::~Explainer() = default;

Status Explainer::Explain(std::string_view text, const Options& options,
                          Explanation* out) const {
  *out = Explanation();
  if (text.size() > kMaxInputBytes) {
    return {StatusCode::kInputTooLarge,
            "The text is " + std::to_string(text.size()) +
                " bytes; the limit is " + std::to_string(kMaxInputBytes) +
                " bytes (8 MiB). Explain a shorter article."};
  }
  if (!options.date.empty() && !IsIsoDate(options.date)) {
    return {StatusCode::kInvalidOptions,
            "options.date must be a date written YYYY-MM-DD, got \"" +
                options.date.substr(0, 40) + "\"."};
  }
  std::vector<Span> replaced;
  SanitizeUtf8(text, &out->text, &replaced);
  WarnInvalidEncoding(replaced, out);
  WarnControlCharacters(out);
  Document doc(out, options);
  pipeline_->Run(&doc);
  return {};
}

}  // namespace explainer
