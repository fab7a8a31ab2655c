#include "lexicon.h"

#include "text.h"

namespace explainer {

WordList::WordList(std::string_view data) {
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
    std::string key = ToLower(line);
    size_t words = 1;
    for (char c : key) words += c == ' ';
    if (words > max_words_) max_words_ = words;
    if (values_.emplace(key, std::string(value)).second) entries_.push_back(key);
  }
}

bool WordList::Contains(std::string_view entry) const {
  return values_.count(ToLower(entry)) > 0;
}

std::string_view WordList::Value(std::string_view entry) const {
  auto it = values_.find(ToLower(entry));
  return it == values_.end() ? std::string_view() : std::string_view(it->second);
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
