#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace mygpt::test {

// `utf8` as a quoted JSON string literal. Replies are built by concatenating bytes, not via
// QJsonDocument, so field order stays OpenAI's and the benchmark path stays cheap.
QByteArray jsonString(QByteArrayView utf8);

} // namespace mygpt::test
