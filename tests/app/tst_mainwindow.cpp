// The main window follows LanguageManager at run time, switches to a dark palette that it
// remembers, describes every workspace control (tooltip, accessible name), and the command
// line accepts exactly the languages the manager supports.
#include "commandline.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "metricchart.h"
#include "workspacepage.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

Q_DECLARE_METATYPE(CommandLine::Action)

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void switchesLanguageAtRunTime();
    void darkPaletteIsRememberedAndReachesTheViews();
    void everyControlIsDescribed();
    void parsesDarkFlag();
    void rejectsUnknownLanguage();
    void parsesCommandLine_data();
    void parsesCommandLine();
    void needsDisplay_data();
    void needsDisplay();
    void executableExitCodes_data();
    void executableExitCodes();
};

void tst_MainWindow::switchesLanguageAtRunTime()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    MainWindow window(&languages);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
    QVERIFY(tabs);
    QCOMPARE(window.windowTitle(), QStringLiteral("Neural Lessons"));
    QCOMPARE(tabs->tabText(0), QStringLiteral("Data"));

    QSignalSpy changed(&languages, &LanguageManager::languageChanged);
    QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("zh_CN"));
    // LanguageChange is posted to top-level widgets, so wait for it to be delivered.
    QTRY_COMPARE(window.windowTitle(), QStringLiteral("神经网络互动课堂"));
    QTRY_COMPARE(tabs->tabText(0), QStringLiteral("数据"));
    QCOMPARE(window.menuBar()->actions().last()->text(), QStringLiteral("语言(&L)"));

    // The language menu's check mark follows the manager.
    const QList<QAction *> actions = window.menuBar()->actions().last()->menu()->actions();
    QCOMPARE(actions.size(), 2);
    QVERIFY(!actions.at(0)->isChecked());
    QVERIFY(actions.at(1)->isChecked());

    // Choosing English from the menu goes through the manager and back to the source strings.
    actions.at(0)->trigger();
    QCOMPARE(languages.language(), QStringLiteral("en"));
    QTRY_COMPARE(window.windowTitle(), QStringLiteral("Neural Lessons"));
    QTRY_COMPARE(tabs->tabText(0), QStringLiteral("Data"));
    QVERIFY(actions.at(0)->isChecked());
}

void tst_MainWindow::initTestCase()
{
    // Settings go to a test location (~/.qttest), never to the user's own.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("neural-lessons-tests"));
    QSettings().clear();
}

void tst_MainWindow::darkPaletteIsRememberedAndReachesTheViews()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    MainWindow window(&languages);
    QAction *dark = window.darkPaletteAction();
    QVERIFY(dark && dark->isCheckable());
    QVERIFY(!dark->isChecked());
    QVERIFY(!dark->toolTip().isEmpty());
    const int lightWindow = QApplication::palette().color(QPalette::Window).lightness();
    QVERIFY(lightWindow > 128);
    auto *chart = window.findChild<MetricChart *>();
    QVERIFY(chart);
    QVERIFY(chart->chart()->backgroundBrush().color().lightness() > 128);

    dark->trigger(); // as from the menu
    QVERIFY(dark->isChecked());
    const QPalette palette = QApplication::palette();
    QVERIFY(palette.color(QPalette::Window).lightness() < 80);
    QVERIFY(palette.color(QPalette::WindowText).lightness() > 200);
    QCOMPARE(QSettings().value(QStringLiteral("view/darkPalette")).toBool(), true);
    // A custom-painted view follows: the chart's background comes from the palette.
    QTRY_VERIFY(chart->chart()->backgroundBrush().color().lightness() < 80);

    {
        MainWindow next(&languages); // the next start remembers the choice
        QVERIFY(next.darkPaletteAction()->isChecked());
    }

    dark->trigger();
    QVERIFY(!dark->isChecked());
    QCOMPARE(QApplication::palette().color(QPalette::Window).lightness(), lightWindow);
    QCOMPARE(QSettings().value(QStringLiteral("view/darkPalette")).toBool(), false);
    QTRY_VERIFY(chart->chart()->backgroundBrush().color().lightness() > 128);

    // Checking it without the menu (--dark) switches, but does not change what is remembered.
    dark->setChecked(true);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    QCOMPARE(QSettings().value(QStringLiteral("view/darkPalette")).toBool(), false);
    dark->setChecked(false);
}

void tst_MainWindow::everyControlIsDescribed()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    MainWindow window(&languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QStringList missing;
    int controls = 0;
    const auto describe = [](const QWidget *widget) {
        return QStringLiteral("%1 \"%2\" in %3")
            .arg(QLatin1String(widget->metaObject()->className()), widget->objectName(),
                 widget->parentWidget() ? QLatin1String(widget->parentWidget()->metaObject()->className())
                                        : QLatin1String("-"));
    };
    const QList<QWidget *> widgets = window.workspacePage()->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        QWidget *parent = widget->parentWidget();
        if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->tabToolTip(i).isEmpty())
                    missing << describe(widget) + QStringLiteral(": tab %1 has no tooltip").arg(i);
            }
            continue;
        }
        // Parts of other controls: a tab bar's scroll arrows, a spin box's or combo's editor;
        // scroll areas only hold controls.
        if (qobject_cast<QTabBar *>(parent) || qobject_cast<QAbstractSpinBox *>(parent)
            || qobject_cast<QComboBox *>(parent)
            || qobject_cast<QScrollBar *>(widget) || qobject_cast<QAbstractScrollArea *>(widget)
            || qobject_cast<QAbstractScrollArea *>(parent) || qobject_cast<QTabWidget *>(widget))
            continue;
        const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QAbstractSlider *>(widget)
            || qobject_cast<QLineEdit *>(widget) || (widget->focusPolicy() & Qt::TabFocus);
        if (!control)
            continue;
        ++controls;
        if (widget->toolTip().isEmpty())
            missing << describe(widget) + QStringLiteral(": no tooltip");
        // What a screen reader says: the accessible name, else a button's text or a buddy label's.
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            missing << describe(widget) + QStringLiteral(": no accessible name");
    }
    QVERIFY2(controls > 50, qPrintable(QString::number(controls))); // the walk reached the workspace
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void tst_MainWindow::parsesDarkFlag()
{
    CommandLine commandLine;
    const QString app = QStringLiteral("neural-lessons");
    QCOMPARE(commandLine.parse({app, QStringLiteral("--dark")}), CommandLine::Action::Run);
    QVERIFY(commandLine.darkPalette());
    QCOMPARE(commandLine.parse({app, QStringLiteral("--lang"), QStringLiteral("en")}), CommandLine::Action::Run);
    QVERIFY(!commandLine.darkPalette());
    QVERIFY(CommandLine::helpText().contains(QStringLiteral("--dark")));
}

void tst_MainWindow::rejectsUnknownLanguage()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
    QSignalSpy changed(&languages, &LanguageManager::languageChanged);
    QVERIFY(!languages.setLanguage(QStringLiteral("xx")));
    QCOMPARE(languages.language(), QStringLiteral("zh_CN"));
    QCOMPARE(changed.count(), 0);
    QVERIFY(LanguageManager::isSupported(LanguageManager::systemLanguage()));
}

void tst_MainWindow::parsesCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<CommandLine::Action>("action");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("errorMentions");

    const QString app = QStringLiteral("neural-lessons");
    QTest::newRow("none") << QStringList{app} << CommandLine::Action::Run << QString() << QString();
    QTest::newRow("zh_CN") << QStringList{app, "--lang", "zh_CN"} << CommandLine::Action::Run
                           << "zh_CN" << QString();
    QTest::newRow("en=") << QStringList{app, "--lang=en"} << CommandLine::Action::Run << "en"
                         << QString();
    QTest::newRow("xx") << QStringList{app, "--lang", "xx"} << CommandLine::Action::Error
                        << QString() << "xx";
    QTest::newRow("no value") << QStringList{app, "--lang"} << CommandLine::Action::Error
                              << QString() << "lang";
    QTest::newRow("unknown") << QStringList{app, "--bogus"} << CommandLine::Action::Error
                             << QString() << "bogus";
    QTest::newRow("file") << QStringList{app, "run.nlw"} << CommandLine::Action::Run << QString() << QString();
    QTest::newRow("two files") << QStringList{app, "run.nlw", "extra"} << CommandLine::Action::Error
                               << QString() << "extra";
    QTest::newRow("help") << QStringList{app, "--help"} << CommandLine::Action::ShowHelp
                          << QString() << QString();
    QTest::newRow("zh help") << QStringList{app, "--lang", "zh_CN", "-h"}
                             << CommandLine::Action::ShowHelp << "zh_CN" << QString();
    QTest::newRow("version") << QStringList{app, "--version"} << CommandLine::Action::ShowVersion
                             << QString() << QString();
}

void tst_MainWindow::parsesCommandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(CommandLine::Action, action);
    QFETCH(QString, language);
    QFETCH(QString, errorMentions);

    CommandLine commandLine;
    QCOMPARE(commandLine.parse(arguments), action);
    QCOMPARE(commandLine.language(), language);
    if (action == CommandLine::Action::Error)
        QVERIFY2(commandLine.errorText().contains(errorMentions), qPrintable(commandLine.errorText()));
    else
        QVERIFY(commandLine.errorText().isEmpty());
    if (action == CommandLine::Action::ShowHelp)
        QVERIFY(CommandLine::helpText().contains(QStringLiteral("--lang")));
}

void tst_MainWindow::needsDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("needsDisplay");
    QTest::newRow("none") << QStringList{"app"} << true;
    QTest::newRow("lang") << QStringList{"app", "--lang", "zh_CN"} << true;
    QTest::newRow("lang=") << QStringList{"app", "--lang=en"} << true;
    // Qt's own options are still in the raw arguments; they are QApplication's business.
    QTest::newRow("qt option") << QStringList{"app", "-platform", "offscreen"} << true;
    QTest::newRow("help") << QStringList{"app", "--help"} << false;
    QTest::newRow("zh version") << QStringList{"app", "--lang", "zh_CN", "--version"} << false;
    QTest::newRow("bad lang") << QStringList{"app", "--lang", "xx"} << false;
    QTest::newRow("bad lang=") << QStringList{"app", "--lang=xx"} << false;
    QTest::newRow("lang no value") << QStringList{"app", "--lang"} << false;
    // The program name is not an argument, whatever it is called.
    QTest::newRow("program name") << QStringList{"--help"} << true;
}

void tst_MainWindow::needsDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, needsDisplay);
    QCOMPARE(CommandLine::needsDisplay(arguments), needsDisplay);
}

void tst_MainWindow::executableExitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("output");
    QTest::newRow("version") << QStringList{"--version"} << 0 << QStringLiteral(NL_VERSION);
    QTest::newRow("help zh") << QStringList{"--lang", "zh_CN", "--help"} << 0
                             << QStringLiteral("界面语言");
    QTest::newRow("bad lang") << QStringList{"--lang", "xx"} << 2 << QStringLiteral("xx");
    QTest::newRow("no lang") << QStringList{"--lang"} << 2 << QStringLiteral("--help");
}

void tst_MainWindow::executableExitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, output);

    // No display on purpose: these answers must not need one (CI, ssh).
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(NL_APP_EXECUTABLE), arguments);
    QVERIFY2(process.waitForFinished(10000), qPrintable(process.errorString()));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), exitCode);
    const QString all = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    QVERIFY2(all.contains(output), qPrintable(all));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
