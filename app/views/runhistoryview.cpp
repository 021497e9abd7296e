#include "runhistoryview.h"

#include "enginetext.h"
#include "metricformat.h"
#include "runtablecsv.h"
#include "workspace.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QIcon swatch(const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), 2, 2);
    return QIcon(pixmap);
}

QString percent(const engine::SplitMetrics &m)
{
    return m.count > 0 && m.hasAccuracy ? QString::number(100.0 * m.accuracy, 'f', 1) + QLatin1Char('%')
                                        : metricformat::none();
}

QString lossOf(const engine::SplitMetrics &m)
{
    return m.count > 0 ? metricformat::loss(m.loss) : metricformat::none();
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

RunHistoryView::RunHistoryView(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("currentRunLabel"));
    m_current->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("runHistoryTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_reopen = new QPushButton(this);
    m_reopen->setObjectName(QStringLiteral("reopenRunButton"));
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("deleteRunButton"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportRunsButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reopen);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_current);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    RunHistory &history = workspace->runHistory();
    connect(&history, &RunHistory::changed, this, &RunHistoryView::rebuild);
    connect(&history, &RunHistory::shownChanged, this, &RunHistoryView::updateChecks);
    connect(m_table, &QTableWidget::itemChanged, this, &RunHistoryView::onItemChanged);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RunHistoryView::updateButtons);
    connect(m_reopen, &QPushButton::clicked, this, &RunHistoryView::reopenSelected);
    connect(m_delete, &QPushButton::clicked, this, &RunHistoryView::deleteSelected);
    connect(m_export, &QPushButton::clicked, this, &RunHistoryView::exportCsv);

    retranslateUi();
}

int RunHistoryView::runAt(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, RunColumn);
    return item ? item->data(Qt::UserRole).toInt() : 0;
}

int RunHistoryView::selectedRun() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    return selected.isEmpty() ? 0 : runAt(selected.first()->row());
}

void RunHistoryView::rebuild()
{
    const int selected = selectedRun();
    m_updating = true;
    const std::vector<RunRecord> &runs = m_workspace->runHistory().runs();
    m_table->setRowCount(static_cast<int>(runs.size()));
    const int iconSize = fontMetrics().height() * 3 / 4;
    m_table->setIconSize(QSize(iconSize, iconSize));
    int row = 0;
    for (auto run = runs.rbegin(); run != runs.rend(); ++run, ++row) {
        auto *number = new QTableWidgetItem(swatch(RunHistory::color(run->number), iconSize), QString::number(run->number));
        number->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        number->setData(Qt::UserRole, run->number);
        number->setCheckState(run->shown ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, RunColumn, number);
        auto *settings = cell(settingsText(*run));
        settings->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        m_table->setItem(row, SettingsColumn, settings);
        m_table->setItem(row, LearningRateColumn, cell(QString::number(run->spec.training.optimizer.learningRate)));
        m_table->setItem(row, EpochsColumn, cell(QString::number(run->epochs())));
        m_table->setItem(row, TrainingLossColumn, cell(lossOf(run->last().train)));
        m_table->setItem(row, ValidationLossColumn, cell(lossOf(run->last().validation)));
        const engine::EpochMetrics *best = run->best();
        m_table->setItem(row, BestColumn,
                         cell(best ? tr("%1 (epoch %2)").arg(metricformat::loss(best->validation.loss)).arg(best->epoch)
                                   : metricformat::none()));
        m_table->setItem(row, ValidationAccuracyColumn, cell(percent(run->last().validation)));
        m_table->setItem(row, TimeColumn, cell(tr("%1 s").arg(run->seconds, 0, 'f', 1)));
        const QString details = detailsText(*run);
        for (int c = 0; c < ColumnCount; ++c)
            m_table->item(row, c)->setToolTip(details);
        if (run->number == selected)
            m_table->selectRow(row);
    }
    m_updating = false;
    const RunHistory &history = m_workspace->runHistory();
    m_current->setText(history.reopenedFrom() > 0
                           ? tr("Run %1 is in progress (reopened from run %2).").arg(history.currentNumber()).arg(history.reopenedFrom())
                           : tr("Run %1 is in progress. A run is recorded here when the next one starts (Reset, new "
                                "weights, a new data set or network).").arg(history.currentNumber()));
    updateButtons();
}

void RunHistoryView::updateChecks()
{
    m_updating = true;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (const RunRecord *run = m_workspace->runHistory().run(runAt(row)))
            m_table->item(row, RunColumn)->setCheckState(run->shown ? Qt::Checked : Qt::Unchecked);
    m_updating = false;
}

void RunHistoryView::updateButtons()
{
    const bool any = selectedRun() > 0;
    m_reopen->setEnabled(any);
    m_delete->setEnabled(any);
    m_export->setEnabled(m_table->rowCount() > 0);
}

void RunHistoryView::onItemChanged(QTableWidgetItem *item)
{
    if (m_updating || item->column() != RunColumn)
        return;
    m_workspace->runHistory().setShown(item->data(Qt::UserRole).toInt(), item->checkState() == Qt::Checked);
}

void RunHistoryView::reopenSelected()
{
    if (const int number = selectedRun())
        m_workspace->reopenRun(number);
}

void RunHistoryView::deleteSelected()
{
    if (const int number = selectedRun())
        m_workspace->runHistory().remove(number);
}

void RunHistoryView::exportCsv()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the run history"),
                                                      QDir(folder).filePath(QStringLiteral("run-history.csv")),
                                                      tr("CSV tables (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool RunHistoryView::exportTo(const QString &path)
{
    QString error;
    if (RunTableCsv::save(path, m_workspace->runHistory().runs(), &error))
        return true;
    QMessageBox::warning(this, tr("Export the run history"), error);
    return false;
}

QString RunHistoryView::settingsText(const RunRecord &run) const
{
    QStringList hidden;
    for (int units : run.spec.network.hidden)
        hidden << QString::number(units);
    const QString network = hidden.isEmpty() ? tr("no hidden layer") : hidden.join(QLatin1Char('-'));
    return tr("%1, %2, %3").arg(EngineText::datasetKindName(run.spec.data.kind), network,
                                EngineText::optimizerName(run.spec.training.optimizer.kind));
}

QString RunHistoryView::detailsText(const RunRecord &run) const
{
    const engine::EpochMetrics &last = run.last();
    QString text = tr("Run %1, started %2").arg(run.number).arg(QLocale().toString(run.started.toLocalTime(), QLocale::ShortFormat));
    text += QLatin1Char('\n') + tr("Seeds: data %1, weights %2, shuffle %3")
                                    .arg(run.spec.data.seed)
                                    .arg(run.spec.initSeed)
                                    .arg(run.spec.training.shuffleSeed);
    // No test figures: the lessons keep the test set for last (the CSV, for the teacher, has them).
    text += QLatin1Char('\n') + tr("After epoch %1: loss %2 / %3, accuracy %4 / %5 (training / validation)")
                                    .arg(last.epoch)
                                    .arg(lossOf(last.train), lossOf(last.validation), percent(last.train),
                                         percent(last.validation));
    return text;
}

void RunHistoryView::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("Run"), tr("Learning rate"), tr("Epochs"), tr("Training loss"),
                                        tr("Validation loss"), tr("Lowest validation loss"), tr("Validation accuracy"),
                                        tr("Time"), tr("Settings")});
    m_table->horizontalHeaderItem(RunColumn)->setToolTip(tr("Tick a run to draw its curves on the loss and accuracy charts"));
    m_table->setAccessibleName(tr("Run history"));
    m_reopen->setText(tr("Reopen"));
    m_reopen->setToolTip(tr("Continue the selected run: its settings and its final weights come back"));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Remove the selected run from the history"));
    m_export->setText(tr("Export CSV…"));
    m_export->setToolTip(tr("Save the table as a CSV file for a spreadsheet"));
    setAccessibleName(tr("Run history"));
    rebuild();
}

void RunHistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
