#include "thresholdcontrol.h"

#include "workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>

#include <cmath>

ThresholdControl::ThresholdControl(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    m_caption = new QLabel;
    m_slider = new QSlider(Qt::Horizontal);
    m_slider->setObjectName(QStringLiteral("decisionThreshold"));
    m_slider->setRange(-kLimit, kLimit);
    m_slider->setPageStep(10);
    // Dragging only moves the text; the change (a new measurement on the worker, an undo entry)
    // is made once, where the slider is let go.
    m_slider->setTracking(false);
    m_caption->setBuddy(m_slider);
    m_value = new QLabel;
    m_value->setObjectName(QStringLiteral("thresholdValue"));
    m_reset = new QPushButton;
    m_reset->setObjectName(QStringLiteral("thresholdReset"));
    m_locks.add(m_slider, m_caption);
    m_locks.add(m_reset);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_value);
    layout->addWidget(m_reset);

    connect(m_slider, &QSlider::sliderMoved, this, &ThresholdControl::showValue);
    connect(m_slider, &QSlider::valueChanged, this, &ThresholdControl::commit);
    connect(m_reset, &QPushButton::clicked, this, [this] { m_slider->setValue(0); });
    connect(m_workspace, &Workspace::specChanged, this, &ThresholdControl::showSpec);
    connect(&m_workspace->session(), &TrainingSession::dataChanged, this,
            [this](const DataReport &report) { setEncoding(report.encoding); });
    showSpec(m_workspace->spec());
    setEncoding(m_workspace->spec().encoding());
    retranslateUi();
}

void ThresholdControl::setControlEnabled(bool enabled)
{
    m_locks.setLocked(m_slider->objectName(), !enabled);
    m_locks.setLocked(m_reset->objectName(), !enabled);
    m_locks.apply();
}

void ThresholdControl::showSpec(const WorkspaceSpec &spec)
{
    const QSignalBlocker block(m_slider);
    m_slider->setValue(static_cast<int>(std::lround(spec.training.decisionThreshold * kSteps)));
    showValue(m_slider->value());
    setEncoding(spec.encoding());
}

void ThresholdControl::setEncoding(engine::TargetEncoding encoding)
{
    m_encoding = encoding;
    setVisible(encoding == engine::TargetEncoding::PlusMinusOne || encoding == engine::TargetEncoding::ZeroOne);
    showValue(m_slider->value());
}

void ThresholdControl::showValue(int position)
{
    const double threshold = static_cast<double>(position) / kSteps;
    const double cut = m_encoding == engine::TargetEncoding::ZeroOne ? (threshold + 1.0) / 2.0 : threshold;
    m_value->setText(tr("output ≥ %1").arg(QLocale().toString(cut, 'f', 2)));
}

void ThresholdControl::commit(int position)
{
    const double threshold = static_cast<double>(position) / kSteps;
    WorkspaceSpec spec = m_workspace->spec();
    if (threshold == spec.training.decisionThreshold)
        return;
    spec.training.decisionThreshold = threshold;
    m_workspace->change(spec, [threshold] {
        return tr("Decision threshold %1").arg(QLocale().toString(threshold, 'f', 2));
    });
}

void ThresholdControl::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ThresholdControl::retranslateUi()
{
    m_caption->setText(tr("Decision threshold"));
    m_reset->setText(tr("Reset"));
    m_locks.setToolTip(m_slider, tr("A point counts as the positive (blue) class when the network's output is at least "
                                    "this value. Moving it trades missed positives (FN) for false alarms (FP)."));
    m_locks.setToolTip(m_reset, tr("Back to the usual threshold (0 for a tanh output, 0.5 for a sigmoid output)"));
    m_locks.apply();
    showValue(m_slider->value());
}
