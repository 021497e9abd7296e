#pragma once
/**
 * @file workspacepage.h
 * The live network lab every lesson runs on, and free play (自由探索) with every control
 * unlocked: data and features, the network editor, hyperparameters, training controls, the
 * decision boundary, charts and metrics, all fed by one Workspace.
 */
#include "workspace.h"

#include <QWidget>

class ConfusionMatrixView;
class CountersView;
class DataPanel;
class DecisionBoundaryView;
class DivergenceBanner;
class FeaturesPanel;
class GradientBarsView;
class HyperparameterPanel;
class LossChartView;
class MetricsView;
class NetworkView;
class QCheckBox;
class QTabWidget;
class TrainingControls;

class WorkspacePage : public QWidget {
    Q_OBJECT
public:
    explicit WorkspacePage(QWidget *parent = nullptr);

    Workspace &workspace() { return m_workspace; }
    TrainingControls *trainingControls() const { return m_controls; }
    DataPanel *dataPanel() const { return m_data; }
    HyperparameterPanel *hyperparameterPanel() const { return m_hyperparameters; }
    NetworkView *networkView() const { return m_network; }
    DecisionBoundaryView *boundaryView() const { return m_boundary; }
    FeaturesPanel *featuresPanel() const { return m_features; }
    /// The view of a CURRICULUM §3.4 panel id ("P1" decision boundary … "P11" counters), for
    /// lesson highlights; nullptr for panels this page does not show.
    QWidget *panel(const QString &id) const;
    /// Lesson presets: "discretize output" on or off.
    void setDiscretize(bool discretize);
    /// Shows or hides the data/training settings column. Lesson steps that unlock none of its
    /// controls hide it, so the views the step is about get the room (one knob per step, R2).
    void setSettingsVisible(bool visible);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void connectViews();
    void retranslateUi();
    void showReport(const TrainingReport &report);
    void showData(const DataReport &report);
    void setShowTest(bool show);
    void requestEdit(const NetworkEdit &edit);
    /// Names a network edit in Edit > Undo.
    static QString editName(NetworkEdit::Kind kind);

    Workspace m_workspace;
    TrainingControls *m_controls = nullptr;
    CountersView *m_counters = nullptr;
    DivergenceBanner *m_banner = nullptr;
    QTabWidget *m_settingsTabs = nullptr;
    DataPanel *m_data = nullptr;
    FeaturesPanel *m_features = nullptr;
    HyperparameterPanel *m_hyperparameters = nullptr;
    NetworkView *m_network = nullptr;
    DecisionBoundaryView *m_boundary = nullptr;
    QCheckBox *m_discretize = nullptr;
    QCheckBox *m_misclassified = nullptr;
    QTabWidget *m_resultTabs = nullptr;
    LossChartView *m_chart = nullptr;
    MetricsView *m_metrics = nullptr;
    ConfusionMatrixView *m_confusion = nullptr;
    GradientBarsView *m_gradients = nullptr;
};
