// Stance contrasts: read from the claims (claims.cc).

#include "contrasts.h"

namespace explainer {

void ContrastFinder::FindStances(const ContrastContext&,
                                 std::vector<Contrast>*) const {}

}  // namespace explainer
