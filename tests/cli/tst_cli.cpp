// neural-lessons-cli, run as the real executable: --help and --version, one-line reasons and exit
// code 2 for bad input, `train` printing the epochs a run continued in the engine gives (and the
// same numbers in its CSV and saved workspace), `validate` on workspaces and lesson folders, the
// exports, `check-lessons` on the built-in lessons, and messages from the app's zh_CN catalogue.
#include "../files/workspacetesthelpers.h"
#include "historycsv.h"
#include "workspacefile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace engine;

namespace {

const QString Cli = QStringLiteral(NL_CLI_EXECUTABLE);

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")); // English unless --lang says otherwise
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(Cli, arguments);
    CliRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

/// One line on stderr, saying why.
bool oneLineReason(const CliRun &run)
{
    return run.err.trimmed().count(QLatin1Char('\n')) == 0 && run.err.startsWith(QLatin1String("neural-lessons-cli: "));
}

WorkspaceSpec smallSpec()
{
    WorkspaceSpec spec;
    spec.data.samples = 200;
    spec.data.noise = 10;
    spec.split = {60, 20, 20};
    spec.training.reshuffle = true;
    spec.training.optimizer.kind = OptimizerKind::Adam;
    spec.training.optimizer.learningRate = 0.01;
    return spec;
}

} // namespace

class tst_Cli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void helpAndVersion();
    void badInput_data();
    void badInput();
    void trainContinuesTheRun();
    void validateWorkspaces();
    void validateLessons();
    void exports();
    void checkLessons();
    void chineseMessages();

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    WorkspaceState m_state;
};

void tst_Cli::initTestCase()
{
    QVERIFY(QFile::exists(Cli));
    QVERIFY(m_dir.isValid());
    // Five epochs and three batches into the sixth: train must finish the epoch in progress first.
    m_state = trainedState(smallSpec(), 5, 3);
    m_workspace = m_dir.filePath(QStringLiteral("run.nlw"));
    QString error;
    QVERIFY2(WorkspaceFile::save(m_workspace, m_state, &error), qPrintable(error));
}

void tst_Cli::helpAndVersion()
{
    const CliRun help = cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *command : {"train", "validate", "export-pytorch", "export-keras", "check-lessons", "--epochs", "--csv"})
        QVERIFY2(help.out.contains(QLatin1String(command)), command);
    const CliRun version = cli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QStringLiteral("neural-lessons-cli (Neural Lessons) " NL_VERSION));
}

void tst_Cli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    const QString file = QStringLiteral("x.nlw");
    QTest::newRow("no command") << QStringList{} << QStringLiteral("No command given");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("fly"), file} << QStringLiteral("Unknown command “fly”");
    QTest::newRow("no file") << QStringList{QStringLiteral("validate")} << QStringLiteral("needs a file");
    QTest::newRow("no epochs") << QStringList{QStringLiteral("train"), file} << QStringLiteral("needs --epochs");
    QTest::newRow("zero epochs") << QStringList{QStringLiteral("train"), file, QStringLiteral("--epochs"), QStringLiteral("0")}
                                 << QStringLiteral("whole number from 1");
    QTest::newRow("export without -o") << QStringList{QStringLiteral("export-pytorch"), file} << QStringLiteral("needs -o");
    QTest::newRow("csv with validate") << QStringList{QStringLiteral("validate"), file, QStringLiteral("--csv"), QStringLiteral("a.csv")}
                                       << QStringLiteral("--csv goes with train only");
    QTest::newRow("bad language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--help")}
                                  << QStringLiteral("Unsupported language \"fr\"");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--fast")} << QStringLiteral("fast");
    QTest::newRow("missing file") << QStringList{QStringLiteral("train"), QStringLiteral("/nonexistent/w.nlw"), QStringLiteral("--epochs"), QStringLiteral("1")}
                                  << QStringLiteral("cannot be opened");
}

void tst_Cli::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(reason), qPrintable(run.err));
    QVERIFY2(oneLineReason(run), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void tst_Cli::trainContinuesTheRun()
{
    constexpr int epochs = 4;
    const QString csv = m_dir.filePath(QStringLiteral("history.csv"));
    const QString saved = m_dir.filePath(QStringLiteral("trained.nlw"));
    const CliRun run = cli({QStringLiteral("train"), m_workspace, QStringLiteral("--epochs"), QString::number(epochs),
                            QStringLiteral("--csv"), csv, QStringLiteral("-o"), saved});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    // The same run continued in the engine, in this process.
    RestoredRun expected = restoreRun(m_state);
    QStringList expectedRows;
    QList<EpochMetrics> expectedEpochs;
    for (int e = 0; e < epochs; ++e) {
        QCOMPARE(expected.trainer->stepEpoch(), StopReason::None);
        expectedEpochs << expected.trainer->latest();
        expectedRows << HistoryCsv::row(expected.trainer->latest());
    }

    static const QRegularExpression row(QStringLiteral("^\\s+(\\d+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)$"));
    QStringList rows;
    for (const QString &line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (row.match(line).hasMatch())
            rows << line;
    QCOMPARE(rows.size(), epochs);
    for (int e = 0; e < epochs; ++e) {
        const QRegularExpressionMatch m = row.match(rows.at(e));
        const EpochMetrics &want = expectedEpochs.at(e);
        QCOMPARE(m.captured(1).toInt(), m_state.trainer.epoch + 1 + e);
        QCOMPARE(m.captured(2), QString::number(want.train.loss, 'g', 7));
        QCOMPARE(m.captured(3), QString::number(want.train.accuracy, 'f', 4));
        QCOMPARE(m.captured(4), QString::number(want.validation.loss, 'g', 7));
        QCOMPARE(m.captured(6), QString::number(want.test.loss, 'g', 7));
    }

    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), HistoryCsv::header());
    QCOMPARE(lines.mid(1), expectedRows);

    QString error;
    const std::optional<WorkspaceState> trained = WorkspaceFile::load(saved, &error);
    QVERIFY2(trained, qPrintable(error));
    QCOMPARE(trained->trainer.epoch, expected.trainer->epoch());
    QVERIFY(trained->network.parameters() == expected.trainer->network().parameters());
}

void tst_Cli::validateWorkspaces()
{
    const CliRun good = cli({QStringLiteral("validate"), m_workspace});
    QCOMPARE(good.exitCode, 0);
    QVERIFY(good.out.contains(QLatin1String("a valid workspace")));

    QFile source(m_workspace);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray json = source.readAll();
    const QString corrupt = m_dir.filePath(QStringLiteral("corrupt.nlw"));
    QFile cut(corrupt);
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(json.left(json.size() / 2));
    cut.close();
    const CliRun bad = cli({QStringLiteral("validate"), corrupt});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QLatin1String("cut off")), qPrintable(bad.err));
    QVERIFY2(oneLineReason(bad), qPrintable(bad.err));
}

void tst_Cli::validateLessons()
{
    const QString lessons = QStringLiteral(NL_SOURCE_DIR "/lessons/content");
    const CliRun good = cli({QStringLiteral("validate"), lessons + QStringLiteral("/11-first-network")});
    QCOMPARE(good.exitCode, 0);
    QVERIFY(good.out.contains(QLatin1String("a valid lesson")));

    const CliRun notLesson = cli({QStringLiteral("validate"), m_dir.path()});
    QCOMPARE(notLesson.exitCode, 2);
    QVERIFY(oneLineReason(notLesson));

    // A lesson whose texts lack a step: the loader's problem is printed, and the check fails.
    QDir broken(m_dir.filePath(QStringLiteral("broken")));
    QVERIFY(broken.mkpath(QStringLiteral(".")));
    for (const QString &name : QDir(lessons + QStringLiteral("/01-parameters")).entryList(QDir::Files))
        QVERIFY(QFile::copy(lessons + QStringLiteral("/01-parameters/") + name, broken.filePath(name)));
    QFile::remove(broken.filePath(QStringLiteral("en.md")));
    const CliRun bad = cli({QStringLiteral("validate"), broken.path()});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.out.contains(QLatin1String("en.md")), qPrintable(bad.out));
    QVERIFY(bad.err.contains(QLatin1String("problem")));
}

void tst_Cli::exports()
{
    const QString pytorch = m_dir.filePath(QStringLiteral("run.py"));
    const CliRun torch = cli({QStringLiteral("export-pytorch"), m_workspace, QStringLiteral("-o"), pytorch,
                              QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QVERIFY2(torch.exitCode == 0, qPrintable(torch.err));
    QFile script(pytorch);
    QVERIFY(script.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(script.readAll());
    QVERIFY(text.contains(QStringLiteral("# 5. 训练模型")));
    QVERIFY(text.contains(QStringLiteral("num_epoch = %1\n").arg(m_state.trainer.epoch)));
    QVERIFY(text.contains(QStringLiteral("“run.nlw”")));

    const QString keras = m_dir.filePath(QStringLiteral("run_keras.py"));
    const CliRun k = cli({QStringLiteral("export-keras"), m_workspace, QStringLiteral("--output"), keras});
    QVERIFY2(k.exitCode == 0, qPrintable(k.err));
    QFile kerasScript(keras);
    QVERIFY(kerasScript.open(QIODevice::ReadOnly));
    const QString kerasText = QString::fromUtf8(kerasScript.readAll());
    QVERIFY(kerasText.contains(QLatin1String("model.set_weights(")));
    QVERIFY(kerasText.contains(QLatin1String("# 5. Training")));

    const CliRun unwritable = cli({QStringLiteral("export-pytorch"), m_workspace, QStringLiteral("-o"),
                                   QStringLiteral("/nonexistent/dir/out.py")});
    QCOMPARE(unwritable.exitCode, 2);
    QVERIFY(oneLineReason(unwritable));
}

void tst_Cli::checkLessons()
{
    // Every built-in lesson's acceptance block (well under a second on this machine).
    const CliRun run = cli({QStringLiteral("check-lessons")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QCOMPARE(run.out.count(QLatin1String(": passed")), 12);
    // A lesson whose acceptance block no longer holds: named, with the failing condition.
    QTemporaryDir root;
    const QString lessons = QStringLiteral(NL_SOURCE_DIR "/lessons/content/07-epochs/");
    QDir(root.path()).mkpath(QStringLiteral("07-epochs"));
    for (const QString &name : QDir(lessons).entryList(QDir::Files))
        QVERIFY(QFile::copy(lessons + name, root.filePath(QStringLiteral("07-epochs/") + name)));
    QFile json(root.filePath(QStringLiteral("07-epochs/lesson.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QByteArray changed = json.readAll().replace("\"updates == 100\"", "\"updates == 101\"");
    json.close();
    QVERIFY(json.open(QIODevice::WriteOnly | QIODevice::Truncate));
    json.write(changed);
    json.close();
    const CliRun failing = cli({QStringLiteral("check-lessons"), root.path()});
    QCOMPARE(failing.exitCode, 1);
    QVERIFY2(failing.out.contains(QLatin1String("07-epochs: FAILED")), qPrintable(failing.out));
    QVERIFY(failing.out.contains(QLatin1String("updates == 101")));

    QTemporaryDir empty;
    const CliRun none = cli({QStringLiteral("check-lessons"), empty.path()});
    QCOMPARE(none.exitCode, 2);
    QVERIFY(oneLineReason(none));
}

void tst_Cli::chineseMessages()
{
    // The file reader's messages come from the app's catalogue, loaded by --lang.
    const QString corrupt = m_dir.filePath(QStringLiteral("cut.nlw"));
    QFile file(corrupt);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"neural-lessons-workspace\", \"version\": 1, \"spec\": {");
    file.close();
    const CliRun run = cli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("validate"), corrupt});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("文件不完整")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
