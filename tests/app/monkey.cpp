#include "monkey.h"

#include "apptesthelpers.h"

#include "datapanel.h"
#include "decisionboundaryview.h"
#include "mainwindow.h"
#include "networkview.h"
#include "workspacepage.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

namespace {
const QList<int> kComboKeys{Qt::Key_Down, Qt::Key_Down, Qt::Key_Up, Qt::Key_Home, Qt::Key_End};
const QList<int> kSliderKeys{Qt::Key_Right, Qt::Key_Left, Qt::Key_PageUp, Qt::Key_PageDown, Qt::Key_Home,
                             Qt::Key_End};
const QList<int> kSpinKeys{Qt::Key_Up, Qt::Key_Down, Qt::Key_PageUp, Qt::Key_PageDown};
const QStringList kDatasets{QStringLiteral("circle"), QStringLiteral("xor"),       QStringLiteral("gauss"),
                            QStringLiteral("spiral"), QStringLiteral("reg_plane"), QStringLiteral("reg_gauss"),
                            QStringLiteral("moons"),  QStringLiteral("blobs"),     QStringLiteral("spiral3"),
                            QStringLiteral("random_labels"), QStringLiteral("gauss_imbalanced"),
                            QStringLiteral("digits"), QStringLiteral("digits"),    QStringLiteral("custom"),
                            QStringLiteral("custom")};
const QStringList kFeatures{QStringLiteral("x1"),    QStringLiteral("x2"),     QStringLiteral("x1^2"),
                            QStringLiteral("x2^2"),  QStringLiteral("x1*x2"),  QStringLiteral("sin_x1"),
                            QStringLiteral("sin_x2")};
} // namespace

Monkey::Monkey(MainWindow &window, quint32 seed) : m_window(window), m_random(seed)
{
    addTrainingActions();
    addDataActions();
    addSettingsActions();
    addNetworkActions();
    addOtherActions();
}

void Monkey::add(const QString &name, int weight, std::function<bool()> run)
{
    m_actions.append({name, weight, std::move(run)});
    m_totalWeight += weight;
}

QString Monkey::act()
{
    // One time in four the same action again, at once: users double-click, and two clicks on a
    // picture the first one has made stale are where races hide. An action that is impossible at
    // the moment (the drawing tools on a generated set) draws another, a bounded number of times.
    const bool again = m_last >= 0 && m_random.bounded(4) == 0;
    for (int attempt = 0; attempt < 100; ++attempt) {
        int chosenIndex = 0;
        m_replaying = again && attempt == 0; // the same button or key, not just the same kind
        if (m_replaying) {
            chosenIndex = m_last;
            m_replayed = 0;
        } else {
            m_choices.clear();
            int ticket = static_cast<int>(m_random.bounded(m_totalWeight));
            while (ticket >= m_actions[chosenIndex].weight)
                ticket -= m_actions[chosenIndex++].weight;
        }
        const Action *chosen = &m_actions[chosenIndex];
        if (!chosen->run())
            continue;
        m_last = chosenIndex;
        ++m_counts[chosen->name];
        m_recent.append(chosen->name);
        if (m_recent.size() > 40)
            m_recent.removeFirst();
        return chosen->name;
    }
    return {};
}

void Monkey::addTrainingActions()
{
    for (const char *button : {"play", "step", "stepEpoch", "reset", "reinitialize"})
        add(QLatin1String(button), QLatin1String(button) == QLatin1String("play") ? 8 : 4,
            [this, name = QString::fromLatin1(button)] { return click(name); });
    add(QStringLiteral("speed"), 3, [this] { return press(QStringLiteral("speed"), kSliderKeys); });
    add(QStringLiteral("shortcut"), 3,
        [this] { return shortcut(QList<int>{Qt::Key_Space, Qt::Key_Right, Qt::Key_R}[pick(3)]); });
}

void Monkey::addDataActions()
{
    add(QStringLiteral("dataset"), 6, [this] { return click(QStringLiteral("dataset.") + oneOf(kDatasets)); });
    add(QStringLiteral("noise"), 2, [this] { return press(QStringLiteral("noise"), kSliderKeys); });
    for (const char *spin : {"samples", "classes", "positiveFraction", "dataSeed", "initSeed"})
        add(QLatin1String(spin), 1, [this, name = QString::fromLatin1(spin)] { return press(name, kSpinKeys); });
    add(QStringLiteral("split"), 4, [this] {
        const QString part = oneOf({QStringLiteral("train"), QStringLiteral("validation"), QStringLiteral("test")});
        return pick(4) == 0 ? press(QStringLiteral("split.%1.value").arg(part), kSpinKeys)
                            : press(QStringLiteral("split.") + part, kSliderKeys);
    });
    add(QStringLiteral("batchSize"), 3, [this] {
        return pick(2) == 0 ? press(QStringLiteral("batchSize"), kSpinKeys)
                            : type(QStringLiteral("batchSize"), QString::number(1 + pick(30)));
    });
    add(QStringLiteral("fullBatch"), 2, [this] { return click(QStringLiteral("fullBatch")); });
    add(QStringLiteral("regenerate"), 1, [this] { return click(QStringLiteral("regenerate")); });
    add(QStringLiteral("showTestData"), 2, [this] { return click(QStringLiteral("showTestData")); });
    add(QStringLiteral("drawPoint"), 8, [this] { return drawPoint(); });
    add(QStringLiteral("erasePoints"), 2, [this] { return erasePoints(); });
    add(QStringLiteral("drawClass"), 1, [this] { return click(QStringLiteral("drawClass.%1").arg(pick(4))); });
    add(QStringLiteral("clearPoints"), 2, [this] { return click(QStringLiteral("clearPoints")); });
    add(QStringLiteral("feature"), 5, [this] { return click(QStringLiteral("feature.") + oneOf(kFeatures)); });
}

void Monkey::addSettingsActions()
{
    add(QStringLiteral("learningRate"), 4, [this] { return press(QStringLiteral("learningRate"), kComboKeys); });
    add(QStringLiteral("learningRateTyped"), 2, [this] {
        return type(QStringLiteral("learningRate"),
                    oneOf({QStringLiteral("0.3"), QStringLiteral("1e-3"), QStringLiteral("abc"), QStringLiteral("-1"),
                           QStringLiteral("1000"), QStringLiteral("0,5"), QStringLiteral("10"), QString()}));
    });
    for (const char *combo :
         {"optimizer", "loss", "outputActivation", "initializer", "regularization", "regularizationRate"})
        add(QLatin1String(combo), 2, [this, name = QString::fromLatin1(combo)] { return press(name, kComboKeys); });
    add(QStringLiteral("dropout"), 2, [this] { return press(QStringLiteral("dropout"), kSpinKeys); });
    add(QStringLiteral("epochLimit"), 1, [this] {
        return pick(2) == 0 ? press(QStringLiteral("epochLimit"), kSpinKeys)
                            : type(QStringLiteral("epochLimit"), QString::number(pick(4) * 5));
    });
    add(QStringLiteral("patience"), 1, [this] { return press(QStringLiteral("patience"), kSpinKeys); });
    for (const char *check : {"reshuffle", "restoreBest"})
        add(QLatin1String(check), 1, [this, name = QString::fromLatin1(check)] { return click(name); });
}

void Monkey::addNetworkActions()
{
    add(QStringLiteral("addLayer"), 3, [this] { return click(QStringLiteral("hiddenLayersAdd")); });
    add(QStringLiteral("removeLayer"), 3, [this] { return click(QStringLiteral("hiddenLayersRemove")); });
    // Layer 3 may not exist: then another action is drawn.
    add(QStringLiteral("addNeuron"), 4, [this] { return click(QStringLiteral("layerNeurons%1Add").arg(pick(4))); });
    add(QStringLiteral("removeNeuron"), 4,
        [this] { return click(QStringLiteral("layerNeurons%1Remove").arg(pick(4))); });
    add(QStringLiteral("activation"), 3, [this] { return press(QStringLiteral("activationCombo"), kComboKeys); });
    add(QStringLiteral("editWeight"), 2, [this] { return editWeight(); });
}

void Monkey::addOtherActions()
{
    add(QStringLiteral("undo"), 6, [this] { return undoOrRedo(true); });
    add(QStringLiteral("redo"), 4, [this] { return undoOrRedo(false); });
    add(QStringLiteral("language"), 2, [this] { return switchLanguage(); });
    for (const char *check : {"discretize", "highlightMisclassified", "logScaleBox", "clearOldRunsButton", "dismiss",
                              "lowerLearningRate", "resetToStart"})
        add(QLatin1String(check), 1, [this, name = QString::fromLatin1(check)] { return click(name); });
    add(QStringLiteral("confusionSplit"), 1, [this] { return press(QStringLiteral("splitBox"), kComboKeys); });
    add(QStringLiteral("tab"), 2, [this] {
        const QString name = QStringList{QStringLiteral("settingsTabs"), QStringLiteral("resultTabs"),
                                         QStringLiteral("chartTabs")}[pick(3)];
        auto *tabs = find<QTabWidget>(name);
        QTabBar *bar = tabs ? tabs->tabBar() : find<QTabBar>(name);
        if (!reveal(bar))
            return false;
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(pick(bar->count())).center());
        return true;
    });
}

QString Monkey::oneOf(const QStringList &choices)
{
    return choices[pick(static_cast<int>(choices.size()))];
}

int Monkey::pick(int n)
{
    if (m_replaying && m_replayed < m_choices.size())
        return m_choices[m_replayed++] % n;
    const int choice = static_cast<int>(m_random.bounded(n));
    m_choices.append(choice);
    return choice;
}

template <typename T>
T *Monkey::find(const QString &name) const
{
    // The first visible one: a name can be on a hidden widget too (a deleted dialog's leftovers).
    const QList<T *> all = m_window.findChildren<T *>(name);
    for (T *widget : all)
        if (widget->isVisible())
            return widget;
    return all.isEmpty() ? nullptr : all.front();
}

bool Monkey::reveal(QWidget *widget) const
{
    if (!widget)
        return false;
    for (QWidget *child = widget; child && child != &m_window; child = child->parentWidget()) {
        auto *stack = qobject_cast<QStackedWidget *>(child->parentWidget());
        auto *tabs = stack ? qobject_cast<QTabWidget *>(stack->parentWidget()) : nullptr;
        if (tabs && tabs->currentWidget() != child) {
            QTabBar *bar = tabs->tabBar();
            QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tabs->indexOf(child)).center());
        }
    }
    for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget())
        if (auto *area = qobject_cast<QScrollArea *>(parent))
            area->ensureWidgetVisible(widget);
    return widget->isVisible() && widget->isEnabled();
}

bool Monkey::click(const QString &name)
{
    auto *button = find<QAbstractButton>(name);
    if (!reveal(button))
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

bool Monkey::press(const QString &name, const QList<int> &keys)
{
    auto *widget = find<QWidget>(name);
    if (!reveal(widget))
        return false;
    QTest::keyClick(widget, static_cast<Qt::Key>(keys[pick(keys.size())]));
    return true;
}

bool Monkey::type(const QString &name, const QString &text)
{
    auto *widget = find<QWidget>(name);
    if (!reveal(widget))
        return false;
    QLineEdit *line = widget->findChild<QLineEdit *>();
    if (!line)
        return false;
    line->setFocus();
    line->selectAll();
    QTest::keyClicks(line, text);
    QTest::keyClick(line, Qt::Key_Return);
    return true;
}

bool Monkey::drawPoint()
{
    auto *plot = m_window.findChild<DecisionBoundaryView *>();
    if (!m_window.workspacePage()->dataPanel()->isDrawing() || !reveal(plot))
        return false; // not the custom set: clicks in the plot draw nothing
    const QPointF plane(m_random.bounded(11.0) - 5.5, m_random.bounded(11.0) - 5.5);
    const Qt::MouseButton button = pick(4) == 0 ? Qt::RightButton : Qt::LeftButton;
    QTest::mouseClick(plot, button, {}, plot->planeToWidget(plane).toPoint());
    return true;
}

bool Monkey::erasePoints()
{
    auto *plot = m_window.findChild<DecisionBoundaryView *>();
    if (!m_window.workspacePage()->dataPanel()->isDrawing() || !reveal(plot))
        return false;
    QPoint at = plot->planeToWidget(QPointF(m_random.bounded(8.0) - 4, m_random.bounded(8.0) - 4)).toPoint();
    QTest::mousePress(plot, Qt::RightButton, {}, at);
    for (int step = 0; step < 6; ++step) {
        at += QPoint(pick(41) - 20, pick(41) - 20);
        QTest::mouseMove(plot, at);
    }
    QTest::mouseRelease(plot, Qt::RightButton, {}, at);
    return true;
}

bool Monkey::editWeight()
{
    auto *network = m_window.findChild<NetworkView *>();
    auto *canvas = network ? network->findChild<QWidget *>(QStringLiteral("networkCanvas")) : nullptr;
    if (!reveal(canvas))
        return false;
    // A user reads the value before typing a new one: the network on screen is the worker's.
    // (Clicked on a view that queued edits have made stale, the worker refuses the index.)
    Workspace &workspace = m_window.workspace();
    if (!apptest::waitFor(workspace, [&](const TrainingReport &) { return workspace.session().isCaughtUp(); }))
        return false;
    // A bias marker of the first neuron of a random layer (level 1 = first engine layer).
    const QRectF bias = network->biasRect(1 + pick(2), 0);
    if (bias.isEmpty())
        return false;
    QTest::mouseClick(canvas, Qt::LeftButton, {}, (bias.center() - canvas->pos()).toPoint());
    auto *dialog = find<QWidget>(QStringLiteral("weightEditDialog"));
    if (!dialog || !dialog->isVisible())
        return true; // the click missed (the layout moved): still an action
    auto *line = dialog->findChild<QLineEdit *>(QStringLiteral("weightEdit"));
    line->selectAll();
    const QStringList values{QStringLiteral("0.5"), QStringLiteral("-2"), QStringLiteral("abc"), QStringLiteral("1e9")};
    QTest::keyClicks(line, oneOf(values));
    QTest::keyClick(line, Qt::Key_Return);
    if (dialog->isVisible())
        QTest::keyClick(line, Qt::Key_Escape); // refused entry: give up, as a user would
    return true;
}

bool Monkey::undoOrRedo(bool undo)
{
    // Half of the time by keyboard (Ctrl+Z / Ctrl+Shift+Z), else from the Edit menu.
    if (pick(2) == 0) {
        m_window.activateWindow();
        m_window.workspacePage()->setFocus();
        if (undo)
            QTest::keyClick(&m_window, Qt::Key_Z, Qt::ControlModifier);
        else
            QTest::keyClick(&m_window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        return true;
    }
    QAction *action = apptest::undoAction(m_window, undo);
    if (!action->isEnabled())
        return false;
    action->trigger();
    return true;
}

bool Monkey::switchLanguage()
{
    QAction *english = apptest::languageAction(m_window, QStringLiteral("en"));
    (english->isChecked() ? apptest::languageAction(m_window, QStringLiteral("zh_CN")) : english)->trigger();
    return true;
}

bool Monkey::shortcut(int key)
{
    WorkspacePage *page = m_window.workspacePage();
    m_window.activateWindow();
    page->setFocus();
    QTest::keyClick(page, static_cast<Qt::Key>(key));
    return true;
}
