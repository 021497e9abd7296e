#include "autosave.h"

#include "workspacedocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {
const QString AutosaveName = QStringLiteral("autosave.nlw");
const QString RecoveryName = QStringLiteral("recovery.nlw");
const QString LockName = QStringLiteral("session.lock");
} // namespace

Autosave::Autosave(WorkspaceDocument *document, std::function<bool()> wanted, const QString &directory,
                   QObject *parent)
    : QObject(parent), m_document(document), m_wanted(std::move(wanted)), m_directory(directory)
{
    if (!QDir().mkpath(directory))
        return;
    auto lock = std::make_unique<QLockFile>(QDir(directory).filePath(LockName));
    // A lock is stale only when its process is gone: this one is held for the whole session.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return;
    m_lock = std::move(lock);
    // The lock was free, so no session is running: an autosave here was not removed by a clean
    // exit. Set it aside before this session's first autosave overwrites it.
    const QString left = autosavePath();
    if (QFile::exists(left)) {
        const QString recovery = QDir(directory).filePath(RecoveryName);
        QFile::remove(recovery); // an older one the user never answered: the newer crash wins
        QFile::rename(left, recovery);
    }
    connect(&m_timer, &QTimer::timeout, this, &Autosave::saveIfChanged);
    connect(document, &WorkspaceDocument::copySaved, this, [this](const QString &path, quint64 revision) {
        if (path == autosavePath()) {
            m_saving = false;
            m_savedRevision = revision;
        }
    });
    connect(document, &WorkspaceDocument::saveFailed, this, [this](const QString &path) {
        if (path == autosavePath())
            m_saving = false; // tried again at the next tick
    });
    m_timer.start(kIntervalMs);
}

Autosave::~Autosave()
{
    if (isActive())
        QFile::remove(autosavePath());
}

QString Autosave::autosavePath() const
{
    return QDir(m_directory).filePath(AutosaveName);
}

QString Autosave::recoveryPath() const
{
    const QString path = QDir(m_directory).filePath(RecoveryName);
    return isActive() && QFile::exists(path) ? path : QString();
}

QDateTime Autosave::recoveryTime() const
{
    return QFileInfo(recoveryPath()).lastModified();
}

void Autosave::discardRecovery()
{
    if (!recoveryPath().isEmpty())
        QFile::remove(recoveryPath());
}

void Autosave::saveIfChanged()
{
    if (!isActive() || m_saving || m_document->revision() == m_savedRevision || !m_wanted())
        return;
    m_saving = true;
    m_document->saveCopy(autosavePath());
}
