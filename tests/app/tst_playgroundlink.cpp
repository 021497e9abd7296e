#include "lessonlibrary.h"
#include "lessonloader.h"
#include "playgroundlink.h"
#include "presetstate.h"

#include <QTest>
#include <QUrlQuery>

/// The "open in TF Playground" link of free mode: L10's preset gives the course's own link
/// (CURRICULUM L10, less the seed: Playground draws its own points), and setups Playground cannot
/// show get a reason instead of a wrong link.
class tst_PlaygroundLink : public QObject {
    Q_OBJECT
private slots:
    void lessonTenGivesTheCourseLink();
    void refusesWhatPlaygroundLacks_data();
    void refusesWhatPlaygroundLacks();

private:
    static WorkspaceSpec lessonTen();
    static QMap<QString, QString> state(const QString &url);
};

WorkspaceSpec tst_PlaygroundLink::lessonTen()
{
    const LessonLoadResult loaded = LessonLoader::load(LessonLibrary::embeddedRoot() + QStringLiteral("/10-shallow-vs-deep"));
    PresetState preset = PresetState::defaults();
    preset.apply(loaded.lesson.preset);
    return preset.spec;
}

QMap<QString, QString> tst_PlaygroundLink::state(const QString &url)
{
    QMap<QString, QString> map;
    for (const auto &item : QUrlQuery(url.section(QLatin1Char('#'), 1)).queryItems())
        map.insert(item.first, item.second);
    return map;
}

void tst_PlaygroundLink::lessonTenGivesTheCourseLink()
{
    // The link of seed 000 as L10 quotes it (noise 0, half the points for training).
    const QString course = QStringLiteral(
        "https://playground.tensorflow.org/#activation=tanh&batchSize=10&dataset=circle&regDataset=reg-plane"
        "&learningRate=0.03&regularizationRate=0&noise=0&networkShape=4,2&seed=0.41236&showTestData=false"
        "&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false&cosX=false"
        "&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification&initZero=false&hideText=false");
    QString reason;
    const QString url = PlaygroundLink::url(lessonTen(), false, false, &reason);
    QVERIFY2(!url.isEmpty(), qPrintable(reason));
    QVERIFY(url.startsWith(QStringLiteral("https://playground.tensorflow.org/#")));
    const QMap<QString, QString> ours = state(url);
    const QMap<QString, QString> theirs = state(course);
    for (auto it = theirs.begin(); it != theirs.end(); ++it) {
        if (it.key() == QLatin1String("seed"))
            continue;
        QVERIFY2(ours.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(ours.value(it.key()), it.value());
    }
    QCOMPARE(ours.value(QStringLiteral("regularization")), QStringLiteral("none"));
}

void tst_PlaygroundLink::refusesWhatPlaygroundLacks_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("validation set") << "validation";
    QTest::newRow("moons") << "moons";
    QTest::newRow("9 neurons") << "neurons";
    QTest::newRow("adam") << "adam";
    QTest::newRow("full batch") << "fullBatch";
    QTest::newRow("lr 0.05") << "rate";
    QTest::newRow("noise 12") << "noise";
    QTest::newRow("sigmoid output") << "sigmoidOutput";
}

void tst_PlaygroundLink::refusesWhatPlaygroundLacks()
{
    QFETCH(QString, change);
    WorkspaceSpec spec = lessonTen();
    if (change == QLatin1String("validation")) {
        spec.split = {40, 10, 50};
    } else if (change == QLatin1String("moons")) {
        spec.data.kind = engine::DatasetKind::Moons;
    } else if (change == QLatin1String("neurons")) {
        spec.network.hidden = {9};
    } else if (change == QLatin1String("adam")) {
        spec.training.optimizer.kind = engine::OptimizerKind::Adam;
    } else if (change == QLatin1String("fullBatch")) {
        spec.training.batchSize = 0;
    } else if (change == QLatin1String("rate")) {
        spec.training.optimizer.learningRate = 0.05;
    } else if (change == QLatin1String("noise")) {
        spec.data.noise = 12;
    } else {
        spec.network.output = engine::Activation::Sigmoid;
    }
    QString reason;
    QVERIFY(PlaygroundLink::url(spec, false, false, &reason).isEmpty());
    QVERIFY(!reason.isEmpty());
}

QTEST_GUILESS_MAIN(tst_PlaygroundLink)
#include "tst_playgroundlink.moc"
