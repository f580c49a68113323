#pragma once

#include "config/ConfigLoader.h"

#include <QObject>
#include <QTemporaryDir>

// A scratch tree: <dir>/cwd is the working directory, <dir>/config the config directory.
class Scratch final
{
public:
    Scratch(); // also writes %DIR%/ca.pem (PEM-shaped) and %DIR%/plain.txt (not PEM)
    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString cwd() const;
    QString configDir() const;
    QString envFile() const; // %CWD%/.env
    bool write(const QString &path, const QByteArray &content) const;
    // %DIR%, %CWD%, %CONFIG% and %ENV% (cwd/.env) -> real paths.
    QString expand(QString text) const;
    QStringList expand(const QStringList &texts) const;
    // "mygpt" + args; env holds "NAME=value" pairs.
    mygpt::ConfigSources sources(const QStringList &args = {}, const QStringList &env = {},
        const QVariantMap &saved = {}) const;

private:
    QTemporaryDir m_dir;
};

// The field as text, for comparing in data tables; keys revealed, lists comma-joined.
QString fieldText(const mygpt::ProxyConfig &config, const QString &field);

class TestConfig final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void precedence_data();
    void precedence();
    void emptyValuesFallThrough();
    void savedValueTypes();
    void normalisation_data();
    void normalisation();
    void envFileLookup_data();
    void envFileLookup();
    void unknownDotEnvSettingWarns();
    void commandLine_data();
    void commandLine();
    void helpListsEverything();
    void helpIsTranslated();
    void errorsAreTranslated_data();
    void errorsAreTranslated();
    void validationErrors_data();
    void validationErrors();
    void keysNeverInMessages_data();
    void keysNeverInMessages();
    void loopbackHost_data();
    void loopbackHost();
    void secretDebugIsMasked();
    void configDebugIsMasked();
    void shortAccessKeyWarns();
    void secretBasics();
    void constantTimeEquals_data();
    void constantTimeEquals();
};
