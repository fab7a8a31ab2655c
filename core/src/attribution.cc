#include "attribution.h"

namespace explainer {

Attributor::Attributor(const Lexicons&) {}

void Attributor::Run(Document*) const {}

}  // namespace explainer
