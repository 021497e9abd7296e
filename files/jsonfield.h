#pragma once
/**
 * @file jsonfield.h
 * JsonField: one value of a parsed JSON document with its dotted path
 * ("spec.training.learningRate", "network.parameters[12]"), read with the type and range a
 * workspace file allows. A read that fails throws a FileProblem whose message names the path
 * and the problem in the user's language, so the reader stays a plain list of reads and the
 * first problem found is the one the user sees.
 */
#include "eigentypes.h"
#include "fileids.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <cstdint>

/// The first problem found in a file, in the user's language.
struct FileProblem {
    QString message;
};

class JsonField {
    Q_DECLARE_TR_FUNCTIONS(JsonField)
public:
    JsonField(const QJsonValue &value, const QString &path);

    const QString &path() const { return m_path; }
    bool exists() const { return !m_value.isUndefined(); }

    /// A member of this object (the object must be one; the member may be missing until read).
    JsonField operator[](const char *key) const;
    /// Element `index` of this array.
    JsonField at(qsizetype index) const;
    /// The length of this array; throws when it is not an array or has more than `maximum` entries.
    qsizetype arraySize(qsizetype maximum) const;

    /// A finite number in [minimum, maximum].
    double number(double minimum, double maximum) const;
    /// A finite number >= 0 (a loss, a gradient's size).
    double nonNegative() const;
    /// A whole number in [minimum, maximum] (at most 2^53 in size, the integers a double holds).
    long long integer(long long minimum, long long maximum) const;
    int smallInteger(int minimum, int maximum) const { return static_cast<int>(integer(minimum, maximum)); }
    bool boolean() const;
    /// Text of at most `maxLength` characters.
    QString text(qsizetype maxLength) const;
    /// A 64-bit seed: decimal text (exact for every seed) or a whole number up to 2^53.
    std::uint64_t seed() const;
    /// A list of exactly `count` weights (or none when `mayBeEmpty`): finite numbers a float holds.
    engine::Vector<float> floats(qsizetype count, bool mayBeEmpty) const;
    /// A list of at most `maximum` finite numbers >= 0.
    std::vector<double> magnitudes(qsizetype maximum) const;

    /// One of a table's ids.
    template <typename Enum>
    Enum id(const IdTable<Enum> &table) const
    {
        const QString text = this->text(64);
        for (const auto &entry : table)
            if (entry.first == text)
                return entry.second;
        fail(tr("“%1” is “%2”, which is not one of: %3.").arg(m_path, text, fileids::allIds(table).join(QStringLiteral(", "))));
    }

    /// Throws a FileProblem with this message.
    [[noreturn]] static void fail(const QString &message);

private:
    const QJsonValue &present() const;

    QJsonValue m_value;
    QString m_path;
};
