#include "steppanel.h"

#include "discussionpause.h"
#include "freemodepanel.h"
#include "lessonsession.h"
#include "lessonsweep.h"
#include "markdownlabel.h"
#include "questionview.h"
#include "stepresultsview.h"
#include "sweeprunner.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

StepPanel::StepPanel(LessonSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("stepPanel"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);
    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(m_scroll, 1);
    auto *nav = new QHBoxLayout;
    m_list = new QPushButton;
    m_list->setObjectName(QStringLiteral("lessonList"));
    m_back = new QPushButton;
    m_back->setObjectName(QStringLiteral("stepBack"));
    m_back->setShortcut(Qt::Key_PageUp);
    m_next = new QPushButton;
    m_next->setObjectName(QStringLiteral("stepNext"));
    m_next->setShortcut(Qt::Key_PageDown);
    m_next->setDefault(true);
    nav->addWidget(m_list);
    nav->addStretch(1);
    nav->addWidget(m_back);
    nav->addWidget(m_next);
    outer->addLayout(nav);

    connect(m_list, &QPushButton::clicked, this, &StepPanel::lessonListRequested);
    connect(m_back, &QPushButton::clicked, this, [this] {
        if (m_session->isFreeMode())
            m_session->goToStep(m_session->stepCount() - 1);
        else
            m_session->previous();
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (!m_session->canAdvance())
            return;
        if (m_session->stepIndex() + 1 < m_session->stepCount())
            m_session->next();
        else
            m_session->enterFreeMode();
    });
    connect(m_session, &LessonSession::stepChanged, this, &StepPanel::rebuild);
    connect(m_session, &LessonSession::progressChanged, this, &StepPanel::updateState);
    connect(m_session, &LessonSession::metricsChanged, this, &StepPanel::updateMetrics);
    rebuild();
}

void StepPanel::setLanguage(const QString &language)
{
    m_language = language;
    rebuild();
}

void StepPanel::setTeacherMode(bool teacher)
{
    m_teacher = teacher;
    rebuild();
}

void StepPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

QString StepPanel::part(const QString &name) const
{
    const Lesson &lesson = m_session->lesson();
    QString text = lesson.text(m_language).part(m_session->step().id, name);
    if (m_prediction && m_session->progress().predicted)
        text.replace(QStringLiteral("{prediction}"), m_prediction->answerText(m_session->progress().prediction));
    return m_session->expand(text);
}

MarkdownLabel *StepPanel::addMarkdown(QVBoxLayout *layout, const QString &markdown, const QString &objectName)
{
    auto *label = new MarkdownLabel(markdown);
    label->setObjectName(objectName);
    connect(label, &MarkdownLabel::termActivated, this, &StepPanel::termActivated);
    layout->addWidget(label);
    return label;
}

QGroupBox *StepPanel::addBox(const QString &title, const QString &objectName)
{
    auto *box = new QGroupBox(title);
    box->setObjectName(objectName);
    box->setLayout(new QVBoxLayout);
    m_layout->addWidget(box);
    return box;
}

void StepPanel::rebuild()
{
    const int scroll = m_scroll->verticalScrollBar()->value();
    const bool sameStep = m_content && m_content->property("step").toInt() == m_session->stepIndex()
                          && m_content->property("free").toBool() == m_session->isFreeMode();
    m_content = new QWidget;
    m_layout = new QVBoxLayout(m_content);
    m_prediction = nullptr;
    m_predictionEcho = m_actionStatus = m_goalStatus = nullptr;
    m_hint = nullptr;
    m_free = nullptr;
    m_action = m_reveal = nullptr;
    m_results = nullptr;
    m_explainBox = m_checkpointBox = nullptr;
    m_explain = nullptr;
    m_checkpoints.clear();
    m_list->setText(tr("Lessons"));
    m_list->setToolTip(tr("Back to the list of lessons (your progress is kept)"));
    m_back->setText(tr("◀ Back"));
    m_back->setToolTip(tr("Previous step (Page Up)"));
    m_next->setToolTip(tr("Next step (Page Down)"));
    if (m_session->isActive()) {
        m_content->setProperty("step", m_session->stepIndex());
        m_content->setProperty("free", m_session->isFreeMode());
        m_session->isFreeMode() ? buildFreeMode() : buildStep();
    }
    m_layout->addStretch(1);
    m_scroll->setWidget(m_content); // deletes the previous content
    if (sameStep)
        m_scroll->verticalScrollBar()->setValue(scroll);
    updateState();
    updateMetrics();
}

void StepPanel::buildStep()
{
    const Lesson &lesson = m_session->lesson();
    const LessonText &text = lesson.text(m_language);
    const LessonStep &step = m_session->step();

    auto *heading = new QLabel(tr("Lesson %1 · %2").arg(lesson.number).arg(text.title()));
    heading->setObjectName(QStringLiteral("lessonTitle"));
    heading->setWordWrap(true);
    m_layout->addWidget(heading);
    QString position = tr("Step %1 of %2").arg(m_session->stepIndex() + 1).arg(m_session->stepCount());
    if (step.classroom)
        position += tr(" · ★ in class");
    m_layout->addWidget(new QLabel(position));
    addMarkdown(m_layout, QStringLiteral("### ") + part(QStringLiteral("title")), QStringLiteral("stepTitle"));
    addMarkdown(m_layout, tr("**Goal:** %1").arg(part(QStringLiteral("goal"))), QStringLiteral("stepGoal"));
    addMarkdown(m_layout, part(QStringLiteral("do")), QStringLiteral("stepDo"));

    if (step.hasPrediction) {
        QGroupBox *box = addBox(tr("Predict first"), QStringLiteral("predictBox"));
        if (m_teacher)
            box->layout()->addWidget(new DiscussionPause);
        m_prediction = new QuestionView(step.prediction, text, step.id, false);
        connect(m_prediction, &QuestionView::termActivated, this, &StepPanel::termActivated);
        connect(m_prediction, &QuestionView::submitted, m_session, &LessonSession::submitPrediction);
        box->layout()->addWidget(m_prediction);
        m_hint = new MarkdownLabel;
        m_hint->setObjectName(QStringLiteral("hintText"));
        connect(m_hint, &MarkdownLabel::termActivated, this, &StepPanel::termActivated);
        box->layout()->addWidget(m_hint);
        m_predictionEcho = new QLabel;
        m_predictionEcho->setObjectName(QStringLiteral("predictionEcho"));
        m_predictionEcho->setWordWrap(true);
        box->layout()->addWidget(m_predictionEcho);
        const StepProgress &progress = m_session->progress();
        if (progress.predicted)
            m_prediction->setAnswer(progress.prediction);
        else if (progress.firstGuess)
            m_prediction->setAnswer(*progress.firstGuess);
    }

    if (m_session->hasAction()) {
        auto *row = new QHBoxLayout;
        m_action = new QPushButton(actionText());
        m_action->setObjectName(QStringLiteral("stepAction"));
        connect(m_action, &QPushButton::clicked, m_session, &LessonSession::runAction);
        row->addWidget(m_action);
        m_actionStatus = new QLabel;
        m_actionStatus->setObjectName(QStringLiteral("actionStatus"));
        m_actionStatus->setWordWrap(true);
        row->addWidget(m_actionStatus, 1);
        m_layout->addLayout(row);
    }
    if (StepResultsView::isNeeded(step)) {
        m_results = new StepResultsView(m_session, step, text);
        m_layout->addWidget(m_results);
    }
    m_goalStatus = new QLabel;
    m_goalStatus->setObjectName(QStringLiteral("goalStatus"));
    m_goalStatus->setWordWrap(true);
    m_layout->addWidget(m_goalStatus);

    const QString explain = part(QStringLiteral("explain"));
    if (!explain.isEmpty() || step.hasPrediction) {
        m_reveal = new QPushButton(tr("Show the answer"));
        m_reveal->setObjectName(QStringLiteral("revealButton"));
        connect(m_reveal, &QPushButton::clicked, m_session, &LessonSession::reveal);
        m_layout->addWidget(m_reveal, 0, Qt::AlignLeft);
        m_explainBox = addBox(tr("Why"), QStringLiteral("explainBox"));
        m_explain = new MarkdownLabel;
        m_explain->setObjectName(QStringLiteral("explainText"));
        connect(m_explain, &MarkdownLabel::termActivated, this, &StepPanel::termActivated);
        m_explainBox->layout()->addWidget(m_explain);
    }

    if (!step.checkpoints.isEmpty()) {
        m_checkpointBox = addBox(tr("Checkpoint"), QStringLiteral("checkpointBox"));
        for (const LessonQuestion &q : step.checkpoints) {
            const QString section = step.id + QLatin1Char('/') + q.id;
            auto *view = new QuestionView(q, text, section, true);
            view->setObjectName(QStringLiteral("checkpoint.") + q.id);
            connect(view, &QuestionView::termActivated, this, &StepPanel::termActivated);
            connect(view, &QuestionView::submitted, this, [this, view, q, section](const StudentAnswer &answer) {
                const bool right = m_session->submitCheckpoint(q.id, answer);
                view->showResult(right, m_session->expand(m_session->lesson().text(m_language).part(section, QStringLiteral("explain"))));
            });
            m_checkpointBox->layout()->addWidget(view);
            m_checkpoints.append(view);
            const auto stored = m_session->progress().checkpoints.find(q.id);
            if (stored != m_session->progress().checkpoints.end()) {
                view->setAnswer(*stored);
                view->showResult(stored->matches(q, m_session->lookup()),
                                 m_session->expand(text.part(section, QStringLiteral("explain"))));
            }
        }
    }

    if (m_teacher && !step.solution.isEmpty()) {
        auto *showMe = new QPushButton(tr("Show me"));
        showMe->setObjectName(QStringLiteral("showMe"));
        showMe->setToolTip(tr("Make the change this step asks for"));
        connect(showMe, &QPushButton::clicked, m_session, &LessonSession::applySolution);
        m_layout->addWidget(showMe, 0, Qt::AlignLeft);
    }
    if (m_teacher) {
        const QString teacher = part(QStringLiteral("teacher"));
        if (!teacher.isEmpty()) {
            QGroupBox *box = addBox(tr("Teacher notes"), QStringLiteral("teacherBox"));
            auto *notes = new MarkdownLabel(teacher);
            box->layout()->addWidget(notes);
        }
    }
}

void StepPanel::buildFreeMode()
{
    m_free = new FreeModePanel(m_session, m_language, m_teacher);
    connect(m_free, &FreeModePanel::termActivated, this, &StepPanel::termActivated);
    m_layout->addWidget(m_free);
}

QString StepPanel::actionText() const
{
    const QString custom = part(QStringLiteral("action"));
    if (!custom.isEmpty())
        return custom;
    const LessonStep &step = m_session->step();
    if (!step.compare.isEmpty())
        return tr("Train and compare");
    if (!step.sweep.isEmpty())
        return tr("Run the sweep");
    if (step.evaluateTest)
        return tr("Evaluate on test set");
    if (!step.sideBySide.isEmpty())
        return tr("Train side by side to epoch %1").arg(step.sideBySide.epochs);
    const LessonRun &run = step.run;
    switch (run.kind) {
    case LessonRun::Kind::Epochs:
        return tr("Train %n epoch(s)", nullptr, run.count);
    case LessonRun::Kind::ToEpoch:
        return tr("Train to epoch %1").arg(run.count);
    case LessonRun::Kind::Batches:
        return tr("Take %n step(s)", nullptr, run.count);
    case LessonRun::Kind::BowlSteps:
        return run.count == 0 ? tr("Run to the bottom") : tr("Take %n step(s)", nullptr, run.count);
    case LessonRun::Kind::None:
        break;
    }
    return {};
}

void StepPanel::updateState()
{
    if (!m_session->isActive())
        return;
    const bool free = m_session->isFreeMode();
    m_back->setEnabled(free || m_session->stepIndex() > 0);
    const bool last = m_session->stepIndex() + 1 >= m_session->stepCount();
    m_next->setText(free ? tr("Done") : last ? tr("Try it yourself ▶") : tr("Next ▶"));
    m_next->setToolTip(tr("Next step (Page Down)"));
    m_next->setVisible(!free);
    if (free)
        return;
    const StepProgress &progress = m_session->progress();
    const LessonStep &step = m_session->step();
    if (m_prediction) {
        m_prediction->setLocked(progress.predicted);
        m_predictionEcho->setText(progress.predicted ? tr("Your prediction: %1").arg(m_prediction->answerText(progress.prediction))
                                  : progress.firstGuess ? tr("Think again with the hint, then lock in your answer (you may keep it).")
                                                        : tr("Answer first: the action unlocks once you have predicted."));
        m_hint->setVisible(progress.firstGuess.has_value());
        if (progress.firstGuess)
            m_hint->setMarkdown((progress.predicted ? tr("**Hint:** %1") : tr("**Not quite yet.** A hint: %1"))
                                    .arg(part(QStringLiteral("hint"))));
    }
    if (m_action) {
        m_action->setEnabled(m_session->actionAvailable());
        m_action->setToolTip(m_session->actionAvailable() ? QString() : tr("Make your prediction first"));
    }
    if (m_reveal) {
        m_reveal->setEnabled(m_session->canReveal());
        m_reveal->setVisible(!progress.revealed);
    }
    if (m_explainBox) {
        m_explainBox->setVisible(progress.revealed);
        if (progress.revealed) {
            QStringList lines;
            if (step.hasPrediction && step.prediction.type != LessonQuestion::Type::Free) {
                const bool right = progress.prediction.matches(step.prediction, m_session->lookup());
                if (progress.firstGuess)
                    lines.append(tr("Your first guess: %1").arg(m_prediction->answerText(*progress.firstGuess)));
                lines.append(tr("Your prediction: **%1** — the answer: **%2** %3")
                                 .arg(m_prediction->answerText(progress.prediction),
                                      m_prediction->keyText(progress.liveResult), right ? QStringLiteral("✓") : QStringLiteral("✗")));
            }
            lines.append(part(QStringLiteral("explain")));
            const QString feedback = m_session->lesson().text(m_language).labels(step.id, QStringLiteral("feedback"))
                                         .value(progress.prediction.ids.value(0));
            if (!feedback.isEmpty())
                lines.append(feedback);
            m_explain->setMarkdown(lines.join(QStringLiteral("\n\n")));
        }
    }
    if (m_checkpointBox)
        m_checkpointBox->setVisible(progress.revealed || !m_reveal);
    m_next->setEnabled(m_session->canAdvance());
    updateMetrics();
}

void StepPanel::updateMetrics()
{
    if (!m_session->isActive())
        return;
    if (m_session->isFreeMode()) {
        if (m_free)
            m_free->updateMetrics();
        return;
    }
    if (m_results)
        m_results->refresh();
    const StepProgress &progress = m_session->progress();
    if (m_actionStatus) {
        const MetricsSnapshot &s = m_session->liveSnapshot();
        const bool sweeping = m_results && m_results->isSweeping();
        const SweepRunner *sweep = m_session->sweep()->runner();
        m_actionStatus->setText(progress.actionDone ? tr("Done.")
                                : sweeping ? tr("Running… %1 of %2 settings trained").arg(sweep->finishedCount()).arg(sweep->cellCount())
                                : m_session->isActionRunning()
                                    ? tr("Running… epoch %1")
                                          .arg(m_session->step().sideBySide.isEmpty() ? s.epoch : m_session->sideBySideEpoch())
                                                              : QString());
    }
    if (m_goalStatus) {
        const bool goals = m_session->goalsMet();
        const bool hasGoals = !m_session->step().expect.isEmpty();
        m_goalStatus->setText(!hasGoals ? QString()
                              : goals   ? tr("✓ The step's goal is reached.")
                                        : tr("Next unlocks when the step's goal is reached on the screen."));
        m_goalStatus->setVisible(hasGoals);
    }
    m_next->setEnabled(m_session->canAdvance());
}
