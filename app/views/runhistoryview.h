#pragma once
/**
 * @file runhistoryview.h
 * The run history panel (训练记录): every finished run of the workspace, newest first, with its
 * settings, epochs, final and best losses and training time. A tick overlays a run's curves on
 * the loss and accuracy charts; Reopen makes a run the one in progress again (its settings and
 * final weights, so it shows the same numbers); Delete drops it; Export CSV writes the table.
 * It shows the workspace's RunHistory and asks the Workspace for every change.
 */
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;
class Workspace;
struct RunRecord;

class RunHistoryView : public QWidget {
    Q_OBJECT
public:
    /// The figures runs are compared on come first; the rest of the settings last, where a
    /// narrow panel scrolls.
    enum Column { RunColumn, LearningRateColumn, EpochsColumn, TrainingLossColumn, ValidationLossColumn,
                  BestColumn, ValidationAccuracyColumn, TimeColumn, SettingsColumn, ColumnCount };

    explicit RunHistoryView(Workspace *workspace, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    /// The run in a table row (rows are newest first), or 0.
    int runAt(int row) const;
    /// Writes the table as CSV to `path` (what Export CSV… does after its dialog); false and a
    /// message box on failure.
    bool exportTo(const QString &path);

public slots:
    void reopenSelected();
    void deleteSelected();
    void exportCsv();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void updateChecks();
    void updateButtons();
    void onItemChanged(QTableWidgetItem *item);
    int selectedRun() const;
    QString settingsText(const RunRecord &run) const;
    QString detailsText(const RunRecord &run) const;
    void retranslateUi();

    Workspace *m_workspace;
    QLabel *m_current = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_reopen = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_export = nullptr;
    bool m_updating = false;
};
