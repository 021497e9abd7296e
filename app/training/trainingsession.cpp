#include "trainingsession.h"

#include <QMetaObject>

#include <algorithm>

TrainingSession::TrainingSession(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<DataReport>();
    qRegisterMetaType<TrainingReport>();
    qRegisterMetaType<NetworkEdit>();
    qRegisterMetaType<WorkerError>();
    qRegisterMetaType<WorkspaceState>();
    m_worker = new TrainingWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &TrainingWorker::reportReady, this, &TrainingSession::onReport, Qt::QueuedConnection);
    connect(m_worker, &TrainingWorker::dataReady, this, &TrainingSession::onData, Qt::QueuedConnection);
    connect(m_worker, &TrainingWorker::commandFailed, this, &TrainingSession::commandFailed, Qt::QueuedConnection);
    connect(m_worker, &TrainingWorker::pastReportReady, this, &TrainingSession::onPastReport, Qt::QueuedConnection);
    connect(m_worker, &TrainingWorker::stateCaptured, this, &TrainingSession::stateCaptured, Qt::QueuedConnection);
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
    emit runEnding();
    showLive();
    ++m_commandsSent;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, spec] { w->load(spec); }, Qt::QueuedConnection);
}

void TrainingSession::loadState(const WorkspaceState &state)
{
    emit runEnding();
    showLive();
    ++m_commandsSent;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, state] { w->loadState(state); }, Qt::QueuedConnection);
}

void TrainingSession::captureState(quint64 ticket)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, ticket] { w->captureState(ticket); }, Qt::QueuedConnection);
}

void TrainingSession::setTraining(const engine::TrainingSettings &settings, int epochLimit)
{
    ++m_commandsSent;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, settings, epochLimit] { w->setTraining(settings, epochLimit); }, Qt::QueuedConnection);
}

void TrainingSession::edit(const NetworkEdit &edit)
{
    showLive();
    ++m_commandsSent;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, edit] { w->edit(edit); }, Qt::QueuedConnection);
}

void TrainingSession::play()
{
    showLive();
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
    showLive();
    ++m_commandsSent;
    QMetaObject::invokeMethod(m_worker, &TrainingWorker::stepBatch, Qt::QueuedConnection);
}

quint64 TrainingSession::stepBatchTraced()
{
    showLive();
    ++m_commandsSent;
    const quint64 ticket = ++m_lastTicket;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, ticket] { w->stepBatchTraced(ticket); }, Qt::QueuedConnection);
    return ticket;
}

void TrainingSession::stepEpoch()
{
    showLive();
    ++m_commandsSent;
    QMetaObject::invokeMethod(m_worker, &TrainingWorker::stepEpoch, Qt::QueuedConnection);
}

void TrainingSession::reset()
{
    emit runEnding();
    showLive();
    ++m_commandsSent;
    QMetaObject::invokeMethod(m_worker, &TrainingWorker::reset, Qt::QueuedConnection);
}

void TrainingSession::reinitialize(quint64 seed)
{
    emit runEnding();
    showLive();
    ++m_commandsSent;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, seed] { w->reinitialize(seed); }, Qt::QueuedConnection);
}

void TrainingSession::setSpeed(int level)
{
    ++m_commandsSent;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, level] { w->setSpeed(level); }, Qt::QueuedConnection);
}

void TrainingSession::setBatchLog(bool on)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, on] { w->setBatchLog(on); }, Qt::QueuedConnection);
}

void TrainingSession::onReport(const TrainingReport &report)
{
    m_worker->reportTaken();
    m_latest = report;
    if (isShowingPast() && report.generation != m_viewGeneration)
        showLive(); // the run started over: its past is gone
    emit reportReceived(m_latest);
}

void TrainingSession::onData(const DataReport &report)
{
    m_data = report;
    emit dataChanged(m_data);
}

void TrainingSession::showEpoch(int epoch)
{
    m_viewEpoch = std::max(epoch, 0);
    m_viewGeneration = m_latest.generation;
    if (m_viewInFlight)
        m_viewPending = true;
    else
        requestView();
}

void TrainingSession::requestView()
{
    m_viewInFlight = true;
    m_viewPending = false;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, epoch = m_viewEpoch] { w->showEpoch(epoch); },
                              Qt::QueuedConnection);
}

void TrainingSession::onPastReport(const TrainingReport &report)
{
    m_viewInFlight = false;
    if (m_viewPending)
        requestView(); // only the newest request matters
    // An answer that comes after "back to live", or from a run that has started over, is stale.
    if (!isShowingPast() || report.generation != m_viewGeneration || report.network.layerCount() == 0)
        return;
    m_past = report;
    emit pastReportReceived(m_past);
}

void TrainingSession::showLive()
{
    if (!isShowingPast())
        return;
    m_viewEpoch = -1;
    m_viewPending = false;
    m_past = TrainingReport();
    emit liveResumed();
}
