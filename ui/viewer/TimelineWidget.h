#pragma once

#include "viewer/RawText.h"

#include <QWidget>

namespace mygpt::ui {

// received → first byte → first token → done as one bar: waiting for the upstream, waiting
// for the first token, generating. Labels under each moment.
class TimelineWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    void setMilestones(const QList<viewer::Milestone> &milestones);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<viewer::Milestone> m_milestones;
};

} // namespace mygpt::ui
