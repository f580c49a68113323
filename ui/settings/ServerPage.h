#pragma once

#include "settings/SettingsPage.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace mygpt::ui {

class SecretField;

// Where MyGPT listens and who may call it: host, port, access key, allowed origins.
class ServerPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit ServerPage(QWidget *parent = nullptr);

    QString title() const override;
    void load(const SavedSettings &saved) override;
    void store(SavedSettings &saved) const override;
    void retranslate() override;

private:
    void generateAccessKey();
    void hostChanged();

    QLineEdit *m_host;
    QSpinBox *m_port;
    SecretField *m_accessKey;
    QPushButton *m_generate;
    QLineEdit *m_origins;
    QLabel *m_exposure;
    QLabel *m_hostLabel;
    QLabel *m_portLabel;
    QLabel *m_accessKeyLabel;
    QLabel *m_originsLabel;
};

} // namespace mygpt::ui
