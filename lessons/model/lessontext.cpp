#include "lessontext.h"

#include <QRegularExpression>

namespace {

/// "- key: label" (also "* key: label"); the key is an ASCII slug.
const QRegularExpression &labelLine()
{
    static const QRegularExpression re(QStringLiteral("^[-*]\\s+([A-Za-z0-9_.-]+)\\s*[:：]\\s*(.*)$"));
    return re;
}

} // namespace

LessonText LessonText::parse(const QString &markdown, QStringList *errors)
{
    LessonText text;
    QString section;
    QString part;
    QStringList buffer;
    bool inCode = false;

    auto flush = [&]() {
        if (!section.isEmpty())
            text.m_sections[section][part] = buffer.join(QLatin1Char('\n')).trimmed();
        buffer.clear();
    };
    auto report = [&](const QString &message) {
        if (errors)
            errors->append(message);
    };

    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().startsWith(QLatin1String("```")))
            inCode = !inCode;
        if (!inCode && line.startsWith(QLatin1String("# ")) && text.m_title.isEmpty() && section.isEmpty()) {
            text.m_title = line.mid(2).trimmed();
        } else if (!inCode && line.startsWith(QLatin1String("## "))) {
            flush();
            section = line.mid(3).trimmed();
            part.clear();
            if (text.m_sections.contains(section))
                report(QStringLiteral("line %1: duplicate section '## %2'").arg(i + 1).arg(section));
            else
                text.m_order.append(section);
            text.m_sections[section];
        } else if (!inCode && line.startsWith(QLatin1String("### "))) {
            flush();
            part = line.mid(4).trimmed();
            if (section.isEmpty())
                report(QStringLiteral("line %1: '### %2' outside a section").arg(i + 1).arg(part));
            else if (text.m_sections[section].contains(part))
                report(QStringLiteral("line %1: duplicate '### %2' in section '%3'").arg(i + 1).arg(part, section));
        } else if (section.isEmpty()) {
            if (!line.trimmed().isEmpty())
                report(QStringLiteral("line %1: text outside a section").arg(i + 1));
        } else {
            buffer.append(line);
        }
    }
    flush();
    if (text.m_title.isEmpty())
        report(QStringLiteral("missing '# title' line"));
    return text;
}

QStringList LessonText::partNames(const QString &id) const
{
    QStringList names = m_sections.value(id).keys();
    names.removeAll(QString());
    return names;
}

QString LessonText::part(const QString &id, const QString &name) const
{
    return m_sections.value(id).value(name);
}

QMap<QString, QString> LessonText::labels(const QString &id, const QString &name) const
{
    QMap<QString, QString> result;
    QString lastKey;
    for (const QString &line : part(id, name).split(QLatin1Char('\n'))) {
        const auto match = labelLine().match(line.trimmed());
        if (match.hasMatch()) {
            lastKey = match.captured(1);
            result[lastKey] = match.captured(2).trimmed();
        } else if (!lastKey.isEmpty() && !line.trimmed().isEmpty()) {
            // An indented continuation line belongs to the previous label.
            result[lastKey] += QLatin1Char(' ') + line.trimmed();
        }
    }
    return result;
}

QStringList LessonText::labelKeys(const QString &id, const QString &name) const
{
    QStringList keys;
    for (const QString &line : part(id, name).split(QLatin1Char('\n'))) {
        const auto match = labelLine().match(line.trimmed());
        if (match.hasMatch())
            keys.append(match.captured(1));
    }
    return keys;
}
