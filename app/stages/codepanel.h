#pragma once
/**
 * @file codepanel.h
 * CodePanel: panel P10 (代码), the PyTorch script of the current workspace (CURRICULUM §3.4,
 * §5 L11), and a second tab with the same recipe in Keras ("另一种写法", seed 002). The listings
 * are regenerated from the WorkspaceSpec on every change, and lessons light up the lines that
 * belong to the control or training step on screen ("lr", "optimizer", "backward").
 *
 * Beside the listings, a console shows what the script would print for the training on screen
 * (TrainingConsole, L11 step 5).
 *
 * Copy puts the shown listing on the clipboard; Export .py… saves it through QSaveFile, so a
 * failed write leaves any existing file untouched, and the error is shown in the user's language
 * while the code stays in the panel.
 */
#include "workspacespec.h"

#include <QWidget>

class CodeView;
class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class TrainingConsole;
class TrainingSession;

class CodePanel : public QWidget {
    Q_OBJECT
public:
    enum Tab { PyTorchTab, KerasTab };

    explicit CodePanel(QWidget *parent = nullptr);

    CodeView *view(Tab tab) const;
    TrainingConsole *console() const { return m_console; }
    /// The console prints from this session's reports.
    void setSession(TrainingSession *session);
    Tab currentTab() const;
    void setCurrentTab(Tab tab);
    /// The listing on the shown tab, as Copy and Export write it.
    QString currentText() const;

    /// Writes the shown listing to `path` (UTF-8). On failure shows a message box that does not
    /// block (QMessageBox::open) and returns false.
    bool exportTo(const QString &path);

public slots:
    /// Regenerates both listings; each tab keeps its scroll position and lit lines.
    void setSpec(const WorkspaceSpec &spec);
    /// Lights the lines of these anchors in both tabs and scrolls the shown one to the first.
    void highlight(const QStringList &anchors);
    void copyToClipboard();

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseExportFile();
    void retranslateUi();

    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;
    TrainingConsole *m_console = nullptr;
    CodeView *m_pytorch = nullptr;
    CodeView *m_keras = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_export = nullptr;
    QString m_exportFolder;
};
