#pragma once
/**
 * @file sidebysidechart.h
 * SideBySideChart: the side-by-side models' curves overlaid in one Qt chart, one colour per
 * model (training solid, validation dashed) with a legend naming each model's setting
 * ("A · lr 0.03 · 4-2"), loss or accuracy, and a log-scale option for the loss. It redraws from
 * the models' epoch histories, so a model that starts over simply draws its new curve.
 */
#include <QColor>
#include <QList>
#include <QWidget>

class QCheckBox;
class QChartView;
class QComboBox;
class QLabel;
class QLineSeries;
class QLogValueAxis;
class QValueAxis;
class SideBySideController;

class SideBySideChart : public QWidget {
    Q_OBJECT
public:
    explicit SideBySideChart(const SideBySideController *controller, QWidget *parent = nullptr);
    ~SideBySideChart() override;

    /// The colour of model `index` everywhere on the page (Tableau's colour-blind-friendly four).
    static QColor modelColor(int index);

    /// Redraws every curve from the controller's models (call at most ~30 times a second).
    void refresh();
    void setLogScale(bool on);
    bool isLogScale() const;
    /// Points drawn in the training curve of model `index` (for tests).
    int pointCount(int index) const;
    /// The legend text of model `index`.
    QString legendText(int index) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyPalette();
    void rebuildSeries();
    void attachY();
    bool showsAccuracy() const;

    const SideBySideController *m_controller;
    QChartView *m_view = nullptr;
    QComboBox *m_quantity = nullptr;
    QCheckBox *m_log = nullptr;
    QLabel *m_key = nullptr;
    QValueAxis *m_x = nullptr;
    QValueAxis *m_linearY = nullptr;
    QLogValueAxis *m_logY = nullptr;
    QList<QLineSeries *> m_train;
    QList<QLineSeries *> m_validation;
};
