#pragma once

#include <QMainWindow>

class LanguageManager;
class QAction;
class QActionGroup;
class QLabel;
class QMenu;

/**
 * The application's main window. For now a bilingual welcome page; the lesson views will
 * replace the central widget.
 *
 * All visible text is set in retranslateUi(), which runs at construction and again on every
 * QEvent::LanguageChange, so switching language never needs a restart.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(LanguageManager *languages, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void retranslateUi();
    void updateLanguageActions();

    LanguageManager *m_languages;
    QLabel *m_greetingLabel = nullptr;
    QLabel *m_comingSoonLabel = nullptr;
    QMenu *m_fileMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QMenu *m_languageMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};
