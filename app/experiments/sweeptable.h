#pragma once
/**
 * @file sweeptable.h
 * SweepTable: the results of a sweep, one entry per cell — its values on each axis, then
 * training and validation loss and accuracy — with the best cell (lowest validation loss)
 * starred. The test numbers read "locked" until the test set is evaluated for that cell
 * (issue #5: the test set stays locked during the sweep). Selecting a cell chooses it.
 *
 * Cells are rows in the sweep dialog; in the narrow lesson column they are columns (a lesson
 * sweeps one hyperparameter over a few values, as the compare tables do).
 */
#include <QPointer>
#include "sweeprunner.h"

#include <QTableWidget>

#include <optional>


class SweepTable : public QTableWidget {
    Q_OBJECT
public:
    enum class Layout { CellRows, CellColumns };
    explicit SweepTable(Layout layout = Layout::CellRows, QWidget *parent = nullptr);
    /// Shows the cells of `runner`'s grid (rebuilds the table) and its results so far.
    void setRunner(const SweepRunner *runner);
    const SweepRunner *runner() const { return m_runner; }
    /// Shows the runner's results so far.
    void refresh();
    /// The chosen cell, or -1.
    int selectedCell() const;
    void selectCell(int cell);
    /// The table item of `cell`'s measurement `measure` (0 training loss … 5 test accuracy).
    QTableWidgetItem *measureItem(int cell, int measure) const;

signals:
    void cellSelected(int cell);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setHeaders();
    /// Row and column of a cell's field (axes first, then the measures).
    QTableWidgetItem *fieldItem(int cell, int field) const;
    int axisFields() const;
    QString cellLabel(int cell) const;

    Layout m_layout;
    QPointer<const SweepRunner> m_runner; ///< a lesson replaces its runner on a new sweep
};
