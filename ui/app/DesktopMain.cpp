#include "app/DesktopMain.h"

#include <QApplication>

#include <cstdio>

#include "app/DesktopApp.h"
#include "app/Icons.h"
#include "app/Theme.h"
#include "desktop/SingleInstance.h"

namespace mygpt::ui {

int runDesktop(bool windowed)
{
    SingleInstance instance;
    if (!instance.claim()) {
        const QString why = instance.activationSent()
            ? QCoreApplication::translate("mygpt::ui::DesktopMain",
                  "MyGPT is already running; its window was brought forward.")
            : QCoreApplication::translate("mygpt::ui::DesktopMain",
                  "Another MyGPT holds the instance lock but does not answer.");
        std::fprintf(stderr, "mygpt: %s\n", qPrintable(why));
        return instance.activationSent() ? 0 : 1;
    }
    applyThemeFromEnvironment();
    QApplication::setWindowIcon(appIcon());
    QGuiApplication::setDesktopFileName(Autostart::appId.toString());

    DesktopOptions options;
    options.windowed = windowed;
    DesktopApp app(SettingsStore::createDefault(), options);
    QObject::connect(&instance, &SingleInstance::activationRequested, &app, &DesktopApp::activate);
    app.start();
    return QApplication::exec();
}

} // namespace mygpt::ui
