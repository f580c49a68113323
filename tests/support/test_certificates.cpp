#include "test_certificates.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace mygpt::test {

namespace {
// Our own config, so the distribution's openssl.cnf defaults cannot clash with our extensions.
constexpr auto kReqConfig = R"([req]
distinguished_name = dn
prompt = no
[dn]
CN = placeholder
[ca_ext]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[server_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1, DNS:localhost
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
)";
} // namespace

bool TestCertificates::writeFile(const QString &name, const QByteArray &content)
{
    QFile f(m_dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size()) {
        m_error = u"cannot write "_s + f.fileName();
        return false;
    }
    return true;
}

bool TestCertificates::run(const QStringList &arguments)
{
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir.path());
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(u"openssl"_s, arguments);
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit
        || openssl.exitCode() != 0) {
        m_error = u"openssl "_s + arguments.join(u' ') + u" failed: "_s + openssl.errorString()
            + u"\n"_s + QString::fromLocal8Bit(openssl.readAll());
        return false;
    }
    return true;
}

bool TestCertificates::generate()
{
    if (!m_dir.isValid()) {
        m_error = u"cannot create a temporary folder"_s;
        return false;
    }
    if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty()) {
        m_error = u"the openssl command-line tool is not installed"_s;
        return false;
    }
    if (!writeFile(u"openssl.cnf"_s, QByteArray(kReqConfig)))
        return false;

    // EC keys: generated in milliseconds, unlike RSA.
    const QStringList ecKey { u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
        u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s };
    const QString serial = QString::number(QRandomGenerator::global()->bounded(1, 1 << 30));
    const bool ok = run(QStringList { u"req"_s, u"-config"_s, u"openssl.cnf"_s, u"-x509"_s } + ecKey
                        + QStringList { u"-keyout"_s, u"ca.key"_s, u"-out"_s, u"ca.pem"_s,
                            u"-days"_s, u"30"_s, u"-subj"_s, u"/CN=MyGPT Fake Upstream Test CA"_s,
                            u"-extensions"_s, u"ca_ext"_s })
        && run(QStringList { u"req"_s, u"-config"_s, u"openssl.cnf"_s, u"-new"_s } + ecKey
            + QStringList { u"-keyout"_s, u"server.key"_s, u"-out"_s, u"server.csr"_s, u"-subj"_s,
                u"/CN=127.0.0.1"_s })
        && run(QStringList { u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.pem"_s,
            u"-CAkey"_s, u"ca.key"_s, u"-set_serial"_s, serial, u"-days"_s, u"30"_s, u"-extfile"_s,
            u"openssl.cnf"_s, u"-extensions"_s, u"server_ext"_s, u"-out"_s, u"server.pem"_s });
    if (!ok)
        return false;

    const auto cas = QSslCertificate::fromPath(caCertificatePath());
    const auto certs = QSslCertificate::fromPath(serverCertificatePath());
    QFile keyFile(serverKeyPath());
    if (cas.isEmpty() || certs.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
        m_error = u"cannot load the generated certificates"_s;
        return false;
    }
    m_ca = cas.first();
    m_cert = certs.first();
    m_key = QSslKey(keyFile.readAll(), QSsl::Ec);
    if (m_key.isNull()) {
        m_error = u"cannot load the generated EC key"_s;
        return false;
    }
    return true;
}

QSslConfiguration TestCertificates::serverConfiguration() const
{
    auto config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain({ m_cert, m_ca });
    config.setPrivateKey(m_key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    return config;
}

QSslConfiguration TestCertificates::clientConfiguration() const
{
    auto config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates({ m_ca });
    return config;
}

} // namespace mygpt::test
