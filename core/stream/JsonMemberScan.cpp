#include "stream/JsonMemberScan.h"

namespace mygpt {

namespace {
// A forward-only walk over JSON text; every step is bounds-checked so any bytes are safe.
class Scan final
{
public:
    explicit Scan(QByteArrayView text)
        : s(text)
    { }

    QByteArrayView s;
    qsizetype p = 0;

    bool at(char c) const { return p < s.size() && s[p] == c; }
    void blanks()
    {
        while (p < s.size() && (s[p] == ' ' || s[p] == '\t' || s[p] == '\n' || s[p] == '\r'))
            ++p;
    }
    bool string()
    {
        if (!at('"'))
            return false;
        for (++p; p < s.size(); ++p) {
            if (s[p] == '\\') {
                ++p;
            } else if (s[p] == '"') {
                ++p;
                return true;
            }
        }
        return false;
    }
    bool value()
    {
        if (at('"'))
            return string();
        if (at('{') || at('['))
            return container();
        const qsizetype start = p; // number, true, false, null
        while (p < s.size() && !QByteArrayView(",]} \t\r\n").contains(s[p]))
            ++p;
        return p > start;
    }
    bool container()
    {
        int depth = 0;
        while (p < s.size()) {
            const char c = s[p];
            if (c == '"') {
                if (!string())
                    return false;
                continue;
            }
            ++p;
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return true;
        }
        return false;
    }
};
} // namespace

std::optional<std::pair<qsizetype, qsizetype>> nullMemberCut(
    QByteArrayView json, QByteArrayView key)
{
    Scan scan(json);
    scan.blanks();
    if (!scan.at('{'))
        return std::nullopt;
    ++scan.p;
    qsizetype previousEnd = scan.p; // after the previous member's value, or after '{'
    for (;;) {
        scan.blanks();
        const qsizetype keyStart = scan.p;
        if (!scan.string())
            return std::nullopt;
        const QByteArrayView name = json.sliced(keyStart + 1, scan.p - keyStart - 2);
        scan.blanks();
        if (!scan.at(':'))
            return std::nullopt;
        ++scan.p;
        scan.blanks();
        const qsizetype valueStart = scan.p;
        if (!scan.value())
            return std::nullopt;
        const qsizetype valueEnd = scan.p;
        scan.blanks();
        const bool more = scan.at(',');
        if (name == key && json.sliced(valueStart, valueEnd - valueStart) == "null") {
            if (!more) // the last member: it goes with the comma (and blanks) in front of it
                return std::pair { previousEnd, valueEnd };
            ++scan.p; // first or middle member: it goes with the comma and blanks after it
            scan.blanks();
            return std::pair { keyStart, scan.p };
        }
        if (!more)
            return std::nullopt; // '}' or garbage: either way no such member
        ++scan.p;
        previousEnd = valueEnd;
    }
}

} // namespace mygpt
