// What every call to Explain() must give, whatever the input: shared by the
// fuzzer (tests/fuzz/explain_fuzzer.cc, which aborts on a violation) and the
// bad-input suite (tests/core/bad_input_test.cc). Holds ../shared/SCHEMA.md's
// promises: either a typed error for a reason the contract names, or valid
// JSON whose every span lies inside the text on code point boundaries, whose
// `text` fields equal their spans' slices, whose ids are unique and whose
// references all resolve.
//
//   Explanation e;
//   Status s = explainer.Explain(input, options, &e);
//   std::vector<std::string> problems = CheckExplainResult(input, options, s, e);

#ifndef EXPLAINER_TESTS_INVARIANTS_H_
#define EXPLAINER_TESTS_INVARIANTS_H_

#include <string>
#include <string_view>
#include <vector>

#include "explainer/explainer.h"

namespace explainer::testing {

// Checks the outcome of Explain(input, options) -> (status, e), serialising
// `e` with ToJson() (or the status with ErrorJson()) and reading it back.
// Returns one line per violated invariant; empty when all hold.
std::vector<std::string> CheckExplainResult(std::string_view input,
                                            const Options& options,
                                            const Status& status,
                                            const Explanation& e);

// Whether `s` is well-formed UTF-8 (no overlongs, surrogates or bytes past
// U+10FFFF), the form every string in a result must have.
bool IsValidUtf8(std::string_view s);

}  // namespace explainer::testing

#endif  // EXPLAINER_TESTS_INVARIANTS_H_
