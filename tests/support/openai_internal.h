#pragma once

#include "fake_types.h"

#include <QByteArray>

// Shared between openai_script.cpp and openai_stream.cpp only.
namespace mygpt::test::openai {

enum class Kind { Plain, Tools, Reasoning };

struct Params
{
    QByteArray model; // UTF-8
    QByteArray modelJson; // quoted, escaped
    QByteArray id; // chatcmpl-fake<n> / cmpl-fake<n>
    QByteArray created; // unix seconds, as text
    Kind kind = Kind::Plain;
    bool stream = false;
    bool hasStreamOptions = false;
    bool includeUsage = false;
    int chunks = 5;
    int intervalMs = 0;
};

constexpr int kPromptTokens = 10;

QByteArray contentPiece(int index);
QByteArray usageJson(int completionTokens);
// The tool call the fake always makes; arguments split the way the stream sends them.
QByteArray toolCallName();
QList<QByteArray> toolArgumentPieces();
QList<QByteArray> reasoningPieces();

Reply streamChat(const Params &p);
Reply streamCompletion(const Params &p);

} // namespace mygpt::test::openai
