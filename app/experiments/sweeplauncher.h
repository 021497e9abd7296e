#pragma once
/**
 * @file sweeplauncher.h
 * SweepLauncher: the "Hyperparameter sweep…" button of free play. It opens one SweepDialog on
 * the workspace (kept while the page lives, so a finished sweep stays to look at).
 */
#include <QPushButton>

class SweepDialog;
class Workspace;

class SweepLauncher : public QPushButton {
    Q_OBJECT
public:
    explicit SweepLauncher(Workspace *workspace, QWidget *parent = nullptr);
    /// Opens (or raises) the dialog.
    void openDialog();
    /// The dialog, once opened.
    SweepDialog *dialog() const { return m_dialog; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Workspace *m_workspace;
    SweepDialog *m_dialog = nullptr;
};
