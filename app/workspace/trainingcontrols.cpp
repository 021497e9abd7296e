#include "trainingcontrols.h"

#include "trainingworker.h"
#include "workspace.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QRandomGenerator>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

namespace {
/// Seeds a student can read and type back (the data panel shows the seed).
constexpr quint32 kLargestSeed = 999999;
} // namespace

TrainingControls::TrainingControls(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    const auto makeAction = [this](const QKeySequence &shortcut) {
        auto *action = new QAction(this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_play = makeAction(Qt::Key_Space);
    m_step = makeAction(Qt::Key_Right);
    m_stepEpoch = makeAction(QKeySequence(Qt::SHIFT | Qt::Key_Right));
    m_reset = makeAction(Qt::Key_R);
    m_reinitialize = makeAction({});
    m_reinitialize->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));

    TrainingSession &session = m_workspace->session();
    connect(m_play, &QAction::triggered, &session, &TrainingSession::togglePlay);
    connect(m_step, &QAction::triggered, &session, &TrainingSession::stepBatch);
    connect(m_stepEpoch, &QAction::triggered, &session, &TrainingSession::stepEpoch);
    connect(m_reset, &QAction::triggered, &session, &TrainingSession::reset);
    connect(m_reinitialize, &QAction::triggered, this, &TrainingControls::reinitialize);
    connect(&session, &TrainingSession::reportReceived, this, &TrainingControls::showReport);

    // One row, so the bar fits above the workspace: the buttons, then the speed slider with its
    // two ends named underneath.
    // Sized in digit widths: averageCharWidth() is a CJK glyph's width once the CJK fallback
    // font is in the families list.
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(digit / 2);
    layout->addWidget(addButton(m_play, "play"));
    layout->addWidget(addButton(m_step, "step"));
    layout->addWidget(addButton(m_stepEpoch, "stepEpoch"));
    layout->addWidget(addButton(m_reset, "reset"));
    layout->addWidget(addButton(m_reinitialize, "reinitialize"));
    layout->addSpacing(digit * 2);

    // In a box of bounded width, so the ends' names stay at the slider's ends on a wide bar.
    auto *speedBox = new QWidget(this);
    speedBox->setMaximumWidth(digit * 48);
    m_speedGrid = new QGridLayout(speedBox);
    QGridLayout *speed = m_speedGrid;
    speed->setContentsMargins(0, 0, 0, 0);
    speed->setVerticalSpacing(0);
    m_speedLabel = new QLabel(speedBox);
    m_speed = new QSlider(Qt::Horizontal, speedBox);
    m_speed->setObjectName(QStringLiteral("speed"));
    m_speed->setRange(0, TrainingWorker::kMaxSpeed);
    m_speed->setValue(TrainingWorker::kMaxSpeed); // the worker starts at full speed
    m_speed->setPageStep(1);
    m_speed->setTickPosition(QSlider::TicksBelow);
    m_speed->setMinimumWidth(digit * 12);
    m_speedLabel->setBuddy(m_speed);
    m_slowLabel = new QLabel(speedBox);
    m_fastLabel = new QLabel(speedBox);
    m_slowLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_fastLabel->setAlignment(Qt::AlignRight | Qt::AlignTop);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_slowLabel->setFont(small);
    m_fastLabel->setFont(small);
    // The ends' names wrap rather than widen the bar when a large font leaves little room.
    for (QLabel *end : {m_slowLabel, m_fastLabel}) {
        end->setWordWrap(true);
        end->setMinimumWidth(digit * 6);
    }
    speed->addWidget(m_speedLabel, 0, 0, 1, 2);
    speed->addWidget(m_speed, 1, 0, 1, 2);
    speed->addWidget(m_slowLabel, 2, 0);
    speed->addWidget(m_fastLabel, 2, 1);
    layout->addWidget(speedBox, 1);
    layout->addStretch(0);
    connect(m_speed, &QSlider::valueChanged, &session, &TrainingSession::setSpeed);

    retranslateUi();
}

QToolButton *TrainingControls::addButton(QAction *action, const char *id)
{
    auto *button = new QToolButton(this);
    button->setObjectName(QLatin1String(id));
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    // Icons grow with the font, so they stay readable with a projector's 1.5x font.
    const int icon = fontMetrics().height();
    button->setIconSize(QSize(icon, icon));
    button->setAutoRaise(false);
    m_buttons << button;
    return button;
}

void TrainingControls::reinitialize()
{
    WorkspaceSpec spec = m_workspace->spec();
    const quint64 previous = spec.initSeed;
    do
        spec.initSeed = QRandomGenerator::global()->bounded(1u, kLargestSeed + 1);
    while (spec.initSeed == previous);
    m_workspace->change(spec, [seed = spec.initSeed] { return tr("New initial weights (seed %1)").arg(seed); });
}

void TrainingControls::showReport(const TrainingReport &report)
{
    const bool diverged = report.divergence != engine::Divergence::None;
    if (report.running == m_running && diverged == m_diverged)
        return;
    m_running = report.running;
    m_diverged = diverged;
    updateStates();
}

void TrainingControls::setControlEnabled(const QString &id, bool enabled)
{
    m_locked.removeAll(id);
    if (!enabled)
        m_locked << id;
    updateStates();
}

void TrainingControls::retranslateUi()
{
    m_step->setText(tr("Step"));
    m_stepEpoch->setText(tr("Epoch"));
    m_reset->setText(tr("Reset"));
    m_reinitialize->setText(tr("New weights"));
    m_speedLabel->setText(tr("Speed"));
    m_slowLabel->setText(tr("slow: watch each update"));
    m_fastLabel->setText(tr("full speed"));
    // Word-wrapped labels ask for little width, so share it in proportion to the one-line texts.
    const QFontMetrics small(m_slowLabel->font());
    m_speedGrid->setColumnStretch(0, small.horizontalAdvance(m_slowLabel->text()));
    m_speedGrid->setColumnStretch(1, small.horizontalAdvance(m_fastLabel->text()));
    updateStates();
}

void TrainingControls::updateStates()
{
    m_play->setText(m_running ? tr("Pause") : tr("Train"));
    updateIcons();
    const auto withShortcut = [](const QString &text, const QAction *action) {
        return action->shortcut().isEmpty()
            ? text
            : tr("%1 (shortcut: %2)").arg(text, action->shortcut().toString(QKeySequence::NativeText));
    };
    const QString locked = tr("Locked in this lesson step");
    const QString afterDivergence = tr("Training diverged: reset first.");
    const struct {
        QAction *action;
        const char *id;
        QString toolTip;
        bool usable;
    } rows[] = {
        {m_play, "play", m_running ? tr("Pause training") : tr("Train until you pause"), !m_diverged},
        {m_step, "step", tr("Train on one batch (one weight update) and pause"), !m_diverged},
        {m_stepEpoch, "stepEpoch", tr("Train one epoch (one pass over the training set) and pause"), !m_diverged},
        {m_reset, "reset", tr("Back to epoch 0 with the same initial weights"), true},
        {m_reinitialize, "reinitialize", tr("Start again from new random initial weights (a new seed)"), true},
    };
    for (const auto &row : rows) {
        const bool isLocked = m_locked.contains(QLatin1String(row.id));
        row.action->setEnabled(row.usable && !isLocked);
        row.action->setToolTip(isLocked ? locked
                                        : row.usable ? withShortcut(row.toolTip, row.action) : afterDivergence);
    }
    for (QToolButton *button : std::as_const(m_buttons))
        button->setAccessibleName(button->defaultAction()->text());
    const bool speedLocked = m_locked.contains(QStringLiteral("speed"));
    m_speed->setEnabled(!speedLocked);
    m_speed->setToolTip(speedLocked ? locked
                                    : tr("How fast training runs: at the left about one update a second, so you "
                                         "can watch each step; at the right as fast as the computer can."));
    m_speed->setAccessibleName(tr("Training speed"));
}

void TrainingControls::updateIcons()
{
    // The style draws its media icons near-black, which a dark palette's buttons swallow.
    const int side = fontMetrics().height();
    const QColor ink = palette().color(QPalette::ButtonText);
    const auto tinted = [&](QStyle::StandardPixmap which) {
        QPixmap pixmap = style()->standardIcon(which).pixmap(QSize(side, side), devicePixelRatioF());
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(QRectF(QPointF(), QSizeF(pixmap.size())), ink);
        return QIcon(pixmap);
    };
    m_play->setIcon(tinted(m_running ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_step->setIcon(tinted(QStyle::SP_MediaSkipForward));
    m_stepEpoch->setIcon(tinted(QStyle::SP_MediaSeekForward));
    m_reset->setIcon(tinted(QStyle::SP_MediaSkipBackward));
}

void TrainingControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        updateIcons();
    QWidget::changeEvent(event);
}
