#include "quotes.h"

namespace explainer {

QuoteFinder::QuoteFinder(const Lexicons&) {}

void QuoteFinder::Run(Document*) const {}

}  // namespace explainer
