// libFuzzer target: `.env` text through parseDotEnv.
//
// Invariants: every entry has a valid key and a line inside the text; every error has a
// message and a line; errors are capped; CRLF line ends parse exactly as LF ones.
// (The first version of this check also compared "\r\r\n", which is not CRLF twice: see
// regressions/dotenv/cr-cr-lf-in-quotes.)
#include "FuzzCheck.h"

#include "config/DotEnv.h"

using namespace mygpt;

namespace {

bool validKey(const QString &key)
{
    if (key.isEmpty())
        return false;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        const bool letter = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || c == u'_';
        if (!letter && (i == 0 || !(c >= u'0' && c <= u'9')))
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView text(data, qsizetype(size));
    const DotEnvResult result = parseDotEnv(text);
    const qsizetype lines = text.count('\n') + 1;
    for (const DotEnvEntry &entry : result.entries) {
        FUZZ_CHECK(validKey(entry.key));
        FUZZ_CHECK(entry.line >= 1 && entry.line <= lines);
    }
    for (const DotEnvError &error : result.errors) {
        FUZZ_CHECK(!error.message.isEmpty());
        FUZZ_CHECK(error.line >= 1 && error.line <= lines);
    }
    FUZZ_CHECK(result.errors.size() <= 101);

    QByteArray lf = text.toByteArray();
    lf.replace("\r\n", "\n");
    // Only where that is a fixed point: "\r\r\n" becomes "\r\n", which the parser would
    // shorten once more.
    if (lf.size() != text.size() && !lf.contains("\r\n")) {
        const DotEnvResult again = parseDotEnv(lf);
        FUZZ_CHECK(again.entries.size() == result.entries.size());
        for (qsizetype i = 0; i < again.entries.size(); ++i) {
            FUZZ_CHECK(again.entries[i].key == result.entries[i].key);
            FUZZ_CHECK(again.entries[i].value == result.entries[i].value);
            FUZZ_CHECK(again.entries[i].line == result.entries[i].line);
        }
        FUZZ_CHECK(again.errors.size() == result.errors.size());
    }
    return 0;
}
