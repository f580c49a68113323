#include "config/TerminalWrap.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace mygpt {

namespace {

// Columns a character takes in a terminal: 2 for CJK ideographs, kana, hangul and
// full-width forms (the Chinese --help), 1 for the rest.
int columns(QChar c)
{
    const char16_t u = c.unicode();
    const bool wide = (u >= 0x1100 && u <= 0x115f) || (u >= 0x2e80 && u <= 0xa4cf)
        || (u >= 0xac00 && u <= 0xd7a3) || (u >= 0xf900 && u <= 0xfaff)
        || (u >= 0xfe30 && u <= 0xfe4f) || (u >= 0xff00 && u <= 0xff60)
        || (u >= 0xffe0 && u <= 0xffe6);
    return wide ? 2 : 1;
}

qsizetype columns(QStringView text)
{
    qsizetype n = 0;
    for (const QChar c : text)
        n += columns(c);
    return n;
}

// Chinese has no spaces: a line may also break beside a wide character, but not before
// closing punctuation such as ，。）or after opening punctuation such as （“.
bool breaksBetween(QChar before, QChar after)
{
    static const QString noBreakBefore = u"，。、；：？！）」』”’》"_s;
    static const QString noBreakAfter = u"（「『“‘《"_s;
    return (columns(before) == 2 || columns(after) == 2) && !noBreakBefore.contains(after)
        && !noBreakAfter.contains(before);
}

} // namespace

QString wrapForTerminal(QStringView text, const QString &indent)
{
    constexpr qsizetype width = 80;
    QString out;
    QString line = indent;
    qsizetype used = indent.size();
    const auto add = [&](QStringView piece, bool afterSpace) {
        const qsizetype gap = afterSpace && line.size() > indent.size() ? 1 : 0;
        if (line.size() > indent.size() && used + gap + columns(piece) > width) {
            out += line + u'\n';
            line = indent;
            used = indent.size();
        } else if (gap) {
            line += u' ';
            ++used;
        }
        line += piece;
        used += columns(piece);
    };
    for (const QStringView word : text.split(u' ', Qt::SkipEmptyParts)) {
        qsizetype start = 0;
        for (qsizetype i = 1; i < word.size(); ++i) {
            if (breaksBetween(word[i - 1], word[i])) {
                add(word.sliced(start, i - start), start == 0);
                start = i;
            }
        }
        add(word.sliced(start), start == 0);
    }
    return out + line + u'\n';
}

} // namespace mygpt
