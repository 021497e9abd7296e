#include "confusionmatrixview.h"

#include "confusiongrid.h"
#include "metricformat.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

ConfusionMatrixView::ConfusionMatrixView(QWidget *parent)
    : QWidget(parent)
{
    m_splitBox = new QComboBox(this);
    m_splitBox->setObjectName(QStringLiteral("splitBox"));
    m_grid = new ConfusionGrid(this);
    m_grid->setObjectName(QStringLiteral("confusionGrid"));
    m_accuracyLabel = new QLabel(this);
    m_accuracyLabel->setObjectName(QStringLiteral("accuracyLabel"));
    m_accuracyLabel->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_splitBox);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_accuracyLabel);

    connect(m_splitBox, &QComboBox::currentIndexChanged, this, [this] {
        clearSelection();
        recompute();
    });
    connect(m_grid, &ConfusionGrid::cellClicked, this, &ConfusionMatrixView::onCellClicked);
    retranslateUi();
}

ConfusionMatrixView::SplitChoice ConfusionMatrixView::currentSplit() const
{
    return SplitChoice(m_splitBox->currentData().toInt());
}

void ConfusionMatrixView::setCurrentSplit(SplitChoice split)
{
    const int index = m_splitBox->findData(int(split));
    if (index >= 0)
        m_splitBox->setCurrentIndex(index);
}

QList<int> ConfusionMatrixView::cellSamples(int actual, int predicted) const
{
    const int k = m_grid->classCount();
    if (actual < 0 || predicted < 0 || actual >= k || predicted >= k)
        return {};
    return m_cells.value(actual * k + predicted);
}

void ConfusionMatrixView::setData(const DataReport &data)
{
    if (m_hasData && data.generation != m_data.generation)
        clearSelection(); // the old cells point at samples that no longer exist
    m_data = data;
    m_hasData = true;
    recompute();
}

void ConfusionMatrixView::setReport(const TrainingReport &report)
{
    m_predictions = report.predictions;
    m_predictionGeneration = report.generation;
    recompute();
}

void ConfusionMatrixView::setShowTest(bool show)
{
    if (show == m_showTest)
        return;
    m_showTest = show;
    fillSplitBox();
}

void ConfusionMatrixView::fillSplitBox()
{
    const SplitChoice current = m_splitBox->count() > 0 ? currentSplit() : Training;
    const QSignalBlocker blocker(m_splitBox);
    m_splitBox->clear();
    m_splitBox->addItem(tr("Training set"), int(Training));
    m_splitBox->addItem(tr("Validation set"), int(Validation));
    if (m_showTest)
        m_splitBox->addItem(tr("Test set"), int(Test));
    const int index = m_splitBox->findData(int(current));
    m_splitBox->setCurrentIndex(index >= 0 ? index : int(Validation));
    if (index < 0) { // the test set was hidden while shown here
        clearSelection();
        recompute();
    }
}

void ConfusionMatrixView::recompute()
{
    const engine::Dataset &dataset = m_data.dataset;
    const int k = dataset.classCount;
    m_cells.clear();
    QString message;
    if (!m_hasData)
        message = tr("No data yet");
    else if (dataset.task == engine::Task::Regression || dataset.classes.empty())
        message = tr("Regression has no classes, so there is no confusion matrix");
    else if (m_predictionGeneration != m_data.generation || m_predictions.size() != dataset.classes.size())
        message = tr("No predictions yet");
    const engine::DataSplit &split = m_data.split;
    const std::vector<int> &samples = currentSplit() == Training ? split.train
                                      : currentSplit() == Validation ? split.validation : split.test;
    if (message.isEmpty() && samples.empty())
        message = tr("This set has no samples");
    if (!message.isEmpty()) {
        m_grid->setMessage(message);
        m_accuracyLabel->setText(QString());
        setSelection(-1, -1);
        return;
    }

    m_cells.resize(k * k);
    int correct = 0, total = 0;
    for (int sample : samples) {
        const int actual = dataset.classes[static_cast<std::size_t>(sample)];
        const int predicted = m_predictions[static_cast<std::size_t>(sample)];
        if (actual < 0 || actual >= k || predicted < 0 || predicted >= k)
            continue; // not predicted (yet): counted nowhere rather than in a wrong cell
        m_cells[actual * k + predicted].append(sample);
        correct += actual == predicted ? 1 : 0;
        ++total;
    }
    QList<int> counts;
    counts.reserve(k * k);
    for (const QList<int> &cell : std::as_const(m_cells))
        counts.append(int(cell.size()));
    m_grid->setMatrix(k, counts);
    m_accuracyLabel->setText(tr("Accuracy = correct / total = %1 / %2 = %3")
                                 .arg(correct)
                                 .arg(total)
                                 .arg(total > 0 ? metricformat::accuracy(double(correct) / total) : metricformat::none()));
    setSelection(m_selectedActual, m_selectedPredicted);
}

void ConfusionMatrixView::onCellClicked(int actual, int predicted)
{
    if (actual == m_selectedActual && predicted == m_selectedPredicted)
        setSelection(-1, -1);
    else
        setSelection(actual, predicted);
    emit cellClicked(m_selectedSamples);
}

void ConfusionMatrixView::clearSelection()
{
    setSelection(-1, -1);
}

void ConfusionMatrixView::setSelection(int actual, int predicted)
{
    if (actual >= m_grid->classCount() || predicted >= m_grid->classCount())
        actual = predicted = -1;
    m_selectedActual = actual;
    m_selectedPredicted = predicted;
    m_grid->setSelectedCell(actual, predicted);
    const QList<int> samples = actual >= 0 ? cellSamples(actual, predicted) : QList<int>();
    if (samples != m_selectedSamples) {
        m_selectedSamples = samples;
        emit selectedSamplesChanged(m_selectedSamples);
    }
}

void ConfusionMatrixView::retranslateUi()
{
    fillSplitBox();
    m_splitBox->setToolTip(tr("Which set the confusion matrix counts"));
    m_splitBox->setAccessibleName(tr("Set for the confusion matrix"));
    m_grid->setToolTip(tr("Rows: actual class, columns: predicted class. Click a cell to highlight its samples in "
                          "the plot; click it again to clear"));
    m_grid->setAccessibleName(tr("Confusion matrix"));
    m_accuracyLabel->setToolTip(tr("Accuracy: the diagonal cells (correct predictions) divided by all samples"));
    m_accuracyLabel->setAccessibleName(tr("Accuracy of the set"));
    setToolTip(tr("Confusion matrix"));
    setAccessibleName(tr("Confusion matrix"));
    recompute();
}

void ConfusionMatrixView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
