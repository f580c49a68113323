#include "settings/NetworkPage.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "config/ConfigSchema.h"
#include "settings/FieldChecks.h"

using namespace Qt::StringLiterals;

namespace mygpt::ui {

namespace k = settingkeys;

NetworkPage::NetworkPage(QWidget *parent)
    : SettingsPage(parent)
    , m_mode(new QComboBox(this))
    , m_proxyUrl(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_browse(new QPushButton(this))
{
    setObjectName(u"networkPage"_s);
    m_mode->setObjectName(u"proxyMode"_s);
    m_mode->addItems({ QString(), QString(), QString() }); // texts in retranslate()
    m_proxyUrl->setObjectName(u"proxyUrl"_s);
    m_caFile->setObjectName(u"caFile"_s);
    m_browse->setObjectName(u"browseCaFile"_s);

    auto *caRow = new QWidget(this);
    auto *caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins({});
    m_caFile->setParent(caRow);
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(m_browse);
    caRow->setObjectName(u"caFileRow"_s);

    SettingsForm *f = form();
    m_modeLabel = f->addRow(m_mode, k::proxy.toString());
    m_proxyUrlLabel = f->addRow(m_proxyUrl, {}, [this] {
        return m_mode->currentIndex() == ProxyUrl ? FieldChecks::proxyUrl(m_proxyUrl->text())
                                                  : QString();
    });
    m_caFileLabel = f->addRow(caRow, k::caFile.toString(),
        [this] { return FieldChecks::caFile(m_caFile->text()); });

    connect(m_mode, &QComboBox::currentIndexChanged, this, &NetworkPage::modeChanged);
    connect(m_browse, &QPushButton::clicked, this, &NetworkPage::browseCaFile);
    retranslate();
}

QString NetworkPage::title() const
{
    return tr("Network");
}

void NetworkPage::load(const SavedSettings &saved)
{
    const QString proxy = saved.value(k::proxy);
    if (proxy.isEmpty() || proxy.compare(u"system"_s, Qt::CaseInsensitive) == 0) {
        m_mode->setCurrentIndex(SystemProxy);
        m_proxyUrl->clear();
    } else if (proxy.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
        m_mode->setCurrentIndex(NoProxy);
        m_proxyUrl->clear();
    } else {
        m_mode->setCurrentIndex(ProxyUrl);
        m_proxyUrl->setText(proxy);
    }
    m_caFile->setText(saved.value(k::caFile));
    modeChanged();
}

QString NetworkPage::outboundProxy() const
{
    switch (m_mode->currentIndex()) {
    case NoProxy:
        return u"none"_s;
    case ProxyUrl:
        return m_proxyUrl->text().trimmed();
    default:
        return u"system"_s;
    }
}

QString NetworkPage::caFile() const
{
    return m_caFile->text().trimmed();
}

void NetworkPage::store(SavedSettings &saved) const
{
    const QString proxy = outboundProxy();
    saved.setValue(k::proxy, proxy == "system"_L1 ? QString() : proxy);
    saved.setValue(k::caFile, caFile());
}

void NetworkPage::modeChanged()
{
    m_proxyUrl->setEnabled(m_mode->currentIndex() == ProxyUrl);
    form()->revalidate();
}

void NetworkPage::browseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("CA Certificates"),
        m_caFile->text(), tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

void NetworkPage::retranslate()
{
    m_modeLabel->setText(tr("Outbound &proxy:"));
    m_mode->setItemText(SystemProxy, tr("System settings (HTTPS_PROXY, NO_PROXY…)"));
    m_mode->setItemText(NoProxy, tr("No proxy"));
    m_mode->setItemText(ProxyUrl, tr("This proxy:"));
    m_proxyUrlLabel->setText(tr("Proxy &URL:"));
    m_proxyUrl->setPlaceholderText(tr("http://proxy:8080 or socks5://127.0.0.1:1080"));
    m_caFileLabel->setText(tr("Extra &CA file:"));
    m_caFile->setPlaceholderText(tr("None: the system's certificates only"));
    m_browse->setText(tr("&Browse…"));
}

} // namespace mygpt::ui
