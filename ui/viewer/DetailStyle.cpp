#include "viewer/DetailStyle.h"

#include <QWidget>

#include "viewer/Contrast.h"

#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace mygpt::ui {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

} // namespace

QColor blend(const QColor &a, const QColor &b, double amount)
{
    // In whole 8-bit steps, so a colour checked for contrast is the one the HTML names.
    const auto mix = [amount](int x, int y) { return qRound(x + (y - x) * amount); };
    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
}

namespace {

QColor toneHue(Tone tone, bool dark)
{
    switch (tone) {
    case Tone::Good:
        return dark ? QColor(0x6c, 0xd1, 0x7f) : QColor(0x1b, 0x7f, 0x37);
    case Tone::Warning:
        return dark ? QColor(0xf0, 0xb4, 0x4c) : QColor(0x9a, 0x5b, 0x00);
    case Tone::Bad:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
    case Tone::Busy:
        return dark ? QColor(0x79, 0xb8, 0xff) : QColor(0x0a, 0x5c, 0xc2);
    case Tone::Muted:
        break;
    }
    return {};
}

} // namespace

QColor toneColor(Tone tone, const QPalette &palette)
{
    if (tone == Tone::Muted)
        return palette.color(QPalette::PlaceholderText);
    // Rows alternate between the two bases; a theme's base need not be white or near-black.
    QColor c = toneHue(tone, isDark(palette));
    for (const auto role : { QPalette::Base, QPalette::AlternateBase })
        c = readableOn(c, palette.color(role), textContrast);
    return c;
}

void setToneText(QWidget *label, Tone tone)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText,
        readableOn(toneColor(tone, p), p.color(QPalette::Window), textContrast));
    label->setPalette(p);
}

QString detailStyleSheet(const QPalette &p)
{
    const QColor base = p.color(QPalette::Base);
    const QColor text = p.color(QPalette::Text);
    const double tint = isDark(p) ? 0.22 : 0.12;
    // A message's box: the base tinted towards a colour, less where the text would suffer.
    const auto box = [&](const QColor &towards) {
        for (double t = tint; t > 0.0; t -= 0.02) {
            const QColor c = blend(base, towards, t);
            if (contrast(text, c) >= textContrast)
                return c;
        }
        return base;
    };
    const QList<QColor> boxes = { box(p.color(QPalette::Highlight)), box(toneColor(Tone::Good, p)),
        box(text), box(toneColor(Tone::Warning, p)), box(toneColor(Tone::Bad, p)) };
    // Role names and notes are dimmed, but must still read on every box.
    QColor muted = blend(text, base, 0.4);
    for (const QColor &box : boxes)
        muted = readableOn(muted, box, textContrast);
    const QString mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    return uR"(
table.msg { margin-bottom: 8px; }
table.user { background-color: %1; }
table.assistant { background-color: %2; }
table.system { background-color: %3; }
table.tool { background-color: %4; }
table.error { background-color: %5; }
p.role { font-weight: bold; color: %6; margin: 0; }
p.text { white-space: pre-wrap; margin-top: 2px; }
p.meta, p.note, span.meta { color: %6; }
p.note { font-style: italic; }
p.image { color: %6; font-style: italic; }
p.toolcall { font-weight: bold; margin-top: 4px; margin-bottom: 0; }
pre.code { font-family: '%7'; margin-top: 2px; }
p.reasoning, div.reasoning { color: %6; font-style: italic; }
td.hname { font-weight: bold; padding-right: 12px; }
td.hvalue { font-family: '%7'; }
)"_s.arg(boxes.at(0).name(), boxes.at(1).name(), boxes.at(2).name(), boxes.at(3).name(),
        boxes.at(4).name(), muted.name(), mono);
}

} // namespace mygpt::ui
