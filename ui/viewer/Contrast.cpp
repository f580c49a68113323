#include "viewer/Contrast.h"

#include "viewer/DetailStyle.h"

#include <cmath>

namespace mygpt::ui {

namespace {

double luminance(const QColor &c)
{
    const auto linear = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

} // namespace

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor awayFrom(const QColor &background)
{
    const QColor white(Qt::white);
    const QColor black(Qt::black);
    return contrast(white, background) > contrast(black, background) ? white : black;
}

QColor readableOn(const QColor &colour, const QColor &background, double ratio)
{
    if (contrast(colour, background) >= ratio)
        return colour;
    const QColor away = awayFrom(background);
    for (int step = 1; step < 20; ++step) {
        const QColor moved = blend(colour, away, step / 20.0);
        if (contrast(moved, background) >= ratio)
            return moved;
    }
    return away;
}

} // namespace mygpt::ui
