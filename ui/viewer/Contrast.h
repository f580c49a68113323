#pragma once

#include <QColor>

namespace mygpt::ui {

// The WCAG contrast ratio of two colours: 1 (the same) to 21 (black on white). Text wants
// 4.5, bars and marks 3.
double contrast(const QColor &a, const QColor &b);

// White or black, whichever stands further from `background`.
QColor awayFrom(const QColor &background);

// `colour`, moved towards black or white (whichever is further from `background`) just enough
// to reach `ratio` on it: a palette's highlight or a fixed hue stays recognisable, but reads
// on whatever base the desktop theme chose.
QColor readableOn(const QColor &colour, const QColor &background, double ratio);

} // namespace mygpt::ui
