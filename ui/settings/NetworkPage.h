#pragma once

#include "settings/SettingsPage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mygpt::ui {

// How MyGPT reaches the upstream: the outbound proxy and an extra CA file.
class NetworkPage final : public SettingsPage
{
    Q_OBJECT

public:
    enum ProxyMode { SystemProxy, NoProxy, ProxyUrl };

    explicit NetworkPage(QWidget *parent = nullptr);

    QString title() const override;
    void load(const SavedSettings &saved) override;
    void store(SavedSettings &saved) const override;
    void retranslate() override;

    // "system", "none" or the URL; and the CA file: what Test Connection uses.
    QString outboundProxy() const;
    QString caFile() const;

private:
    void modeChanged();
    void browseCaFile();

    QComboBox *m_mode;
    QLineEdit *m_proxyUrl;
    QLineEdit *m_caFile;
    QPushButton *m_browse;
    QLabel *m_modeLabel;
    QLabel *m_proxyUrlLabel;
    QLabel *m_caFileLabel;
};

} // namespace mygpt::ui
