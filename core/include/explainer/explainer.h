// Explains a news article: who is quoted, who the actors are, what they claim,
// where positions collide, what happened when and where the information comes
// from. Build one Explainer at start-up (it compiles every pattern and loads
// every lexicon once) and call Explain() for each article.
//
//   explainer::Explainer ex;
//   explainer::Explanation e;
//   if (ex.Explain(text, {}, &e).ok()) std::cout << explainer::ToJson(e);

#ifndef EXPLAINER_EXPLAINER_H_
#define EXPLAINER_EXPLAINER_H_

#include <memory>
#include <string>
#include <string_view>

#include "explainer/explanation.h"

namespace explainer {

// Inputs above this many UTF-8 bytes are refused with kInputTooLarge.
inline constexpr size_t kMaxInputBytes = 8 * 1024 * 1024;

struct Options {
  // Reference date "YYYY-MM-DD" for relative dates ("last month"); empty = none.
  std::string date;
};

enum class StatusCode { kOk, kInputTooLarge, kInvalidOptions };

// Errors are values: the core never throws.
struct Status {
  StatusCode code = StatusCode::kOk;
  std::string message;

  bool ok() const { return code == StatusCode::kOk; }
};

// The stable code JS sees: "ok", "input_too_large", "invalid_options".
const char* StatusCodeName(StatusCode code);

class Pipeline;

class Explainer {
 public:
  Explainer();
  ~Explainer();
  Explainer(const Explainer&) = delete;
  Explainer& operator=(const Explainer&) = delete;

  // Explains `text` (UTF-8; invalid bytes are replaced and warned about) into
  // *out. On error *out is left empty and the status says why.
  Status Explain(std::string_view text, const Options& options,
                 Explanation* out) const;

 private:
  std::unique_ptr<Pipeline> pipeline_;
};

// Parses the JSON options object ({"date": "2025-08-20"}); unknown keys and
// wrong types are kInvalidOptions. An empty string means no options.
Status ParseOptions(std::string_view json, Options* out);

// Serialises `e` as SCHEMA.md version 1, with UTF-16 offsets.
std::string ToJson(const Explanation& e);

// The error object the bindings return: {"error": {"code", "message"}}.
std::string ErrorJson(const Status& status);

}  // namespace explainer

#endif  // EXPLAINER_EXPLAINER_H_
