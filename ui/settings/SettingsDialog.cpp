#include "settings/SettingsDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include "app/Icons.h"
#include "settings/GeneralPage.h"
#include "settings/LoggingPage.h"
#include "settings/NetworkPage.h"
#include "settings/ServerPage.h"
#include "settings/UpstreamPage.h"

using namespace Qt::StringLiterals;

namespace mygpt::ui {

SettingsDialog::SettingsDialog(SettingsStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_tabs(new QTabWidget(this))
    , m_upstream(new UpstreamPage(this))
    , m_server(new ServerPage(this))
    , m_network(new NetworkPage(this))
    , m_logging(new LoggingPage(this))
    , m_general(new GeneralPage(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_save(m_buttons->button(QDialogButtonBox::Save))
{
    setObjectName(u"settingsDialog"_s);
    setWindowIcon(appIcon());
    m_tabs->setObjectName(u"settingsTabs"_s);
    m_status->setObjectName(u"saveStatus"_s);
    m_status->setWordWrap(true);
    m_save->setObjectName(u"saveButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    for (SettingsPage *page : pages()) {
        m_tabs->addTab(page, page->title());
        connect(page->form(), &SettingsForm::validityChanged, this,
            &SettingsDialog::validityChanged);
    }
    m_upstream->setNetworkSource(
        [this] { return std::pair(m_network->outboundProxy(), m_network->caFile()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    // Grows when a warning or a test result appears after it was shown, instead of clipping.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    connect(m_save, &QPushButton::clicked, this, &SettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    resize(sizeHint().expandedTo({ 620, 0 }));
}

SettingsDialog::~SettingsDialog() = default;

QList<SettingsPage *> SettingsDialog::pages() const
{
    return { m_upstream, m_server, m_network, m_logging, m_general };
}

void SettingsDialog::setValues(const SettingsValues &values, const QHash<QString, QString> &sourceOf)
{
    m_values = values;
    for (SettingsPage *page : pages()) {
        page->load(values.saved);
        page->form()->showSources(sourceOf);
        page->form()->revalidate();
    }
    m_general->setStartAtLogin(values.startAtLogin);
    m_status->clear();
    validityChanged();
}

SettingsValues SettingsDialog::values() const
{
    // Settings that have no field here (MYGPT_MAX_BODY...) are kept as they were.
    SettingsValues values = m_values;
    for (const SettingsPage *page : pages())
        page->store(values.saved);
    values.startAtLogin = m_general->startAtLogin();
    return values;
}

bool SettingsDialog::isValid() const
{
    const QList<SettingsPage *> all = pages();
    return std::all_of(all.cbegin(), all.cend(),
        [](const SettingsPage *page) { return page->form()->isValid(); });
}

void SettingsDialog::setKeyStorageWarning(const QString &warning)
{
    m_upstream->setKeyStorageWarning(warning);
}

void SettingsDialog::validityChanged()
{
    m_save->setEnabled(isValid() && !m_saving);
    // Mark the tabs that hold a problem, so it is found without opening each one.
    for (SettingsPage *page : pages()) {
        const int index = m_tabs->indexOf(page);
        m_tabs->setTabText(index, page->form()->isValid() ? page->title()
                                                          : page->title() + u" ⚠"_s);
    }
}

void SettingsDialog::save()
{
    for (SettingsPage *page : pages())
        page->form()->revalidate();
    if (!isValid() || m_saving) {
        for (SettingsPage *page : pages()) {
            if (!page->form()->isValid()) {
                m_tabs->setCurrentWidget(page);
                break;
            }
        }
        return;
    }
    const SettingsValues values = this->values();
    m_saving = true;
    m_save->setEnabled(false);
    m_status->setText(tr("Saving…"));
    // The keychain may answer after the dialog was closed.
    m_store->save(values.saved, [self = QPointer(this), values](bool ok, const QString &warning) {
        if (self)
            self->saveFinished(values, ok, warning);
    });
}

void SettingsDialog::saveFinished(const SettingsValues &values, bool ok, const QString &warning)
{
    m_saving = false;
    if (!ok) {
        m_status->setText(tr("Could not save: %1").arg(warning));
        validityChanged();
        return;
    }
    m_values = values;
    Q_EMIT saved(values, warning);
    accept();
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("MyGPT Settings"));
    for (SettingsPage *page : pages())
        page->retranslate();
    validityChanged();
}

} // namespace mygpt::ui
