#include "settings/GeneralPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mygpt::ui {

GeneralPage::GeneralPage(QWidget *parent)
    : SettingsPage(parent)
    , m_language(new QComboBox(this))
    , m_startAtLogin(new QCheckBox(this))
    , m_startServer(new QCheckBox(this))
{
    setObjectName(u"generalPage"_s);
    m_language->setObjectName(u"language"_s);
    // Each language named in itself, so it can be found whatever the current one is.
    m_language->addItem(QString(), u"system"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"中文（简体）"_s, u"zh_CN"_s);
    m_startAtLogin->setObjectName(u"startAtLogin"_s);
    m_startServer->setObjectName(u"startServerAtLaunch"_s);

    auto *startup = new QWidget(this);
    startup->setObjectName(u"startupOptions"_s);
    auto *column = new QVBoxLayout(startup);
    column->setContentsMargins({});
    m_startAtLogin->setParent(startup);
    m_startServer->setParent(startup);
    column->addWidget(m_startAtLogin);
    column->addWidget(m_startServer);

    m_languageLabel = form()->addRow(m_language);
    m_startLabel = form()->addRow(startup);
    retranslate();
}

QString GeneralPage::title() const
{
    return tr("General");
}

void GeneralPage::load(const SavedSettings &saved)
{
    const int index = m_language->findData(saved.language);
    m_language->setCurrentIndex(index < 0 ? 0 : index);
    m_startServer->setChecked(saved.startServerAtLaunch);
}

void GeneralPage::store(SavedSettings &saved) const
{
    saved.language = m_language->currentData().toString();
    saved.startServerAtLaunch = m_startServer->isChecked();
}

void GeneralPage::setStartAtLogin(bool enabled)
{
    m_startAtLogin->setChecked(enabled);
}

bool GeneralPage::startAtLogin() const
{
    return m_startAtLogin->isChecked();
}

void GeneralPage::retranslate()
{
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System language"));
    m_startLabel->setText(tr("Start:"));
    m_startAtLogin->setText(tr("Start MyGPT when I log in"));
    m_startServer->setText(tr("Start the server when MyGPT starts"));
}

} // namespace mygpt::ui
