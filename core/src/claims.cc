#include "claims.h"

namespace explainer {

ClaimFinder::ClaimFinder(const Lexicons&) {}

void ClaimFinder::Run(Document*) const {}

}  // namespace explainer
