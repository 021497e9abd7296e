// Measures, in a headless run of the real main window training the Deep workload at full speed
// with every view live:
//  - GUI event-loop latency: a 5 ms probe timer's lateness, p50 / p99 / max over the run;
//  - training throughput inside the app, as a ratio of the raw engine on the same workload;
//  - resident memory after many epochs, sampled twice to show it does not grow.
#include "guibench.h"

#include "guibenchtools.h"
#include "languagemanager.h"
#include "latencyprobe.h"
#include "lessonshell.h"
#include "mainwindow.h"
#include "workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <vector>

namespace {

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1.0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1.0;
}

} // namespace

using bench::deepSpec;
using bench::percentile;
using bench::rawEngineEpochsPerSecond;
using bench::spin;

int runGuiBench(int argc, char **argv, double seconds, long long memoryEpochs)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const double raw = rawEngineEpochsPerSecond();

    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    window.resize(1280, 720);
    window.lessonShell()->showFreePlay();
    window.show();
    Workspace &workspace = window.workspace();
    workspace.loadPreset(deepSpec());
    TrainingSession &session = workspace.session();
    spin(10, [&] { return session.latest().network.hiddenLayerCount() == 6; });

    bench::LatencyProbe probe;

    session.setSpeed(TrainingWorker::kMaxSpeed);
    session.play();
    spin(5, [&] { return session.latest().running; });
    const int startEpoch = session.latest().epoch;
    QElapsedTimer run;
    run.start();
    probe.start();
    spin(seconds, [] { return false; });
    probe.stop();
    const std::vector<double> &lateness = probe.lateness();
    const double inApp = (session.latest().epoch - startEpoch) / (run.nsecsElapsed() * 1e-9);

    std::printf("{\"workload\":\"Deep\",\"mode\":\"gui\",\"seconds\":%.1f,\"latency_ms_p50\":%.2f,"
                "\"latency_ms_p99\":%.2f,\"latency_ms_max\":%.2f,\"probes\":%zu,\"app_epochs_per_s\":%.0f,"
                "\"engine_epochs_per_s\":%.0f,\"app_to_engine\":%.2f}\n",
                seconds, percentile(lateness, 0.5), percentile(lateness, 0.99), percentile(lateness, 1.0),
                lateness.size(), inApp, raw, raw > 0 ? inApp / raw : 0.0);
    std::fflush(stdout);

    if (memoryEpochs > 0) {
        const long long half = memoryEpochs / 2;
        spin(3600, [&] { return session.latest().epoch >= half; });
        const double atHalf = residentMegabytes();
        spin(3600, [&] { return session.latest().epoch >= memoryEpochs; });
        const double atEnd = residentMegabytes();
        std::printf("{\"workload\":\"Deep\",\"mode\":\"memory\",\"epochs\":%lld,\"rss_mb_at_half\":%.1f,"
                    "\"rss_mb_at_end\":%.1f}\n",
                    static_cast<long long>(session.latest().epoch), atHalf, atEnd);
    }
    session.pause();
    return 0;
}
