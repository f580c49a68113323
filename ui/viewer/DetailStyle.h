#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QWidget;

namespace mygpt::ui {

// The contrast ratio text keeps on its background (WCAG AA).
constexpr double textContrast = 4.5;

// `a` moved towards `b` by `amount` (0..1): tints that work on light and dark bases alike.
QColor blend(const QColor &a, const QColor &b, double amount);

// The style sheet for detailhtml's classes in the colours of `palette`.
QString detailStyleSheet(const QPalette &palette);

// Status colours for the table, readable (textContrast) on the palette's base colours.
enum class Tone { Good, Warning, Bad, Muted, Busy };
QColor toneColor(Tone tone, const QPalette &palette);

// Gives a label's text the tone's colour, readable on the window colour behind it (a fixed
// style-sheet red was 2.9:1 on a dark window).
void setToneText(QWidget *label, Tone tone);

} // namespace mygpt::ui
