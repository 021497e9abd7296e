#include "lessonpage.h"

#include "activationplotstage.h"
#include "codepanel.h"
#include "headlessrun.h"
#include "lessonlocks.h"
#include "lessonsession.h"
#include "lossbowlstage.h"
#include "outputcalculatorstage.h"
#include "panelhighlight.h"
#include "sidebysidepage.h"
#include "steppanel.h"
#include "updatereplay.h"
#include "workspacepage.h"

#include <QHBoxLayout>
#include <algorithm>
#include <QSplitter>
#include <QStackedWidget>

LessonPage::LessonPage(WorkspacePage *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("lessonPage"));
    m_stages = new QStackedWidget;
    m_stages->setObjectName(QStringLiteral("lessonStages"));
    m_bowl = new LossBowlStage;
    m_calculator = new OutputCalculatorStage;
    m_plot = new ActivationPlotStage;
    m_code = new CodePanel;
    // The code stage puts the listing under the workspace: both need the full width (the
    // workspace's three columns, the listing's ~80-column lines), so they share the height.
    m_codeSplitter = new QSplitter(Qt::Vertical);
    m_codeSplitter->setObjectName(QStringLiteral("codeStage"));
    m_codeSplitter->setChildrenCollapsible(false);
    m_codeSplitter->addWidget(m_code);
    m_stages->addWidget(m_workspace);
    m_stages->addWidget(m_bowl);
    m_stages->addWidget(m_calculator);
    m_stages->addWidget(m_plot);
    m_stages->addWidget(m_codeSplitter);
    m_sideBySide = new SideBySidePage;
    m_stages->addWidget(m_sideBySide);

    m_code->setSession(&m_workspace->workspace().session());
    m_session = new LessonSession(m_workspace, this, this);
    m_replay = new UpdateReplay(m_workspace, m_code, this);
    connect(m_replay, &UpdateReplay::finished, m_session, &LessonSession::stageChanged);
    connect(m_sideBySide, &SideBySidePage::refreshed, m_session, &LessonSession::stageChanged);
    m_panel = new StepPanel(m_session);
    m_panel->setMinimumWidth(320);
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->addWidget(m_panel);
    m_splitter->addWidget(m_stages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({380, 900});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    m_panel->hide();

    connect(m_panel, &StepPanel::lessonListRequested, this, &LessonPage::lessonListRequested);
    connect(m_panel, &StepPanel::termActivated, this, &LessonPage::termActivated);
    connect(m_session, &LessonSession::stepChanged, this, &LessonPage::updateHighlights);
    // The listing follows every change the student makes to the workspace (R7).
    connect(&m_workspace->workspace(), &Workspace::specChanged, m_code, &CodePanel::setSpec);
    connect(m_bowl, &LossBowlStage::changed, m_session, &LessonSession::stageChanged);
    connect(m_calculator, &OutputCalculatorStage::changed, m_session, &LessonSession::stageChanged);
    connect(m_session, &LessonSession::stepChanged, this, &LessonPage::updateAnswerVisibility);
    connect(m_session, &LessonSession::progressChanged, this, &LessonPage::updateAnswerVisibility);
}

LessonPage::~LessonPage() = default;

void LessonPage::startLesson(const Lesson &lesson, int step)
{
    m_panel->show();
    m_session->start(lesson, step);
}

void LessonPage::showFreePlay()
{
    m_panel->hide();
    showStage(QStringLiteral("workspace"), PresetState::defaults(), false);
    LessonLocks::unlockAll(*m_workspace);
    qDeleteAll(m_highlights);
    m_highlights.clear();
}

void LessonPage::setLanguage(const QString &language)
{
    m_panel->setLanguage(language);
}

void LessonPage::setTeacherMode(bool teacher)
{
    m_panel->setTeacherMode(teacher);
}

void LessonPage::showStage(const QString &stage, const PresetState &state, bool fresh)
{
    m_replay->stop(); // a new step, preset or solution: the replayed update is history
    fresh = fresh || stage != m_stage;
    m_stage = stage;
    // The workspace is one widget: it moves next to the code panel for the code stage.
    if (stage == QLatin1String("code")) {
        if (m_workspace->parentWidget() != m_codeSplitter) {
            m_stages->removeWidget(m_workspace);
            m_codeSplitter->insertWidget(0, m_workspace);
            m_workspace->show(); // the stack hid it while it was not the current page
            const int lines = m_code->fontMetrics().height() * 11;
            m_codeSplitter->setSizes({std::max(300, m_codeSplitter->height() - lines), lines});
            m_workspace->setChartsFirst(true);
        }
        m_code->setSpec(m_workspace->workspace().spec());
        m_code->highlight(m_session->isActive() && !m_session->isFreeMode() ? m_session->step().code : QStringList());
        m_stages->setCurrentWidget(m_codeSplitter);
        return;
    }
    if (m_workspace->parentWidget() == m_codeSplitter) {
        m_workspace->setParent(nullptr);
        m_stages->insertWidget(0, m_workspace);
        m_workspace->setChartsFirst(false);
    }
    if (stage == QLatin1String("lossBowl")) {
        if (fresh) {
            m_bowl->setLearningRate(state.bowlLearningRate);
            m_bowl->setStart(state.bowlW0);
        }
        m_stages->setCurrentWidget(m_bowl);
    } else if (stage == QLatin1String("outputCalculator")) {
        if (fresh) {
            m_calculator->setLabel(state.calcLabel);
            state.calcUsesLogits ? m_calculator->setLogits(state.calcLogits) : m_calculator->setOutputs(state.calcOutputs);
        }
        m_stages->setCurrentWidget(m_calculator);
    } else if (stage == QLatin1String("activationPlot")) {
        m_stages->setCurrentWidget(m_plot);
    } else if (stage == QLatin1String("sideBySide")) {
        if (fresh) {
            // Every model is the step's state with its own settings on top (FORMAT.md).
            const LessonSideBySide &models = m_session->step().sideBySide;
            QList<WorkspaceSpec> specs;
            QStringList ids;
            for (const CompareRun &model : models.models) {
                PresetState variant = state;
                variant.apply(model.set);
                specs.append(variant.spec);
                ids.append(model.id);
            }
            m_sideBySide->controller().setEpochLimit(models.epochs);
            m_sideBySide->loadModels(specs, ids);
        }
        m_stages->setCurrentWidget(m_sideBySide);
    } else {
        m_stages->setCurrentWidget(m_workspace);
    }
}

void LessonPage::setStageUnlocked(const QStringList &unlocked)
{
    const bool all = unlocked.contains(QStringLiteral("*"));
    auto open = [&](const QString &id) { return all || unlocked.contains(id); };
    m_bowl->setLearningRateLocked(!open(QStringLiteral("bowl.lr")));
    // The bowl's own buttons are the step's action unless the step hands them over.
    m_bowl->setButtonsLocked(!open(QStringLiteral("train")) && !open(QStringLiteral("bowl.lr")));
    for (int i = 0; i < OutputCalculator::kClasses; ++i)
        m_calculator->setLogitLocked(i, !open(QStringLiteral("calc.logit%1").arg(i)));
    m_calculator->setLabelLocked(!open(QStringLiteral("calc.label")));
    m_plot->setXLocked(!open(QStringLiteral("plot.x")));
    // Lessons define their models: adding and removing them is for free play.
    m_sideBySide->setAllowed(open(QStringLiteral("training.lr")), open(QStringLiteral("network.hidden")), false);
}

void LessonPage::runBowl(int steps)
{
    m_bowl->step(steps);
}

void LessonPage::addStageVariables(MetricsSnapshot &snapshot) const
{
    HeadlessRun::addBowl(m_bowl->model(), snapshot);
    HeadlessRun::addCalculator(m_calculator->model(), snapshot);
}

bool LessonPage::startUpdateReplay()
{
    if (m_stage != QLatin1String("code"))
        return false;
    m_replay->start(m_session->step().code);
    return true;
}

bool LessonPage::isReplaying() const
{
    return m_replay->isRunning();
}

void LessonPage::runSideBySide(int epochs)
{
    m_sideBySide->runTo(epochs);
}

int LessonPage::sideBySideEpoch() const
{
    return m_sideBySide->controller().epoch();
}

bool LessonPage::isSideBySideRunning() const
{
    return m_sideBySide->controller().isPlaying() || m_sideBySide->controller().isStepping();
}

void LessonPage::addSideBySideRuns(QHash<QString, MetricsSnapshot> &runs) const
{
    const SideBySideController &controller = m_sideBySide->controller();
    for (int i = 0; i < controller.count(); ++i)
        runs.insert(controller.id(i), controller.snapshot(i));
}

void LessonPage::updateAnswerVisibility()
{
    // R1: what the stage would give away (the next step's arrow, the SSE, ✓/✗) stays hidden
    // until the student has committed to a prediction.
    const bool waiting = m_session->isActive() && !m_session->isFreeMode() && m_session->step().hasPrediction
                         && !m_session->progress().predicted;
    m_bowl->setNextStepShown(!waiting);
    if (auto *count = m_workspace->findChild<QWidget *>(QStringLiteral("parameterCountLabel")))
        count->setVisible(!(waiting && m_session->step().hide.contains(QStringLiteral("network.params"))));
    m_calculator->setErrorsShown(!waiting);
    m_calculator->setPredictionShown(!waiting);
}

void LessonPage::updateHighlights()
{
    qDeleteAll(m_highlights);
    m_highlights.clear();
    if (!m_session->isActive() || m_session->isFreeMode())
        return;
    for (const QString &id : m_session->step().highlight)
        if (QWidget *panel = m_workspace->panel(id))
            m_highlights.append(new PanelHighlight(panel));
}
