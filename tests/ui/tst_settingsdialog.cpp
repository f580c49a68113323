// The settings dialog, offscreen: a round trip through the settings file and the test
// keychain, invalid input shown at its field and blocking Save, the base URL presets and
// the user's own URLs, and the notes for values the environment overrides.

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>

#include "UiTestSupport.h"
#include "app/Theme.h"
#include "viewer/Contrast.h"
#include "config/ConfigSchema.h"
#include "settings/SettingsDialog.h"

using namespace Qt::StringLiterals;
using namespace mygpt;
using namespace mygpt::ui;
using mygpt::test::child;

namespace k = settingkeys;

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void roundTrip();
    void invalidInputBlocksSave_data();
    void invalidInputBlocksSave();
    void accessKeyRequiredOffLoopback();
    void presets();
    void ownUrlsComeBack();
    void environmentOverrideNoted();
    void keyFieldHidesByDefault();
    void messagesReadOnDarkPalette();

private:
    SavedSettings load();
    void openDialog();
    bool saveAndWait();
    QString settingsFileText() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SettingsStore> m_store;
    MemorySecretBackend *m_keychain = nullptr;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = mygpt::test::makeSettingsStore(m_dir->path(), &m_keychain);
}

void TestSettingsDialog::cleanup()
{
    m_dialog.reset();
    m_store.reset();
}

SavedSettings TestSettingsDialog::load()
{
    SavedSettings loaded;
    bool done = false;
    m_store->load([&](const SavedSettings &saved, const QString &) {
        loaded = saved;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }))
        qWarning("the settings did not load");
    return loaded;
}

void TestSettingsDialog::openDialog()
{
    m_dialog = std::make_unique<SettingsDialog>(m_store.get());
    m_dialog->setValues({ load(), false });
    m_dialog->show();
}

bool TestSettingsDialog::saveAndWait()
{
    QSignalSpy saved(m_dialog.get(), &SettingsDialog::saved);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), u"saveButton"_s), Qt::LeftButton);
    return saved.wait(5000) || saved.size() == 1;
}

QString TestSettingsDialog::settingsFileText() const
{
    QFile file(m_dir->filePath(u"settings.ini"_s));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void TestSettingsDialog::roundTrip()
{
    openDialog();
    SettingsDialog *d = m_dialog.get();
    // A fresh install shows the defaults.
    QCOMPARE(child<QComboBox>(d, u"baseUrl"_s)->currentText(), u"https://www.dmxapi.com/v1"_s);
    QCOMPARE(child<QSpinBox>(d, u"port"_s)->value(), 8000);
    QVERIFY(child<QPushButton>(d, u"saveButton"_s)->isEnabled());

    child<QComboBox>(d, u"baseUrl"_s)->setEditText(u"https://gateway.example.com/v1"_s);
    child<QLineEdit>(d, u"apiKey"_s)->setText(u"sk-round-trip-0123456789"_s);
    child<QSpinBox>(d, u"firstByteTimeout"_s)->setValue(42);
    child<QSpinBox>(d, u"idleTimeout"_s)->setValue(77);
    child<QLineEdit>(d, u"host"_s)->setText(u"0.0.0.0"_s);
    child<QSpinBox>(d, u"port"_s)->setValue(9123);
    QTest::mouseClick(child<QPushButton>(d, u"generateAccessKey"_s), Qt::LeftButton);
    const QString accessKey = child<QLineEdit>(d, u"accessKey"_s)->text();
    QVERIFY(accessKey.size() >= 40);
    child<QLineEdit>(d, u"allowedOrigins"_s)->setText(u"http://localhost:3000"_s);
    child<QComboBox>(d, u"proxyMode"_s)->setCurrentIndex(2);
    child<QLineEdit>(d, u"proxyUrl"_s)->setText(u"http://proxy.example:8080"_s);
    child<QComboBox>(d, u"contentMode"_s)->setCurrentIndex(1);
    child<QSpinBox>(d, u"contentChars"_s)->setValue(500);
    child<QSpinBox>(d, u"retentionDays"_s)->setValue(7);
    child<QCheckBox>(d, u"streamUsage"_s)->setChecked(false);
    const QString logDir = m_dir->filePath(u"logs"_s);
    child<QLineEdit>(d, u"logDir"_s)->setText(logDir);
    auto *language = child<QComboBox>(d, u"language"_s);
    language->setCurrentIndex(language->findData(u"zh_CN"_s));
    child<QCheckBox>(d, u"startServerAtLaunch"_s)->setChecked(false);
    child<QCheckBox>(d, u"startAtLogin"_s)->setChecked(true);

    QSignalSpy saved(d, &SettingsDialog::saved);
    QTest::mouseClick(child<QPushButton>(d, u"saveButton"_s), Qt::LeftButton);
    QVERIFY(saved.wait(5000));
    QCOMPARE(d->result(), int(QDialog::Accepted));
    QVERIFY(saved.constFirst().at(0).value<SettingsValues>().startAtLogin);

    // The keys went to the keychain, and nowhere near the settings file.
    QCOMPARE(m_keychain->contents().value(k::apiKey.toString()), "sk-round-trip-0123456789");
    QCOMPARE(m_keychain->contents().value(k::accessKey.toString()), accessKey.toUtf8());
    const QString file = settingsFileText();
    QVERIFY(!file.contains(u"sk-round-trip"_s));
    QVERIFY(!file.contains(accessKey));
    QVERIFY(!QFile::exists(m_dir->filePath(u"secrets.json"_s)));
    // The file holds the rest, readable by a new reader (what `--headless` does).
    const QVariantMap plain = AppSettings(m_dir->filePath(u"settings.ini"_s)).proxyValues();
    QCOMPARE(plain.value(k::baseUrl.toString()).toString(), u"https://gateway.example.com/v1"_s);
    QCOMPARE(plain.value(k::port.toString()).toString(), u"9123"_s);
    QCOMPARE(plain.value(k::host.toString()).toString(), u"0.0.0.0"_s);
    QCOMPARE(plain.value(k::proxy.toString()).toString(), u"http://proxy.example:8080"_s);
    QCOMPARE(plain.value(k::logContent.toString()).toString(), u"500"_s);
    QCOMPARE(plain.value(k::streamUsage.toString()).toString(), u"off"_s);

    // A new dialog shows exactly what was saved.
    m_dialog.reset();
    openDialog();
    d = m_dialog.get();
    QCOMPARE(child<QComboBox>(d, u"baseUrl"_s)->currentText(), u"https://gateway.example.com/v1"_s);
    QCOMPARE(child<QLineEdit>(d, u"apiKey"_s)->text(), u"sk-round-trip-0123456789"_s);
    QCOMPARE(child<QSpinBox>(d, u"firstByteTimeout"_s)->value(), 42);
    QCOMPARE(child<QSpinBox>(d, u"idleTimeout"_s)->value(), 77);
    QCOMPARE(child<QLineEdit>(d, u"host"_s)->text(), u"0.0.0.0"_s);
    QCOMPARE(child<QSpinBox>(d, u"port"_s)->value(), 9123);
    QCOMPARE(child<QLineEdit>(d, u"accessKey"_s)->text(), accessKey);
    QCOMPARE(child<QLineEdit>(d, u"allowedOrigins"_s)->text(), u"http://localhost:3000"_s);
    QCOMPARE(child<QComboBox>(d, u"proxyMode"_s)->currentIndex(), 2);
    QCOMPARE(child<QLineEdit>(d, u"proxyUrl"_s)->text(), u"http://proxy.example:8080"_s);
    QCOMPARE(child<QComboBox>(d, u"contentMode"_s)->currentIndex(), 1);
    QCOMPARE(child<QSpinBox>(d, u"contentChars"_s)->value(), 500);
    QCOMPARE(child<QSpinBox>(d, u"retentionDays"_s)->value(), 7);
    QVERIFY(!child<QCheckBox>(d, u"streamUsage"_s)->isChecked());
    QCOMPARE(child<QLineEdit>(d, u"logDir"_s)->text(), logDir);
    QCOMPARE(child<QComboBox>(d, u"language"_s)->currentData().toString(), u"zh_CN"_s);
    QVERIFY(!child<QCheckBox>(d, u"startServerAtLaunch"_s)->isChecked());

    // Clearing the key removes it from the keychain.
    child<QLineEdit>(d, u"apiKey"_s)->clear();
    QVERIFY(saveAndWait());
    QTRY_VERIFY(!m_keychain->contents().contains(k::apiKey.toString()));
}

void TestSettingsDialog::invalidInputBlocksSave_data()
{
    QTest::addColumn<QString>("editor"); // the QLineEdit to type into
    QTest::addColumn<QString>("row"); // the form row whose error line shows
    QTest::addColumn<int>("proxyMode");
    QTest::addColumn<QString>("text");

    QTest::newRow("base URL scheme") << u"baseUrl"_s << u"baseUrl"_s << 0 << u"ftp://example.com"_s;
    QTest::newRow("base URL empty") << u"baseUrl"_s << u"baseUrl"_s << 0 << u" "_s;
    QTest::newRow("base URL query") << u"baseUrl"_s << u"baseUrl"_s << 0
                                    << u"https://example.com/v1?x=1"_s;
    QTest::newRow("API key with a space") << u"apiKey"_s << u"apiKey"_s << 0 << u"sk two words"_s;
    QTest::newRow("host name") << u"host"_s << u"host"_s << 0 << u"my computer"_s;
    QTest::newRow("short access key") << u"accessKey"_s << u"accessKeyRow"_s << 0 << u"short"_s;
    QTest::newRow("origins") << u"allowedOrigins"_s << u"allowedOrigins"_s << 0 << u"not an origin"_s;
    QTest::newRow("proxy URL") << u"proxyUrl"_s << u"proxyUrl"_s << 2 << u"ftp://proxy"_s;
    QTest::newRow("proxy URL empty") << u"proxyUrl"_s << u"proxyUrl"_s << 2 << QString();
    QTest::newRow("CA file missing") << u"caFile"_s << u"caFileRow"_s << 0
                                     << u"/nonexistent/ca.pem"_s;
    QTest::newRow("log folder relative") << u"logDir"_s << u"logDirRow"_s << 0 << u"logs"_s;
}

void TestSettingsDialog::invalidInputBlocksSave()
{
    QFETCH(QString, editor);
    QFETCH(QString, row);
    QFETCH(int, proxyMode);
    QFETCH(QString, text);

    openDialog();
    SettingsDialog *d = m_dialog.get();
    auto *save = child<QPushButton>(d, u"saveButton"_s);
    auto *error = child<QLabel>(d, row + u"Error"_s);
    QVERIFY(save && error);
    QVERIFY(save->isEnabled());
    QVERIFY(error->isHidden());

    child<QComboBox>(d, u"proxyMode"_s)->setCurrentIndex(proxyMode);
    auto *combo = d->findChild<QComboBox *>(editor);
    QLineEdit *edit = combo ? combo->lineEdit() : child<QLineEdit>(d, editor);
    QVERIFY(edit);
    const QString before = edit->text();
    edit->setText(text);

    // Shown at the field, the tab marked, Save disabled.
    QVERIFY(!error->isHidden());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(!save->isEnabled());
    auto *tabs = child<QTabWidget>(d, u"settingsTabs"_s);
    QWidget *page = tabs->widget(0);
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i)->isAncestorOf(edit))
            page = tabs->widget(i);
    }
    QVERIFY(tabs->tabText(tabs->indexOf(page)).contains(u"⚠"_s));

    // Save cannot go around it: nothing is written, the page with the problem comes up.
    tabs->setCurrentIndex(tabs->indexOf(page) == 0 ? 1 : 0);
    QSignalSpy saved(d, &SettingsDialog::saved);
    d->save();
    QTest::qWait(50);
    QCOMPARE(saved.size(), 0);
    QCOMPARE(tabs->currentWidget(), page);
    QVERIFY(!QFile::exists(m_dir->filePath(u"settings.ini"_s)));
    QVERIFY(d->isVisible());

    // Put right, it can be saved again.
    edit->setText(before);
    child<QComboBox>(d, u"proxyMode"_s)->setCurrentIndex(0);
    QVERIFY(error->isHidden());
    QVERIFY(save->isEnabled());
    QVERIFY(!tabs->tabText(tabs->indexOf(page)).contains(u"⚠"_s));
}

void TestSettingsDialog::accessKeyRequiredOffLoopback()
{
    openDialog();
    SettingsDialog *d = m_dialog.get();
    auto *error = child<QLabel>(d, u"accessKeyRowError"_s);
    auto *exposure = child<QLabel>(d, u"networkExposure"_s);
    child<QLineEdit>(d, u"host"_s)->setText(u"0.0.0.0"_s);
    QVERIFY(!error->isHidden());
    QVERIFY(error->text().contains(u"0.0.0.0"_s));
    QVERIFY(!exposure->isHidden());
    QVERIFY(!d->saveButton()->isEnabled());

    QTest::mouseClick(child<QPushButton>(d, u"generateAccessKey"_s), Qt::LeftButton);
    QVERIFY(error->isHidden());
    QVERIFY(d->saveButton()->isEnabled());
    // Generated to be copied into the clients: shown, not dotted.
    QCOMPARE(child<QLineEdit>(d, u"accessKey"_s)->echoMode(), QLineEdit::Normal);

    // Loopback needs none.
    child<QLineEdit>(d, u"accessKey"_s)->clear();
    child<QLineEdit>(d, u"host"_s)->setText(u"127.0.0.1"_s);
    QVERIFY(error->isHidden());
    QVERIFY(exposure->isHidden());
    QVERIFY(d->saveButton()->isEnabled());
}

void TestSettingsDialog::presets()
{
    openDialog();
    auto *baseUrl = child<QComboBox>(m_dialog.get(), u"baseUrl"_s);
    auto *key = child<QLineEdit>(m_dialog.get(), u"apiKey"_s);
    QStringList names;
    for (int i = 0; i < baseUrl->count(); ++i)
        names.append(baseUrl->itemData(i, Qt::DisplayRole).toString());
    for (const QString &name : { u"OpenAI"_s, u"DMXAPI"_s, u"DeepSeek"_s, u"OpenRouter"_s,
             u"SiliconFlow"_s, u"Ollama"_s })
        QVERIFY2(names.join(u'\n').contains(name), qPrintable(name));

    // Choosing a preset puts its bare URL in the field.
    const int deepSeek = baseUrl->findData(u"https://api.deepseek.com"_s, Qt::EditRole);
    QVERIFY(deepSeek >= 0);
    baseUrl->setCurrentIndex(deepSeek);
    QCOMPARE(baseUrl->currentText(), u"https://api.deepseek.com"_s);
    QVERIFY(key->placeholderText().contains(u"sk-"_s));

    const int ollama = baseUrl->findData(u"http://localhost:11434"_s, Qt::EditRole);
    QVERIFY(ollama >= 0);
    baseUrl->setCurrentIndex(ollama);
    QCOMPARE(baseUrl->currentText(), u"http://localhost:11434"_s);
    QVERIFY(key->placeholderText().contains(u"Not needed"_s));
    QVERIFY(m_dialog->saveButton()->isEnabled());

    QVERIFY(saveAndWait());
    QCOMPARE(AppSettings(m_dir->filePath(u"settings.ini"_s))
                 .proxyValues()
                 .value(k::baseUrl.toString())
                 .toString(),
        u"http://localhost:11434"_s);
}

void TestSettingsDialog::ownUrlsComeBack()
{
    openDialog();
    auto *baseUrl = child<QComboBox>(m_dialog.get(), u"baseUrl"_s);
    const int presets = baseUrl->count();
    baseUrl->setEditText(u"https://my-gateway.example/v1"_s);
    QVERIFY(saveAndWait());

    m_dialog.reset();
    openDialog();
    baseUrl = child<QComboBox>(m_dialog.get(), u"baseUrl"_s);
    QCOMPARE(baseUrl->count(), presets + 1);
    QVERIFY(baseUrl->findData(u"https://my-gateway.example/v1"_s, Qt::EditRole) >= 0);
}

void TestSettingsDialog::environmentOverrideNoted()
{
    m_dialog = std::make_unique<SettingsDialog>(m_store.get());
    m_dialog->setValues({ load(), false }, { { u"port"_s, u"environment"_s } });
    m_dialog->show();
    auto *note = child<QLabel>(m_dialog.get(), u"portNote"_s);
    QVERIFY(!note->isHidden());
    QVERIFY(note->text().contains(u"PORT"_s));
    QVERIFY(child<QLabel>(m_dialog.get(), u"hostNote"_s)->isHidden());
}

void TestSettingsDialog::keyFieldHidesByDefault()
{
    openDialog();
    auto *key = child<QLineEdit>(m_dialog.get(), u"apiKey"_s);
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    auto *show = child<QAction>(m_dialog.get(), u"apiKeyShow"_s);
    QVERIFY(show);
    show->trigger();
    QCOMPARE(key->echoMode(), QLineEdit::Normal);
    show->trigger();
    QCOMPARE(key->echoMode(), QLineEdit::Password);
}

// A field's error is red; on a dark window the red must still read (a fixed #d93025 was
// 2.9:1 there).
void TestSettingsDialog::messagesReadOnDarkPalette()
{
    const QPalette before = QApplication::palette();
    QApplication::setPalette(darkPalette());
    openDialog();
    SettingsDialog *d = m_dialog.get();
    child<QComboBox>(d, u"baseUrl"_s)->setEditText(u"ftp://example.com"_s);
    auto *error = child<QLabel>(d, u"baseUrlError"_s);
    QVERIFY(error && !error->isHidden());
    const QPalette p = error->palette();
    const double ratio = contrast(p.color(QPalette::WindowText), p.color(QPalette::Window));
    QApplication::setPalette(before);
    QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
}

MYGPT_UI_TEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
