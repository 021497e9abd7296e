#include "scriptexport.h"

#include "keraslisting.h"
#include "pythondata.h"
#include "pytorchexport.h"
#include "scriptreplay.h"

#include <QSaveFile>

#include <exception>

std::optional<QString> ScriptExport::generate(const WorkspaceState &state, const Options &options, QString *error)
{
    const int epochs = options.epochs > 0 ? options.epochs : ScriptReplay::defaultEpochs(state);
    const bool keras = options.target == Target::Keras;
    ScriptReplay replay;
    try {
        // Keras trains with its own shuffling: it needs the initial weights, not the replayed epochs.
        replay = ScriptReplay::run(state, keras ? 0 : epochs);
    } catch (const std::exception &e) {
        *error = tr("The workspace cannot be replayed for the export: %1").arg(QString::fromUtf8(e.what()));
        return std::nullopt;
    }
    if (replay.split.train.empty()) {
        *error = tr("The workspace has no training samples, so there is nothing to train in a script.");
        return std::nullopt;
    }
    if (!keras)
        return PyTorchExport(state.spec, replay, options.language, options.source).text();
    KerasListing::Embedded embedded;
    embedded.inputs = PythonData::inputsName(state.spec);
    embedded.data = PythonData::data(state.spec, replay, options.language);
    embedded.split = PythonData::split(state.spec, replay, options.language);
    embedded.weights = PythonData::weights(replay, options.language);
    embedded.epochs = epochs;
    return KerasListing(state.spec, options.language, &embedded).text();
}

bool ScriptExport::write(const QString &path, const WorkspaceState &state, const Options &options, QString *error)
{
    const std::optional<QString> script = generate(state, options, error);
    if (!script)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(script->toUtf8()) < 0 || !file.commit()) {
        *error = tr("The script cannot be written: %1").arg(file.errorString());
        return false;
    }
    return true;
}
