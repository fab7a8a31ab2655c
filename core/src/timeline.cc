#include "timeline.h"

namespace explainer {

TimelineBuilder::TimelineBuilder(const Lexicons&) {}

void TimelineBuilder::Run(Document*) const {}

}  // namespace explainer
