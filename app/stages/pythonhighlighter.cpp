#include "pythonhighlighter.h"

#include <QRegularExpression>

PythonHighlighter::PythonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    updateFormats();
}

void PythonHighlighter::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    updateFormats();
    rehighlight();
}

void PythonHighlighter::updateFormats()
{
    // Visual Studio Code's "Light+" and "Dark+" hues: familiar to anyone who has seen Python in an
    // editor, and at least 4.5:1 against white and against the dark palette's #262626 base.
    m_keyword.setForeground(m_dark ? QColor(0x56, 0x9C, 0xD6) : QColor(0x00, 0x00, 0xFF));
    m_keyword.setFontWeight(QFont::Bold);
    m_comment.setForeground(m_dark ? QColor(0x6A, 0x99, 0x55) : QColor(0x00, 0x80, 0x00));
    m_string.setForeground(m_dark ? QColor(0xCE, 0x91, 0x78) : QColor(0xA3, 0x15, 0x15));
    m_number.setForeground(m_dark ? QColor(0xB5, 0xCE, 0xA8) : QColor(0x09, 0x86, 0x58));
}

void PythonHighlighter::highlightBlock(const QString &text)
{
    // Strings and the comment first, by a scan that knows quotes hide '#'; keywords and numbers
    // only outside them.
    QList<QPair<qsizetype, qsizetype>> covered;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('#')) {
            setFormat(int(i), int(text.size() - i), m_comment);
            covered.append({i, text.size()});
            break;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            // An f / r / b prefix belongs to the string.
            const qsizetype start = i > 0 && text.at(i - 1).isLetter() && (i < 2 || !text.at(i - 2).isLetterOrNumber())
                                        ? i - 1 : i;
            qsizetype end = i + 1;
            while (end < text.size() && text.at(end) != c)
                end += text.at(end) == QLatin1Char('\\') ? 2 : 1;
            end = std::min(end + 1, text.size());
            setFormat(int(start), int(end - start), m_string);
            covered.append({start, end});
            i = end;
            continue;
        }
        ++i;
    }
    const auto inside = [&covered](qsizetype at) {
        return std::any_of(covered.begin(), covered.end(), [at](const auto &r) { return at >= r.first && at < r.second; });
    };

    static const QRegularExpression keywords(QStringLiteral(
        "\\b(and|as|class|def|elif|else|except|False|for|from|if|import|in|is|lambda|None|not|or|pass|"
        "return|True|try|while|with|yield)\\b"));
    static const QRegularExpression numbers(QStringLiteral("(?<![\\w.])\\d+(\\.\\d*)?([eE][-+]?\\d+)?\\b"));
    for (const auto &[pattern, format] : {qMakePair(&keywords, &m_keyword), qMakePair(&numbers, &m_number)}) {
        auto it = pattern->globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (!inside(m.capturedStart()))
                setFormat(int(m.capturedStart()), int(m.capturedLength()), *format);
        }
    }
}
