#include "lessonlistpage.h"

#include "lessonlibrary.h"
#include "progressstore.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

/// " · 2 of 3 checkpoints ✓" once the student has answered one right.
QString checkpointText(const Lesson &lesson, int right)
{
    int total = 0;
    for (const LessonStep &step : lesson.steps)
        total += static_cast<int>(step.checkpoints.size());
    if (right <= 0 || total == 0)
        return {};
    return LessonListPage::tr(" · %1 of %n checkpoint(s) right", nullptr, total).arg(qMin(right, total));
}

} // namespace

LessonListPage::LessonListPage(const LessonLibrary *library, ProgressStore *progress, QWidget *parent)
    : QWidget(parent), m_library(library), m_progress(progress)
{
    setObjectName(QStringLiteral("lessonListPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    m_heading = new QLabel;
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_heading->setFont(big);
    layout->addWidget(m_heading);
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto *buttons = new QHBoxLayout;
    m_freePlay = new QPushButton;
    m_freePlay->setObjectName(QStringLiteral("freePlay"));
    m_open = new QPushButton;
    m_open->setObjectName(QStringLiteral("openLessonFolder"));
    m_reset = new QPushButton;
    m_reset->setObjectName(QStringLiteral("resetProgress"));
    buttons->addWidget(m_freePlay);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_reset);
    layout->addLayout(buttons);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_list = new QWidget;
    scroll->setWidget(m_list);
    layout->addWidget(scroll, 1);

    connect(m_freePlay, &QPushButton::clicked, this, &LessonListPage::freePlayRequested);
    connect(m_open, &QPushButton::clicked, this, &LessonListPage::openFolderRequested);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(this, tr("Reset my progress"),
                                                  tr("Forget which steps and lessons you have done on this computer?"));
        if (answer == QMessageBox::Yes) {
            m_progress->resetAll();
            refresh();
        }
    });
    refresh();
}

void LessonListPage::setLanguage(const QString &language)
{
    m_language = language;
    refresh();
}

void LessonListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void LessonListPage::refresh()
{
    m_heading->setText(tr("Neural Lessons"));
    m_intro->setText(tr("Twelve short lessons on how a neural network learns. Each step asks you to predict "
                        "first, then run the network and see. Start with lesson 1, or explore freely."));
    m_freePlay->setText(tr("Free play"));
    m_freePlay->setToolTip(tr("Every control unlocked, no lesson"));
    m_open->setText(tr("Open lesson folder…"));
    m_open->setToolTip(tr("Load a lesson from a folder on disk (for teachers and lesson authors)"));
    m_reset->setText(tr("Reset my progress"));
    m_reset->setToolTip(tr("Forget the steps you have done on this computer"));

    delete m_list->layout();
    qDeleteAll(m_list->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    auto *grid = new QGridLayout(m_list);
    grid->setColumnStretch(1, 1);
    int row = 0;
    for (const LessonLoadResult &entry : m_library->entries()) {
        const Lesson &lesson = entry.lesson;
        auto *number = new QLabel(QString::number(lesson.number));
        QFont bold = number->font();
        bold.setBold(true);
        bold.setPointSizeF(bold.pointSizeF() * 1.3);
        number->setFont(bold);
        grid->addWidget(number, row, 0, Qt::AlignTop);
        auto *title = new QLabel;
        title->setObjectName(QStringLiteral("title.") + lesson.id);
        title->setWordWrap(true);
        auto *button = new QPushButton;
        button->setObjectName(QStringLiteral("open.") + lesson.id);
        if (entry.ok()) {
            const ProgressStore::Entry progress = m_progress->entry(lesson.id);
            title->setText(QStringLiteral("<b>%1</b><br><small>%2</small>")
                               .arg(lesson.text(m_language).title().toHtmlEscaped(),
                                    tr("%n min", nullptr, lesson.selfPacedMinutes)
                                        + checkpointText(lesson, progress.checkpointsRight)
                                        + (progress.done ? tr(" · done ✓") : QString())));
            auto *bar = new QProgressBar;
            bar->setRange(0, static_cast<int>(lesson.steps.size()));
            bar->setValue(progress.done ? bar->maximum() : progress.furthestStep + 1);
            bar->setFormat(tr("%v of %m steps"));
            bar->setAccessibleName(tr("Progress in lesson %1").arg(lesson.number));
            bar->setMaximumWidth(200);
            grid->addWidget(bar, row, 2);
            const bool resume = progress.furthestStep >= 0 && !progress.done;
            button->setText(resume ? tr("Continue") : progress.done ? tr("Again") : tr("Start"));
            button->setToolTip(tr("Open lesson %1").arg(lesson.number));
            const int step = resume ? progress.lastStep : 0;
            const QString id = lesson.id;
            connect(button, &QPushButton::clicked, this, [this, id, step] { emit lessonChosen(id, step); });
        } else {
            title->setText(tr("<b>%1</b> cannot be opened: the lesson files have errors.").arg(lesson.id.toHtmlEscaped()));
            title->setToolTip(entry.errors.join(QLatin1Char('\n')));
            button->setText(tr("Details"));
            const QString details = entry.errors.join(QLatin1Char('\n'));
            connect(button, &QPushButton::clicked, this, [this, details] {
                QMessageBox::warning(this, tr("Lesson errors"), details);
            });
        }
        grid->addWidget(title, row, 1);
        grid->addWidget(button, row, 3);
        ++row;
    }
    grid->setRowStretch(row, 1);
}
