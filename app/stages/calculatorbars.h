#pragma once
/**
 * @file calculatorbars.h
 * CalculatorBars: the picture of P8. For each class a blue bar for the network's output o (a
 * probability, 0 to 1), an orange bar for its squared error (t − o)², and a dashed outline up to
 * the label t (1 for the true class), so the gap the error squares is visible. A legend sits left
 * of the first class, in the column where the stage's number grid has its row titles.
 *
 * The stage tells it where its class columns are (setColumns), so each group of bars stands
 * exactly above the numbers it draws.
 */
#include <QList>
#include <QStringList>
#include <QWidget>

class OutputCalculator;

class CalculatorBars : public QWidget {
    Q_OBJECT
public:
    explicit CalculatorBars(const OutputCalculator &calculator, QWidget *parent = nullptr);

    /// Horizontal extent of each class column, in this widget's coordinates.
    void setColumns(const QList<QPair<double, double>> &columns);
    /// Lessons hide the error bars until students have computed the SSE themselves.
    void setErrorsShown(bool shown);
    /// ... and the prediction marker until they have said which class it is.
    void setPredictionShown(bool shown);
    /// Call after the calculator changed.
    void refresh();
    /// Room the legend needs left of the first class column.
    int legendWidth() const;

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF plotRect() const;
    /// Where the output bar of a class is drawn; its error bar stands to the right.
    QRectF outputBar(int index) const;
    QPair<double, double> column(int index) const;
    double yOf(double value) const;
    void paintLegend(QPainter &painter) const;
    QStringList legendTexts() const;

    const OutputCalculator &m_calculator;
    QList<QPair<double, double>> m_columns;
    bool m_errorsShown = true;
    bool m_predictionShown = true;
};
