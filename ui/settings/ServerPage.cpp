#include "settings/ServerPage.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include "config/ConfigSchema.h"
#include "config/ProxyConfig.h"
#include "config/ConfigValues.h"
#include "settings/FieldChecks.h"
#include "settings/SecretField.h"

using namespace Qt::StringLiterals;

namespace mygpt::ui {

namespace k = settingkeys;

ServerPage::ServerPage(QWidget *parent)
    : SettingsPage(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_accessKey(new SecretField(u"accessKey"_s, this))
    , m_generate(new QPushButton(this))
    , m_origins(new QLineEdit(this))
    , m_exposure(new QLabel(this))
{
    setObjectName(u"serverPage"_s);
    m_host->setObjectName(u"host"_s);
    m_port->setObjectName(u"port"_s);
    m_port->setRange(1, 65535);
    m_generate->setObjectName(u"generateAccessKey"_s);
    m_origins->setObjectName(u"allowedOrigins"_s);
    m_exposure->setObjectName(u"networkExposure"_s);
    m_exposure->setWordWrap(true);
    m_exposure->hide();

    // The access key and its Generate button share one row; the row is the editor.
    auto *keyRow = new QWidget(this);
    keyRow->setObjectName(u"accessKeyRow"_s);
    auto *keyLayout = new QHBoxLayout(keyRow);
    keyLayout->setContentsMargins({});
    m_accessKey->setParent(keyRow);
    keyLayout->addWidget(m_accessKey, 1);
    keyLayout->addWidget(m_generate);

    SettingsForm *f = form();
    m_hostLabel = f->addRow(m_host, k::host.toString(),
        [this] { return FieldChecks::host(m_host->text()); });
    f->layout()->addRow(QString(), m_exposure);
    m_portLabel = f->addRow(m_port, k::port.toString());
    m_accessKeyLabel = f->addRow(keyRow, k::accessKey.toString(),
        [this] { return FieldChecks::accessKey(m_accessKey->text(), m_host->text()); });
    m_originsLabel = f->addRow(m_origins, k::allowedOrigins.toString(),
        [this] { return FieldChecks::allowedOrigins(m_origins->text()); });

    connect(m_generate, &QPushButton::clicked, this, &ServerPage::generateAccessKey);
    connect(m_host, &QLineEdit::textChanged, this, &ServerPage::hostChanged);
    retranslate();
}

QString ServerPage::title() const
{
    return tr("Server");
}

void ServerPage::load(const SavedSettings &saved)
{
    m_host->setText(saved.value(k::host));
    bool ok = false;
    const int port = saved.value(k::port).toInt(&ok);
    m_port->setValue(ok ? port : defaults::port);
    m_accessKey->setText(saved.value(k::accessKey));
    m_accessKey->setRevealed(false);
    m_origins->setText(saved.value(k::allowedOrigins));
    hostChanged();
    form()->revalidate();
}

void ServerPage::store(SavedSettings &saved) const
{
    saved.setValue(k::host, m_host->text().trimmed());
    saved.setValue(k::port, m_port->value() == defaults::port ? QString()
                                                              : QString::number(m_port->value()));
    saved.setValue(k::accessKey, m_accessKey->text().trimmed());
    saved.setValue(k::allowedOrigins, m_origins->text().trimmed());
}

void ServerPage::generateAccessKey()
{
    m_accessKey->setText(FieldChecks::generateAccessKey());
    m_accessKey->setRevealed(true); // so it can be copied into the clients
}

void ServerPage::hostChanged()
{
    const QString host = m_host->text().trimmed();
    const bool exposed = !host.isEmpty() && FieldChecks::host(host).isEmpty()
        && !config::isLoopbackHost(host);
    m_exposure->setText(tr("⚠ Other computers can reach MyGPT on %1. Only clients that send "
                           "the access key are served.")
                            .arg(host));
    m_exposure->setVisible(exposed);
}

void ServerPage::retranslate()
{
    m_hostLabel->setText(tr("Listen &host:"));
    m_host->setPlaceholderText(tr("127.0.0.1 (this computer only)"));
    m_portLabel->setText(tr("&Port:"));
    m_accessKeyLabel->setText(tr("&Access key:"));
    m_accessKey->setPlaceholderText(tr("None: any local client may call MyGPT"));
    m_accessKey->retranslate();
    m_generate->setText(tr("&Generate"));
    m_generate->setToolTip(tr("Make a new random access key"));
    m_originsLabel->setText(tr("Allowed &origins:"));
    m_origins->setPlaceholderText(tr("Web pages on this computer only"));
    m_origins->setToolTip(tr("Browser origins allowed to call MyGPT, separated by commas: * "
                             "or scheme://host[:port]."));
    hostChanged();
}

} // namespace mygpt::ui
