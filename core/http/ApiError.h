#pragma once

#include <QByteArray>
#include <QString>

namespace mygpt {

// The error shape every OpenAI client understands:
// {"error":{"message":…,"type":…,"param":…,"code":…}}. Every error MyGPT itself produces
// uses it, so SDKs surface the message instead of a parse failure.
struct ApiError
{
    int status = 500;
    QString message;
    QString type = QStringLiteral("server_error");
    QString param;     // null when empty
    QString code;      // null when empty

    QByteArray toJson() const;
    // The same error as a final Server-Sent Event, for streams that break mid-way.
    QByteArray toSseEvent() const;

    static ApiError badRequest(const QString &message, const QString &param = {},
                               const QString &code = {});
    static ApiError notFound(const QString &message);
    static ApiError unauthorized(const QString &message);
    static ApiError forbidden(const QString &message, const QString &code);
    static ApiError badGateway(const QString &message, const QString &code);
    static ApiError gatewayTimeout(const QString &message);
    // An HTTP-level failure reported by the connection (413, 431, 408, 505…).
    static ApiError protocol(int status, const QString &message, const QString &code);
};

} // namespace mygpt
