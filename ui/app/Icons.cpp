#include "app/Icons.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace mygpt::ui {

namespace {

QIcon rendered(const QString &resource)
{
    static QHash<QString, QIcon> cache;
    if (const auto it = cache.constFind(resource); it != cache.constEnd())
        return *it;
    QSvgRenderer renderer(resource);
    QIcon icon;
    // Panel sizes (16-24), their 2x, and window/dialog sizes.
    for (const int size : { 16, 20, 22, 24, 32, 40, 44, 48, 64, 96, 128, 256 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(resource, icon);
    return icon;
}

} // namespace

QIcon appIcon()
{
    return rendered(u":/mygpt/icons/mygpt.svg"_s);
}

QIcon stateIcon(ProxyController::State state)
{
    switch (state) {
    case ProxyController::State::Running:
        return rendered(u":/mygpt/icons/tray-running.svg"_s);
    case ProxyController::State::Error:
        return rendered(u":/mygpt/icons/tray-error.svg"_s);
    case ProxyController::State::Stopped:
        break;
    }
    return rendered(u":/mygpt/icons/tray-stopped.svg"_s);
}

QIcon statusIcon(ProxyController::State state)
{
    // The status line is a disabled menu entry; its icon keeps its colour all the same.
    const QIcon icon = stateIcon(state);
    QIcon shown;
    for (const QSize &size : icon.availableSizes()) {
        const QPixmap pixmap = icon.pixmap(size);
        shown.addPixmap(pixmap, QIcon::Normal);
        shown.addPixmap(pixmap, QIcon::Disabled);
    }
    return shown;
}

QIcon showKeyIcon(bool shown)
{
    return rendered(shown ? u":/mygpt/icons/eye-off.svg"_s : u":/mygpt/icons/eye.svg"_s);
}

} // namespace mygpt::ui
