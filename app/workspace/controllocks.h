#pragma once
/**
 * @file controllocks.h
 * ControlLocks: the enabled state, tooltip and accessible name of a panel's controls, in one place.
 *
 * A control can be unavailable for two reasons: a lesson step locks it (CURRICULUM R2: every
 * control but one is locked), or it does not apply to the current settings (a regularization rate
 * without regularization). Both disable it; only a lock replaces its tooltip with "Locked in this
 * lesson step", so students are told why they cannot touch it. Panels set the texts in their
 * retranslateUi() and call apply().
 */
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

class QLabel;
class QWidget;

class ControlLocks {
    Q_DECLARE_TR_FUNCTIONS(ControlLocks)
public:
    /// Registers a control under its objectName; `label` (if any) gives its accessible name,
    /// otherwise the control's own text (check boxes) does.
    void add(QWidget *control, QLabel *label = nullptr);
    /// The control's own tooltip, shown while it is not locked.
    void setToolTip(QWidget *control, const QString &toolTip);
    /// False disables the control because other settings make it meaningless.
    void setApplicable(QWidget *control, bool applicable);
    /// Returns false for an unknown id.
    bool setLocked(const QString &id, bool locked);
    QStringList ids() const;
    /// Applies enabled state, tooltip and accessible name to every control.
    void apply() const;

private:
    struct Entry {
        QWidget *control = nullptr;
        QLabel *label = nullptr;
        QString toolTip;
        bool applicable = true;
        bool locked = false;
    };
    Entry *find(const QWidget *control);
    Entry *find(const QString &id);

    std::vector<Entry> m_entries;
};
