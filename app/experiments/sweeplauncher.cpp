#include "sweeplauncher.h"

#include "sweepdialog.h"

#include <QEvent>

SweepLauncher::SweepLauncher(Workspace *workspace, QWidget *parent) : QPushButton(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("sweepLauncher"));
    connect(this, &QPushButton::clicked, this, &SweepLauncher::openDialog);
    retranslateUi();
}

void SweepLauncher::openDialog()
{
    if (!m_dialog) {
        // A window of its own, parented to the main window: a lesson lock disabling this button
        // must not disable a dialog that is already open.
        m_dialog = new SweepDialog(m_workspace, window());
        m_dialog->setWindowFlag(Qt::Window);
        m_dialog->resize(1120, 640);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void SweepLauncher::retranslateUi()
{
    setText(tr("Hyperparameter sweep…"));
    setToolTip(tr("Train a grid of settings in the background and compare them on the validation set"));
}

void SweepLauncher::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QPushButton::changeEvent(event);
}
