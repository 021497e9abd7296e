#pragma once
/**
 * @file scriptexport.h
 * ScriptExport: a workspace as a Python script, for File ▸ Export and the command-line tool —
 * the exact PyTorch replay (PyTorchExport) or the Keras version (KerasListing with the app's
 * data and initial weights). Both replay the run first (ScriptReplay), which trains in the
 * calling thread: the app calls it off the GUI thread.
 *
 * The generators live beside what they need: the listing pieces they share with the lessons'
 * code panel stay in lessons/model, while the export, which starts from a saved workspace
 * (WorkspaceState, restoreRun), lives here with the file format.
 */
#include "pythoncode.h"
#include "workspacestate.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class ScriptExport {
    Q_DECLARE_TR_FUNCTIONS(ScriptExport)
public:
    enum class Target { PyTorch, Keras };

    struct Options {
        Target target = Target::PyTorch;
        pythoncode::CommentLanguage language = pythoncode::CommentLanguage::English;
        int epochs = 0;  ///< epochs to replay; 0 = ScriptReplay::defaultEpochs
        QString source;  ///< the workspace's file name, named in the script's header
    };

    /// The script, or nothing and `*error` in the user's language.
    static std::optional<QString> generate(const WorkspaceState &state, const Options &options, QString *error);
    /// Generates the script and writes it atomically to `path`; false and `*error` on failure.
    static bool write(const QString &path, const WorkspaceState &state, const Options &options, QString *error);
};
