// The only Embind file: exposes one Explainer to JS as `Core`. Results and
// errors cross the boundary as JSON text (serialised in core/src/json.cc), so
// JS sees exactly the SCHEMA.md object and no C++ exception ever escapes.
//
//   const core = new module.Core();
//   const json = core.explain(text, '{"date":"2025-08-20"}');

#include <emscripten/bind.h>
#include <malloc.h>

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

  // Bytes malloc'd and not yet freed in the wasm heap: leak tests compare it
  // before and after many explain() calls (tests/js/leak.test.mjs).
  double heapBytes() const { return static_cast<double>(mallinfo().uordblks); }

  // Size of the wasm memory; it only grows, so a leak shows here too.
  double memoryBytes() const { return __builtin_wasm_memory_size(0) * 65536.0; }

 private:
  explainer::Explainer explainer_;
};

}  // namespace

EMSCRIPTEN_BINDINGS(article_explainer) {
  emscripten::class_<Core>("Core")
      .constructor<>()
      .function("explain", &Core::explain)
      .function("heapBytes", &Core::heapBytes)
      .function("memoryBytes", &Core::memoryBytes);
  emscripten::constant("maxInputBytes", static_cast<double>(explainer::kMaxInputBytes));
}
