#include "contrasts.h"

namespace explainer {

ContrastFinder::ContrastFinder(const Lexicons&) {}

void ContrastFinder::Run(Document*) const {}

}  // namespace explainer
