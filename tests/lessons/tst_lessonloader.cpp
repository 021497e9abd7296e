#include "lessonlibrary.h"
#include "lessonloader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

/// Each case writes a small valid lesson, breaks one thing and expects the loader to name it.
class tst_LessonLoader : public QObject {
    Q_OBJECT
private slots:
    void validLessonLoads();
    void reportsBreakage_data();
    void reportsBreakage();
    void libraryKeepsBrokenLessonsApart();

private:
    QString writeLesson(const QString &name, const QString &json, const QString &en, const QString &zh);
    QTemporaryDir m_dir;
};

namespace {

const char *kJson = R"({
  "id": "%1", "number": 1, "stage": "workspace",
  "preset": { "dataset.kind": "circle", "network.hidden": [3], "split.train": 60, "split.val": 20, "split.test": 20 },
  "steps": [
    { "id": "s1-train", "unlock": ["training.lr"], "highlight": ["P1"],
      "predict": { "type": "choice", "options": ["yes", "no"], "answer": "yes" },
      "run": { "epochs": 5 }, "expect": ["epoch >= 5"],
      "checkpoint": [ { "id": "c1", "type": "choice", "options": ["a", "b"], "answer": "a" } ] }
  ],
  "free": { "challenge": { "check": ["val.acc >= 0.9"], "minimize": "network.params" } },
  "acceptance": [ { "id": "A", "epochs": 2, "expect": ["epoch == 2"] } ]
})";

const char *kText = R"(# Title
## goal
Goal text.
## s1-train
### title
Train
### goal
See it learn.
### predict
Will it learn?
### options
- yes: Yes
- no: No
### explain
Because.
## s1-train/c1
### question
Which?
### options
- a: A
- b: B
### feedback
- a: Right.
- b: Wrong.
### explain
A is right.
## free
### challenge
Do it.
)";

} // namespace

QString tst_LessonLoader::writeLesson(const QString &name, const QString &json, const QString &en, const QString &zh)
{
    QDir root(m_dir.path());
    root.mkpath(name);
    auto write = [&](const QString &file, const QString &content) {
        if (content.isNull())
            return;
        QFile f(root.filePath(name + QLatin1Char('/') + file));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content.toUtf8());
    };
    write(QStringLiteral("lesson.json"), json);
    write(QStringLiteral("en.md"), en);
    write(QStringLiteral("zh_CN.md"), zh);
    return root.filePath(name);
}

void tst_LessonLoader::validLessonLoads()
{
    const QString text = QString::fromUtf8(kText);
    const LessonLoadResult result = LessonLoader::load(writeLesson(QStringLiteral("01-valid"),
        QString::fromUtf8(kJson).arg(QStringLiteral("01-valid")), text, text));
    QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    const Lesson &lesson = result.lesson;
    QCOMPARE(lesson.steps.size(), 1);
    QCOMPARE(lesson.steps[0].run.kind, LessonRun::Kind::Epochs);
    QCOMPARE(lesson.steps[0].prediction.answerIds, QStringList{"yes"});
    QCOMPARE(lesson.steps[0].checkpoints.size(), 1);
    QCOMPARE(lesson.text(QStringLiteral("zh_CN")).labels(QStringLiteral("s1-train"), QStringLiteral("options")).value("no"),
             QStringLiteral("No"));

    // A sweep instead of the run; conditions may read its best and chosen settings.
    QString json = QString::fromUtf8(kJson).arg(QStringLiteral("03-sweep"));
    json.replace(QStringLiteral("\"run\": { \"epochs\": 5 }, \"expect\": [\"epoch >= 5\"]"),
                 QStringLiteral("\"sweep\": { \"epochs\": 5, \"axes\": [ { \"key\": \"network.hidden\", "
                                "\"values\": [[1], [4, 2]] } ] }, \"expect\": [\"best.val.loss <= chosen.val.loss\"]"));
    const LessonLoadResult swept = LessonLoader::load(writeLesson(QStringLiteral("03-sweep"), json, text, text));
    QVERIFY2(swept.ok(), qPrintable(swept.errors.join(QLatin1Char('\n'))));
    QCOMPARE(swept.lesson.steps[0].sweep.epochs, 5);
    QCOMPARE(swept.lesson.steps[0].sweep.axes.size(), 1);
    QCOMPARE(swept.lesson.steps[0].sweep.axes[0].values.size(), 2);
    QCOMPARE(swept.lesson.steps[0].run.kind, LessonRun::Kind::None);
}

void tst_LessonLoader::reportsBreakage_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("inChinese");
    QTest::addColumn<QString>("expected");
    QTest::newRow("json syntax") << "\"steps\": [" << "\"steps\": [[," << false << "not a JSON object";
    QTest::newRow("unknown key") << "\"dataset.kind\"" << "\"dataset.kinds\"" << false << "unknown key 'dataset.kinds'";
    QTest::newRow("bad value") << "\"circle\"" << "\"squares\"" << false << "unknown data set 'squares'";
    QTest::newRow("split sum") << "\"split.test\": 20" << "\"split.test\": 30" << false << "not 100";
    QTest::newRow("absurd lr") << "\"unlock\"" << "\"set\": {\"training.lr\": -1}, \"unlock\"" << false
                               << "s1-train: training.lr must be";
    QTest::newRow("unknown variable") << "epoch >= 5" << "epochs >= 5" << false << "unknown variable 'epochs'";
    QTest::newRow("bad condition") << "epoch >= 5" << "epoch >=" << false << "condition 'epoch >='";
    QTest::newRow("not a comparison") << "epoch >= 5" << "epoch + 5" << false << "not a comparison";
    QTest::newRow("answer not an option") << "\"answer\": \"yes\"" << "\"answer\": \"maybe\"" << false
                                          << "answer among them";
    QTest::newRow("unknown control") << "\"training.lr\"]" << "\"training.rate\"]" << false
                                     << "unknown control 'training.rate'";
    QTest::newRow("unknown panel") << "\"P1\"" << "\"P13\"" << false << "unknown panel 'P13'";
    QTest::newRow("bad run") << "\"epochs\": 5" << "\"epochs\": 0" << false << "run must be";
    QTest::newRow("slow motion of epochs") << "\"epochs\": 5" << "\"epochs\": 5, \"slowMotion\": true" << false
                                           << "true only with {batches: 1}";
    QTest::newRow("slow motion off the code stage") << "\"epochs\": 5" << "\"batches\": 1, \"slowMotion\": true"
                                                    << false << "s1-train: a slowMotion run needs the code stage";
    const QString sweep = QStringLiteral("\"sweep\": {\"epochs\": 5, \"axes\": [{\"key\": \"%1\", \"values\": %2}]}");
    QTest::newRow("sweep and run") << "\"run\"" << sweep.arg("training.lr", "[0.1, 0.3]") + ", \"run\"" << false
                                   << "at most one of run, compare, sweep and evaluateTest";
    QTest::newRow("sweep of a fixed key") << "\"run\": { \"epochs\": 5 }" << sweep.arg("dataset.noise", "[1, 2]")
                                          << false << "'dataset.noise' cannot be swept";
    QTest::newRow("sweep of an absurd value") << "\"run\": { \"epochs\": 5 }" << sweep.arg("training.lr", "[0.1, -2]")
                                              << false << "training.lr must be";
    QTest::newRow("sweep without axes") << "\"run\": { \"epochs\": 5 }" << "\"sweep\": {\"epochs\": 5, \"axes\": []}"
                                        << false << "sweep needs epochs >= 1";
    QTest::newRow("test without sweep") << "\"run\": { \"epochs\": 5 }" << "\"evaluateTest\": true" << false
                                        << "evaluateTest needs a sweep";
    QTest::newRow("unknown sweep run") << "epoch >= 5" << "chosen.val.loss < 1" << false
                                       << "unknown variable 'chosen.val.loss'";
    QTest::newRow("missing option label") << "- no: No" << "" << true << "zh_CN.md: s1-train: no label for options 'no'";
    QTest::newRow("missing feedback") << "- b: Wrong." << "" << true << "zh_CN.md: s1-train/c1: no feedback for option 'b'";
    QTest::newRow("stray section") << "## free" << "## s9-ghost\n### title\nx\n## free" << true
                                   << "section '## s9-ghost' matches no step";
    QTest::newRow("missing title part") << "### title\nTrain\n" << "" << true << "s1-train: missing '### title'";
    QTest::newRow("missing challenge") << "### challenge\nDo it.\n" << "" << true << "free: missing '### challenge'";
}

void tst_LessonLoader::reportsBreakage()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, inChinese);
    QFETCH(QString, expected);
    static int counter = 0;
    const QString name = QStringLiteral("02-broken%1").arg(++counter);
    QString json = QString::fromUtf8(kJson).arg(name);
    QString zh = QString::fromUtf8(kText);
    QString &target = inChinese ? zh : json;
    QVERIFY2(target.contains(from), qPrintable(from));
    target.replace(from, to);
    const LessonLoadResult result = LessonLoader::load(writeLesson(name, json, QString::fromUtf8(kText), zh));
    QVERIFY(!result.ok());
    const QString all = result.errors.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(expected), qPrintable(all));
}

void tst_LessonLoader::libraryKeepsBrokenLessonsApart()
{
    QTemporaryDir root;
    const QString text = QString::fromUtf8(kText);
    QDir(root.path()).mkpath(QStringLiteral("03-fine"));
    QDir(root.path()).mkpath(QStringLiteral("04-no-texts"));
    auto write = [&](const QString &path, const QString &content) {
        QFile f(QDir(root.path()).filePath(path));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content.toUtf8());
    };
    write(QStringLiteral("03-fine/lesson.json"), QString::fromUtf8(kJson).arg(QStringLiteral("03-fine")));
    write(QStringLiteral("03-fine/en.md"), text);
    write(QStringLiteral("03-fine/zh_CN.md"), text);
    write(QStringLiteral("04-no-texts/lesson.json"), QString::fromUtf8(kJson).arg(QStringLiteral("04-no-texts")));
    LessonLibrary library;
    library.loadFolder(root.path());
    QCOMPARE(library.entries().size(), 2);
    QVERIFY(library.find(QStringLiteral("03-fine")));
    QVERIFY(!library.find(QStringLiteral("04-no-texts")));
    QVERIFY(!library.entries()[1].ok() || !library.entries()[0].ok());
}

QTEST_APPLESS_MAIN(tst_LessonLoader)
#include "tst_lessonloader.moc"
