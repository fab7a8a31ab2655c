#include "entities.h"

namespace explainer {

EntityFinder::EntityFinder(const Lexicons&) {}

void EntityFinder::Run(Document*) const {}

}  // namespace explainer
