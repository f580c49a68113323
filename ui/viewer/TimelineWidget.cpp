#include "viewer/TimelineWidget.h"

#include "viewer/CellText.h"
#include "viewer/DetailStyle.h"

#include <QPainter>

namespace mygpt::ui {

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void TimelineWidget::setMilestones(const QList<viewer::Milestone> &milestones)
{
    m_milestones = milestones;
    update();
}

QSize TimelineWidget::sizeHint() const
{
    return { 400, fontMetrics().height() * 5 };
}

QSize TimelineWidget::minimumSizeHint() const
{
    return { 200, fontMetrics().height() * 5 };
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    if (m_milestones.size() < 2)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int margin = fm.horizontalAdvance(QLatin1Char('M')) * 4;
    const QRectF bar(margin, fm.height() * 0.5, width() - 2 * margin, fm.height() * 0.9);
    const double total = double(qMax<qint64>(1, m_milestones.last().ms));
    const auto xOf = [&](qint64 ms) { return bar.left() + bar.width() * double(ms) / total; };
    const QList<Tone> tones = { Tone::Muted, Tone::Warning, Tone::Good };
    for (qsizetype i = 1; i < m_milestones.size(); ++i) {
        const double x0 = xOf(m_milestones.at(i - 1).ms);
        const double x1 = qMax(x0 + 1.0, xOf(m_milestones.at(i).ms));
        const Tone tone = i == m_milestones.size() - 1 && i < 3
            ? tones.at(2)
            : tones.at(qMin<qsizetype>(i - 1, 2));
        p.fillRect(QRectF(x0, bar.top(), x1 - x0, bar.height()), toneColor(tone, palette()));
    }
    // Marks and labels, alternating rows so that close moments do not overlap.
    p.setPen(palette().color(QPalette::Text));
    for (qsizetype i = 0; i < m_milestones.size(); ++i) {
        const viewer::Milestone &m = m_milestones.at(i);
        const double x = xOf(m.ms);
        p.drawLine(QPointF(x, bar.top() - 2), QPointF(x, bar.bottom() + 4));
        const QString label = i == 0 ? m.label : m.label + u' ' + viewer::celltext::duration(m.ms);
        const double w = fm.horizontalAdvance(label);
        const double left = qBound(0.0, x - w / 2, width() - w);
        const double y = bar.bottom() + fm.ascent() + 6 + (i % 2) * fm.height();
        p.drawText(QPointF(left, y), label);
    }
}

} // namespace mygpt::ui
