#include "settings/LoggingPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include "config/ConfigSchema.h"
#include "config/ProxyConfig.h"
#include "config/ConfigValues.h"
#include "log/TextLog.h"
#include "settings/FieldChecks.h"

using namespace Qt::StringLiterals;

namespace mygpt::ui {

namespace k = settingkeys;

namespace {

constexpr int defaultContentChars = 2000;

} // namespace

LoggingPage::LoggingPage(QWidget *parent)
    : SettingsPage(parent)
    , m_logDir(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_content(new QComboBox(this))
    , m_contentChars(new QSpinBox(this))
    , m_retention(new QSpinBox(this))
    , m_streamUsage(new QCheckBox(this))
{
    setObjectName(u"loggingPage"_s);
    m_logDir->setObjectName(u"logDir"_s);
    m_browse->setObjectName(u"browseLogDir"_s);
    m_content->setObjectName(u"contentMode"_s);
    m_content->addItems({ QString(), QString(), QString() });
    m_contentChars->setObjectName(u"contentChars"_s);
    m_contentChars->setRange(1, 10'000'000);
    m_retention->setObjectName(u"retentionDays"_s);
    m_retention->setRange(1, 36500);
    m_streamUsage->setObjectName(u"streamUsage"_s);

    auto *dirRow = new QWidget(this);
    dirRow->setObjectName(u"logDirRow"_s);
    auto *dirLayout = new QHBoxLayout(dirRow);
    dirLayout->setContentsMargins({});
    m_logDir->setParent(dirRow);
    dirLayout->addWidget(m_logDir, 1);
    dirLayout->addWidget(m_browse);

    auto *contentRow = new QWidget(this);
    contentRow->setObjectName(u"contentRow"_s);
    auto *contentLayout = new QHBoxLayout(contentRow);
    contentLayout->setContentsMargins({});
    m_content->setParent(contentRow);
    m_contentChars->setParent(contentRow);
    contentLayout->addWidget(m_content, 1);
    contentLayout->addWidget(m_contentChars);

    SettingsForm *f = form();
    m_logDirLabel = f->addRow(dirRow, k::logDir.toString(),
        [this] { return FieldChecks::folder(m_logDir->text()); });
    m_contentLabel = f->addRow(contentRow, k::logContent.toString());
    m_retentionLabel = f->addRow(m_retention, k::retentionDays.toString());
    m_streamUsageLabel = f->addRow(m_streamUsage, k::streamUsage.toString());

    connect(m_browse, &QPushButton::clicked, this, &LoggingPage::browseLogDir);
    connect(m_content, &QComboBox::currentIndexChanged, this,
        [this](int mode) { m_contentChars->setEnabled(mode == TruncatedContent); });
    retranslate();
}

QString LoggingPage::title() const
{
    return tr("Logging");
}

void LoggingPage::load(const SavedSettings &saved)
{
    m_logDir->setText(saved.value(k::logDir));
    ContentPolicy policy;
    if (!ContentPolicy::parse(saved.value(k::logContent), &policy))
        policy = {};
    m_content->setCurrentIndex(policy.level == ContentPolicy::Level::Truncated ? TruncatedContent
            : policy.level == ContentPolicy::Level::MetadataOnly              ? MetadataOnly
                                                                              : FullContent);
    m_contentChars->setValue(
        policy.level == ContentPolicy::Level::Truncated ? policy.maxChars : defaultContentChars);
    m_contentChars->setEnabled(m_content->currentIndex() == TruncatedContent);
    bool ok = false;
    const int days = saved.value(k::retentionDays).toInt(&ok);
    m_retention->setValue(ok ? days : defaults::retentionDays);
    QString why;
    m_streamUsage->setChecked(config::parseSwitch(saved.value(k::streamUsage), &why).value_or(true));
    form()->revalidate();
}

void LoggingPage::store(SavedSettings &saved) const
{
    saved.setValue(k::logDir, m_logDir->text().trimmed());
    switch (m_content->currentIndex()) {
    case TruncatedContent:
        saved.setValue(k::logContent, QString::number(m_contentChars->value()));
        break;
    case MetadataOnly:
        saved.setValue(k::logContent, u"metadata"_s);
        break;
    default:
        saved.setValue(k::logContent, QString());
    }
    saved.setValue(k::retentionDays, m_retention->value() == defaults::retentionDays
            ? QString()
            : QString::number(m_retention->value()));
    saved.setValue(k::streamUsage, m_streamUsage->isChecked() ? QString() : u"off"_s);
}

void LoggingPage::browseLogDir()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Log Folder"),
        m_logDir->text().isEmpty() ? TextLog::defaultDirectory() : m_logDir->text());
    if (!folder.isEmpty())
        m_logDir->setText(folder);
}

void LoggingPage::retranslate()
{
    m_logDirLabel->setText(tr("Log &folder:"));
    m_logDir->setPlaceholderText(TextLog::defaultDirectory());
    m_browse->setText(tr("&Browse…"));
    m_contentLabel->setText(tr("&Prompts and answers:"));
    m_content->setItemText(FullContent, tr("Keep them in full"));
    m_content->setItemText(TruncatedContent, tr("Keep the first characters:"));
    m_content->setItemText(MetadataOnly, tr("Keep none (metadata only)"));
    m_content->setToolTip(tr("How much of each prompt and answer the log files and the "
                             "request log keep."));
    m_retentionLabel->setText(tr("&Keep requests for:"));
    m_retention->setSuffix(tr(" days"));
    m_streamUsageLabel->setText(tr("Token &usage:"));
    m_streamUsage->setText(tr("Ask upstreams for token usage in streams"));
    m_streamUsage->setToolTip(tr("Clients that did not ask for it do not see it."));
}

} // namespace mygpt::ui
