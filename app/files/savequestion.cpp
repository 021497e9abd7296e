#include "savequestion.h"

#include <QMessageBox>

SaveQuestion::Answer SaveQuestion::ask(QWidget *parent, const QString &fileName)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    fileName.isEmpty() ? tr("The free-play workspace has changes that are not saved.")
                                       : tr("The workspace “%1” has changes that are not saved.").arg(fileName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("saveQuestionBox"));
    box.setInformativeText(tr("Save them first? If you discard them, the data, network and training since "
                              "the last save are lost."));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        return Answer::Save;
    case QMessageBox::Discard:
        return Answer::Discard;
    default:
        return Answer::Cancel;
    }
}
