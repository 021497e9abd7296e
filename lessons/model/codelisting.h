#pragma once
/**
 * @file codelisting.h
 * CodeListing: a generated program as lines plus named anchors ("lr", "optimizer", "backward")
 * that map to line ranges, so the code panel (P10) can light up the line that belongs to the
 * control or training step the student is looking at. Anchor ids are stable strings, never
 * translated text; the GUI and lessons use them as keys.
 */
#include <QMap>
#include <QString>
#include <QStringList>

class CodeListing {
public:
    /// Lines of one anchor, 1-based and inclusive; first == 0 when the anchor is not in the listing.
    struct Range {
        int first = 0;
        int last = 0;
    };

    /// The whole program, lines joined by '\n', with a final newline (as a .py file ends).
    QString text() const;
    const QStringList &lines() const { return m_lines; }
    int lineCount() const { return static_cast<int>(m_lines.size()); }

    /// First line of an anchor (1-based), or 0 when this listing has no such anchor.
    int lineOf(const QString &anchor) const { return rangeOf(anchor).first; }
    Range rangeOf(const QString &anchor) const { return m_anchors.value(anchor); }
    /// Every anchor of this listing, in the order of their first lines.
    QStringList anchors() const;

protected:
    /// Appends one line; with an anchor, the line joins that anchor's range.
    void add(const QString &line, const QString &anchor = QString());
    /// Appends lines; with an anchor, all of them join its range.
    void add(const QStringList &lines, const QString &anchor = QString());
    /// Marks lines first..last (1-based) as part of an anchor; a second mark widens the range.
    void mark(const QString &anchor, int first, int last);
    /// The number the next added line will get.
    int nextLine() const { return lineCount() + 1; }

private:
    QStringList m_lines;
    QMap<QString, Range> m_anchors;
};
