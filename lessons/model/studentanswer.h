#pragma once
/**
 * @file studentanswer.h
 * StudentAnswer: what a student entered for a LessonQuestion, and the check against the
 * answer key. A live number answer (R10) is compared with the value on the student's own
 * screen at the moment of checking.
 */
#include "lesson.h"

#include <QMap>
#include <QStringList>

#include <optional>

struct StudentAnswer {
    QStringList ids;                  ///< choice (one), multi (any order), order (in order)
    std::optional<double> number;     ///< number questions
    QMap<QString, QString> sort;      ///< sort: item -> bin

    bool isEmpty() const { return ids.isEmpty() && !number && sort.isEmpty(); }

    /// True when the answer matches the key. Free questions are always "correct" (nothing to
    /// check). `expected` receives the number a number question wanted (live or fixed); a live
    /// answer that cannot be read yet counts as wrong and leaves `expected` empty.
    bool matches(const LessonQuestion &question, const VariableLookup &lookup,
                 std::optional<double> *expected = nullptr) const;
};
