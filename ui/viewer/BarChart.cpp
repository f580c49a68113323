#include "viewer/BarChart.h"

#include "viewer/CellText.h"
#include "viewer/Contrast.h"
#include "viewer/DetailStyle.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace mygpt::ui {

namespace {

constexpr double barContrast = 3.0; // WCAG's minimum for graphics

} // namespace

std::pair<QColor, QColor> BarChart::seriesColors(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor first = readableOn(palette.color(QPalette::Highlight), window, barContrast);
    // Towards black on a light window, white on a dark one: apart from the first colour, and
    // never fading into the window (towards it, the second bars vanished in a dark one).
    const QColor second = readableOn(blend(first, awayFrom(window), 0.45), window, barContrast);
    return { first, second };
}

BarChart::BarChart(Qt::Orientation orientation, QWidget *parent)
    : QWidget(parent)
    , m_orientation(orientation)
{
    setMouseTracking(true);
}

void BarChart::setTitle(const QString &title)
{
    m_title = title;
    update();
}

void BarChart::setLegend(const QString &first, const QString &second)
{
    m_first = first;
    m_second = second;
    update();
}

void BarChart::setBars(const QList<Bar> &bars)
{
    m_bars = bars;
    updateGeometry();
    update();
}

QSize BarChart::sizeHint() const
{
    const int line = fontMetrics().height();
    if (m_orientation == Qt::Horizontal)
        return { 360, line * (3 + int(qMax<qsizetype>(3, m_bars.size())) * 3 / 2) };
    return { 480, line * 11 };
}

QSize BarChart::minimumSizeHint() const
{
    return { 200, fontMetrics().height() * 7 };
}

qint64 BarChart::maxValue() const
{
    qint64 max = 1;
    for (const Bar &b : m_bars)
        max = qMax(max, b.first + b.second);
    return max;
}

QRectF BarChart::plotArea() const
{
    const QFontMetrics fm = fontMetrics();
    const double top = fm.height() * 2.2; // title and legend
    if (m_orientation == Qt::Horizontal) {
        double labels = 0;
        for (const Bar &b : m_bars)
            labels = qMax(labels, double(fm.horizontalAdvance(b.label)));
        labels = qMin(labels + 8, width() * 0.4);
        const double right = fm.horizontalAdvance(viewer::celltext::compact(maxValue())) + 12;
        return QRectF(labels, top, width() - labels - right, height() - top - 4);
    }
    const double left = fm.horizontalAdvance(viewer::celltext::compact(maxValue())) + 8;
    return QRectF(left, top, width() - left - 4, height() - top - fm.height() * 1.6);
}

QRectF BarChart::barRect(qsizetype i, const QRectF &plot, qint64 value, qint64 from) const
{
    const double n = double(qMax<qsizetype>(1, m_bars.size()));
    const double max = double(maxValue());
    if (m_orientation == Qt::Horizontal) {
        const double slot = qMin(plot.height() / n, fontMetrics().height() * 1.6);
        const double x0 = plot.left() + plot.width() * double(from) / max;
        return QRectF(x0, plot.top() + slot * double(i) + slot * 0.15,
            plot.width() * double(value) / max, slot * 0.7);
    }
    const double slot = plot.width() / n;
    const double y1 = plot.bottom() - plot.height() * double(from) / max;
    const double h = plot.height() * double(value) / max;
    return QRectF(plot.left() + slot * double(i) + slot * 0.15, y1 - h, slot * 0.7, h);
}

void BarChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette &pal = palette();
    const auto [firstColor, secondColor] = seriesColors(pal);
    const QFontMetrics fm = fontMetrics();
    // Title and legend.
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QPointF(0, fm.ascent()), m_title);
    p.setFont(font());
    double x = QFontMetrics(bold).horizontalAdvance(m_title) + fm.height();
    const auto legend = [&](const QColor &c, const QString &name) {
        if (name.isEmpty())
            return;
        p.fillRect(QRectF(x, fm.height() * 0.25, fm.height() * 0.6, fm.height() * 0.6), c);
        x += fm.height() * 0.8;
        p.drawText(QPointF(x, fm.ascent()), name);
        x += fm.horizontalAdvance(name) + fm.height();
    };
    legend(firstColor, m_first);
    legend(secondColor, m_second);

    const QRectF plot = plotArea();
    const QColor axis = blend(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.6);
    p.setPen(axis);
    const QString maxText = viewer::celltext::compact(maxValue());
    if (m_orientation == Qt::Vertical) {
        p.drawLine(plot.bottomLeft(), plot.bottomRight());
        p.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.right(), plot.top()));
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRectF(0, plot.top() - fm.height() / 2, plot.left() - 4, fm.height()),
            Qt::AlignRight | Qt::AlignVCenter, maxText);
        p.drawText(QRectF(0, plot.bottom() - fm.height() / 2, plot.left() - 4, fm.height()),
            Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));
    }
    for (qsizetype i = 0; i < m_bars.size(); ++i) {
        const Bar &b = m_bars.at(i);
        p.fillRect(barRect(i, plot, b.first), firstColor);
        if (b.second > 0)
            p.fillRect(barRect(i, plot, b.second, b.first), secondColor);
        p.setPen(pal.color(QPalette::Text));
        const QRectF r = barRect(i, plot, b.first + b.second);
        if (m_orientation == Qt::Horizontal) {
            p.drawText(QRectF(0, r.top(), plot.left() - 8, r.height()),
                Qt::AlignRight | Qt::AlignVCenter,
                fm.elidedText(b.label, Qt::ElideMiddle, int(plot.left() - 8)));
            p.drawText(QPointF(r.right() + 4, r.center().y() + fm.ascent() / 2.0 - 1),
                viewer::celltext::compact(b.first + b.second));
        } else if (m_bars.size() <= 12 || i % 5 == (m_bars.size() - 1) % 5) {
            // Every fifth day, counted back from today, so the last label is always there.
            const double w = fm.horizontalAdvance(b.label) + 4;
            const double left = qBound(0.0, r.center().x() - w / 2, width() - w);
            const QRectF slot(left, plot.bottom() + 2, w, fm.height());
            p.setPen(pal.color(QPalette::PlaceholderText));
            p.drawText(slot, Qt::AlignHCenter | Qt::AlignTop, b.label);
        }
    }
    if (m_bars.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(plot, Qt::AlignCenter, tr("No requests in this period"));
    }
}

qsizetype BarChart::barAt(const QPointF &pos) const
{
    const QRectF plot = plotArea();
    for (qsizetype i = 0; i < m_bars.size(); ++i) {
        QRectF r = barRect(i, plot, maxValue());
        if (m_orientation == Qt::Vertical)
            r.setTop(plot.top());
        if (r.adjusted(-2, -2, 2, 2).contains(pos))
            return i;
    }
    return -1;
}

bool BarChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qsizetype i = barAt(help->pos());
        if (i >= 0)
            QToolTip::showText(help->globalPos(), m_bars.at(i).toolTip, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace mygpt::ui
