#include "divergencebanner.h"

#include "colorscale.h"
#include "enginetext.h"
#include "learningratebox.h"
#include "workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
/// How much of the warning colour is mixed into the window colour: enough to stand out, little
/// enough that the palette's text colour stays readable in light and dark themes.
constexpr double kTint = 0.22;

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}
} // namespace

DivergenceBanner::DivergenceBanner(Workspace *workspace, QWidget *parent) : QFrame(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("divergenceBanner"));
    const int gap = fontMetrics().height() / 2;
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(gap, gap, gap / 2, gap);
    layout->setSpacing(gap);
    m_icon = new QLabel(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);

    auto *column = new QVBoxLayout;
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(m_text);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_details->setFont(small);
    column->addWidget(m_details);
    auto *buttons = new QHBoxLayout;
    m_reset = new QPushButton(this);
    m_reset->setObjectName(QStringLiteral("resetToStart"));
    m_lower = new QPushButton(this);
    m_lower->setObjectName(QStringLiteral("lowerLearningRate"));
    buttons->addWidget(m_reset);
    buttons->addWidget(m_lower);
    buttons->addStretch(1);
    column->addLayout(buttons);
    layout->addLayout(column, 1);

    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("dismiss"));
    m_close->setAutoRaise(true);
    // A glyph rather than the style's title-bar icon, which stays 10 px at a projector's font size.
    m_close->setText(QStringLiteral("✕"));
    layout->addWidget(m_close, 0, Qt::AlignTop);

    TrainingSession &session = m_workspace->session();
    connect(m_reset, &QPushButton::clicked, &session, &TrainingSession::reset);
    connect(m_lower, &QPushButton::clicked, this, &DivergenceBanner::lowerLearningRateAndReset);
    connect(m_close, &QToolButton::clicked, this, &DivergenceBanner::dismiss);
    connect(&session, &TrainingSession::reportReceived, this, &DivergenceBanner::showReport);
    connect(&session, &TrainingSession::commandFailed, this, &DivergenceBanner::showCommandFailed);
    // "Nothing to train on" is over once there are training points (drawn, or another set).
    connect(&session, &TrainingSession::dataChanged, this, [this](const DataReport &data) {
        if (m_mode == Mode::Error && m_error == WorkerError::NoTrainingData && !data.split.train.empty())
            setMode(Mode::Hidden);
    });
    // The "lower the learning rate" tooltip names the current rate.
    connect(m_workspace, &Workspace::specChanged, this, [this] {
        if (m_mode != Mode::Hidden)
            retranslateUi();
    });

    setMode(Mode::Hidden);
}

QString DivergenceBanner::text() const
{
    return m_mode == Mode::Hidden ? QString() : m_text->text();
}

void DivergenceBanner::showReport(const TrainingReport &report)
{
    m_generation = report.generation;
    if (report.divergence != engine::Divergence::None && !report.running) {
        const bool known = m_mode == Mode::Divergence && m_divergence == report.divergence;
        const bool dismissed = m_dismissed && m_dismissedGeneration == report.generation;
        m_divergence = report.divergence;
        if (!known && !dismissed)
            setMode(Mode::Divergence);
    } else if (report.divergence == engine::Divergence::None) {
        m_divergence = engine::Divergence::None;
        m_dismissed = false;
        if (m_mode == Mode::Divergence)
            setMode(Mode::Hidden);
    }
}

void DivergenceBanner::showCommandFailed(WorkerError error, const QString &detail)
{
    m_error = error;
    m_detail = detail;
    setMode(Mode::Error);
}

void DivergenceBanner::dismiss()
{
    if (m_mode == Mode::Divergence) {
        m_dismissed = true;
        m_dismissedGeneration = m_generation;
    }
    setMode(Mode::Hidden);
}

void DivergenceBanner::lowerLearningRateAndReset()
{
    WorkspaceSpec spec = m_workspace->spec();
    spec.training.optimizer.learningRate /= 10.0;
    m_workspace->change(spec, [rate = spec.training.optimizer.learningRate] {
        return tr("Lower the learning rate to %1").arg(LearningRateBox::format(rate));
    });
    // Queued after the new settings, so the worker restarts with the smaller rate.
    m_workspace->session().reset();
}

void DivergenceBanner::setMode(Mode mode)
{
    m_mode = mode;
    retranslateUi();
    setVisible(mode != Mode::Hidden);
}

void DivergenceBanner::retranslateUi()
{
    const bool divergence = m_mode == Mode::Divergence;
    m_text->setText(divergence              ? EngineText::divergenceExplanation(m_divergence)
                    : m_mode == Mode::Error ? EngineText::workerErrorText(m_error)
                                            : QString());
    const bool details = m_mode == Mode::Error && !m_detail.isEmpty();
    m_details->setText(details ? tr("Details: %1").arg(m_detail) : QString());
    m_details->setVisible(details);
    m_reset->setVisible(divergence);
    m_lower->setVisible(divergence);

    const double rate = m_workspace->spec().training.optimizer.learningRate;
    m_reset->setText(tr("Reset to the start"));
    m_reset->setToolTip(tr("Back to epoch 0 with the same initial weights and the same settings"));
    m_lower->setText(tr("Lower the learning rate and reset"));
    m_lower->setToolTip(tr("Sets the learning rate from %1 to %2 (undoable) and goes back to epoch 0")
                            .arg(LearningRateBox::format(rate), LearningRateBox::format(rate / 10.0)));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close this message"));
    for (QWidget *button : {static_cast<QWidget *>(m_reset), static_cast<QWidget *>(m_lower)})
        button->setAccessibleName(static_cast<QPushButton *>(button)->text());
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(fontMetrics().height() * 2));
    setAccessibleName(tr("Training problem"));
    setAccessibleDescription(m_text->text());
    setToolTip(divergence                                 ? tr("Training stopped because the numbers grew out of range")
               : m_error == WorkerError::NoTrainingData ? tr("Training needs training points")
                                                        : tr("The last change could not be carried out"));
}

void DivergenceBanner::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal radius = fontMetrics().height() / 3.0;
    painter.setPen(QPen(colorscale::kNegative, 1.5));
    painter.setBrush(mix(palette().color(QPalette::Window), colorscale::kNegative, kTint));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.75, 0.75, -0.75, -0.75), radius, radius);
}

void DivergenceBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}
