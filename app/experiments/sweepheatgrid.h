#pragma once
/**
 * @file sweepheatgrid.h
 * SweepHeatGrid: a sweep over two hyperparameters as a grid (issue #5) — first axis down,
 * second across; each square is coloured by its validation loss (blue = lowest, orange =
 * highest, the Playground's scale) and shows the loss and validation accuracy. The best cell
 * has a thick outline, the chosen one a dashed one; clicking a square chooses it.
 */
#include <QWidget>

class SweepRunner;

class SweepHeatGrid : public QWidget {
    Q_OBJECT
public:
    explicit SweepHeatGrid(QWidget *parent = nullptr);
    /// Shows `runner`'s grid (which must have two axes) and its results so far.
    void setRunner(const SweepRunner *runner);
    void setSelectedCell(int cell);
    int selectedCell() const { return m_selected; }
    /// The cell under `point`, or -1.
    int cellAt(const QPoint &point) const;
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

signals:
    void cellClicked(int cell);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QRect gridRect() const;
    QRect squareRect(int row, int column) const;
    int rows() const;
    int columns() const;

    const SweepRunner *m_runner = nullptr;
    int m_selected = -1;
};
