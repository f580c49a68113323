#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

namespace mygpt::test {

// A throw-away CA plus a server certificate for 127.0.0.1 / localhost signed by it, made with
// the `openssl` command-line tool into a temporary folder that lives as long as this object.
class TestCertificates
{
public:
    bool generate();
    QString errorString() const { return m_error; }

    QString caCertificatePath() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    QString serverCertificatePath() const { return m_dir.filePath(QStringLiteral("server.pem")); }
    QString serverKeyPath() const { return m_dir.filePath(QStringLiteral("server.key")); }

    QSslCertificate caCertificate() const { return m_ca; }
    QSslCertificate serverCertificate() const { return m_cert; }
    QSslKey serverKey() const { return m_key; }
    // Ready for QSslSocket::setSslConfiguration() in server mode.
    QSslConfiguration serverConfiguration() const;
    // A client configuration trusting only this CA.
    QSslConfiguration clientConfiguration() const;

private:
    bool run(const QStringList &arguments);
    bool writeFile(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
    QString m_error;
    QSslCertificate m_ca;
    QSslCertificate m_cert;
    QSslKey m_key;
};

} // namespace mygpt::test
