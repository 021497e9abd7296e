#pragma once
/**
 * @file lessonvalidator.h
 * LessonValidator: the checks of a parsed lesson that need more than its JSON shape — presets
 * replayed step by step through PresetState, variable names in conditions, control and panel
 * ids, and the texts of both languages against every step, question and option id.
 */
#include "lesson.h"

#include <QStringList>

class LessonValidator {
public:
    /// True when `name` is a FORMAT.md variable; `runIds` are compare or acceptance ids that may
    /// prefix it ("B.val.loss").
    static bool isKnownVariable(const QString &name, const QStringList &runIds = {});
    /// Control ids a step may unlock.
    static bool isKnownControl(const QString &id);

    /// Appends "<file>: <where>: <message>" errors for everything wrong with `lesson`.
    static void validate(const Lesson &lesson, QStringList &errors);

private:
    static void validatePresets(const Lesson &lesson, QStringList &errors);
    static void validateConditions(const Lesson &lesson, QStringList &errors);
    static void validateTexts(const Lesson &lesson, const QString &language, QStringList &errors);
};
