#pragma once
/**
 * @file trainingconsole.h
 * TrainingConsole: what the L11 script (P10's listing, first_network.py) would print while the
 * app trains, next to the code: `epoch 1/10, step 5/800, train loss 0.1368` every 5 steps (each
 * epoch's last step when an epoch has fewer than 5), and `epoch 1/10, validation loss …` after
 * each epoch when there is a validation set, as the listing's loop does. A per-step loss
 * sparkline sits under it.
 *
 * The worker logs batch losses only while the console is on screen (TrainingSession::
 * setBatchLog), so free play pays nothing. Each report's lines are appended in one call, and
 * the text keeps the newest kMaxLines lines, so 10 epochs × 800 steps (1,600 lines) or a long
 * run at full speed leaves the GUI responsive. A new run (reset, new data) clears it.
 */
#include "trainingreport.h"
#include "workspacespec.h"

#include <QWidget>

class LossSparkline;
class QLabel;
class QPlainTextEdit;
class TrainingSession;

class TrainingConsole : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxLines = 5000;

    explicit TrainingConsole(QWidget *parent = nullptr);

    /// Follows this session's reports; asks it for batch losses while the console is shown.
    void setSession(TrainingSession *session);
    QPlainTextEdit *output() const { return m_output; }
    LossSparkline *sparkline() const { return m_sparkline; }
    /// Lines printed since the last clear (the text keeps at most kMaxLines of them).
    long long printedLines() const { return m_printed; }

    /// True when the script prints after this batch: every 5th step, or each epoch's last
    /// step when an epoch has fewer than 5.
    static bool printsAfter(const engine::BatchReport &batch);
    /// The script's line for a batch, with `epochs` as num_epoch.
    static QString trainLine(const engine::BatchReport &batch, int epochs);

public slots:
    /// num_epoch and whether the loop prints a validation loss, as in the listing of `spec`.
    void setSpec(const WorkspaceSpec &spec);
    void showReport(const TrainingReport &report);
    void clear();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslateUi();
    void updateFont();

    QLabel *m_title = nullptr;
    QPlainTextEdit *m_output = nullptr;
    LossSparkline *m_sparkline = nullptr;
    TrainingSession *m_session = nullptr;
    int m_epochs = 10;
    bool m_validation = false;
    quint64 m_generation = 0;
    long long m_printed = 0;
};
