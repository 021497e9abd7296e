#pragma once
/**
 * @file describedcommand.h
 * An undo command whose name (Edit > Undo "…") is made by a function rather than stored as text,
 * so a language switch can name every command on the stack again: a text made with tr() when
 * the change was pushed would otherwise stay in the old language.
 */
#include <QString>
#include <QUndoCommand>

#include <functional>

/// Names a change in the current language; calls tr() each time it runs.
using Description = std::function<QString()>;

class DescribedCommand : public QUndoCommand {
public:
    explicit DescribedCommand(Description description);

    /// Sets the text again from the description (after a language change).
    void retranslate();

private:
    Description m_description;
};
