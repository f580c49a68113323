#include "viewer/TimeRangeDialog.h"

#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>

using namespace Qt::StringLiterals;

namespace mygpt::ui {

bool askTimeSpan(QWidget *parent, viewer::TimeSpan *span)
{
    QDialog dialog(parent);
    dialog.setObjectName(u"timeRangeDialog"_s);
    dialog.setWindowTitle(QCoreApplication::translate("TimeRangeDialog", "Custom time range"));
    const QDateTime now = QDateTime::currentDateTime();
    auto *from = new QDateTimeEdit(
        span->from.isValid() ? span->from.toLocalTime() : now.addDays(-1), &dialog);
    auto *to = new QDateTimeEdit(span->to.isValid() ? span->to.toLocalTime() : now, &dialog);
    for (QDateTimeEdit *edit : { from, to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(QCoreApplication::translate("TimeRangeDialog", "From"), from);
    form->addRow(QCoreApplication::translate("TimeRangeDialog", "To"), to);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    span->from = qMin(from->dateTime(), to->dateTime());
    span->to = qMax(from->dateTime(), to->dateTime());
    return true;
}

} // namespace mygpt::ui
