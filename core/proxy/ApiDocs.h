#pragma once

#include <QByteArray>

#include <optional>

namespace mygpt {

// The API documentation pages, as the original's FastAPI served them: the OpenAPI 3.1
// document and the Swagger UI and ReDoc pages (their scripts come from the public CDN).
struct ApiDocument
{
    QByteArray contentType;
    QByteArray body;
};

// For "/openapi.json", "/docs" and "/redoc"; nullopt for any other path.
std::optional<ApiDocument> apiDocument(const QByteArray &path);

} // namespace mygpt
