#pragma once

// Shared by the libFuzzer targets and their replay runner: a check that aborts (libFuzzer
// keeps the input, the replay test fails) and a deterministic way to cut an input into pieces.
#include <QByteArrayView>
#include <QList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                                   \
    do {                                                                                        \
        if (!(condition)) {                                                                     \
            std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #condition);  \
            std::abort();                                                                       \
        }                                                                                       \
    } while (false)

namespace mygpt::fuzz {

// Splits `input` into pieces whose sizes (1..64 bytes) follow from `seed`, so the same input
// is fed whole and in pieces and every parser must give the same answer both ways.
inline QList<QByteArrayView> pieces(QByteArrayView input, std::uint8_t seed)
{
    QList<QByteArrayView> out;
    std::uint32_t state = 0x9e3779b9u ^ seed;
    qsizetype at = 0;
    while (at < input.size()) {
        state = state * 1664525u + 1013904223u;
        const qsizetype size = qMin<qsizetype>(1 + ((state >> 24) % (seed % 64 + 1)),
                                               input.size() - at);
        out.append(input.sliced(at, size));
        at += size;
    }
    return out;
}

} // namespace mygpt::fuzz
