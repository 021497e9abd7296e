// Measures, in a headless run of the real main window with the side-by-side window open and two
// models (the Deep workload at lr 0.03 and 0.01) training in lockstep with every view live:
//  - GUI event-loop latency: a 5 ms probe timer's lateness, p50 / p99 / max over the run
//    (the workspace's targets hold here too: p99 < 16 ms, max < 50 ms);
//  - lockstep epochs per second, against the raw engine's epochs per second for one model.
#include "sidebysidebench.h"

#include "guibenchtools.h"
#include "languagemanager.h"
#include "latencyprobe.h"
#include "lessonshell.h"
#include "mainwindow.h"
#include "sidebysidepage.h"

#include <QApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <vector>

using bench::deepSpec;
using bench::percentile;
using bench::rawEngineEpochsPerSecond;
using bench::spin;

int runSideBySideBench(int argc, char **argv, double seconds)
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
    SideBySidePage *page = SideBySidePage::openWindow(&window, deepSpec());
    SideBySideController &models = page->controller();
    models.setLearningRate(1, 0.01);
    spin(10, [&] {
        return models.session(0).latest().network.hiddenLayerCount() == 6
               && models.session(1).latest().network.hiddenLayerCount() == 6;
    });

    bench::LatencyProbe probe;

    models.play();
    spin(5, [&] { return models.epoch() > 0; });
    const int startEpoch = models.epoch();
    QElapsedTimer run;
    run.start();
    probe.start();
    spin(seconds, [] { return false; });
    probe.stop();
    const std::vector<double> &lateness = probe.lateness();
    const double lockstep = (models.epoch() - startEpoch) / (run.nsecsElapsed() * 1e-9);
    models.pause();

    std::printf("{\"workload\":\"Deep x2 side by side\",\"mode\":\"gui\",\"seconds\":%.1f,\"latency_ms_p50\":%.2f,"
                "\"latency_ms_p99\":%.2f,\"latency_ms_max\":%.2f,\"probes\":%zu,\"lockstep_epochs_per_s\":%.0f,"
                "\"engine_epochs_per_s\":%.0f,\"lockstep_to_engine\":%.2f}\n",
                seconds, percentile(lateness, 0.5), percentile(lateness, 0.99), percentile(lateness, 1.0),
                lateness.size(), lockstep, raw, raw > 0 ? lockstep / raw : 0.0);
    std::fflush(stdout);
    return 0;
}
