#pragma once
/**
 * @file markdownlabel.h
 * MarkdownLabel: a word-wrapped QLabel showing lesson Markdown (bold, code, lists, tables),
 * selectable for copying, that turns "term:<id>" links into termActivated(id) so the glossary
 * opens (CURRICULUM R11, details on demand) and opens other links externally.
 */
#include <QLabel>

class MarkdownLabel : public QLabel {
    Q_OBJECT
public:
    explicit MarkdownLabel(const QString &markdown = {}, QWidget *parent = nullptr);
    void setMarkdown(const QString &markdown);

signals:
    void termActivated(const QString &termId);
};
