#include "settingsgroup.h"

#include "workspace.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

SettingsGroup::SettingsGroup(Workspace *workspace, QFormLayout *form, QWidget *owner)
    : QObject(owner), m_workspace(workspace), m_form(form), m_owner(owner)
{
    connect(m_workspace, &Workspace::specChanged, this, [this](const WorkspaceSpec &spec) { showSpec(spec); });
}

bool SettingsGroup::setControlEnabled(const QString &id, bool enabled)
{
    if (!m_locks.setLocked(id, !enabled))
        return false;
    showSpec(spec());
    return true;
}

void SettingsGroup::addRow(const char *id, QWidget *control)
{
    control->setObjectName(QLatin1String(id));
    auto *label = new QLabel(m_owner);
    label->setBuddy(control);
    m_labels.insert(control->objectName(), label);
    m_locks.add(control, label);
    m_form->addRow(label, control);
}

void SettingsGroup::addButtonRow(const char *id, QAbstractButton *button)
{
    button->setObjectName(QLatin1String(id));
    m_locks.add(button);
    m_form->addRow(button);
}

void SettingsGroup::setLabel(const char *id, const QString &text)
{
    if (QLabel *label = m_labels.value(QLatin1String(id)))
        label->setText(text);
}

QComboBox *SettingsGroup::makeCombo()
{
    auto *box = new QComboBox(m_owner);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(8);
    return box;
}

void SettingsGroup::commit(const WorkspaceSpec &spec, Description description)
{
    m_workspace->change(spec, std::move(description));
}

const WorkspaceSpec &SettingsGroup::spec() const
{
    return m_workspace->spec();
}
