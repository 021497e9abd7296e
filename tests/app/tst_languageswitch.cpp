// Switching the language while training runs: every visible text of the real main window follows
// (labels, buttons, group boxes, tabs, combo items, spin boxes, tooltips, chart and axis titles,
// menu actions, the undo history), and training goes on with the same spec, epoch and run.
// MarkingTranslator wraps every translated string in «», so a text with words outside the marks
// comes from a widget that did not retranslate.
#include "apptesthelpers.h"
#include "decisionboundaryview.h"
#include "languagemanager.h"
#include "lessonshell.h"
#include "mainwindow.h"
#include "workspacepage.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QChartView>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSlider>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTextDocumentFragment>
#include <QUndoStack>
#include <QtTest>

using apptest::waitFor;

namespace {
/// Texts that are the same in every language on purpose: mathematical notation of the input
/// features and each language's own name in the language menu.
const QStringList kSameInEveryLanguage{QStringLiteral("x₁"),     QStringLiteral("x₂"),     QStringLiteral("x₁²"),
                                       QStringLiteral("x₂²"),    QStringLiteral("x₁x₂"),   QStringLiteral("sin x₁"),
                                       QStringLiteral("sin x₂"), QStringLiteral("English"), QStringLiteral("简体中文")};

struct ShownText {
    QString where;
    QString text;
};

QString plain(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

QString describe(const QObject *object, const char *what)
{
    return QStringLiteral("%1 \"%2\" %3").arg(QLatin1String(object->metaObject()->className()), object->objectName(),
                                             QLatin1String(what));
}

/// Every text a user can see or hear (tooltips, accessible names) on the visible widgets.
QList<ShownText> shownTexts(const MainWindow &window)
{
    QList<ShownText> texts{{QStringLiteral("window title"), window.windowTitle()}};
    for (const QAction *menu : window.menuBar()->actions()) {
        texts.append({QStringLiteral("menu"), menu->text()});
        for (const QAction *action : menu->menu()->actions())
            texts.append({QStringLiteral("menu action"), action->text()});
    }
    for (const QWidget *w : window.findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        texts.append({describe(w, "tooltip"), plain(w->toolTip())});
        texts.append({describe(w, "accessible name"), w->accessibleName()});
        if (const auto *label = qobject_cast<const QLabel *>(w))
            texts.append({describe(w, "text"), plain(label->text())});
        if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            texts.append({describe(w, "text"), button->text()});
        if (const auto *group = qobject_cast<const QGroupBox *>(w))
            texts.append({describe(w, "title"), group->title()});
        if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(w))
            texts.append({describe(w, "text"), spin->text()});
        if (const auto *line = qobject_cast<const QLineEdit *>(w))
            texts.append({describe(w, "placeholder"), line->placeholderText()});
        if (const auto *tabs = qobject_cast<const QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                texts << ShownText{describe(w->parent(), "tab"), tabs->tabText(i)}
                      << ShownText{describe(w->parent(), "tab tip"), tabs->tabToolTip(i)};
        if (const auto *combo = qobject_cast<const QComboBox *>(w))
            for (int i = 0; i < combo->count(); ++i)
                texts << ShownText{describe(w, "item"), combo->itemText(i)}
                      << ShownText{describe(w, "item tip"), plain(combo->itemData(i, Qt::ToolTipRole).toString())};
        if (const auto *plot = qobject_cast<const DecisionBoundaryView *>(w))
            texts.append({describe(w, "caption"), plot->caption()});
        if (const auto *chart = qobject_cast<const QChartView *>(w)) {
            texts.append({describe(w, "chart title"), chart->chart()->title()});
            for (const QAbstractAxis *axis : chart->chart()->axes())
                texts.append({describe(w, "axis title"), axis->titleText()});
            for (const QAbstractSeries *series : chart->chart()->series())
                texts.append({describe(w, "series"), series->name()});
        }
    }
    return texts;
}

/// The text with every «marked» part (nested ones too) taken out.
QString outsideMarks(const QString &text)
{
    QString rest;
    int depth = 0;
    for (const QChar c : text) {
        if (c == QChar(u'«'))
            ++depth;
        else if (c == QChar(u'»'))
            depth = std::max(0, depth - 1);
        else if (depth == 0)
            rest += c;
    }
    return rest;
}

/// Texts with words that did not go through a translator.
QStringList unmarked(const MainWindow &window)
{
    static const QRegularExpression letter(QStringLiteral("\\p{L}"));
    QStringList found;
    for (const ShownText &shown : shownTexts(window))
        if (!kSameInEveryLanguage.contains(shown.text) && outsideMarks(shown.text).contains(letter))
            found << shown.where + QStringLiteral(": ") + shown.text;
    found.removeDuplicates();
    return found;
}

/// Texts that still hold Chinese (after switching back to English).
QStringList chinese(const MainWindow &window)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    QStringList found;
    for (const ShownText &shown : shownTexts(window))
        if (!kSameInEveryLanguage.contains(shown.text) && shown.text.contains(han))
            found << shown.where + QStringLiteral(": ") + shown.text;
    found.removeDuplicates();
    return found;
}

/// The fields a language switch must not touch.
bool sameSpec(const WorkspaceSpec &a, const WorkspaceSpec &b)
{
    return a.data.kind == b.data.kind && a.data.samples == b.data.samples && a.data.noise == b.data.noise
        && a.data.seed == b.data.seed && a.split.train == b.split.train && a.split.validation == b.split.validation
        && a.features == b.features && a.network.hidden == b.network.hidden
        && a.network.activation == b.network.activation && a.initSeed == b.initSeed
        && a.training.optimizer.learningRate == b.training.optimizer.learningRate
        && a.training.optimizer.kind == b.training.optimizer.kind && a.training.loss == b.training.loss
        && a.training.batchSize == b.training.batchSize && a.epochLimit == b.epochLimit;
}

void chooseLearningRate(MainWindow &window, const QString &rate)
{
    auto *box = window.findChild<QComboBox *>(QStringLiteral("learningRate"));
    box->lineEdit()->selectAll();
    QTest::keyClicks(box->lineEdit(), rate);
    QTest::keyClick(box->lineEdit(), Qt::Key_Return);
}
} // namespace

class tst_LanguageSwitch : public QObject {
    Q_OBJECT
private slots:
    void switchWhileTraining();

private:
    /// Each tab of every tab widget in turn, so the widgets on hidden pages are checked too.
    template <typename Check>
    void forEveryTab(MainWindow &window, Check check);
    void checkTrainingGoesOn(MainWindow &window, const WorkspaceSpec &spec, quint64 generation);
};

template <typename Check>
void tst_LanguageSwitch::forEveryTab(MainWindow &window, Check check)
{
    const auto tabBars = window.findChildren<QTabBar *>();
    for (int turn = 0; turn < 2; ++turn) {
        for (QTabBar *tabs : tabBars)
            tabs->setCurrentIndex(turn % tabs->count());
        check();
    }
    for (QTabBar *tabs : tabBars)
        tabs->setCurrentIndex(0);
}

void tst_LanguageSwitch::checkTrainingGoesOn(MainWindow &window, const WorkspaceSpec &spec, quint64 generation)
{
    Workspace &workspace = window.workspace();
    const int epoch = workspace.session().latest().epoch;
    QVERIFY(waitFor(workspace, [epoch](const TrainingReport &r) { return r.running && r.epoch > epoch; }));
    QCOMPARE(workspace.session().latest().generation, generation);
    QVERIFY(sameSpec(workspace.spec(), spec));
}

void tst_LanguageSwitch::switchWhileTraining()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    MainWindow window(&languages);
    window.lessonShell()->showFreePlay();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Workspace &workspace = window.workspace();
    QVERIFY(waitFor(workspace, [](const TrainingReport &r) { return r.network.layerCount() > 0; }));
    // An undoable change in English, so Edit > Undo names a command.
    chooseLearningRate(window, QStringLiteral("0.1"));
    QCOMPARE(workspace.undoStack().count(), 1);

    // Slow enough that the run goes on through every check, fast enough to see epochs pass.
    window.findChild<QSlider *>(QStringLiteral("speed"))->setValue(8);
    QTest::mouseClick(window.findChild<QAbstractButton *>(QStringLiteral("play")), Qt::LeftButton);
    QVERIFY(waitFor(workspace, [](const TrainingReport &r) { return r.running && r.epoch >= 2; }));
    const quint64 generation = workspace.session().latest().generation;
    WorkspaceSpec spec = workspace.spec();

    // To Chinese from the menu, while training.
    apptest::languageAction(window, QStringLiteral("zh_CN"))->trigger();
    QTRY_COMPARE(window.windowTitle(), QStringLiteral("神经网络互动课堂"));
    QCOMPARE(window.findChild<QTabWidget *>(QStringLiteral("settingsTabs"))->tabText(0), QStringLiteral("数据"));
    checkTrainingGoesOn(window, spec, generation);
    // A change made in Chinese is named in Chinese, and in English after the switch back.
    chooseLearningRate(window, QStringLiteral("0.3"));
    spec = workspace.spec();
    QVERIFY(workspace.undoStack().undoText().contains(QRegularExpression(QStringLiteral("\\p{Han}"))));

    // Every visible text goes through a translator.
    apptest::MarkingTranslator marker;
    QCoreApplication::installTranslator(&marker);
    QTRY_COMPARE(window.windowTitle(), QStringLiteral("«Neural Lessons»"));
    checkTrainingGoesOn(window, spec, generation); // reports also bring marked texts
    forEveryTab(window, [&] {
        // A check that finds nothing to look at proves nothing.
        QVERIFY(shownTexts(window).size() > 200);
        if (qEnvironmentVariableIsSet("NL_PRINT_TEXTS"))
            for (const ShownText &shown : shownTexts(window))
                qInfo() << shown.where << shown.text;
        const QStringList missed = unmarked(window);
        QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("not retranslated:\n") + missed.join(QLatin1Char('\n'))));
    });
    // The command's name follows the language, inside Edit > Undo's own text.
    const QAction *undo = apptest::undoAction(window);
    QVERIFY2(undo->text().startsWith(QStringLiteral("«")) && undo->text().count(QStringLiteral("«")) == 2,
             qPrintable(undo->text()));
    QCoreApplication::removeTranslator(&marker);

    // Back to English from the menu: nothing Chinese stays behind.
    apptest::languageAction(window, QStringLiteral("en"))->trigger();
    QTRY_COMPARE(window.windowTitle(), QStringLiteral("Neural Lessons"));
    checkTrainingGoesOn(window, spec, generation);
    forEveryTab(window, [&] {
        const QStringList left = chinese(window);
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("still Chinese:\n") + left.join(QLatin1Char('\n'))));
    });
    QCOMPARE(workspace.undoStack().undoText(), QStringLiteral("Set the learning rate to 0.3"));
    QCOMPARE(window.findChild<QTabWidget *>(QStringLiteral("settingsTabs"))->tabText(0), QStringLiteral("Data"));
}

QTEST_MAIN(tst_LanguageSwitch)
#include "tst_languageswitch.moc"
