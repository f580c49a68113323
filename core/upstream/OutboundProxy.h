#pragma once

#include <QNetworkProxyFactory>
#include <QProcessEnvironment>

namespace mygpt {

// How MyGPT reaches the upstream. "system" honours HTTPS_PROXY / HTTP_PROXY / ALL_PROXY /
// NO_PROXY (either case, as curl does) and otherwise the platform's proxy settings; "none"
// connects directly; a URL (http://host:port, socks5://host:port) is used for everything.
// Loopback upstreams (a local Ollama) never go through a proxy.
class OutboundProxyFactory final : public QNetworkProxyFactory
{
public:
    OutboundProxyFactory(const QString &setting, const QProcessEnvironment &environment);

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    // MyGPT picks every upstream connection's proxy with this factory (which reads the system
    // settings itself), so Qt's application-wide proxy can be "none". Call once at start-up:
    // then a direct plain-HTTP connection to any host, not only a loopback one, gets a
    // buffered socket in QNetworkAccessManager (see direct() in the .cpp).
    static void disableApplicationProxy();

    // Parses an explicit proxy URL; NoProxy when malformed.
    static QNetworkProxy fromUrl(const QString &url);
    static bool matchesNoProxy(const QString &noProxy, const QString &host, int port);

private:
    QString m_setting;
    QString m_httpsProxy;
    QString m_httpProxy;
    QString m_allProxy;
    QString m_noProxy;
};

} // namespace mygpt
