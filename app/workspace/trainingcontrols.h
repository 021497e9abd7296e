#pragma once
/**
 * @file trainingcontrols.h
 * TrainingControls: the compact bar that drives training: play/pause, one batch, one epoch,
 * reset to the same initial weights, new random initial weights, and a speed slider from "slow
 * enough to watch each update" to "as fast as the engine goes".
 *
 * The buttons show QActions, so the window can add the same actions to itself and have Space,
 * → and Shift+→ and R work wherever it wants them (Qt::WidgetWithChildrenShortcut: they do not
 * steal keys from text fields elsewhere). The play button follows the running flag of the
 * reports, not its own clicks, because the worker may stop by itself (epoch limit, early
 * stopping, divergence).
 */
#include <QWidget>

class QAction;
class QGridLayout;
class QLabel;
class QSlider;
class QToolButton;
class Workspace;
struct TrainingReport;

class TrainingControls : public QWidget {
    Q_OBJECT
public:
    explicit TrainingControls(Workspace *workspace, QWidget *parent = nullptr);

    QAction *playAction() const { return m_play; }          ///< Space
    QAction *stepAction() const { return m_step; }          ///< →
    QAction *stepEpochAction() const { return m_stepEpoch; } ///< Shift+→
    QAction *resetAction() const { return m_reset; }        ///< R
    QAction *reinitializeAction() const { return m_reinitialize; }
    /// Locks a control in a lesson step: "play", "step", "stepEpoch", "reset", "reinitialize", "speed".
    void setControlEnabled(const QString &id, bool enabled);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showReport(const TrainingReport &report);
    void updateStates();
    /// The media icons in the palette's button text colour (re-made on a palette change).
    void updateIcons();
    void reinitialize();
    QToolButton *addButton(QAction *action, const char *id);

    Workspace *m_workspace;
    QAction *m_play = nullptr;
    QAction *m_step = nullptr;
    QAction *m_stepEpoch = nullptr;
    QAction *m_reset = nullptr;
    QAction *m_reinitialize = nullptr;
    QList<QToolButton *> m_buttons;
    QLabel *m_speedLabel = nullptr;
    QSlider *m_speed = nullptr;
    QGridLayout *m_speedGrid = nullptr;
    QLabel *m_slowLabel = nullptr;
    QLabel *m_fastLabel = nullptr;
    QStringList m_locked;
    bool m_running = false;
    bool m_diverged = false;
};
