#pragma once
/**
 * @file playlistpanel.h
 * PlaylistPanel: the teacher's 40-minute Module 6 plan (CURRICULUM §4.2) beside the lesson —
 * each block with its planned time, a button per ★ step that opens it, and a block timer that
 * turns red when the block runs over.
 */
#include "classroomplaylist.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class LessonLibrary;
class QLabel;
class QPushButton;
class QVBoxLayout;

class PlaylistPanel : public QWidget {
    Q_OBJECT
public:
    PlaylistPanel(const LessonLibrary *library, QWidget *parent = nullptr);

    void setLanguage(const QString &language);
    /// Starts (or restarts) the timer of block `index`.
    void startBlock(int index);
    void stopTimer();
    int runningBlock() const { return m_running; }
    /// Seconds on the running block's clock.
    qint64 elapsedSeconds() const;

signals:
    /// Open lesson `number` at 0-based `step`.
    void stepChosen(int number, int step);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void tick();

    const LessonLibrary *m_library;
    ClassroomPlaylist m_playlist;
    QString m_language = QStringLiteral("en");
    QVBoxLayout *m_layout = nullptr;
    QList<QLabel *> m_clocks;
    QList<QPushButton *> m_timerButtons;
    QTimer m_tick;
    QElapsedTimer m_elapsed;
    int m_running = -1;
};
