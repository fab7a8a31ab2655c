// The only Embind file: exposes one Explainer to JS as `Core`. Results and
// errors cross the boundary as JSON text (serialised in core/src/json.cc), so
// JS sees exactly the SCHEMA.md object and no C++ exception ever escapes.
//
//   const core = new module.Core();
//   const json = core.explain(text, '{"date":"2025-08-20"}');

#include <emscripten/bind.h>

#include <string>

#include "explainer/explainer.h"

namespace {

class Core {
 public:
  // Returns the explanation, or {"error": {"code", "message"}}.
  std::string explain(const std::string& text, const std::string& options) const {
    explainer::Options parsed;
    explainer::Status status = explainer::ParseOptions(options, &parsed);
    if (!status.ok()) return explainer::ErrorJson(status);
    explainer::Explanation result;
    status = explainer_.Explain(text, parsed, &result);
    if (!status.ok()) return explainer::ErrorJson(status);
    return explainer::ToJson(result);
  }

 private:
  explainer::Explainer explainer_;
};

}  // namespace

EMSCRIPTEN_BINDINGS(article_explainer) {
  emscripten::class_<Core>("Core")
      .constructor<>()
      .function("explain", &Core::explain);
  emscripten::constant("maxInputBytes", static_cast<double>(explainer::kMaxInputBytes));
}
