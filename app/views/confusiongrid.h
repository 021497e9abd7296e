#pragma once

#include <QList>
#include <QWidget>

/**
 * The painted cells of a confusion matrix (P4): rows are the actual class, columns the predicted
 * class, each cell shows its count and is tinted by it (green-teal on the diagonal = correct, red
 * off it = mistakes), so the largest mistakes stand out before the numbers are read.
 *
 * For two classes the positive class comes first, so the cells read TP FN / FP TN as in every
 * textbook, each labelled with its letters and its name (真正例 ...). For k classes (digits: 10)
 * the cells are small and show only the count when it fits. Clicking a cell emits cellClicked;
 * the owner decides what selection means.
 */
class ConfusionGrid : public QWidget
{
    Q_OBJECT

public:
    explicit ConfusionGrid(QWidget *parent = nullptr);

    /// counts[actual * classCount + predicted]; a class count of 0 shows the message instead.
    void setMatrix(int classCount, const QList<int> &counts);
    void setMessage(const QString &message);
    /// The outlined cell, or (-1, -1) for none.
    void setSelectedCell(int actual, int predicted);
    int classCount() const { return m_classes; }
    int count(int actual, int predicted) const;
    /// Where the cell of (actual, predicted) is drawn; empty when there is no matrix.
    QRect cellRect(int actual, int predicted) const;

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

signals:
    void cellClicked(int actual, int predicted);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    bool isBinary() const { return m_classes == 2; }
    /// Display position of a class: binary shows class 1 (positive) first.
    int position(int classIndex) const { return isBinary() ? 1 - classIndex : classIndex; }
    int classAt(int position) const { return isBinary() ? 1 - position : position; }
    QString className(int classIndex) const;
    QString cellTerm(int actual, int predicted, bool letters) const;
    int headerWidth() const;
    QRect cellArea() const;
    bool cellAt(const QPoint &point, int &actual, int &predicted) const;
    void paintHeaders(QPainter &painter, const QRect &area);
    void paintCell(QPainter &painter, int actual, int predicted, int maxCount);

    int m_classes = 0;
    QList<int> m_counts;
    QString m_message;
    int m_selectedActual = -1;
    int m_selectedPredicted = -1;
};
