#pragma once
/**
 * @file pythonhighlighter.h
 * PythonHighlighter: syntax colours for the generated listings of the code panel (P10):
 * keywords, comments, strings and numbers, enough to make 000's seven steps and their Chinese
 * comments stand apart from the code on a projector. One line is one block: the listings have
 * no multi-line strings, so no state carries from line to line.
 *
 * Two colour sets, for light and dark palettes.
 */
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class PythonHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit PythonHighlighter(QTextDocument *document);

    /// Picks the colour set for a dark or light base and recolours the document.
    void setDark(bool dark);
    bool isDark() const { return m_dark; }

protected:
    void highlightBlock(const QString &text) override;

private:
    void updateFormats();

    bool m_dark = false;
    QTextCharFormat m_keyword;
    QTextCharFormat m_comment;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
};
