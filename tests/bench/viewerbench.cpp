// Request-log viewer benchmark: seeds 100,000 realistic records (storebench's factory), then
// times what a user of the log window waits for: the window open to its first page painted,
// fetchMore while scrolling, full-text searches through the model, and the memory after
// scrolling through 5,000 rows. Build Release; runs offscreen.
//   mygpt-viewerbench [RECORDS=100000] [--db FILE (reuse a seeded store)] [--keep DIR]
#include "store/RequestStore.h"
#include "storebench_data.h"
#include "viewer/RequestLogWindow.h"
#include "viewer/RequestTable.h"
#include "viewer/RequestTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace mygpt;
using namespace Qt::StringLiterals;
using storebench::msOf;

namespace {

// Resident memory of this process, from /proc (Linux).
double rssMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

void seed(const QString &path, int total)
{
    StoreOptions options;
    options.path = path;
    options.retention = { 0, 0 };
    RequestStore store(options);
    qint64 committed = 0;
    QObject::connect(&store, &RequestStore::recordsAdded, &store,
        [&](const QList<QByteArray> &ids) { committed += ids.size(); });
    storebench::RecordFactory factory(42);
    QElapsedTimer wall;
    wall.start();
    for (int n = 0; n < total; ++n) {
        store.put(factory.make(n, total, 25));
        if (n % 200 == 0) {
            QCoreApplication::processEvents();
            while (n - committed > 5000) {
                QThread::msleep(2);
                QCoreApplication::processEvents();
            }
        }
        if (n % 20000 == 0)
            std::printf("  seeding... %d\n", n);
    }
    store.flush();
    std::printf("seeded %d records in %.1f s\n", total, double(wall.elapsed()) / 1000.0);
}

void stats(const char *what, std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    double sum = 0;
    for (double v : ms)
        sum += v;
    std::printf("  %-40s n=%zu  median %7.2f ms  p95 %7.2f ms  max %7.2f ms  total %8.1f ms\n",
        what, ms.size(), ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)],
        ms.back(), sum);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
        qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"mygpt-viewerbench"_s); // its own QSettings
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const QStringList args = app.arguments();
    const int total
        = args.size() > 1 && !args.at(1).startsWith(u'-') ? args.at(1).toInt() : 100'000;
    QTemporaryDir tmp;
    const qsizetype keep = args.indexOf(u"--keep"_s);
    const qsizetype db = args.indexOf(u"--db"_s);
    const QString dir = keep > 0 && keep + 1 < args.size() ? args.at(keep + 1) : tmp.path();
    QString path = dir + u"/requests.sqlite"_s;
    if (db > 0 && db + 1 < args.size()) {
        path = args.at(db + 1);
    } else {
        QFile::remove(path);
        std::printf("viewer benchmark: seeding %d records into %s\n", total, qPrintable(path));
        seed(path, total);
    }

    // 1. The window opens on a store of `total` records: first page painted.
    StoreOptions options;
    options.path = path;
    options.retention = { 0, 0 };
    RequestStore store(options);
    std::printf("store: %lld records\n", store.count({}));
    std::unique_ptr<ui::RequestLogWindow> window;
    const double openMs = msOf([&] {
        window = std::make_unique<ui::RequestLogWindow>();
        window->setStore(&store);
        window->resize(1280, 800);
        window->show();
        window->table()->viewport()->repaint(); // painted, not just laid out
        QCoreApplication::processEvents();
    });
    viewer::RequestTableModel *model = window->model();
    std::printf("window open to first page painted: %.1f ms (%d rows fetched)\n", openMs,
        model->rowCount());
    const double rssStart = rssMiB();
    std::vector<double> modelOpen;
    for (int i = 0; i < 5; ++i)
        modelOpen.push_back(msOf([&] { model->reload(); }));
    stats("model reload (first page, no filter)", modelOpen);

    // 2. Scrolling: the view asks for more rows as the scroll bar reaches the end.
    QScrollBar *bar = window->table()->verticalScrollBar();
    std::vector<double> scrollSteps;
    while (model->rowCount() < 5000) {
        const int before = model->rowCount();
        scrollSteps.push_back(msOf([&] {
            bar->setValue(bar->maximum());
            QCoreApplication::processEvents();
            window->table()->viewport()->repaint();
        }));
        if (model->rowCount() == before) { // the view did not ask: ask as it would
            model->fetchMore();
            QCoreApplication::processEvents();
        }
    }
    stats("scroll to the end (incl. fetch + paint)", scrollSteps);
    {
        // The query and the insert alone, on a model without a view.
        viewer::RequestTableModel bare;
        bare.setStore(&store);
        std::vector<double> fetches;
        while (bare.rowCount() < 5000)
            fetches.push_back(msOf([&] { bare.fetchMore(); }));
        stats("fetchMore, page of 200 (no view)", fetches);
    }
    // Scrolling back up through what is fetched: paint only.
    std::vector<double> paints;
    for (int v = bar->maximum(); v > 0; v -= bar->pageStep() * 10)
        paints.push_back(msOf([&] {
            bar->setValue(v);
            window->table()->viewport()->repaint();
        }));
    stats("scroll by 10 pages in fetched rows", paints);
    const double rssAfter = rssMiB();
    std::printf("RSS: %.1f MiB with the window open, %.1f MiB after scrolling %d rows (+%.1f MiB)\n",
        rssStart, rssAfter, model->rowCount(), rssAfter - rssStart);

    // 3. Full-text search through the toolbar's path: model reset with the first page.
    std::printf("full-text search through the model (first page of 200):\n");
    std::vector<double> searches;
    for (const storebench::SearchTerm &term : storebench::searchTerms()) {
        RequestFilter f;
        f.text = term.text;
        const double ms = msOf([&] {
            model->setFilter(f);
            window->table()->viewport()->repaint();
        });
        searches.push_back(ms);
        std::printf("  %-26s %8.2f ms  %4d rows shown (planted %s)\n",
            qPrintable(u'"' + term.text + u'"'), ms, model->rowCount(), term.frequency);
    }
    stats("searches", searches);
    std::vector<double> counts;
    for (const storebench::SearchTerm &term : storebench::searchTerms()) {
        RequestFilter f;
        f.text = term.text;
        counts.push_back(msOf([&] { store.count(f); }));
    }
    stats("count() for the status bar", counts);
    model->setFilter({});
    std::printf("RSS at the end: %.1f MiB\n", rssMiB());
    window.reset();
    return 0;
}
