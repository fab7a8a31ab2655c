#include "sources.h"

namespace explainer {

SourceFinder::SourceFinder(const Lexicons&) {}

void SourceFinder::Run(Document*) const {}

}  // namespace explainer
