#include "mainwindow.h"

#include "languagemanager.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QVBoxLayout>

namespace {
// Each language is listed under its own name (an endonym), as every multilingual program does:
// a user who cannot read the current interface language must still find theirs. These names
// are therefore deliberately not translated.
struct LanguageEntry
{
    const char *code;
    const char *nativeName;
};
constexpr LanguageEntry LanguageEntries[] = {
    {"en", "English"},
    {"zh_CN", "简体中文"},
};
}

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_greetingLabel = new QLabel(central);
    m_greetingLabel->setObjectName(QStringLiteral("greetingLabel"));
    m_greetingLabel->setAlignment(Qt::AlignCenter);
    QFont greetingFont = m_greetingLabel->font();
    if (greetingFont.pointSizeF() > 0) // -1 when the platform font is sized in pixels
        greetingFont.setPointSizeF(greetingFont.pointSizeF() * 2.0);
    greetingFont.setBold(true);
    m_greetingLabel->setFont(greetingFont);
    m_comingSoonLabel = new QLabel(central);
    m_comingSoonLabel->setObjectName(QStringLiteral("comingSoonLabel"));
    m_comingSoonLabel->setAlignment(Qt::AlignCenter);
    m_comingSoonLabel->setWordWrap(true);
    layout->addStretch();
    layout->addWidget(m_greetingLabel);
    layout->addWidget(m_comingSoonLabel);
    layout->addStretch();
    setCentralWidget(central);

    createMenus();
    connect(m_languages, &LanguageManager::languageChanged, this, &MainWindow::updateLanguageActions);

    retranslateUi();
    updateLanguageActions();
    resize(960, 640);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const LanguageEntry &entry : LanguageEntries) {
        const QString code = QString::fromLatin1(entry.code);
        QAction *action = m_languageMenu->addAction(QString::fromUtf8(entry.nativeName));
        action->setCheckable(true);
        action->setData(code);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { m_languages->setLanguage(code); });
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Neural Lessons"));
    m_greetingLabel->setText(tr("Welcome to Neural Lessons"));
    m_comingSoonLabel->setText(
        tr("Interactive lessons on how neural networks learn are coming soon."));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_languageMenu->setTitle(tr("&Language"));
}

void MainWindow::updateLanguageActions()
{
    // The check mark follows the manager, whoever changed the language (menu, --lang, a test).
    const QList<QAction *> actions = m_languageGroup->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toString() == m_languages->language());
}
