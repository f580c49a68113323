#pragma once

#include "fake_types.h"

#include <QByteArray>

namespace mygpt::test {

// Incremental HTTP/1.x request parser: Content-Length and chunked bodies, pipelining.
class RequestParser
{
public:
    enum class Status { NeedMore, Complete, Error };

    void append(const QByteArray &data);
    // Parses at most one request; `out` is only touched on Complete.
    Status next(ReceivedRequest &out);

    // True once per request whose head carried `Expect: 100-continue` with a body still to come.
    bool takeContinueRequest();
    int errorStatus() const { return m_errorStatus; }

    static bool wantsClose(const ReceivedRequest &request);

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailer, Failed };

    Status fail(int status);
    Status complete(ReceivedRequest &out);
    bool parseHead(QByteArrayView head);
    bool startBody();
    void compact();

    QByteArray m_buf;
    qsizetype m_pos = 0;
    State m_state = State::Head;
    ReceivedRequest m_req;
    qint64 m_remaining = 0;
    bool m_continuePending = false;
    int m_errorStatus = 0;
};

} // namespace mygpt::test
