#pragma once

#include <QString>
#include <QStringView>

namespace mygpt {

// Word-wraps text to 80 terminal columns, every line starting with indent and ending in '\n',
// so --help reads well in a default terminal. CJK characters take two columns, and a line may
// also break beside one: Chinese has no spaces to break at.
QString wrapForTerminal(QStringView text, const QString &indent);

} // namespace mygpt
