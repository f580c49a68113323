// A test-only launcher of the request log window for screenshots and manual checks: the
// window over a store in $MYGPT_DATA_DIR (or --data DIR), optionally seeded with demo
// records, in English or Chinese, with a request selected or the usage tab shown.
//   mygpt-viewer-demo [--data DIR] [--seed] [--lang zh_CN] [--select ID] [--tab usage]
//                     [--detail-tab 0..4]
#include "DemoData.h"
#include "app/Theme.h"
#include "log/Translations.h"
#include "store/RequestStore.h"
#include "viewer/DetailPane.h"
#include "viewer/RequestLogWindow.h"
#include "viewer/RequestTable.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QScreen>
#include <QTabWidget>
#include <QTimer>

using namespace mygpt;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    ui::applyThemeFromEnvironment(); // MYGPT_THEME=dark for the dark screenshots
    QApplication::setOrganizationName(u"mygpt-viewer-demo"_s); // never the user's settings
    QCommandLineParser cli;
    cli.addOptions({ { u"data"_s, u"Store folder"_s, u"dir"_s },
        { u"seed"_s, u"Add demo records"_s }, { u"lang"_s, u"Language"_s, u"lang"_s, u"en"_s },
        { u"select"_s, u"Request id"_s, u"id"_s }, { u"tab"_s, u"requests or usage"_s, u"tab"_s },
        { u"detail-tab"_s, u"Detail tab index"_s, u"n"_s } });
    cli.process(app);
    installTranslations(cli.value(u"lang"_s));
    const QString dir = cli.isSet(u"data"_s)
        ? cli.value(u"data"_s)
        : qEnvironmentVariable("MYGPT_DATA_DIR", QDir::tempPath());
    QDir().mkpath(dir);
    StoreOptions options;
    options.path = QDir(dir).filePath(u"requests.sqlite"_s);
    options.retention = { 0, 0 };
    RequestStore store(options);
    if (cli.isSet(u"seed"_s)) {
        for (const ExchangeRecord &r : viewertest::demoRecords())
            store.put(r);
        store.flush();
    }
    ui::RequestLogWindow window;
    window.setStore(&store);
    window.setServerStatus({ QCoreApplication::translate("mygpt::ui::RequestLogWindow", "Running"),
        true, QUrl(u"http://127.0.0.1:8000/v1"_s), {}, dir });
    window.resize(QSize(1360, 840).boundedTo(window.screen()->availableSize())); // HiDPI: fit
    window.show();
    if (cli.isSet(u"select"_s))
        QTimer::singleShot(
            100, &window, [&] { window.table()->selectId(cli.value(u"select"_s).toLatin1()); });
    if (cli.isSet(u"detail-tab"_s))
        window.detail()->tabs()->setCurrentIndex(cli.value(u"detail-tab"_s).toInt());
    if (cli.value(u"tab"_s) == u"usage"_s)
        window.pages()->setCurrentIndex(1);
    return app.exec();
}
