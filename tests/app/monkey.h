#pragma once
// A seeded "monkey" for GUI tests: fires random user actions at the real widgets of a
// MainWindow, found by objectName the way a user finds them by sight. Every action acts only on
// a visible, enabled widget (switching the tab that holds it first, as a user would), and the
// same seed gives the same sequence of actions.
#include <QMap>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <functional>

class MainWindow;
class QAbstractButton;
class QWidget;

class Monkey {
public:
    Monkey(MainWindow &window, quint32 seed);

    /// Fires one random action that is possible now; returns its name.
    QString act();
    /// How often each action ran.
    const QMap<QString, int> &counts() const { return m_counts; }
    /// The latest actions, oldest first (to print when a check fails).
    const QStringList &recent() const { return m_recent; }

private:
    struct Action {
        QString name;
        int weight;
        std::function<bool()> run; ///< false when not possible now (hidden or disabled widget)
    };

    void addTrainingActions();
    void addDataActions();
    void addSettingsActions();
    void addNetworkActions();
    void addOtherActions();
    void add(const QString &name, int weight, std::function<bool()> run);

    template <typename T>
    T *find(const QString &name) const;
    /// Makes `widget` visible like a user would (its tab, its scroll position); false when it
    /// still cannot be used (hidden row, locked, disabled).
    bool reveal(QWidget *widget) const;
    bool click(const QString &name);
    /// Presses one of `keys` on the named widget (combo boxes, sliders, spin boxes).
    bool press(const QString &name, const QList<int> &keys);
    /// Types `text` into the named spin or combo box and presses Enter.
    bool type(const QString &name, const QString &text);
    bool drawPoint();
    bool erasePoints();
    bool editWeight();
    bool undoOrRedo(bool undo);
    bool switchLanguage();
    bool shortcut(int key);
    /// A random number below n; when an action is repeated, the numbers it drew last time.
    int pick(int n);
    QString oneOf(const QStringList &choices);

    MainWindow &m_window;
    QRandomGenerator m_random;
    QList<Action> m_actions;
    int m_totalWeight = 0;
    int m_last = -1;          ///< index of the previous action
    QList<int> m_choices;     ///< what the previous action drew with pick()
    bool m_replaying = false;
    int m_replayed = 0;
    QMap<QString, int> m_counts;
    QStringList m_recent;
};
