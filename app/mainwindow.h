#pragma once

#include <QMainWindow>

class LanguageManager;
class QAction;
class QActionGroup;
class QMenu;
class Workspace;
class WorkspacePage;

/**
 * The application's main window: for now the workspace in free-play mode (自由探索); the lesson
 * list and lesson pages come next.
 *
 * All visible text is set in retranslateUi(), which runs at construction and again on every
 * QEvent::LanguageChange, so switching language never needs a restart.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(LanguageManager *languages, QWidget *parent = nullptr);

    WorkspacePage *workspacePage() const { return m_workspacePage; }
    Workspace &workspace() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void retranslateUi();
    void updateLanguageActions();

    LanguageManager *m_languages;
    WorkspacePage *m_workspacePage = nullptr;
    QMenu *m_fileMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QMenu *m_languageMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};
