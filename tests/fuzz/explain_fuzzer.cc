// libFuzzer target: Explainer::Explain() + ToJson() on arbitrary bytes, with
// the contract's invariants (tests/core/invariants.h) checked on every result.
// A violation prints what broke and aborts, so libFuzzer saves the input.
//
//   node scripts/fuzz.mjs 600      # build (clang, ASan + UBSan) and run 600 s
//   build/fuzz/explain_fuzzer crash-<sha1>   # replay one input

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "explainer/explainer.h"
#include "invariants.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Built once: it compiles every pattern and loads every lexicon.
  static const explainer::Explainer* ex = new explainer::Explainer();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  // Half the inputs get a reference date, so relative dates ("last month")
  // are resolved too; which half depends only on the input.
  explainer::Options options;
  if (size % 2 == 1) options.date = "2025-08-20";

  explainer::Explanation e;
  const explainer::Status status = ex->Explain(text, options, &e);
  const auto problems = explainer::testing::CheckExplainResult(text, options, status, e);
  if (!problems.empty()) {
    std::fprintf(stderr, "INVARIANT VIOLATED (%zu bytes, date \"%s\"):\n", size,
                 options.date.c_str());
    for (const auto& p : problems) std::fprintf(stderr, "  %s\n", p.c_str());
    std::abort();
  }
  return 0;
}
