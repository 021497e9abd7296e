#include "trainingconsole.h"

#include "losssparkline.h"
#include "pytorchlisting.h"
#include "pythoncode.h"
#include "trainingsession.h"

#include <QEvent>
#include <QFont>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

TrainingConsole::TrainingConsole(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("trainingConsole"));
    m_title = new QLabel;
    m_output = new QPlainTextEdit;
    m_output->setObjectName(QStringLiteral("consoleOutput"));
    m_output->setReadOnly(true);
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_output->setMaximumBlockCount(kMaxLines);
    m_output->setUndoRedoEnabled(false);
    m_sparkline = new LossSparkline;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_output, 1);
    layout->addWidget(m_sparkline);
    updateFont();
    retranslateUi();
}

void TrainingConsole::setSession(TrainingSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (!m_session)
        return;
    connect(m_session, &TrainingSession::reportReceived, this, &TrainingConsole::showReport);
    m_generation = m_session->latest().generation;
    m_session->setBatchLog(isVisible());
}

void TrainingConsole::setSpec(const WorkspaceSpec &spec)
{
    m_epochs = spec.epochLimit > 0 ? spec.epochLimit : PyTorchListing::kDefaultEpochs;
    m_validation = pythoncode::splitCounts(spec).validation > 0;
}

bool TrainingConsole::printsAfter(const engine::BatchReport &batch)
{
    const int step = batch.batch + 1;
    return batch.batchesPerEpoch >= 5 ? step % 5 == 0 : step == batch.batchesPerEpoch;
}

QString TrainingConsole::trainLine(const engine::BatchReport &batch, int epochs)
{
    // The listing's print(f"epoch {epoch + 1}/{num_epoch}, step {i + 1}/{num_iteration}, "
    //                      f"train loss {loss.item():.4f}"): not translated, it is the script's output.
    return QStringLiteral("epoch %1/%2, step %3/%4, train loss %5")
        .arg(batch.epoch)
        .arg(epochs)
        .arg(batch.batch + 1)
        .arg(batch.batchesPerEpoch)
        .arg(QString::number(batch.batchLoss, 'f', 4));
}

void TrainingConsole::showReport(const TrainingReport &report)
{
    if (report.generation != m_generation) {
        m_generation = report.generation;
        clear();
    }
    if (report.batchLosses.empty())
        return;
    QStringList lines;
    for (const engine::BatchReport &batch : report.batchLosses) {
        m_sparkline->append(batch.batchLoss);
        if (printsAfter(batch))
            lines.append(trainLine(batch, m_epochs));
        if (!m_validation || batch.batch + 1 != batch.batchesPerEpoch)
            continue;
        const auto epoch = std::find_if(report.newEpochs.begin(), report.newEpochs.end(),
                                        [&](const engine::EpochMetrics &m) { return m.epoch == batch.epoch; });
        if (epoch != report.newEpochs.end())
            lines.append(QStringLiteral("epoch %1/%2, validation loss %3")
                             .arg(batch.epoch)
                             .arg(m_epochs)
                             .arg(QString::number(epoch->validation.loss, 'f', 4)));
    }
    if (lines.isEmpty())
        return;
    m_printed += lines.size();
    // One append per report; lines the block limit would drop at once are not even added.
    if (lines.size() > kMaxLines)
        lines = lines.mid(lines.size() - kMaxLines);
    m_output->appendPlainText(lines.join(QLatin1Char('\n')));
}

void TrainingConsole::clear()
{
    m_output->clear();
    m_sparkline->clear();
    m_printed = 0;
}

void TrainingConsole::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_session)
        m_session->setBatchLog(true);
}

void TrainingConsole::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (m_session)
        m_session->setBatchLog(false);
}

void TrainingConsole::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TrainingConsole::retranslateUi()
{
    m_title->setText(tr("Console (what the script prints)"));
    m_output->setAccessibleName(tr("Console output"));
    m_output->setToolTip(tr("The lines the PyTorch listing prints while it trains, for the training on screen"));
    m_output->setPlaceholderText(tr("Train to see the script's prints here."));
}

void TrainingConsole::updateFont()
{
    // Families only, so the size follows the surrounding (projector) font, as in the listing.
    QFont mono;
    mono.setFamilies({QStringLiteral("Noto Sans Mono CJK SC"), QStringLiteral("DejaVu Sans Mono"),
                      QStringLiteral("Consolas"), QStringLiteral("Courier New"), QStringLiteral("monospace")});
    mono.setStyleHint(QFont::TypeWriter);
    m_output->setFont(mono);
}
