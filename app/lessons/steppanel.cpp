#include "steppanel.h"

#include "comparetable.h"
#include "lessonsweep.h"
#include "sweeprunner.h"
#include "sweeptable.h"
#include "discussionpause.h"
#include "lessonsession.h"
#include "markdownlabel.h"
#include "questionview.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QGuiApplication>
#include <QHash>
#include <QUrl>
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
    m_predictionEcho = m_actionStatus = m_goalStatus = m_challengeStatus = nullptr;
    m_hint = nullptr;
    m_bestScore = nullptr;
    m_action = m_reveal = nullptr;
    m_compare = nullptr;
    m_sweepTable = nullptr;
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
    if (!step.compare.isEmpty()) {
        m_compare = new CompareTable(step.compare, text.labels(step.id, QStringLiteral("runs")));
        m_layout->addWidget(m_compare);
    }
    if (!step.sweep.isEmpty() || step.evaluateTest) {
        m_sweepTable = new SweepTable(SweepTable::Layout::CellColumns);
        m_sweepTable->setMinimumHeight(m_sweepTable->fontMetrics().height() * 8);
        connect(m_sweepTable, &SweepTable::cellSelected, m_session->sweep(), &LessonSweep::choose);
        m_layout->addWidget(m_sweepTable);
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
    const Lesson &lesson = m_session->lesson();
    const LessonText &text = lesson.text(m_language);
    auto *heading = new QLabel(tr("Lesson %1 · %2").arg(lesson.number).arg(text.title()));
    heading->setWordWrap(true);
    m_layout->addWidget(heading);
    addMarkdown(m_layout, tr("### Try it yourself"), QStringLiteral("freeTitle"));
    addMarkdown(m_layout, tr("Every control is unlocked now. Your challenge:"));
    addMarkdown(m_layout, m_session->expand(text.part(QStringLiteral("free"), QStringLiteral("challenge"))),
                QStringLiteral("challengeText"));
    m_challengeStatus = new QLabel;
    m_challengeStatus->setObjectName(QStringLiteral("challengeStatus"));
    m_challengeStatus->setWordWrap(true);
    m_layout->addWidget(m_challengeStatus);
    m_bestScore = new QLabel;
    m_bestScore->setObjectName(QStringLiteral("bestScore"));
    m_bestScore->setWordWrap(true);
    m_layout->addWidget(m_bestScore);
    auto *restore = new QPushButton(tr("Restore the lesson preset"));
    restore->setObjectName(QStringLiteral("restorePreset"));
    restore->setToolTip(tr("Go back to the lesson's data, network and settings"));
    connect(restore, &QPushButton::clicked, m_session, &LessonSession::restorePreset);
    m_layout->addWidget(restore, 0, Qt::AlignLeft);
    addPlaygroundLink();
    if (m_teacher)
        addMarkdown(m_layout, text.part(QStringLiteral("free"), QStringLiteral("teacher")));
}

void StepPanel::addPlaygroundLink()
{
    auto *row = new QHBoxLayout;
    auto *open = new QPushButton(tr("Open this setup in TF Playground"));
    open->setObjectName(QStringLiteral("openPlayground"));
    open->setToolTip(tr("Opens the same data, network and settings in TensorFlow Playground (needs the internet); "
                        "the link is also copied"));
    auto *status = new QLabel;
    status->setObjectName(QStringLiteral("playgroundStatus"));
    status->setWordWrap(true);
    status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(open, 0, Qt::AlignTop);
    row->addWidget(status, 1);
    m_layout->addLayout(row);
    // The link is built on the click, from the setup the student has now.
    connect(open, &QPushButton::clicked, this, [this, status] {
        QString reason;
        const QString url = m_session->playgroundUrl(&reason);
        if (url.isEmpty()) {
            status->setText(tr("No Playground link for this setup: %1").arg(reason));
            return;
        }
        QGuiApplication::clipboard()->setText(url);
        const bool opened = QDesktopServices::openUrl(QUrl(url));
        status->setText(opened ? tr("Opened in your browser; the link is also on the clipboard.")
                               : tr("The link is on the clipboard: paste it into a browser."));
    });
}

QString StepPanel::scoreName(const QString &variable)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("val.loss"), QT_TR_NOOP("validation loss")},
        {QStringLiteral("val.fn"), QT_TR_NOOP("false negatives in the validation set")},
        {QStringLiteral("network.params"), QT_TR_NOOP("trainable parameters")},
        {QStringLiteral("network.neurons"), QT_TR_NOOP("hidden neurons")},
        {QStringLiteral("updates"), QT_TR_NOOP("updates")}};
    const auto found = names.find(variable);
    return found == names.end() ? variable : tr(found.value());
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
        if (m_challengeStatus)
            m_challengeStatus->setText(m_session->challengeMet() ? tr("✓ Challenge met on your screen right now!")
                                                                 : tr("Not met yet: keep trying."));
        if (m_bestScore) {
            const std::optional<double> best = m_session->bestScore();
            m_bestScore->setVisible(best.has_value());
            if (best)
                m_bestScore->setText(tr("Your best so far (lower is better): %1 %2")
                                         .arg(QString::number(*best, 'g', 4), scoreName(m_session->lesson().minimize)));
        }
        return;
    }
    if (m_compare)
        m_compare->setResults(m_session->compareResults());
    const SweepRunner *sweep = m_session->sweep()->runner();
    if (m_sweepTable && sweep) {
        if (m_sweepTable->runner() != sweep)
            m_sweepTable->setRunner(sweep);
        m_sweepTable->refresh();
        const QSignalBlocker blocker(m_sweepTable);
        m_sweepTable->selectCell(m_session->sweep()->chosenCell());
    }
    const StepProgress &progress = m_session->progress();
    if (m_actionStatus) {
        const MetricsSnapshot &s = m_session->liveSnapshot();
        const bool sweeping = m_sweepTable && sweep && sweep->isRunning();
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
