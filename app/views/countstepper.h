#pragma once
/**
 * @file countstepper.h
 * "−" / "+" buttons with a count under them ("4 neurons"), the Playground's control above each
 * hidden layer and above the hidden block. It only asks (addRequested / removeRequested): the
 * owner turns that into a NetworkEdit, so every structural change goes through one path that
 * the workspace can undo.
 */
#include <QWidget>

class QLabel;
class QToolButton;

class CountStepper : public QWidget {
    Q_OBJECT
public:
    /// Everything the stepper shows, already translated by the owner.
    struct Texts {
        QString label;        ///< "4 neurons"
        QString compactLabel; ///< "4", when the column is too narrow for the label
        QString add;          ///< tooltip and accessible name of "+"
        QString remove;       ///< tooltip and accessible name of "−"
        QString locked;       ///< tooltip of both buttons while the network is locked
    };

    /// `name` gives the object names: <name>Add, <name>Remove, <name>Label (tests find them).
    /// Vertical puts the label under the buttons (above a layer column), Horizontal beside them.
    CountStepper(const QString &name, Qt::Orientation orientation, QWidget *parent = nullptr);

    void setTexts(const Texts &texts);
    /// Enables "−" above `minimum` and "+" below `maximum`, when editable.
    void setCount(int count, int minimum, int maximum);
    void setEditable(bool editable);
    void setCompact(bool compact);

    QToolButton *addButton() const { return m_add; }
    QToolButton *removeButton() const { return m_remove; }

signals:
    void addRequested();
    void removeRequested();

private:
    void refresh();

    QToolButton *m_remove;
    QToolButton *m_add;
    QLabel *m_label;
    Texts m_texts;
    int m_count = 0;
    int m_minimum = 0;
    int m_maximum = 0;
    bool m_editable = true;
    bool m_compact = false;
};
