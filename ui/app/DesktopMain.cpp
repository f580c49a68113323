#include "app/DesktopMain.h"

#include <QApplication>

#include <cstdio>

#include "app/DesktopApp.h"
#include "app/Icons.h"
#include "desktop/SingleInstance.h"

namespace mygpt::ui {

int runDesktop(bool windowed)
{
    SingleInstance instance;
    if (!instance.claim()) {
        std::fprintf(stderr, "%s\n",
            instance.activationSent()
                ? "mygpt: MyGPT is already running; its window was brought forward"
                : "mygpt: another MyGPT holds the instance lock but does not answer");
        return instance.activationSent() ? 0 : 1;
    }
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
