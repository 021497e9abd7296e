#include "controllocks.h"

#include <QAbstractButton>
#include <QLabel>
#include <QWidget>

void ControlLocks::add(QWidget *control, QLabel *label)
{
    m_entries.push_back({control, label, {}, true, false});
}

void ControlLocks::setToolTip(QWidget *control, const QString &toolTip)
{
    if (Entry *entry = find(control))
        entry->toolTip = toolTip;
}

void ControlLocks::setApplicable(QWidget *control, bool applicable)
{
    if (Entry *entry = find(control))
        entry->applicable = applicable;
}

bool ControlLocks::setLocked(const QString &id, bool locked)
{
    Entry *entry = find(id);
    if (entry)
        entry->locked = locked;
    return entry != nullptr;
}

QStringList ControlLocks::ids() const
{
    QStringList ids;
    for (const Entry &entry : m_entries)
        ids << entry.control->objectName();
    return ids;
}

void ControlLocks::apply() const
{
    for (const Entry &entry : m_entries) {
        entry.control->setEnabled(entry.applicable && !entry.locked);
        entry.control->setToolTip(entry.locked ? tr("Locked in this lesson step") : entry.toolTip);
        QString name;
        if (entry.label)
            name = entry.label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(entry.control))
            name = button->text();
        entry.control->setAccessibleName(name.remove(QLatin1Char('&')));
        entry.control->setAccessibleDescription(entry.toolTip);
    }
}

ControlLocks::Entry *ControlLocks::find(const QWidget *control)
{
    for (Entry &entry : m_entries)
        if (entry.control == control)
            return &entry;
    return nullptr;
}

ControlLocks::Entry *ControlLocks::find(const QString &id)
{
    for (Entry &entry : m_entries)
        if (entry.control->objectName() == id)
            return &entry;
    return nullptr;
}
