#pragma once
/**
 * @file lesson.h
 * A loaded lesson: the structure from lesson.json (FORMAT.md) with its conditions parsed, and
 * the texts of both languages. Plain values; LessonLoader fills and validates them.
 */
#include "expression.h"
#include "lessontext.h"
#include "presetstate.h"
#include "sweepgrid.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

/// A prediction or checkpoint question.
struct LessonQuestion {
    enum class Type { Choice, Multi, Number, Sort, Order, Free };
    QString id;                 ///< checkpoint id; empty for a step's prediction
    Type type = Type::Choice;
    QStringList options;        ///< choice / multi
    QStringList items;          ///< sort / order
    QStringList bins;           ///< sort
    QStringList answerIds;      ///< choice (one) / multi / order (in order)
    QMap<QString, QString> sortAnswer; ///< sort: item -> bin
    double number = 0.0;        ///< number: fixed answer
    Expression live;            ///< number: answer read from the student's screen (R10)
    double tolerance = 0.0;

    bool hasLiveAnswer() const { return live.isValid(); }
};

/// What a step's action button does.
struct LessonRun {
    enum class Kind { None, Epochs, ToEpoch, Batches, BowlSteps };
    Kind kind = Kind::None;
    int count = 0;              ///< epochs / target epoch / batches / bowl steps (0 = to convergence)
    bool slowMotion = false;    ///< one batch replayed line by line in the code panel (L11 s4)
};

/// One variant of a compare table.
struct CompareRun {
    QString id;
    QJsonObject set;
};

struct LessonCompare {
    int epochs = 0;             ///< 0: no training (stage-only variants)
    QList<CompareRun> runs;
    QStringList columns;
    bool isEmpty() const { return runs.isEmpty(); }
};

/// A step's hyperparameter sweep (L5 s3): every combination of the axes' values, trained from
/// the step's state for `epochs` epochs with the test set locked.
struct StepSweep {
    int epochs = 0;
    QList<SweepAxis> axes;
    bool isEmpty() const { return axes.isEmpty(); }
};

/// Models trained in lockstep on the side-by-side stage (FORMAT.md, "sideBySide"): each is the
/// step's state with its own `set` on top; conditions read them as "<id>.<variable>".
struct LessonSideBySide {
    int epochs = 0;             ///< the action trains every model from epoch 0 to this epoch
    QList<CompareRun> models;
    bool isEmpty() const { return models.isEmpty(); }
};

struct LessonStep {
    QString id;
    bool classroom = false;
    QString stage;              ///< the effective stage (the lesson's unless overridden)
    bool reset = false;
    QJsonObject set;
    /// What the student is asked to change in this step, as preset keys: applied by the
    /// teacher's "Show me" button and by the test that walks every lesson.
    QJsonObject solution;
    QStringList unlock;
    QStringList highlight;
    QStringList code;           ///< code-panel anchors lit in this step ("optimizer", "backward"…)
    QStringList hide;           ///< displays that give the prediction away, hidden until it is made
    bool hasPrediction = false;
    LessonQuestion prediction;
    LessonRun run;
    LessonCompare compare;
    LessonSideBySide sideBySide;
    StepSweep sweep;
    /// The action measures the chosen cell of the lesson's sweep on the test set, once (L5 s4).
    bool evaluateTest = false;
    QList<Expression> expect;
    QList<LessonQuestion> checkpoints;
};

struct AcceptanceCheck {
    QString id;
    QJsonObject set;
    int epochs = 0;
    int bowlSteps = -1;         ///< -1: not a bowl check; 0: to convergence
    QList<Expression> expect;
};

struct Lesson {
    QString id;
    int number = 0;
    int version = 1;
    QStringList seeds;
    int selfPacedMinutes = 0;
    int classroomMinutes = 0;
    QString stage;
    QJsonObject preset;
    QList<LessonStep> steps;
    QList<Expression> challenge;
    QString minimize;
    QStringList freeUnlock;     ///< empty = everything
    QList<AcceptanceCheck> acceptance;
    QMap<QString, LessonText> texts; ///< by language code: "en", "zh_CN"
    QString sourcePath;         ///< the folder it was loaded from

    /// The text in `language`, falling back to English.
    const LessonText &text(const QString &language) const;
    int stepIndex(const QString &stepId) const;
    /// The preset as step `index` starts it when every earlier step was done: the lesson preset
    /// (again after a step's `reset`), each step's `set`, and the earlier steps' solutions
    /// (opening a lesson at a later step, --step).
    PresetState stateAt(int index) const;
};
