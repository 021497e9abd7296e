#include "discussionpause.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

DiscussionPause::DiscussionPause(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("discussionPause"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_prompt = new QLabel;
    m_prompt->setWordWrap(true);
    layout->addWidget(m_prompt, 1);
    m_timer = new QPushButton;
    m_timer->setObjectName(QStringLiteral("discussionTimer"));
    layout->addWidget(m_timer, 0, Qt::AlignTop);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (secondsLeft() == 0) {
            m_tick.stop();
            m_finished = true;
        }
        retranslate();
    });
    connect(m_timer, &QPushButton::clicked, this, &DiscussionPause::toggle);
    retranslate();
}

int DiscussionPause::secondsLeft() const
{
    if (m_finished)
        return 0;
    if (!m_tick.isActive())
        return kSeconds;
    return qMax(0, kSeconds - static_cast<int>(m_elapsed.elapsed() / 1000));
}

void DiscussionPause::toggle()
{
    // The button starts the minute, stops it early, or starts a new one after time is up.
    if (m_tick.isActive()) {
        m_tick.stop();
        m_finished = false;
    } else {
        m_finished = false;
        m_elapsed.start();
        m_tick.start();
    }
    retranslate();
}

void DiscussionPause::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DiscussionPause::retranslate()
{
    m_prompt->setText(tr("<b>Pause for discussion.</b> Think alone, tell your neighbour, then vote "
                         "before anyone presses the button."));
    const int left = secondsLeft();
    m_timer->setText(m_finished ? tr("Time is up")
                     : m_tick.isActive() ? tr("%1:%2 left").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'))
                                         : tr("Start a 1-minute timer"));
    m_timer->setToolTip(tr("Time the think–pair–share discussion"));
}
