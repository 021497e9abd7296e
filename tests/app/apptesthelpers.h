#pragma once
// Shared by the app tests: waiting for a report without sleeping, and a translator that marks
// every string so a test can see a language change reach a widget.
#include "workspace.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTranslator>

namespace apptest {

/// Marks every string, so a test can see that a language change reached a widget.
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return QStringLiteral("«") + QString::fromUtf8(source) + QStringLiteral("»");
    }
};

/// Waits (on the report signal, at most 10 s) until the latest report satisfies `predicate`.
template <typename Predicate>
bool waitFor(Workspace &workspace, Predicate predicate)
{
    QSignalSpy reports(&workspace.session(), &TrainingSession::reportReceived);
    QElapsedTimer clock;
    clock.start();
    while (!predicate(workspace.session().latest()) && clock.elapsed() < 10000)
        reports.wait(10000);
    return predicate(workspace.session().latest());
}

} // namespace apptest
