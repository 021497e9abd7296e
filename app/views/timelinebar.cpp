#include "timelinebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>

#include <algorithm>

TimelineBar::TimelineBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timeline"));
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("timelineSlider"));
    m_slider->setFocusPolicy(Qt::StrongFocus);
    m_slider->setRange(0, 0);
    m_slider->installEventFilter(this);
    m_epochLabel = new QLabel(this);
    m_epochLabel->setObjectName(QStringLiteral("timelineEpoch"));
    m_epochLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_liveButton = new QPushButton(this);
    m_liveButton->setObjectName(QStringLiteral("timelineLive"));

    auto *layout = new QHBoxLayout(this);
    // Room for a lesson's highlight ring (P12) around the bar without covering its ends.
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_epochLabel);
    layout->addWidget(m_liveButton);

    connect(m_slider, &QSlider::valueChanged, this, &TimelineBar::onSliderMoved);
    connect(m_liveButton, &QPushButton::clicked, this, &TimelineBar::liveRequested);
    retranslateUi();
}

void TimelineBar::setLiveEpoch(int epoch)
{
    epoch = std::max(epoch, 0);
    if (epoch == m_liveEpoch)
        return;
    m_liveEpoch = epoch;
    updateState();
}

void TimelineBar::setShownEpoch(int epoch)
{
    m_shownEpoch = epoch;
    updateState();
}

void TimelineBar::onSliderMoved(int value)
{
    // The right end is the live run; anything left of it is a past epoch.
    if (value >= m_liveEpoch) {
        emit liveRequested();
        return;
    }
    m_shownEpoch = value; // until the worker says which stored epoch it shows
    updateState();
    emit epochRequested(value);
}

void TimelineBar::updateState()
{
    {
        // Range and handle follow the run; only the student's moves are requests.
        const QSignalBlocker blocker(m_slider);
        m_slider->setRange(0, m_liveEpoch);
        m_slider->setPageStep(std::max(1, m_liveEpoch / 20));
        if (m_shownEpoch < 0)
            m_slider->setValue(m_liveEpoch);
    }
    m_slider->setEnabled(m_liveEpoch > 0);
    m_liveButton->setEnabled(isShowingPast());
    m_epochLabel->setText(isShowingPast() ? tr("Epoch %1 of %2").arg(m_shownEpoch).arg(m_liveEpoch)
                                          : tr("Epoch %1 (live)").arg(m_liveEpoch));
    // Room for the widest text of this many digits, so the slider does not twitch as they change.
    const QString eights(QString::number(m_liveEpoch).size(), QLatin1Char('8'));
    const QFontMetrics metrics = m_epochLabel->fontMetrics();
    const int width = std::max(metrics.horizontalAdvance(tr("Epoch %1 of %2").arg(eights, eights)),
                               metrics.horizontalAdvance(tr("Epoch %1 (live)").arg(eights)));
    m_epochLabel->setMinimumWidth(std::max(m_epochLabel->minimumWidth(), width));
}

bool TimelineBar::eventFilter(QObject *watched, QEvent *event)
{
    // The page's shortcuts (→ one batch) would take the arrow keys before the slider sees them.
    if (watched == m_slider && event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        static const int scrubKeys[] = {Qt::Key_Left, Qt::Key_Right, Qt::Key_Up,     Qt::Key_Down,
                                        Qt::Key_Home, Qt::Key_End,   Qt::Key_PageUp, Qt::Key_PageDown};
        const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        if (plain && std::find(std::begin(scrubKeys), std::end(scrubKeys), key->key()) != std::end(scrubKeys)) {
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TimelineBar::retranslateUi()
{
    m_slider->setToolTip(tr("Drag back through the epochs of this run: the decision boundary, the network, the "
                            "metrics and the confusion matrix show that epoch, and the charts mark it. The right "
                            "end (End key) is the live run again."));
    m_slider->setAccessibleName(tr("Timeline: epoch on show"));
    m_liveButton->setText(tr("Back to live"));
    m_liveButton->setToolTip(tr("Show the current weights of the run again (the right end of the timeline)"));
    m_liveButton->setAccessibleName(tr("Back to live"));
    m_epochLabel->setMinimumWidth(0);
    updateState();
}

void TimelineBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
