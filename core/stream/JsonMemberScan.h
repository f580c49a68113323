#pragma once

#include <QByteArrayView>
#include <optional>
#include <utility>

namespace mygpt {

// The byte range [first, second) to cut out of the JSON object text `json` to remove its
// top-level member `"key": null` with one separating comma: when other members follow, the
// member, the comma after it and the blanks after that comma; when it is the last member,
// everything from the end of the previous value (or from after '{') to its end. So
// `{"a":1,"key":null}`, `{"key": null, "a": 1}` and `{"a": 1, "key" : null }` lose exactly
// what inserting the member added. Nothing when there is no such member (nested ones,
// escaped spellings of the key and non-null values do not count) or the text is not an
// object.
std::optional<std::pair<qsizetype, qsizetype>> nullMemberCut(
    QByteArrayView json, QByteArrayView key);

} // namespace mygpt
