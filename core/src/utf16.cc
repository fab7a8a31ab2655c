#include "utf16.h"

namespace explainer {
namespace {

// Each code point's lead byte starts one UTF-16 unit; a 4-byte lead (astral
// plane) starts two. Continuation bytes add nothing.
inline uint32_t Units(unsigned char b) {
  return ((b & 0xC0) != 0x80 ? 1u : 0u) + (b >= 0xF0 ? 1u : 0u);
}

}  // namespace

Utf16Index::Utf16Index(std::string_view text) : text_(text) {
  block_start_.reserve(text.size() / kBlock + 1);
  uint32_t units = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i % kBlock == 0) block_start_.push_back(units);
    units += Units(static_cast<unsigned char>(text[i]));
  }
  if (text.size() % kBlock == 0) block_start_.push_back(units);
}

uint32_t Utf16Index::ToUtf16(uint32_t byte) const {
  if (byte > text_.size()) byte = static_cast<uint32_t>(text_.size());
  const uint32_t block = byte / kBlock;
  uint32_t units = block_start_[block];
  for (uint32_t i = block * kBlock; i < byte; ++i)
    units += Units(static_cast<unsigned char>(text_[i]));
  return units;
}

}  // namespace explainer
