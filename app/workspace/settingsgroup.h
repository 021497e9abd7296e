#pragma once
/**
 * @file settingsgroup.h
 * SettingsGroup: the plumbing shared by groups of spec controls that fill rows of one QFormLayout
 * (so several groups line up in one column): row labels, lesson locks (ControlLocks), and
 * turning an edit into one undoable Workspace::change(). A group only edits the spec; it shows
 * the spec again when Workspace::specChanged arrives, so undo and other panels keep it in sync.
 */
#include "controllocks.h"
#include "describedcommand.h"
#include "workspacespec.h"

#include <QComboBox>
#include <QHash>
#include <QObject>
#include <QString>

class QAbstractButton;
class QFormLayout;
class QLabel;
class QWidget;
class Workspace;

class SettingsGroup : public QObject {
    Q_OBJECT
public:
    /// Rows go into `form`; widgets are children of `owner`.
    SettingsGroup(Workspace *workspace, QFormLayout *form, QWidget *owner);

    /// Sets the texts; call at construction (after the rows exist) and on a language change.
    virtual void retranslate() = 0;
    /// Returns false when no control of this group has that id.
    bool setControlEnabled(const QString &id, bool enabled);

protected:
    /// Shows the spec in the controls, without emitting their change signals.
    virtual void showSpec(const WorkspaceSpec &spec) = 0;

    /// A labelled row holding `control`, which gets `id` as its objectName.
    void addRow(const char *id, QWidget *control);
    /// A row without a label (check boxes carry their own text).
    void addButtonRow(const char *id, QAbstractButton *button);
    void setLabel(const char *id, const QString &text);
    /// A combo that shrinks to the side panel and elides; its popup still shows the whole text.
    QComboBox *makeCombo();

    /// Pushes `spec` as one undo step.
    void commit(const WorkspaceSpec &spec, Description description);
    /// Changes one field of a copy of the spec and commits it, unless it already has `value`.
    template <typename Field, typename Value>
    void changeField(Field field, const Value &value, Description description)
    {
        WorkspaceSpec changed = spec();
        auto &target = field(changed);
        if (target == value)
            return;
        target = value;
        commit(changed, std::move(description));
    }

    /// Enum combos: items carry the enumerator as int data; texts come from nameChoices().
    template <typename Enum>
    static void addChoice(QComboBox *box, Enum value) { box->addItem(QString(), static_cast<int>(value)); }
    template <typename Enum>
    static void selectChoice(QComboBox *box, Enum value) { box->setCurrentIndex(box->findData(static_cast<int>(value))); }
    template <typename Enum>
    static Enum choice(const QComboBox *box) { return static_cast<Enum>(box->currentData().toInt()); }
    template <typename Enum, typename Name>
    static void nameChoices(QComboBox *box, Name name)
    {
        for (int i = 0; i < box->count(); ++i)
            box->setItemText(i, name(static_cast<Enum>(box->itemData(i).toInt())));
    }

    const WorkspaceSpec &spec() const;
    QFormLayout *form() const { return m_form; }

    Workspace *m_workspace;
    ControlLocks m_locks;

private:
    QFormLayout *m_form;
    QWidget *m_owner;
    QHash<QString, QLabel *> m_labels;
};
