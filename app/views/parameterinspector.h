#pragma once
/**
 * @file parameterinspector.h
 * P6 (参数表): every weight and bias of the current network with the gradient of the last
 * update, in a table whose changed cells flash (ParameterTableModel). It follows the training
 * reports; a lesson that replays one update phase by phase (L11 step 4) sets the shown numbers
 * and a caption itself while the workspace holds the reports back (WorkspacePage).
 */
#include "trainingreport.h"

#include <QWidget>

class ParameterTableModel;
class QLabel;
class QTableView;

class ParameterInspector : public QWidget {
    Q_OBJECT
public:
    explicit ParameterInspector(QWidget *parent = nullptr);

    ParameterTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// A line above the table (the replayed phase); empty hides it.
    void setCaption(const QString &text);
    QString caption() const;

public slots:
    void setReport(const TrainingReport &report);
    void setFeatures(engine::FeatureSet features);
    /// Shows these numbers as they are, not the latest report's (a replayed phase).
    void showParameters(const engine::Network &network, const engine::Vector<float> &gradient);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColours();
    void updateColumnWidths();

    ParameterTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_caption = nullptr;
};
