#include "lexicon.h"

#include <algorithm>

#include "text.h"

namespace explainer {

WordList::WordList(std::string_view data) {
  // Size the table once for every line (at most half full).
  size_t lines = 1;
  for (char c : data) lines += c == '\n';
  size_t slots = 16;
  while (slots < lines * 2) slots *= 2;
  Rehash(slots);
  keys_.reserve(lines);
  values_.reserve(lines);
  size_t pos = 0;
  while (pos < data.size()) {
    size_t nl = data.find('\n', pos);
    if (nl == std::string_view::npos) nl = data.size();
    std::string_view line = data.substr(pos, nl - pos);
    pos = nl + 1;
    if (const size_t hash = line.find('#'); hash != std::string_view::npos)
      line = line.substr(0, hash);
    std::string_view value;
    if (const size_t tab = line.find('\t'); tab != std::string_view::npos) {
      value = line.substr(tab + 1);
      line = line.substr(0, tab);
    }
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    while (!value.empty() && (value.back() == ' ' || value.back() == '\r')) value.remove_suffix(1);
    if (line.empty()) continue;
    Add(line, value);
  }
}

void WordList::Add(std::string_view entry, std::string_view value) {
  std::string key = ToLower(entry);
  bool seen;
  FindLower(key, &seen);
  if (seen) return;  // the first line for an entry wins
  size_t words = 1;
  for (char c : key) words += c == ' ';
  if (words > max_words_) max_words_ = words;
  const std::string& k = storage_.emplace_back(std::move(key));
  Insert(k, value.empty() ? std::string_view() : std::string_view(storage_.emplace_back(value)));
}

void WordList::Insert(std::string_view key, std::string_view value) {
  lengths_ |= WordHash::LengthBit(key.size());
  max_length_ = std::max(max_length_, key.size());
  keys_.push_back(key);
  values_.push_back(value);
  // Keep the table at most half full; rebuild it when it grows.
  if (keys_.size() * 2 > slots_.size()) {
    Rehash(std::max<size_t>(16, slots_.size() * 2));
    return;
  }
  const uint32_t h = static_cast<uint32_t>(WordHash()(key));
  size_t i = h & (slots_.size() - 1);
  while (slots_[i].entry) i = (i + 1) & (slots_.size() - 1);
  slots_[i] = {h, static_cast<uint32_t>(keys_.size())};
  const size_t bit = FilterBit(key.front(), key.back(), key.size());
  filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
}

void WordList::Rehash(size_t slots) {
  slots_.assign(slots, Slot());
  // Four filter bits per slot: a power of two, at least 64.
  size_t bits = slots * 4;
  filter_.assign(bits / 64, 0);
  filter_shift_ = 32;
  while (bits > 1) bits >>= 1, --filter_shift_;
  for (size_t e = 0; e < keys_.size(); ++e) {
    const std::string_view key = keys_[e];
    const uint32_t h = static_cast<uint32_t>(WordHash()(key));
    size_t i = h & (slots_.size() - 1);
    while (slots_[i].entry) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = {h, static_cast<uint32_t>(e + 1)};
    const size_t bit = FilterBit(key.front(), key.back(), key.size());
    filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
}

std::string_view WordList::FindFolding(std::string_view entry, bool* found) const {
  // One pass folds ASCII capitals into a fixed buffer and hashes; only
  // non-ASCII words take ToLower.
  char buf[64];
  if (entry.size() > sizeof buf) return FindLower(ToLower(entry), found);
  // Lower-casing keeps an ASCII word's length.
  if (!(lengths_ & WordHash::LengthBit(entry.size())) && entry.size() < 63) {
    bool ascii = true;
    for (char c : entry) ascii = ascii && !(c & 0x80);
    if (ascii) {
      *found = false;
      return {};
    }
  }
  uint64_t h = WordHash::kBasis;
  for (size_t k = 0; k < entry.size(); ++k) {
    unsigned char c = static_cast<unsigned char>(entry[k]);
    if (c & 0x80) return FindLower(ToLower(entry), found);
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 0x20);
    buf[k] = static_cast<char>(c);
    h = WordHash::Step(h, c);
  }
  return Lookup(std::string_view(buf, entry.size()), WordHash::Finish(h), found);
}

std::string_view WordList::FindInTable(std::string_view entry, bool* found) const {
  if (!(lengths_ & WordHash::LengthBit(entry.size()))) {
    *found = false;
    return {};
  }
  return Lookup(entry, static_cast<uint32_t>(WordHash()(entry)), found);
}

std::string_view WordList::Lookup(std::string_view entry, uint32_t h, bool* found) const {
  *found = false;
  if (slots_.empty()) return {};
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (!slot.entry) return {};
    if (slot.hash == h) {
      const std::string_view key = keys_[slot.entry - 1];
      if (key.size() == entry.size() && std::char_traits<char>::compare(key.data(), entry.data(), key.size()) == 0) {
        *found = true;
        return values_[slot.entry - 1];
      }
    }
  }
}

WordSet::WordSet(size_t expected) {
  size_t slots = 16;
  while (slots < expected * 2) slots *= 2;
  slots_.assign(slots, Slot());
  words_.reserve(expected);
}

size_t WordSet::IndexOf(std::string_view word) const {
  const uint32_t h = static_cast<uint32_t>(WordHash()(word));
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (!slot.word) return kNone;
    if (slot.hash == h && words_[slot.word - 1] == word) return slot.word - 1;
  }
}

size_t WordSet::Insert(std::string_view word, bool* fresh) {
  const uint32_t h = static_cast<uint32_t>(WordHash()(word));
  const size_t mask = slots_.size() - 1;
  size_t i = h & mask;
  for (;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (!slot.word) break;
    if (slot.hash == h && words_[slot.word - 1] == word) {
      if (fresh) *fresh = false;
      return slot.word - 1;
    }
  }
  if (fresh) *fresh = true;
  words_.push_back(word);
  slots_[i] = {h, static_cast<uint32_t>(words_.size())};
  // At most half full.
  if (words_.size() * 2 > slots_.size()) Grow();
  return words_.size() - 1;
}

void WordSet::Grow() {
  slots_.assign(slots_.size() * 2, Slot());
  const size_t mask = slots_.size() - 1;
  for (size_t k = 0; k < words_.size(); ++k) {
    const uint32_t h = static_cast<uint32_t>(WordHash()(words_[k]));
    size_t i = h & mask;
    while (slots_[i].word) i = (i + 1) & mask;
    slots_[i] = {h, static_cast<uint32_t>(k + 1)};
  }
}

Lexicons::Lexicons() {
  for (std::string_view name : DataFileNames())
    lists_.emplace(std::string(name), WordList(DataFile(name)));
}

const WordList& Lexicons::Get(std::string_view name) const {
  static const WordList kEmpty;
  auto it = lists_.find(name);
  return it == lists_.end() ? kEmpty : it->second;
}

}  // namespace explainer
