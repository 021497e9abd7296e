#pragma once
/**
 * @file featurespanel.h
 * FeaturesPanel is the row of input features, Playground style: x1, x2, x1², x2², x1·x2, sin x1
 * and sin x2 as toggle buttons, each showing its value over the plane [-6, 6]^2 (orange
 * negative, blue positive). Seeing x1² as a bowl makes clear why it solves the circle with no
 * hidden layer.
 *
 * At least one feature stays on: unchecking the last is refused with a short note. Features
 * apply to 2-D sets only, so for the digits (64 pixel inputs) the buttons are disabled and say
 * why. Changes go through workspace->change() like every control, so they can be undone.
 */
#include "controllocks.h"
#include "inputfeatures.h"

#include <QList>
#include <QWidget>

class QLabel;
class QToolButton;
class Workspace;
struct WorkspaceSpec;

class FeaturesPanel : public QWidget {
    Q_OBJECT
public:
    explicit FeaturesPanel(Workspace *workspace, QWidget *parent = nullptr);

    /// The features in Playground order.
    static const QList<engine::Feature> &features();
    /// The control id (and objectName) of a feature's button: "feature.x1", "feature.x1^2", ...
    static QString controlId(engine::Feature feature);

    /// Enables or locks "features" (all buttons) or one button by its controlId().
    void setControlEnabled(const QString &id, bool enabled);
    QToolButton *button(engine::Feature feature) const;
    /// The note under the buttons (a refused change, why features are off); empty when hidden.
    QString message() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateFromSpec(const WorkspaceSpec &spec);
    void updateIcons();
    void onClicked(engine::Feature feature, bool checked);
    void showMessage(const QString &text);

    Workspace *m_workspace;
    ControlLocks m_locks;
    QList<QToolButton *> m_buttons; ///< in features() order
    QLabel *m_message;
    bool m_refused = false; ///< the message shows a refusal (cleared by the next change)
};
