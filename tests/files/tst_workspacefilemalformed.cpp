// Workspace files (.nlw): every malformed file (corrupt, cut off, another format or version,
// wrong types, NaN or huge numbers, absurd sizes, deep nesting, shapes that do not fit) is
// refused with a message that names the problem and went through tr(). Split off tst_workspacefile.
#include "runrecord.h"
#include "workspacefile.h"
#include "workspacefilejsonhelpers.h"
#include "workspacetesthelpers.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTranslator>

using namespace engine;

namespace {

/// Marks every string, so a test sees that a message went through tr().
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return QStringLiteral("«") + QString::fromUtf8(source) + QStringLiteral("»");
    }
};

} // namespace

class tst_WorkspaceFileMalformed : public QObject {
    Q_OBJECT
private slots:
    void malformedFilesAreRefused_data();
    void malformedFilesAreRefused();
};

void tst_WorkspaceFileMalformed::malformedFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    const WorkspaceState good = trainedState(unusualSpec(), 4, 3);
    const QJsonObject root = document(good);
    const QByteArray text = bytes(root);
    auto with = [&root](const QString &path, const QJsonValue &value) {
        QJsonObject changed = root;
        setAt(changed, path.split(QLatin1Char('.')), value);
        return bytes(changed);
    };

    QTest::newRow("empty") << QByteArray("  \n") << "empty";
    QTest::newRow("not JSON") << QByteArray("hello, world") << "not valid JSON (line 1";
    QTest::newRow("cut off") << text.left(text.size() / 2) << "cut off";
    QByteArray nan = text;
    nan.replace("\"parameters\":[", "\"parameters\":[NaN,");
    QTest::newRow("NaN weight") << nan << "“NaN”";
    QByteArray infinite = text;
    infinite.replace("\"parameters\":[", "\"parameters\":[-Infinity,");
    QTest::newRow("infinite weight") << infinite << "“-Infinity”";
    QByteArray huge = text;
    huge.replace("\"parameters\":[", "\"parameters\":[1e999,");
    QTest::newRow("1e999") << huge << "“1e999”";
    QTest::newRow("too deep") << (QByteArray(5000, '[') + QByteArray(5000, ']')) << "nested too deeply";
    QTest::newRow("a list") << QByteArray("[1, 2, 3]") << "not a Neural Lessons workspace";
    QTest::newRow("other format") << with(QStringLiteral("format"), QStringLiteral("photoshop")) << "not a Neural Lessons workspace";
    QTest::newRow("newer version") << with(QStringLiteral("version"), 7) << "format version 7";
    QTest::newRow("version as text") << with(QStringLiteral("version"), QStringLiteral("1")) << "format version is missing";
    QTest::newRow("missing part") << with(QStringLiteral("spec.split"), QJsonValue(QJsonValue::Undefined)) << "“spec.split” is missing";
    QTest::newRow("wrong type") << with(QStringLiteral("spec.training.learningRate"), QStringLiteral("fast"))
                                << "“spec.training.learningRate” must be a number";
    QTest::newRow("object expected") << with(QStringLiteral("spec.training"), 3) << "“spec.training” must be a group";
    QTest::newRow("out of range") << with(QStringLiteral("spec.training.learningRate"), 1000)
                                  << "“spec.training.learningRate” is 1000, but it must be from 0 to 100";
    QTest::newRow("unknown id") << with(QStringLiteral("spec.training.optimizer"), QStringLiteral("rmsprop"))
                                << "which is not one of: sgd, momentum, adam";
    QTest::newRow("10^9 neurons (spec)") << with(QStringLiteral("spec.network.hidden.0"), 1e9)
                                         << "“spec.network.hidden[0]” is 1000000000, but it must be from 1 to 64";
    QTest::newRow("10^9 neurons (network)") << with(QStringLiteral("network.layers.0.units"), 1e9)
                                            << "“network.layers[0].units” is 1000000000";
    QTest::newRow("fractional count") << with(QStringLiteral("spec.data.samples"), 100.5) << "must be a whole number";
    QTest::newRow("bad seed") << with(QStringLiteral("spec.initSeed"), QStringLiteral("-5")) << "“spec.initSeed” must be a seed";
    QTest::newRow("split sum") << with(QStringLiteral("spec.split.train"), 80) << "adds up to 110%";
    QTest::newRow("softmax hidden") << with(QStringLiteral("spec.network.activation"), QStringLiteral("softmax"))
                                    << "cannot be softmax";
    QTest::newRow("no features") << with(QStringLiteral("spec.features"), QJsonArray()) << "at least one feature";
    QJsonArray many;
    for (int i = 0; i < 10001; ++i)
        many.append(QJsonArray{0, 0, 1});
    QTest::newRow("10001 points") << with(QStringLiteral("spec.custom.points"), many) << "has 10001 entries; at most 10000";
    QTest::newRow("label of no class") << with(QStringLiteral("spec.custom.points.0.2"), 5)
                                       << "“spec.custom.points[0][2]” is 5, but it must be from 0 to 1";
    QTest::newRow("point of two numbers") << with(QStringLiteral("spec.custom.points.1"), QJsonArray{1, 2})
                                          << "three numbers";
    // 10^7 points make a file far above the size limit: refused before it is parsed.
    QByteArray tenMillion = "{\"format\":\"neural-lessons-workspace\",\"version\":1,\"points\":[";
    tenMillion += QByteArray("[0,0,0],").repeated(10'000'000);
    tenMillion += "[0,0,0]]}";
    QTest::newRow("10^7 points") << tenMillion << "a workspace file is at most 32.0 MB";
    QJsonArray parameters = root["network"]["parameters"].toArray();
    const int count = parameters.size();
    parameters.removeLast();
    QTest::newRow("one weight short") << with(QStringLiteral("network.parameters"), parameters)
                                      << QStringLiteral("has %1 values, but the network has %2 parameters").arg(count - 1).arg(count);
    QTest::newRow("weight beyond float") << with(QStringLiteral("network.parameters.3"), 1e39)
                                         << "“network.parameters[3]” is 1e+39, which is too large for a weight";
    QTest::newRow("weight as text") << with(QStringLiteral("network.parameters.2"), QStringLiteral("0.5"))
                                    << "“network.parameters[2]” must be a number";
    QTest::newRow("inputs do not fit") << with(QStringLiteral("network.inputs"), 3) << "has 3 inputs and 1 outputs, but its data needs 4 and 1";
    QTest::newRow("layers differ from spec") << with(QStringLiteral("spec.network.hidden.1"), 2)
                                             << "does not match the workspace's network settings";
    QTest::newRow("loss does not fit") << with(QStringLiteral("spec.training.loss"), QStringLiteral("softmax_ce"))
                                       << "does not fit the network's output layer";
    QTest::newRow("generator words") << with(QStringLiteral("trainer.random.words"), QStringLiteral("xyz"))
                                     << "“trainer.random.words” must be 4992 hexadecimal digits";
    QTest::newRow("generator all zero") << with(QStringLiteral("trainer.random.words"), QString(4992, QLatin1Char('0')))
                                        << "not a state the random generator can be in";
    QTest::newRow("position past the data") << with(QStringLiteral("trainer.samplesInEpoch"), 5000)
                                            << "“trainer.samplesInEpoch” is 5000";
    QTest::newRow("best epoch in the future") << with(QStringLiteral("trainer.bestEpoch"), 40) << "“trainer.bestEpoch” is 40";
    QJsonArray order = root["trainer"]["order"].toArray();
    order[1] = order[0];
    QTest::newRow("order repeats a sample") << with(QStringLiteral("trainer.order"), order)
                                            << "not an order of the training samples";
    QJsonArray history = root["trainer"]["history"].toArray();
    const QJsonValue second = history[1];
    history[1] = history[2];
    history[2] = second;
    QTest::newRow("history out of order") << with(QStringLiteral("trainer.history"), history) << "not in order";
    QJsonArray longHistory;
    for (int i = 0; i < 8001; ++i)
        longHistory.append(root["trainer"]["history"][0]);
    QTest::newRow("history too long") << with(QStringLiteral("trainer.history"), longHistory) << "at most 8000";
    QTest::newRow("negative loss") << with(QStringLiteral("trainer.history.1.train.loss"), -1)
                                           << "“trainer.history[1].train.loss” is -1, but it must be 0 or more";
    QTest::newRow("moments for SGD") << with(QStringLiteral("spec.training.optimizer"), QStringLiteral("sgd"))
                                     << "does not fit the optimizer “sgd”";
    QTest::newRow("unknown divergence") << with(QStringLiteral("trainer.divergence"), QStringLiteral("boom"))
                                        << "“trainer.divergence” is “boom”";

    // The run history (format version 2): each run is checked like the workspace itself.
    WorkspaceState withRuns = good;
    const QDateTime started(QDate(2026, 9, 1), QTime(8, 30), Qt::UTC);
    withRuns.runs = {RunRecord::fromState(trainedState(WorkspaceSpec{}, 3), 1, started, 2.0),
                     RunRecord::fromState(trainedState(customSpec(), 2), 2, started, 1.0)};
    withRuns.nextRun = 3;
    const QJsonObject runsRoot = document(withRuns);
    auto withRun = [&runsRoot](const QString &path, const QJsonValue &value) {
        QJsonObject changed = runsRoot;
        setAt(changed, path.split(QLatin1Char('.')), value);
        return bytes(changed);
    };
    QTest::newRow("runs not a list") << withRun(QStringLiteral("runs.list"), 3) << "“runs.list” must be a list";
    QJsonArray tooMany;
    for (int i = 0; i < RunRecord::kMaxRuns + 1; ++i)
        tooMany.append(runsRoot["runs"]["list"][0]);
    QTest::newRow("51 runs") << withRun(QStringLiteral("runs.list"), tooMany) << "“runs.list” has 51 entries; at most 50";
    QTest::newRow("runs out of order") << withRun(QStringLiteral("runs.list.1.number"), 1) << "oldest first";
    QTest::newRow("run number 0") << withRun(QStringLiteral("runs.list.0.number"), 0)
                                  << "“runs.list[0].number” is 0, but it must be from 1";
    QTest::newRow("next run not after the last") << withRun(QStringLiteral("runs.next"), 2)
                                                 << "“runs.next” is 2, but it must be from 3";
    QTest::newRow("run of no epoch") << withRun(QStringLiteral("runs.list.0.trainer.epoch"), 0)
                                     << "“runs.list[0].trainer.epoch” is 0, but it must be from 1";
    QTest::newRow("run start not a date") << withRun(QStringLiteral("runs.list.0.started"), QStringLiteral("yesterday"))
                                          << "“runs.list[0].started” must be a date and time";
    QTest::newRow("run time negative") << withRun(QStringLiteral("runs.list.1.seconds"), -3)
                                       << "“runs.list[1].seconds” is -3";
    QTest::newRow("run shown not a boolean") << withRun(QStringLiteral("runs.list.0.shown"), QStringLiteral("yes"))
                                             << "“runs.list[0].shown”";
    QTest::newRow("run learning rate") << withRun(QStringLiteral("runs.list.1.spec.training.learningRate"), 1000)
                                       << "“runs.list[1].spec.training.learningRate” is 1000";
    QTest::newRow("run weight NaN") << withRun(QStringLiteral("runs.list.0.network.parameters.0"), QStringLiteral("NaN"))
                                    << "“runs.list[0].network.parameters[0]” must be a number";
    QJsonArray runWeights = runsRoot["runs"]["list"][0]["network"]["parameters"].toArray();
    runWeights.removeLast();
    QTest::newRow("run weight short") << withRun(QStringLiteral("runs.list.0.network.parameters"), runWeights)
                                      << "“runs.list[0].network.parameters” has";
    QTest::newRow("run network of another shape") << withRun(QStringLiteral("runs.list.0.spec.network.hidden.0"), 7)
                                                  << "does not match the workspace's network settings";
    QJsonArray runHistory;
    for (int i = 0; i < RunRecord::kMaxPoints + 2; ++i)
        runHistory.append(runsRoot["runs"]["list"][0]["trainer"]["history"][0]);
    QTest::newRow("run history too long") << withRun(QStringLiteral("runs.list.0.trainer.history"), runHistory)
                                          << "“runs.list[0].trainer.history” has 502 entries; at most 501";
    QTest::newRow("run history ends early") << withRun(QStringLiteral("runs.list.0.trainer.epoch"), 5)
                                            << "does not end at the current epoch";
}

void tst_WorkspaceFileMalformed::malformedFilesAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!WorkspaceFile::fromJson(json, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));

    // The message is the user's language: it went through tr() (here, a marking translator).
    MarkingTranslator marks;
    QCoreApplication::installTranslator(&marks);
    QString marked;
    QVERIFY(!WorkspaceFile::fromJson(json, &marked));
    QCoreApplication::removeTranslator(&marks);
    QVERIFY2(marked.startsWith(QStringLiteral("«")) && marked.contains(QStringLiteral("»")), qPrintable(marked));
}

QTEST_GUILESS_MAIN(tst_WorkspaceFileMalformed)
#include "tst_workspacefilemalformed.moc"
