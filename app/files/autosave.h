#pragma once
/**
 * @file autosave.h
 * Autosave and crash recovery for free play. While the app runs it holds a lock file in its
 * directory and, every kIntervalMs when the workspace changed, writes it to autosave.nlw. A clean
 * exit removes both. So an autosave.nlw found at the next start, with the lock free, was left by
 * a session that crashed or was killed: it is set aside as recovery.nlw for the user to restore
 * or discard. A second window of the app finds the lock taken and leaves autosave to the first.
 *
 * Nothing here starts by itself: main() points it at the app's data directory, tests at a
 * temporary one (or nowhere), so a test never touches the user's autosave.
 */
#include <QDateTime>
#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class WorkspaceDocument;

class Autosave : public QObject {
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 60000;

    /// Autosaves `document` into `directory` (made if missing) while `wanted()` says so (free play).
    Autosave(WorkspaceDocument *document, std::function<bool()> wanted, const QString &directory,
             QObject *parent = nullptr);
    /// A clean end: the autosave goes, the lock is released.
    ~Autosave() override;

    /// False when another window of the app holds the lock, or the directory cannot be written.
    bool isActive() const { return m_lock != nullptr; }
    QString autosavePath() const;
    /// The workspace a session that did not end cleanly left, or empty.
    QString recoveryPath() const;
    /// When that session last saved it.
    QDateTime recoveryTime() const;
    /// Deletes the recovered workspace (restored or declined).
    void discardRecovery();
    void setInterval(int ms) { m_timer.setInterval(ms); }

public slots:
    /// Saves now if the workspace changed since the last autosave and it is wanted.
    void saveIfChanged();

private:
    WorkspaceDocument *m_document;
    std::function<bool()> m_wanted;
    QString m_directory;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_timer;
    quint64 m_savedRevision = 0;
    bool m_saving = false;
};
