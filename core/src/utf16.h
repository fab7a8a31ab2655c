// Converts the core's UTF-8 byte offsets into the UTF-16 code-unit offsets of
// the output contract (what JS String.prototype.slice takes). This is the one
// place offsets change units; the JSON writer is its only user.
//
//   Utf16Index index(text);
//   uint32_t js_offset = index.ToUtf16(byte_offset);

#ifndef EXPLAINER_UTF16_H_
#define EXPLAINER_UTF16_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace explainer {

class Utf16Index {
 public:
  // `text` must be valid UTF-8 and outlive the index.
  explicit Utf16Index(std::string_view text);

  // UTF-16 offset of byte offset `byte`, which must sit on a code point
  // boundary (offsets past the end clamp to the length).
  uint32_t ToUtf16(uint32_t byte) const;

  // Length of the text in UTF-16 code units.
  uint32_t length() const { return ToUtf16(static_cast<uint32_t>(text_.size())); }

 private:
  static constexpr uint32_t kBlock = 64;
  std::string_view text_;
  std::vector<uint32_t> block_start_;  // UTF-16 offset at each kBlock bytes
};

}  // namespace explainer

#endif  // EXPLAINER_UTF16_H_
