#include "clicommands.h"

#include "historycsv.h"
#include "lessonacceptance.h"
#include "lessonlibrary.h"
#include "scriptexport.h"
#include "workspacefile.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

#include <exception>

using namespace engine;

namespace {

QString lossText(const SplitMetrics &m)
{
    return m.count > 0 ? QString::number(m.loss, 'g', 7) : QStringLiteral("-");
}

QString accuracyText(const SplitMetrics &m)
{
    return m.count > 0 && m.hasAccuracy ? QString::number(m.accuracy, 'f', 4) : QStringLiteral("-");
}

/// One row of the train table: the epoch, then loss and accuracy of each split.
QString epochRow(const EpochMetrics &m)
{
    QString row = QStringLiteral("%1").arg(m.epoch, 7);
    for (const SplitMetrics *split : {&m.train, &m.validation, &m.test})
        row += QStringLiteral("  %1  %2").arg(lossText(*split), 12).arg(accuracyText(*split), 9);
    return row;
}

} // namespace

CliCommands::CliCommands(const CliCommandLine &commandLine, QTextStream &out, QTextStream &err)
    : m_commandLine(commandLine), m_out(out), m_err(err)
{
}

int CliCommands::run()
{
    switch (m_commandLine.command()) {
    case CliCommandLine::Command::Train: return train();
    case CliCommandLine::Command::Validate: return validate();
    case CliCommandLine::Command::ExportPyTorch:
    case CliCommandLine::Command::ExportKeras: return exportScript();
    case CliCommandLine::Command::CheckLessons: return checkLessons();
    }
    return CliCommandLine::kBadInput;
}

int CliCommands::badInput(const QString &reason)
{
    m_err << QCoreApplication::applicationName() << ": " << reason << Qt::endl;
    return CliCommandLine::kBadInput;
}

std::optional<WorkspaceState> CliCommands::load()
{
    QString error;
    std::optional<WorkspaceState> state = WorkspaceFile::load(m_commandLine.path(), &error);
    if (!state)
        badInput(tr("“%1” cannot be opened: %2").arg(m_commandLine.path(), error.simplified()));
    return state;
}

bool CliCommands::chineseComments() const
{
    const QString language = m_commandLine.language();
    return language.isEmpty() ? QLocale().name().startsWith(QLatin1String("zh")) : language == QLatin1String("zh_CN");
}

int CliCommands::train()
{
    const std::optional<WorkspaceState> state = load();
    if (!state)
        return CliCommandLine::kBadInput;
    RestoredRun run;
    try {
        run = restoreRun(*state);
    } catch (const std::exception &e) {
        return badInput(tr("“%1” cannot be trained: %2").arg(m_commandLine.path(), QString::fromUtf8(e.what())));
    }
    QSaveFile csv(m_commandLine.csvPath());
    QTextStream csvOut(&csv);
    if (!m_commandLine.csvPath().isEmpty()) {
        if (!csv.open(QIODevice::WriteOnly | QIODevice::Text))
            return badInput(tr("“%1” cannot be written: %2").arg(m_commandLine.csvPath(), csv.errorString()));
        csvOut << HistoryCsv::header() << '\n';
    }
    Trainer &trainer = *run.trainer;
    m_out << tr("  epoch    train loss  train acc      val loss    val acc     test loss   test acc") << Qt::endl;
    StopReason stop = StopReason::None;
    for (int e = 0; e < m_commandLine.epochs() && stop == StopReason::None; ++e) {
        const int before = trainer.epoch();
        stop = trainer.stepEpoch();
        if (trainer.epoch() == before)
            break; // nothing finished: no training data, or a divergence undid the epoch
        m_out << epochRow(trainer.latest()) << Qt::endl;
        if (csv.isOpen())
            csvOut << HistoryCsv::row(trainer.latest()) << '\n';
    }
    if (csv.isOpen()) {
        csvOut.flush();
        if (!csv.commit())
            return badInput(tr("“%1” cannot be written: %2").arg(m_commandLine.csvPath(), csv.errorString()));
    }
    if (stop == StopReason::NoTrainingData)
        return badInput(tr("The workspace has no training samples, so there is nothing to train."));
    if (!m_commandLine.outputPath().isEmpty()) {
        // The run goes on in the same file: its run history is kept.
        WorkspaceState trained = *state;
        trained.network = trainer.network();
        trained.trainer = trainer.state();
        QString error;
        if (!WorkspaceFile::save(m_commandLine.outputPath(), trained, &error))
            return badInput(error);
    }
    if (stop == StopReason::EarlyStopping)
        m_err << tr("Early stopping: the validation loss has not improved for %n epoch(s).", "",
                    state->spec.training.patience)
              << Qt::endl;
    if (stop == StopReason::Diverged) {
        m_err << tr("Training diverged (the loss or the weights grew too large); reset the workspace in the app.")
              << Qt::endl;
        return CliCommandLine::kChecksFailed;
    }
    return CliCommandLine::kSuccess;
}

int CliCommands::validate()
{
    const QFileInfo info(m_commandLine.path());
    if (!info.isDir()) {
        const std::optional<WorkspaceState> state = load();
        if (!state)
            return CliCommandLine::kBadInput;
        m_out << tr("%1: a valid workspace (epoch %2, %3 parameters).")
                     .arg(m_commandLine.path())
                     .arg(state->trainer.epoch)
                     .arg(state->network.parameterCount())
              << Qt::endl;
        return CliCommandLine::kSuccess;
    }
    if (!QFileInfo::exists(QDir(m_commandLine.path()).filePath(QStringLiteral("lesson.json"))))
        return badInput(tr("“%1” is a folder without a lesson.json, so it is not a lesson.").arg(m_commandLine.path()));
    const LessonLoadResult loaded = LessonLoader::load(m_commandLine.path());
    if (loaded.ok()) {
        m_out << tr("%1: a valid lesson (%2).").arg(m_commandLine.path(), loaded.lesson.id) << Qt::endl;
        return CliCommandLine::kSuccess;
    }
    for (const QString &problem : loaded.errors)
        m_out << problem << Qt::endl;
    m_err << tr("%1: %n problem(s) found.", "", static_cast<int>(loaded.errors.size())).arg(m_commandLine.path())
          << Qt::endl;
    return CliCommandLine::kChecksFailed;
}

int CliCommands::exportScript()
{
    const std::optional<WorkspaceState> state = load();
    if (!state)
        return CliCommandLine::kBadInput;
    ScriptExport::Options options;
    options.target = m_commandLine.command() == CliCommandLine::Command::ExportKeras ? ScriptExport::Target::Keras
                                                                                      : ScriptExport::Target::PyTorch;
    options.language = chineseComments() ? pythoncode::CommentLanguage::Chinese : pythoncode::CommentLanguage::English;
    options.epochs = m_commandLine.epochs();
    options.source = QFileInfo(m_commandLine.path()).fileName();
    QString error;
    if (!ScriptExport::write(m_commandLine.outputPath(), *state, options, &error))
        return badInput(error);
    m_out << tr("Wrote %1.").arg(m_commandLine.outputPath()) << Qt::endl;
    return CliCommandLine::kSuccess;
}

int CliCommands::checkLessons()
{
    const QString root = m_commandLine.path().isEmpty() ? LessonLibrary::embeddedRoot() : m_commandLine.path();
    LessonLibrary library;
    if (QFileInfo::exists(QDir(root).filePath(QStringLiteral("lesson.json"))))
        library.add(root);
    else
        library.loadFolder(root);
    if (library.entries().isEmpty())
        return badInput(tr("No lessons found in “%1”.").arg(root));
    int failed = 0;
    for (const LessonLoadResult &entry : library.entries()) {
        const QString name = QFileInfo(entry.lesson.sourcePath).fileName();
        QStringList problems = entry.errors;
        if (entry.ok()) {
            for (const AcceptanceResult &result : LessonAcceptance::run(entry.lesson))
                for (const QString &failure : result.failures)
                    problems << tr("acceptance “%1” fails: %2").arg(result.id, failure);
        }
        const int checks = static_cast<int>(entry.lesson.acceptance.size());
        m_out << (problems.isEmpty() ? tr("%1: passed (%n acceptance check(s))", "", checks) : tr("%1: FAILED")).arg(name)
              << Qt::endl;
        for (const QString &problem : problems)
            m_out << "  " << problem << Qt::endl;
        failed += problems.isEmpty() ? 0 : 1;
    }
    if (failed == 0)
        return CliCommandLine::kSuccess;
    m_err << tr("%n lesson(s) failed their checks.", "", failed) << Qt::endl;
    return CliCommandLine::kChecksFailed;
}
