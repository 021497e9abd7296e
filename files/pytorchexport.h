#pragma once
/**
 * @file pytorchexport.h
 * PyTorchExport: a workspace as a runnable PyTorch script that reproduces the app's training
 * (File ▸ Export ▸ PyTorch script…, `neural-lessons-cli export-pytorch`). It keeps the course's
 * seven steps (curriculum/code/first_network.py: data, split, model, settings, training loop,
 * test, visualise) with comments in the chosen language, and embeds what makes the numbers the
 * app's: the data points, the split, the initial weights and every epoch's sample order
 * (ScriptReplay, PythonData). The loss, optimizer and regularisation follow the engine's
 * formulas: torch.optim's SGD, momentum and Adam are the engine's update rules (optimizer.h),
 * and L1 / L2 are added to the loss for the weights only, as the engine adds their gradient
 * (torch's weight_decay would decay the biases too).
 *
 * After every epoch the script prints the loss and accuracy over the whole training (and
 * validation) set — the numbers of the app's loss curve — and at the end the largest relative
 * difference to the app's losses, which it embeds. Without dropout they agree to about 1e-6.
 *
 * The lesson's teaching listing (PyTorchListing, P10) generates its data instead and stays short;
 * both take the model's layers and the loss from torchcode.
 */
#include "codelisting.h"
#include "pythoncode.h"
#include "scriptreplay.h"

class PyTorchExport : public CodeListing {
public:
    /// `source` names the workspace in the header (a file name; may be empty).
    PyTorchExport(const WorkspaceSpec &spec, const ScriptReplay &replay, pythoncode::CommentLanguage language,
                  const QString &source);

private:
    void addHeader(const QString &source);
    void addNotes();
    void addHyperparameters();
    void addData();
    void addSplit();
    void addModel();
    void addSettings();
    void addTraining();
    void addTest();

    QString say(const char *chinese, const char *english) const { return pythoncode::pick(m_language, chinese, english); }
    bool regression() const { return m_spec.task() == engine::Task::Regression; }
    /// "loss, accuracy = measure(data)" for a split: "train", "val" or "test".
    QString measured(const QString &split) const;
    /// The f-string piece that prints a split's loss (and accuracy).
    QString printed(const QString &name, const QString &split) const;

    const WorkspaceSpec m_spec;
    const ScriptReplay &m_replay;
    const pythoncode::CommentLanguage m_language;
    int m_batchSize = 1;
};
