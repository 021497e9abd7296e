#pragma once
/**
 * @file lessonpage.h
 * LessonPage: a lesson on screen — the step column (StepPanel) beside the lesson's stage: the
 * workspace, or the loss bowl (P7), the output-layer calculator (P8), the activation plot, or
 * the workspace with the code panel (P10). It owns the LessonSession and implements the
 * session's stage host; panels a step asks the student to watch get a highlight ring.
 */
#include "lessonstagehost.h"

#include <QPointer>
#include <QWidget>

class ActivationPlotStage;
class CodePanel;
class Lesson;
class LessonSession;
class LossBowlStage;
class OutputCalculatorStage;
class PanelHighlight;
class QSplitter;
class QStackedWidget;
class SideBySidePage;
class StepPanel;
class UpdateReplay;
class WorkspacePage;

class LessonPage : public QWidget, public LessonStageHost {
    Q_OBJECT
public:
    /// The page takes `workspace` into its stage area (it stays owned by this page).
    explicit LessonPage(WorkspacePage *workspace, QWidget *parent = nullptr);
    ~LessonPage() override;

    LessonSession *session() const { return m_session; }
    StepPanel *stepPanel() const { return m_panel; }
    WorkspacePage *workspacePage() const { return m_workspace; }
    LossBowlStage *lossBowl() const { return m_bowl; }
    OutputCalculatorStage *calculator() const { return m_calculator; }
    ActivationPlotStage *activationPlot() const { return m_plot; }
    CodePanel *codePanel() const { return m_code; }
    UpdateReplay *updateReplay() const { return m_replay; }
    SideBySidePage *sideBySide() const { return m_sideBySide; }

    void startLesson(const Lesson &lesson, int step = 0);
    /// Free play (自由探索): the workspace alone, every control unlocked, no lesson column.
    void showFreePlay();
    void setLanguage(const QString &language);
    void setTeacherMode(bool teacher);
    /// The stage currently shown ("workspace", "lossBowl", …).
    QString currentStage() const { return m_stage; }

    // LessonStageHost
    void showStage(const QString &stage, const PresetState &state, bool fresh) override;
    void setStageUnlocked(const QStringList &unlocked) override;
    void runBowl(int steps) override;
    void addStageVariables(MetricsSnapshot &snapshot) const override;
    bool startUpdateReplay() override;
    bool isReplaying() const override;
    void runSideBySide(int epochs) override;
    int sideBySideEpoch() const override;
    bool isSideBySideRunning() const override;
    void addSideBySideRuns(QHash<QString, MetricsSnapshot> &runs) const override;

signals:
    void lessonListRequested();
    void termActivated(const QString &termId);

private:
    void updateHighlights();
    void updateAnswerVisibility();

    WorkspacePage *m_workspace;
    LessonSession *m_session = nullptr;
    StepPanel *m_panel = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_stages = nullptr;
    QWidget *m_codeStage = nullptr;   ///< the workspace column next to the code panel
    QSplitter *m_codeSplitter = nullptr;
    LossBowlStage *m_bowl = nullptr;
    OutputCalculatorStage *m_calculator = nullptr;
    ActivationPlotStage *m_plot = nullptr;
    CodePanel *m_code = nullptr;
    UpdateReplay *m_replay = nullptr;
    SideBySidePage *m_sideBySide = nullptr;
    QString m_stage = QStringLiteral("workspace");
    QList<QPointer<PanelHighlight>> m_highlights;
};
