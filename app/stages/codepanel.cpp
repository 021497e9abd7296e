#include "codepanel.h"

#include "codeview.h"
#include "keraslisting.h"
#include "pytorchlisting.h"
#include "trainingconsole.h"

#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

CodePanel::CodePanel(QWidget *parent)
    : QWidget(parent)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_pytorch = new CodeView(m_tabs);
    m_pytorch->setObjectName(QStringLiteral("pytorchCode"));
    m_keras = new CodeView(m_tabs);
    m_keras->setObjectName(QStringLiteral("kerasCode"));
    m_tabs->addTab(m_pytorch, QString());
    m_tabs->addTab(m_keras, QString());
    m_console = new TrainingConsole(this);
    // The listing keeps most of the width (its lines are ~80 columns); the console's are ~45.
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("codeConsoleSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_console);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("codeStatus"));
    m_status->setWordWrap(true);
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyCode"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportCode"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(buttons);

    connect(m_copy, &QPushButton::clicked, this, &CodePanel::copyToClipboard);
    connect(m_export, &QPushButton::clicked, this, &CodePanel::chooseExportFile);
    connect(m_tabs, &QTabWidget::currentChanged, m_status, &QLabel::clear);
    m_exportFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    retranslateUi();
}

CodeView *CodePanel::view(Tab tab) const
{
    return tab == PyTorchTab ? m_pytorch : m_keras;
}

CodePanel::Tab CodePanel::currentTab() const
{
    return m_tabs->currentWidget() == m_keras ? KerasTab : PyTorchTab;
}

void CodePanel::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentWidget(view(tab));
}

QString CodePanel::currentText() const
{
    return view(currentTab())->listing().text();
}

void CodePanel::setSession(TrainingSession *session)
{
    m_console->setSession(session);
}

void CodePanel::setSpec(const WorkspaceSpec &spec)
{
    m_pytorch->setListing(PyTorchListing(spec));
    m_keras->setListing(KerasListing(spec));
    m_console->setSpec(spec);
}

void CodePanel::highlight(const QStringList &anchors)
{
    m_pytorch->highlight(anchors);
    m_keras->highlight(anchors);
}

void CodePanel::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(currentText());
    m_status->setText(tr("Copied to the clipboard."));
}

void CodePanel::chooseExportFile()
{
    const QString name = currentTab() == KerasTab ? QStringLiteral("first_network_keras.py")
                                                  : QStringLiteral("first_network.py");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Python code"),
                                                      QDir(m_exportFolder).filePath(name),
                                                      tr("Python files (*.py)"));
    if (path.isEmpty())
        return;
    m_exportFolder = QFileInfo(path).absolutePath();
    exportTo(path);
}

bool CodePanel::exportTo(const QString &path)
{
    QSaveFile file(path);
    const QByteArray bytes = currentText().toUtf8();
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit()) {
        m_status->setText(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
        return true;
    }
    const QString reason = file.errorString();
    file.cancelWriting();
    m_status->clear();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"),
                                tr("The code could not be saved as %1.").arg(QDir::toNativeSeparators(path)),
                                QMessageBox::Ok, this);
    box->setInformativeText(reason + QStringLiteral("\n\n")
                            + tr("The code is still here: choose another folder, or copy it instead."));
    box->setObjectName(QStringLiteral("exportError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return false;
}

void CodePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void CodePanel::retranslateUi()
{
    m_tabs->setTabText(PyTorchTab, tr("PyTorch"));
    m_tabs->setTabText(KerasTab, tr("Another way: Keras"));
    m_tabs->setTabToolTip(KerasTab, tr("The same recipe written with Keras (TensorFlow)"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the code shown to the clipboard"));
    m_export->setText(tr("Export .py…"));
    m_export->setToolTip(tr("Save the code shown as a Python file to run with PyTorch or Keras"));
    m_status->clear();
}
