#pragma once

#include <QWidget>

namespace mygpt::ui {

// A small bar chart drawn with QPainter: vertical bars (days) or horizontal ones (models),
// each bar one or two stacked values. Hovering a bar shows its tooltip.
class BarChart final : public QWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        QString label;
        qint64 first = 0;
        qint64 second = 0; // stacked on `first`
        QString toolTip;
    };

    explicit BarChart(Qt::Orientation orientation, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    // Names of the two values; an empty second name draws single bars.
    void setLegend(const QString &first, const QString &second = {});
    void setBars(const QList<Bar> &bars);
    const QList<Bar> &bars() const { return m_bars; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The two values' colours: the palette's highlight and a shade of it apart from it, both
    // standing out (3:1) from the window the chart is drawn on, light or dark.
    static std::pair<QColor, QColor> seriesColors(const QPalette &palette);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF plotArea() const;
    QRectF barRect(qsizetype index, const QRectF &plot, qint64 value, qint64 from = 0) const;
    qsizetype barAt(const QPointF &pos) const;
    qint64 maxValue() const;

    Qt::Orientation m_orientation;
    QString m_title;
    QString m_first;
    QString m_second;
    QList<Bar> m_bars;
};

} // namespace mygpt::ui
