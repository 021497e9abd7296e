#include "sweeptable.h"

#include "sweeprunner.h"
#include "sweepvalues.h"

#include <QEvent>
#include <QHeaderView>

namespace {
/// Measurements after the axis fields.
enum Measure { TrainLoss, TrainAcc, ValLoss, ValAcc, TestLoss, TestAcc, MeasureCount };
const char *const kMeasureVariables[MeasureCount] = {"train.loss", "train.acc", "val.loss", "val.acc", "test.loss", "test.acc"};
} // namespace

SweepTable::SweepTable(Layout layout, QWidget *parent) : QTableWidget(parent), m_layout(layout)
{
    setObjectName(QStringLiteral("sweepTable"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    const bool rows = layout == Layout::CellRows;
    setSelectionBehavior(rows ? QAbstractItemView::SelectRows : QAbstractItemView::SelectColumns);
    (rows ? verticalHeader() : horizontalHeader())->hide();
    horizontalHeader()->setSectionResizeMode(rows ? QHeaderView::ResizeToContents : QHeaderView::Stretch);
    if (rows)
        horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (!rows)
        horizontalHeader()->show();
    connect(this, &QTableWidget::itemSelectionChanged, this, [this] {
        if (selectedCell() >= 0)
            emit cellSelected(selectedCell());
    });
}

int SweepTable::axisFields() const
{
    // In columns, the column heading names the cell's values.
    return m_layout == Layout::CellRows && m_runner ? static_cast<int>(m_runner->grid().axes().size()) : 0;
}

QTableWidgetItem *SweepTable::fieldItem(int cell, int field) const
{
    return m_layout == Layout::CellRows ? item(cell, field) : item(field, cell);
}

QTableWidgetItem *SweepTable::measureItem(int cell, int measure) const
{
    return fieldItem(cell, axisFields() + measure);
}

QString SweepTable::cellLabel(int cell) const
{
    const SweepGrid &grid = m_runner->grid();
    const QList<int> at = grid.coordinates(cell);
    QStringList parts;
    for (int a = 0; a < grid.axes().size(); ++a)
        parts.append(SweepValues::valueLabel(grid.axes()[a].key, grid.axes()[a].values[at[a]]));
    return parts.join(QStringLiteral(" · "));
}

void SweepTable::setRunner(const SweepRunner *runner)
{
    m_runner = runner;
    const int cells = runner->grid().cellCount();
    const int fields = axisFields() + MeasureCount;
    clear();
    setRowCount(m_layout == Layout::CellRows ? cells : fields);
    setColumnCount(m_layout == Layout::CellRows ? fields : cells);
    for (int r = 0; r < rowCount(); ++r)
        for (int c = 0; c < columnCount(); ++c)
            setItem(r, c, new QTableWidgetItem);
    for (int cell = 0; cell < cells; ++cell) {
        const QList<int> at = runner->grid().coordinates(cell);
        for (int a = 0; a < axisFields(); ++a) {
            const SweepAxis &axis = runner->grid().axes()[a];
            fieldItem(cell, a)->setText(SweepValues::valueLabel(axis.key, axis.values[at[a]]));
        }
    }
    setHeaders();
}

void SweepTable::setHeaders()
{
    if (!m_runner)
        return;
    QStringList fields;
    for (int a = 0; a < axisFields(); ++a)
        fields.append(SweepValues::axisName(m_runner->grid().axes()[a].key));
    fields << tr("Training loss") << tr("Training accuracy") << tr("Validation loss") << tr("Validation accuracy")
           << tr("Test loss") << tr("Test accuracy");
    if (m_layout == Layout::CellRows)
        setHorizontalHeaderLabels(fields);
    else
        setVerticalHeaderLabels(fields);
    refresh();
}

void SweepTable::refresh()
{
    if (!m_runner || m_runner->cellCount() != (m_layout == Layout::CellRows ? rowCount() : columnCount()))
        return;
    const int best = m_runner->bestCell();
    const QColor locked = palette().color(QPalette::Disabled, QPalette::Text);
    QStringList cellHeaders;
    for (int cell = 0; cell < m_runner->cellCount(); ++cell) {
        const std::optional<SweepCellResult> &r = m_runner->result(cell);
        for (int m = 0; m < MeasureCount; ++m) {
            QTableWidgetItem *entry = measureItem(cell, m);
            const std::optional<double> value = r ? r->metrics.value(QString::fromLatin1(kMeasureVariables[m])) : std::nullopt;
            const bool isLocked = (m == TestLoss || m == TestAcc) && !(r && r->testEvaluated);
            entry->setText(isLocked ? tr("locked") : value ? QString::number(*value, 'f', 3) : QStringLiteral("…"));
            entry->setForeground(isLocked ? locked : palette().color(QPalette::Text));
            entry->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
        if (r && (r->failed || r->cancelled))
            measureItem(cell, ValLoss)->setText(r->failed ? tr("failed") : tr("cancelled"));
        QFont font = this->font();
        font.setBold(cell == best);
        for (int f = 0; f < axisFields() + MeasureCount; ++f)
            fieldItem(cell, f)->setFont(font);
        QTableWidgetItem *first = fieldItem(cell, 0);
        const QString star = QStringLiteral("★ ");
        if (m_layout == Layout::CellRows) {
            QString label = first->text();
            label.remove(star);
            first->setText(cell == best ? star + label : label);
            first->setToolTip(cell == best ? tr("Best: the lowest validation loss") : QString());
        } else {
            cellHeaders.append(cell == best ? star + cellLabel(cell) : cellLabel(cell));
        }
    }
    if (m_layout == Layout::CellColumns)
        setHorizontalHeaderLabels(cellHeaders);
}

int SweepTable::selectedCell() const
{
    const QList<QTableWidgetItem *> items = selectedItems();
    if (items.isEmpty())
        return -1;
    return m_layout == Layout::CellRows ? items.first()->row() : items.first()->column();
}

void SweepTable::selectCell(int cell)
{
    if (!m_runner || cell < 0 || cell >= m_runner->cellCount())
        return;
    m_layout == Layout::CellRows ? selectRow(cell) : selectColumn(cell);
}

void SweepTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setHeaders();
    QTableWidget::changeEvent(event);
}
