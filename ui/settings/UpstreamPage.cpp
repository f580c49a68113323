#include "settings/UpstreamPage.h"

#include "viewer/DetailStyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStyle>
#include <QTimer>

#include "config/ConfigSchema.h"
#include "config/ProxyConfig.h"
#include "config/ConfigValues.h"
#include "settings/FieldChecks.h"
#include "settings/Presets.h"
#include "settings/SecretField.h"

using namespace Qt::StringLiterals;

namespace mygpt::ui {

namespace k = settingkeys;

namespace {

// A base URL in the list: "OpenAI — https://api.openai.com/v1" when the list is open, the
// bare URL in the editable field (an editable QComboBox shows the EditRole there).
class UrlItem final : public QStandardItem
{
public:
    UrlItem(const QString &label, const QString &url)
        : m_label(label)
        , m_url(url)
    { }

    QVariant data(int role) const override
    {
        if (role == Qt::EditRole)
            return m_url;
        if (role == Qt::DisplayRole)
            return m_label.isEmpty() ? m_url : m_label + u"  —  "_s + m_url;
        if (role == Qt::ToolTipRole)
            return m_url;
        return QStandardItem::data(role);
    }

private:
    QString m_label;
    QString m_url;
};

QSpinBox *secondsBox(const QString &name, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(1, config::maxTimeoutSec);
    return box;
}

void loadSeconds(QSpinBox *box, const SavedSettings &saved, QStringView name, int fallback)
{
    bool ok = false;
    const int value = saved.value(name).toInt(&ok);
    box->setValue(ok ? value : fallback);
}

} // namespace

UpstreamPage::UpstreamPage(QWidget *parent)
    : SettingsPage(parent)
    , m_baseUrl(new QComboBox(this))
    , m_apiKey(new SecretField(u"apiKey"_s, this))
    , m_keyStorage(new QLabel(this))
    , m_test(new QPushButton(this))
    , m_testResult(new QLabel(this))
    , m_firstByteTimeout(secondsBox(u"firstByteTimeout"_s, this))
    , m_idleTimeout(secondsBox(u"idleTimeout"_s, this))
    , m_tester(new ConnectionTester(this))
{
    setObjectName(u"upstreamPage"_s);
    m_baseUrl->setObjectName(u"baseUrl"_s);
    m_baseUrl->setEditable(true);
    m_baseUrl->setInsertPolicy(QComboBox::NoInsert);
    m_baseUrl->setMinimumContentsLength(32);
    m_keyStorage->setObjectName(u"keyStorageWarning"_s);
    m_keyStorage->setWordWrap(true);
    m_keyStorage->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_keyStorage->hide();
    m_test->setObjectName(u"testConnection"_s);
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *testRow = new QWidget(this);
    testRow->setObjectName(u"testRow"_s);
    auto *testLayout = new QHBoxLayout(testRow);
    testLayout->setContentsMargins({});
    testLayout->addWidget(m_test, 0, Qt::AlignTop);
    testLayout->addWidget(m_testResult, 1);

    SettingsForm *f = form();
    m_baseUrlLabel = f->addRow(m_baseUrl, k::baseUrl.toString(),
        [this] { return FieldChecks::baseUrl(baseUrlText()); });
    m_apiKeyLabel = f->addRow(m_apiKey, k::apiKey.toString(),
        [this] { return FieldChecks::apiKey(m_apiKey->text()); });
    // The warning sign is an icon, not a "⚠" in the text: a glyph from a fallback font makes
    // the line taller than QLabel's height-for-width expects, clipping the last line.
    m_keyStorageRow = new QWidget(this);
    auto *keyStorageLayout = new QHBoxLayout(m_keyStorageRow);
    keyStorageLayout->setContentsMargins({});
    auto *warningIcon = new QLabel(m_keyStorageRow);
    const int iconSize = fontMetrics().height();
    warningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning)
                               .pixmap(iconSize, iconSize));
    keyStorageLayout->addWidget(warningIcon, 0, Qt::AlignTop);
    keyStorageLayout->addWidget(m_keyStorage, 1);
    m_keyStorageRow->hide();
    f->layout()->addRow(QString(), m_keyStorageRow);
    m_testLabel = new QLabel(this);
    f->layout()->addRow(m_testLabel, testRow);
    m_firstByteLabel = f->addRow(m_firstByteTimeout, k::firstByteTimeout.toString());
    m_idleLabel = f->addRow(m_idleTimeout, k::idleTimeout.toString());

    connect(m_baseUrl, &QComboBox::currentTextChanged, this, &UpstreamPage::presetChanged);
    connect(m_test, &QPushButton::clicked, this, &UpstreamPage::testConnection);
    connect(m_tester, &ConnectionTester::finished, this, &UpstreamPage::showTestResult);
    retranslate();
}

QString UpstreamPage::title() const
{
    return tr("Upstream");
}

QString UpstreamPage::baseUrlText() const
{
    return m_baseUrl->currentText().trimmed();
}

void UpstreamPage::fillBaseUrls(const QStringList &history)
{
    const QString current = m_baseUrl->currentText();
    const QSignalBlocker quiet(m_baseUrl);
    m_baseUrl->clear();
    auto *model = qobject_cast<QStandardItemModel *>(m_baseUrl->model());
    for (const UpstreamPreset &preset : upstreamPresets())
        model->appendRow(new UrlItem(preset.name, preset.url));
    for (const QString &url : history) {
        if (!findPreset(url))
            model->appendRow(new UrlItem({}, url));
    }
    m_baseUrl->setEditText(current);
}

void UpstreamPage::load(const SavedSettings &saved)
{
    m_history = saved.baseUrlHistory;
    fillBaseUrls(m_history);
    const QString url = saved.value(k::baseUrl);
    m_baseUrl->setEditText(url.isEmpty() ? defaults::baseUrl.toString() : url);
    m_apiKey->setText(saved.value(k::apiKey));
    m_apiKey->setRevealed(false);
    loadSeconds(m_firstByteTimeout, saved, k::firstByteTimeout, defaults::firstByteTimeoutSec);
    loadSeconds(m_idleTimeout, saved, k::idleTimeout, defaults::idleTimeoutSec);
    m_testResult->clear();
    presetChanged();
    form()->revalidate();
}

void UpstreamPage::store(SavedSettings &saved) const
{
    const QString url = baseUrlText();
    saved.setValue(k::baseUrl, url == defaults::baseUrl ? QString() : url);
    saved.setValue(k::apiKey, m_apiKey->text().trimmed());
    const auto seconds = [](const QSpinBox *box, int fallback) {
        return box->value() == fallback ? QString() : QString::number(box->value());
    };
    saved.setValue(k::firstByteTimeout, seconds(m_firstByteTimeout, defaults::firstByteTimeoutSec));
    saved.setValue(k::idleTimeout, seconds(m_idleTimeout, defaults::idleTimeoutSec));
    // The user's own URLs come back in the list next time, most recent first.
    if (!url.isEmpty() && !findPreset(url)) {
        saved.baseUrlHistory = m_history;
        saved.baseUrlHistory.removeAll(url);
        saved.baseUrlHistory.prepend(url);
    }
}

void UpstreamPage::setNetworkSource(std::function<std::pair<QString, QString>()> source)
{
    m_network = std::move(source);
}

void UpstreamPage::setKeyStorageWarning(const QString &warning)
{
    m_keyStorage->setText(warning);
    m_keyStorage->setVisible(!warning.isEmpty());
    m_keyStorageRow->setVisible(!warning.isEmpty());
    // The warning may arrive after the dialog was shown. A window grows to its layout's
    // minimum size, which ignores that wrapped text needs more height when narrower: once
    // laid out, grow the window by what the label lacks, or its last line is cut.
    QTimer::singleShot(0, this, [this] {
        QWidget *w = window();
        const int lacking = m_keyStorage->heightForWidth(m_keyStorage->width())
                - m_keyStorage->height();
        if (w->isVisible() && m_keyStorage->isVisible() && lacking > 0)
            w->resize(w->width(), w->height() + lacking);
    });
}

void UpstreamPage::presetChanged()
{
    const std::optional<UpstreamPreset> preset = findPreset(baseUrlText());
    m_apiKey->setPlaceholderText(preset && !preset->needsKey
            ? tr("Not needed for %1").arg(preset->name)
            : tr("Your key for this upstream, e.g. sk-…"));
}

void UpstreamPage::testConnection()
{
    form()->revalidate();
    const std::optional<QUrl> url = [this] {
        QString why;
        return config::parseBaseUrl(baseUrlText(), &why);
    }();
    if (!url) {
        showTestResult({ false, 0, -1, FieldChecks::baseUrl(baseUrlText()) });
        return;
    }
    const auto [proxy, caFile] = m_network ? m_network() : std::pair<QString, QString>();
    m_test->setEnabled(false);
    m_testResult->setStyleSheet({});
    m_testResult->setText(tr("Connecting to %1…").arg(ConnectionTester::modelsUrl(*url).toString()));
    m_tester->test(*url, m_apiKey->text().trimmed().toUtf8(), proxy, caFile);
}

void UpstreamPage::showTestResult(const ConnectionTester::Result &result)
{
    m_test->setEnabled(true);
    setToneText(m_testResult, result.ok ? Tone::Good : Tone::Bad);
    m_testResult->setText((result.ok ? u"✓ "_s : u"✗ "_s) + result.message);
}

void UpstreamPage::retranslate()
{
    m_baseUrlLabel->setText(tr("&Base URL:"));
    m_baseUrl->lineEdit()->setPlaceholderText(tr("https://api.openai.com/v1"));
    m_apiKeyLabel->setText(tr("API &key:"));
    m_testLabel->setText(QString());
    m_test->setText(tr("&Test Connection"));
    m_test->setToolTip(tr("Asks the upstream for its model list with this key."));
    m_firstByteLabel->setText(tr("&First-byte timeout:"));
    m_firstByteTimeout->setSuffix(tr(" s"));
    m_firstByteTimeout->setToolTip(tr("How long to wait for the upstream's first byte."));
    m_idleLabel->setText(tr("&Idle timeout:"));
    m_idleTimeout->setSuffix(tr(" s"));
    m_idleTimeout->setToolTip(tr("How long a stream may stall mid-way."));
    m_apiKey->retranslate();
    fillBaseUrls(m_history); // preset names are translated too
    presetChanged();
}

} // namespace mygpt::ui
