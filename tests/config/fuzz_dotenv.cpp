// libFuzzer entry point for the .env parser. Build with clang and -DMYGPT_FUZZ=ON, then run
// `fuzz_dotenv -max_len=65536 corpus/`.
#include "config/DotEnv.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView text(data, qsizetype(size));
    const mygpt::DotEnvResult result = mygpt::parseDotEnv(text);
    // Invariants the loader relies on; abort() makes libFuzzer keep the input.
    const auto lines = text.count('\n') + 1;
    for (const auto &entry : result.entries) {
        if (entry.key.isEmpty() || entry.line < 1 || entry.line > lines)
            std::abort();
    }
    for (const auto &error : result.errors) {
        if (error.message.isEmpty() || error.line < 1 || error.line > lines)
            std::abort();
    }
    if (result.errors.size() > 101)
        std::abort();
    return 0;
}
