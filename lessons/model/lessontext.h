#pragma once
/**
 * @file lessontext.h
 * LessonText: one language's en.md / zh_CN.md split into sections. `# Title` is the lesson
 * title; each `## <id>` (a step, "<step>/<question>", "goal" or "free") holds sub-sections
 * `### <name>` of Markdown. Option lists ("- yes: 能") are parsed into id → label maps.
 */
#include <QMap>
#include <QString>
#include <QStringList>

class LessonText {
public:
    /// Parses Markdown; problems (text outside a section, duplicate ids) go to `errors`.
    static LessonText parse(const QString &markdown, QStringList *errors = nullptr);

    QString title() const { return m_title; }
    /// Section ids in file order.
    QStringList sectionIds() const { return m_order; }
    bool hasSection(const QString &id) const { return m_sections.contains(id); }
    /// Sub-section names of a section ("title", "goal", "options"…).
    QStringList partNames(const QString &id) const;
    /// A sub-section's Markdown, trimmed; empty when absent. For "goal"/"free" sections without
    /// sub-sections, part "" is the section's own text.
    QString part(const QString &id, const QString &name) const;
    /// "- key: label" lines of a sub-section.
    QMap<QString, QString> labels(const QString &id, const QString &name) const;
    /// Key order of a label list, as written.
    QStringList labelKeys(const QString &id, const QString &name) const;

private:
    QString m_title;
    QStringList m_order;
    QMap<QString, QMap<QString, QString>> m_sections;
};
