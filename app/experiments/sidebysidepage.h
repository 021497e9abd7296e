#pragma once
/**
 * @file sidebysidepage.h
 * SideBySidePage: two to four models trained in lockstep on the same data (issue 5): one column
 * per model (its boundary, network, learning rate and hidden layers), one chart overlaying their
 * curves, and one set of buttons (Train/Pause, Step epoch, Reset) driving them all. Free play
 * opens it as a window ("Compare side by side…") with the workspace as model A and a copy as B;
 * lesson steps with a `sideBySide` block show it as their stage.
 *
 * Reports can arrive hundreds of times a second (one per model and epoch); the views are redrawn
 * from the latest ones at most ~30 times a second, so the GUI stays responsive.
 */
#include "sidebysidecontroller.h"

#include <QList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QHBoxLayout;
class QSplitter;
class SideBySideChart;
class SideBySideColumn;

class SideBySidePage : public QWidget {
    Q_OBJECT
public:
    explicit SideBySidePage(QWidget *parent = nullptr);

    SideBySideController &controller() { return m_controller; }
    const SideBySideController &controller() const { return m_controller; }
    SideBySideChart *chart() const { return m_chart; }
    SideBySideColumn *column(int index) const { return m_columns.value(index); }
    QPushButton *playButton() const { return m_play; }
    QPushButton *stepButton() const { return m_step; }
    QPushButton *resetButton() const { return m_reset; }
    QPushButton *addButton() const { return m_add; }

    /// Free play: `spec` as model A and a copy as model B, paused at epoch 0.
    void openFrom(const WorkspaceSpec &spec);
    /// "Compare side by side…": a window of `owner` (the one already open, or a new one) showing
    /// openFrom(spec). Closing the window ends its models' training.
    static SideBySidePage *openWindow(QWidget *owner, const WorkspaceSpec &spec);
    /// A lesson's models (ids as the lesson names them).
    void loadModels(const QList<WorkspaceSpec> &specs, const QStringList &ids);
    /// What the student may change (a lesson step's unlocks; all true in free play). Settings are
    /// editable only while the models are paused in any case.
    void setAllowed(bool learningRate, bool hiddenLayers, bool addRemove);
    /// Starts every model over and trains them in lockstep to `epochs` (a lesson step's action).
    void runTo(int epochs);

signals:
    /// The views show the latest numbers (at most ~30 times a second, and when training stops).
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildColumns();
    void scheduleRefresh();
    void refresh();
    void updateControls();
    void addModel();

    SideBySideController m_controller;
    QPushButton *m_play = nullptr;
    QPushButton *m_step = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_epoch = nullptr;
    QSplitter *m_splitter = nullptr;
    QScrollArea *m_scroll = nullptr;
    QHBoxLayout *m_columnRow = nullptr;
    QList<SideBySideColumn *> m_columns;
    QList<quint64> m_dataGenerations;
    SideBySideChart *m_chart = nullptr;
    QTimer m_refresh;
    bool m_allowRate = true;
    bool m_allowHidden = true;
    bool m_allowAddRemove = true;
};
