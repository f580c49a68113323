// The viewer's colours across light and dark palettes (Fusion's own, MyGPT's dark one, and
// themes whose bases are neither white nor near-black): status text in the table, the detail
// pages' dimmed text on their tinted boxes, and the usage charts' bars all keep their contrast.
#include "app/Theme.h"
#include "viewer/BarChart.h"
#include "viewer/Contrast.h"
#include "viewer/DetailStyle.h"
#include "viewer/RawView.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

using namespace mygpt::ui;
using namespace Qt::StringLiterals;

class TestViewerColours : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusText_data() { palettes(); }
    void statusText();
    void detailBoxes_data() { palettes(); }
    void detailBoxes();
    void chartBars_data() { palettes(); }
    void chartBars();
    void rawMarksFollowThePalette();

private:
    static void palettes();
};

namespace {

QPalette themed(const QColor &window, const QColor &base, const QColor &alternate,
    const QColor &text, const QColor &highlight)
{
    QPalette p(window);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Highlight, highlight);
    return p;
}

// `color: #rrggbb` or `background-color: #rrggbb` of one rule of the style sheet.
QColor ruleColor(const QString &sheet, const QString &rule, const QString &property)
{
    const QRegularExpression re(QRegularExpression::escape(rule) + u"\\s*\\{[^}]*?(?<![-\\w])"_s
        + QRegularExpression::escape(property) + u":\\s*(#[0-9a-fA-F]{6})"_s);
    const QRegularExpressionMatch m = re.match(sheet);
    return m.hasMatch() ? QColor(m.captured(1)) : QColor();
}

} // namespace

void TestViewerColours::palettes()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("fusion light") << QStyleFactory::create(u"Fusion"_s)->standardPalette();
    QTest::newRow("mygpt dark") << darkPalette();
    // A dark theme with grey rather than black bases (as some GTK and KDE themes have).
    QTest::newRow("grey dark") << themed(
        QColor(0x3c, 0x3f, 0x41), QColor(0x45, 0x48, 0x4a), QColor(0x4d, 0x50, 0x52),
        QColor(0xdd, 0xdd, 0xdd), QColor(0x2f, 0x65, 0xca));
    QTest::newRow("solarized light") << themed(
        QColor(0xee, 0xe8, 0xd5), QColor(0xfd, 0xf6, 0xe3), QColor(0xee, 0xe8, 0xd5),
        QColor(0x58, 0x6e, 0x75), QColor(0x26, 0x8b, 0xd2));
}

void TestViewerColours::statusText()
{
    QFETCH(QPalette, palette);
    for (const Tone tone : { Tone::Good, Tone::Warning, Tone::Bad, Tone::Busy }) {
        for (const auto role : { QPalette::Base, QPalette::AlternateBase }) {
            const double ratio = contrast(toneColor(tone, palette), palette.color(role));
            QVERIFY2(ratio >= 4.5,
                qPrintable(u"tone %1 on role %2: %3"_s.arg(int(tone)).arg(role).arg(ratio)));
        }
    }
}

void TestViewerColours::detailBoxes()
{
    QFETCH(QPalette, palette);
    const QString sheet = detailStyleSheet(palette);
    const QColor muted = ruleColor(sheet, u"p.role"_s, u"color"_s);
    QVERIFY(muted.isValid());
    for (const QString &box : { u"user"_s, u"assistant"_s, u"system"_s, u"tool"_s, u"error"_s }) {
        const QColor background = ruleColor(sheet, u"table."_s + box, u"background-color"_s);
        QVERIFY2(background.isValid(), qPrintable(box));
        const double dimmed = contrast(muted, background);
        QVERIFY2(dimmed >= 4.5, qPrintable(u"role name on %1: %2"_s.arg(box).arg(dimmed)));
        const double text = contrast(palette.color(QPalette::Text), background);
        QVERIFY2(text >= 4.5, qPrintable(u"text on %1: %2"_s.arg(box).arg(text)));
    }
}

void TestViewerColours::chartBars()
{
    QFETCH(QPalette, palette);
    const auto [first, second] = BarChart::seriesColors(palette);
    const QColor window = palette.color(QPalette::Window);
    QVERIFY2(contrast(first, window) >= 3.0, qPrintable(QString::number(contrast(first, window))));
    QVERIFY2(
        contrast(second, window) >= 3.0, qPrintable(QString::number(contrast(second, window))));
    QVERIFY2(contrast(first, second) >= 1.4, qPrintable(QString::number(contrast(first, second))));
}

// Found words stay marked in the new palette's colours when the desktop turns dark.
void TestViewerColours::rawMarksFollowThePalette()
{
    RawView raw;
    raw.setPalette(QStyleFactory::create(u"Fusion"_s)->standardPalette());
    raw.setText(u"{\"model\": \"gpt-4o\"}"_s);
    raw.findChild<QLineEdit *>(u"rawSearch"_s)->setText(u"model"_s);
    auto *text = raw.findChild<QPlainTextEdit *>(u"rawText"_s);
    QCOMPARE(text->extraSelections().size(), 1);
    raw.setPalette(darkPalette());
    const QColor mark = text->extraSelections().constFirst().format.background().color();
    const double ratio = contrast(darkPalette().color(QPalette::Text), mark);
    QVERIFY2(ratio >= 4.5, qPrintable(u"%1 under dark text: %2"_s.arg(mark.name()).arg(ratio)));
}

QTEST_MAIN(TestViewerColours)
#include "tst_viewer_colours.moc"
