#include "trainingsession.h"

#include <QMetaObject>

TrainingSession::TrainingSession(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<DataReport>();
    qRegisterMetaType<TrainingReport>();
    qRegisterMetaType<NetworkEdit>();
    qRegisterMetaType<WorkerError>();
    m_worker = new TrainingWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &TrainingWorker::reportReady, this, &TrainingSession::onReport, Qt::QueuedConnection);
    connect(m_worker, &TrainingWorker::dataReady, this, &TrainingSession::onData, Qt::QueuedConnection);
    connect(m_worker, &TrainingWorker::commandFailed, this, &TrainingSession::commandFailed, Qt::QueuedConnection);
    m_thread.setObjectName(QStringLiteral("training"));
    m_thread.start();
}

TrainingSession::~TrainingSession()
{
    // A slice checks for interruption after every batch and lasts ~12 ms at most.
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
}

void TrainingSession::load(const WorkspaceSpec &spec)
{
    ++m_commandsSent;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, spec] { w->load(spec); }, Qt::QueuedConnection);
}

void TrainingSession::setTraining(const engine::TrainingSettings &settings, int epochLimit)
{
    ++m_commandsSent;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, settings, epochLimit] { w->setTraining(settings, epochLimit); }, Qt::QueuedConnection);
}

void TrainingSession::edit(const NetworkEdit &edit)
{
    ++m_commandsSent;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, edit] { w->edit(edit); }, Qt::QueuedConnection);
}

void TrainingSession::play()
{
    ++m_commandsSent;
    QMetaObject::invokeMethod(m_worker, &TrainingWorker::play, Qt::QueuedConnection);
}

void TrainingSession::pause()
{
    ++m_commandsSent;
    QMetaObject::invokeMethod(m_worker, &TrainingWorker::pause, Qt::QueuedConnection);
}

void TrainingSession::togglePlay()
{
    if (isRunning())
        pause();
    else
        play();
}

void TrainingSession::stepBatch()
{
    ++m_commandsSent;
    QMetaObject::invokeMethod(m_worker, &TrainingWorker::stepBatch, Qt::QueuedConnection);
}

void TrainingSession::stepEpoch()
{
    ++m_commandsSent;
    QMetaObject::invokeMethod(m_worker, &TrainingWorker::stepEpoch, Qt::QueuedConnection);
}

void TrainingSession::reset()
{
    ++m_commandsSent;
    QMetaObject::invokeMethod(m_worker, &TrainingWorker::reset, Qt::QueuedConnection);
}

void TrainingSession::reinitialize(quint64 seed)
{
    ++m_commandsSent;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, seed] { w->reinitialize(seed); }, Qt::QueuedConnection);
}

void TrainingSession::setSpeed(int level)
{
    ++m_commandsSent;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, level] { w->setSpeed(level); }, Qt::QueuedConnection);
}

void TrainingSession::onReport(const TrainingReport &report)
{
    m_latest = report;
    emit reportReceived(m_latest);
}

void TrainingSession::onData(const DataReport &report)
{
    m_data = report;
    emit dataChanged(m_data);
}
