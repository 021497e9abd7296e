#pragma once
/**
 * @file sidebysidecolumn.h
 * SideBySideColumn: one model of the side-by-side page: its title in the model's colour, its own
 * decision boundary (P1) and network diagram (P5's drawing, without its editing controls), its learning rate and hidden layers (editable
 * while the models are paused), and its losses. It only shows and asks: the page applies what
 * the student chose through the controller.
 */
#include "trainingreport.h"
#include "workspacespec.h"

#include <QWidget>

#include <vector>

class DecisionBoundaryView;
class LearningRateBox;
class NetworkCanvas;
class QLabel;
class QLineEdit;
class QToolButton;

class SideBySideColumn : public QWidget {
    Q_OBJECT
public:
    explicit SideBySideColumn(QWidget *parent = nullptr);

    /// The model this column shows: its id, its setting and its place (colour) on the page.
    void setModel(const QString &id, const WorkspaceSpec &spec, int index);
    void setData(const DataReport &data);
    void setReport(const TrainingReport &report);
    /// Which settings the student may change now (only while paused, and as a lesson step allows).
    void setEditable(bool learningRate, bool hiddenLayers);
    void setRemovable(bool removable);

    DecisionBoundaryView *boundaryView() const { return m_boundary; }
    NetworkCanvas *networkView() const { return m_network; }
    LearningRateBox *learningRateBox() const { return m_rate; }
    QLineEdit *hiddenEdit() const { return m_hidden; }
    QToolButton *removeButton() const { return m_remove; }
    QString title() const;

signals:
    void learningRateChosen(double rate);
    void hiddenLayersChosen(const std::vector<int> &hidden);
    void removeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void commitHidden();
    void updateStatus();

    QString m_id;
    WorkspaceSpec m_spec;
    int m_index = 0;
    QLabel *m_title = nullptr;
    QToolButton *m_remove = nullptr;
    DecisionBoundaryView *m_boundary = nullptr;
    NetworkCanvas *m_network = nullptr;
    QLabel *m_rateLabel = nullptr;
    LearningRateBox *m_rate = nullptr;
    QLabel *m_hiddenLabel = nullptr;
    QLineEdit *m_hidden = nullptr;
    QLabel *m_status = nullptr;
    /// What the status line shows, kept for a language change (not the whole report: the
    /// page refreshes ~30 times a second and the report carries every neuron's map).
    engine::EpochMetrics m_current;
    bool m_diverged = false;
    bool m_hasReport = false;
};
