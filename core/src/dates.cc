#include "dates.h"

namespace explainer {

DateFinder::DateFinder(const Lexicons&) {}

void DateFinder::Run(Document*) const {}

}  // namespace explainer
