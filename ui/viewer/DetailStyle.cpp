#include "viewer/DetailStyle.h"

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
    const auto mix = [amount](double x, double y) { return x + (y - x) * amount; };
    return QColor::fromRgbF(float(mix(a.redF(), b.redF())), float(mix(a.greenF(), b.greenF())),
        float(mix(a.blueF(), b.blueF())));
}

QColor toneColor(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
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
        return palette.color(QPalette::PlaceholderText);
    }
    return palette.color(QPalette::Text);
}

QString detailStyleSheet(const QPalette &p)
{
    const QColor base = p.color(QPalette::Base);
    const QColor text = p.color(QPalette::Text);
    const double tint = isDark(p) ? 0.22 : 0.12;
    const auto bg = [&](const QColor &towards) { return blend(base, towards, tint).name(); };
    const QString muted = blend(text, base, 0.4).name();
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
)"_s.arg(bg(p.color(QPalette::Highlight)), bg(toneColor(Tone::Good, p)), bg(text),
        bg(toneColor(Tone::Warning, p)), bg(toneColor(Tone::Bad, p)), muted, mono);
}

} // namespace mygpt::ui
