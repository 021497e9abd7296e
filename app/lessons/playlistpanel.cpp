#include "playlistpanel.h"

#include "flowlayout.h"
#include "lessonlibrary.h"
#include "markdownlabel.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

PlaylistPanel::PlaylistPanel(const LessonLibrary *library, QWidget *parent)
    : QWidget(parent), m_library(library), m_playlist(ClassroomPlaylist::load())
{
    setObjectName(QStringLiteral("playlistPanel"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget;
    m_layout = new QVBoxLayout(content);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &PlaylistPanel::tick);
    rebuild();
}

void PlaylistPanel::setLanguage(const QString &language)
{
    m_language = language;
    rebuild();
}

void PlaylistPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void PlaylistPanel::rebuild()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_clocks.clear();
    m_timerButtons.clear();
    auto *heading = new QLabel(tr("<b>Module 6 in class: %n minutes</b>", nullptr, m_playlist.totalMinutes()));
    m_layout->addWidget(heading);
    const QList<PlaylistBlock> &blocks = m_playlist.blocks();
    for (int b = 0; b < blocks.size(); ++b) {
        const PlaylistBlock &block = blocks[b];
        auto *box = new QGroupBox(m_playlist.title(block.id, m_language));
        box->setObjectName(QStringLiteral("block.") + block.id);
        auto *layout = new QVBoxLayout(box);
        layout->addWidget(new MarkdownLabel(m_playlist.note(block.id, m_language)));
        auto *steps = new FlowLayout;
        for (int number : block.lessons) {
            const Lesson *lesson = m_library->byNumber(number);
            if (!lesson)
                continue;
            QList<int> starred = ClassroomPlaylist::classroomSteps(*lesson);
            if (block.minutes == 0 || starred.isEmpty())
                starred = {0}; // homework: the lesson from its start
            for (int step : starred) {
                auto *button = new QPushButton(block.minutes == 0 ? tr("L%1").arg(number)
                                                                  : tr("L%1 ★%2").arg(number).arg(step + 1));
                button->setObjectName(QStringLiteral("playlist.L%1.S%2").arg(number).arg(step + 1));
                button->setToolTip(tr("Lesson %1, step %2: %3").arg(number).arg(step + 1)
                                       .arg(lesson->text(m_language).title()));
                connect(button, &QPushButton::clicked, this, [this, number, step] { emit stepChosen(number, step); });
                steps->addWidget(button);
            }
        }
        layout->addLayout(steps);
        if (block.minutes > 0) {
            auto *row = new QHBoxLayout;
            auto *timer = new QPushButton(tr("Start the %n-minute timer", nullptr, block.minutes));
            timer->setObjectName(QStringLiteral("timer.") + block.id);
            timer->setToolTip(tr("Time this block; the clock turns red when it runs over"));
            connect(timer, &QPushButton::clicked, this, [this, b] { m_running == b ? stopTimer() : startBlock(b); });
            auto *clock = new QLabel(QStringLiteral("0:00 / %1:00").arg(block.minutes));
            clock->setObjectName(QStringLiteral("clock.") + block.id);
            row->addWidget(timer);
            row->addWidget(clock, 1);
            layout->addLayout(row);
            m_clocks.append(clock);
            m_timerButtons.append(timer);
        } else {
            m_clocks.append(nullptr);
            m_timerButtons.append(nullptr);
        }
        m_layout->addWidget(box);
    }
    m_layout->addStretch(1);
    tick();
}

void PlaylistPanel::startBlock(int index)
{
    if (index < 0 || index >= m_playlist.blocks().size() || m_playlist.blocks()[index].minutes == 0)
        return;
    m_running = index;
    m_elapsed.start();
    m_tick.start();
    tick();
}

void PlaylistPanel::stopTimer()
{
    m_running = -1;
    m_tick.stop();
    tick();
}

qint64 PlaylistPanel::elapsedSeconds() const
{
    return m_running < 0 ? 0 : m_elapsed.elapsed() / 1000;
}

void PlaylistPanel::tick()
{
    const QList<PlaylistBlock> &blocks = m_playlist.blocks();
    for (int b = 0; b < m_clocks.size(); ++b) {
        if (!m_clocks[b])
            continue;
        const qint64 seconds = b == m_running ? elapsedSeconds() : 0;
        const bool over = seconds > blocks[b].minutes * 60;
        m_clocks[b]->setText(QStringLiteral("%1:%2 / %3:00")
                                 .arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')).arg(blocks[b].minutes));
        // Red on any palette: the one signal a teacher glancing at the screen needs.
        m_clocks[b]->setStyleSheet(over ? QStringLiteral("color: #d32f2f; font-weight: bold;") : QString());
        m_timerButtons[b]->setText(b == m_running ? tr("Stop the timer")
                                                  : tr("Start the %n-minute timer", nullptr, blocks[b].minutes));
    }
}
