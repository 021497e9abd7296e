// FreeModePanel: the lesson column in free mode; see freemodepanel.h.
#include "freemodepanel.h"

#include "lessonsession.h"
#include "markdownlabel.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

FreeModePanel::FreeModePanel(LessonSession *session, const QString &language, bool teacher, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const Lesson &lesson = m_session->lesson();
    const LessonText &text = lesson.text(language);
    auto *heading = new QLabel(tr("Lesson %1 · %2").arg(lesson.number).arg(text.title()));
    heading->setWordWrap(true);
    layout->addWidget(heading);
    addMarkdown(layout, tr("### Try it yourself"), QStringLiteral("freeTitle"));
    addMarkdown(layout, tr("Every control is unlocked now. Your challenge:"));
    addMarkdown(layout, m_session->expand(text.part(QStringLiteral("free"), QStringLiteral("challenge"))),
                QStringLiteral("challengeText"));
    m_challengeStatus = new QLabel;
    m_challengeStatus->setObjectName(QStringLiteral("challengeStatus"));
    m_challengeStatus->setWordWrap(true);
    layout->addWidget(m_challengeStatus);
    m_bestScore = new QLabel;
    m_bestScore->setObjectName(QStringLiteral("bestScore"));
    m_bestScore->setWordWrap(true);
    layout->addWidget(m_bestScore);
    auto *restore = new QPushButton(tr("Restore the lesson preset"));
    restore->setObjectName(QStringLiteral("restorePreset"));
    restore->setToolTip(tr("Go back to the lesson's data, network and settings"));
    connect(restore, &QPushButton::clicked, m_session, &LessonSession::restorePreset);
    layout->addWidget(restore, 0, Qt::AlignLeft);
    addPlaygroundLink(layout);
    if (teacher)
        addMarkdown(layout, text.part(QStringLiteral("free"), QStringLiteral("teacher")));
}

void FreeModePanel::addMarkdown(QVBoxLayout *layout, const QString &markdown, const QString &objectName)
{
    auto *label = new MarkdownLabel(markdown);
    label->setObjectName(objectName);
    connect(label, &MarkdownLabel::termActivated, this, &FreeModePanel::termActivated);
    layout->addWidget(label);
}

void FreeModePanel::addPlaygroundLink(QVBoxLayout *layout)
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
    layout->addLayout(row);
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

QString FreeModePanel::scoreName(const QString &variable)
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

void FreeModePanel::updateMetrics()
{
    m_challengeStatus->setText(m_session->challengeMet() ? tr("✓ Challenge met on your screen right now!")
                                                         : tr("Not met yet: keep trying."));
    const std::optional<double> best = m_session->bestScore();
    m_bestScore->setVisible(best.has_value());
    if (best)
        m_bestScore->setText(tr("Your best so far (lower is better): %1 %2")
                                 .arg(QString::number(*best, 'g', 4), scoreName(m_session->lesson().minimize)));
}
