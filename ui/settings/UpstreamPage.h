#pragma once

#include "settings/ConnectionTester.h"
#include "settings/SettingsPage.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace mygpt::ui {

class SecretField;

// The upstream: base URL (presets and the user's own), API key, "Test connection", and the
// upstream timeouts.
class UpstreamPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit UpstreamPage(QWidget *parent = nullptr);

    QString title() const override;
    void load(const SavedSettings &saved) override;
    void store(SavedSettings &saved) const override;
    void retranslate() override;

    // The outbound proxy and CA file the test should use (from the Network page).
    void setNetworkSource(std::function<std::pair<QString, QString>()> source);
    // Shown under the key: where keys are kept when that is not the keychain.
    void setKeyStorageWarning(const QString &warning);
    ConnectionTester *tester() const { return m_tester; }
    QString baseUrlText() const;

private:
    void fillBaseUrls(const QStringList &history);
    void presetChanged();
    void testConnection();
    void showTestResult(const ConnectionTester::Result &result);

    QComboBox *m_baseUrl;
    SecretField *m_apiKey;
    QLabel *m_keyStorage;
    QWidget *m_keyStorageRow = nullptr; // icon + m_keyStorage
    QPushButton *m_test;
    QLabel *m_testResult;
    QSpinBox *m_firstByteTimeout;
    QSpinBox *m_idleTimeout;
    QLabel *m_baseUrlLabel;
    QLabel *m_apiKeyLabel;
    QLabel *m_testLabel;
    QLabel *m_firstByteLabel;
    QLabel *m_idleLabel;
    ConnectionTester *m_tester;
    std::function<std::pair<QString, QString>()> m_network;
    QStringList m_history;
};

} // namespace mygpt::ui
