// Screenshots of the lesson stages (P7 loss bowl, P8 output calculator, L9 activation plot) in
// both languages and palettes, saved as PNGs when NL_SCREENSHOT_DIR is set (NL_SCREENSHOT_SUFFIX
// tells runs apart, e.g. one with QT_SCALE_FACTOR=1.5). A manual check: it skips otherwise.
#include "activationplotstage.h"
#include "apppalette.h"
#include "apptesthelpers.h"
#include "languagemanager.h"
#include "lossbowlstage.h"
#include "outputcalculatorstage.h"

#include <QApplication>
#include <QtTest>

class tst_StageScreenshots : public QObject
{
    Q_OBJECT
private slots:
    void screenshots();
};

void tst_StageScreenshots::screenshots()
{
    const QString dir = apptest::screenshotDir();
    if (dir.isEmpty())
        QSKIP("set NL_SCREENSHOT_DIR to save screenshots");
    QVERIFY(apptest::prepareScreenshots(dir));
    const QString suffix = apptest::screenshotSuffix();
    LanguageManager languages;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        QVERIFY(languages.setLanguage(language));
        for (bool dark : {false, true}) {
            apppalette::apply(dark);
            const QString tag = QLatin1Char('-') + language + (dark ? QStringLiteral("-dark") : QStringLiteral("-light")) + suffix;
            auto save = [&](QWidget &widget, const QString &name) {
                widget.resize(850, 600);
                widget.show();
                QCoreApplication::processEvents();
                QVERIFY(widget.grab().save(dir + QLatin1Char('/') + name + tag + QStringLiteral(".png")));
            };
            LossBowlStage bowl;
            bowl.step(1);
            save(bowl, QStringLiteral("bowl-step1"));
            bowl.setLearningRate(0.9);
            bowl.reset();
            bowl.step(3);
            save(bowl, QStringLiteral("bowl-lr09"));
            bowl.setLearningRate(1.1);
            bowl.reset();
            bowl.step(10);
            save(bowl, QStringLiteral("bowl-lr11"));
            OutputCalculatorStage calculator;
            save(calculator, QStringLiteral("calc-fixed"));
            calculator.setLogits({2.0, 1.35, 0.0});
            save(calculator, QStringLiteral("calc-logits"));
            ActivationPlotStage activations;
            activations.setX(2.0);
            save(activations, QStringLiteral("activations"));
        }
    }
    apppalette::apply(false);
}

QTEST_MAIN(tst_StageScreenshots)
#include "tst_stagescreenshots.moc"
