#pragma once
/**
 * @file codeview.h
 * CodeView: one read-only listing of the code panel (P10) with line numbers, Python colours and
 * lit-up lines. Lines are lit by anchor ids ("optimizer", "backward"), which the listing maps to
 * line numbers, so the same ids work for the PyTorch and the Keras listing.
 *
 * The text is monospace at the size of the surrounding font, so a projector's 1.5x font scales
 * it; long lines wrap at the widget edge (a ~450 px column): the line numbers show where a line
 * starts and a hook in the gutter marks each wrapped row. Lit lines get a tint of the palette's
 * highlight colour, the plain text colour and a bar in the gutter. Replacing the listing keeps
 * the scroll position and the lit anchors.
 */
#include "codelisting.h"

#include <QPlainTextEdit>

class PythonHighlighter;
class QPainter;

class CodeView : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit CodeView(QWidget *parent = nullptr);

    /// Shows a listing; keeps the scroll position and re-lights the current anchors on it.
    void setListing(const CodeListing &listing);
    const CodeListing &listing() const { return m_listing; }
    /// Lights the lines of these anchors (unknown ones are ignored) and scrolls the first into view.
    void highlight(const QStringList &anchors);
    QStringList highlightedAnchors() const { return m_anchors; }
    /// The lit lines, 1-based, in order.
    QList<int> highlightedLines() const;
    PythonHighlighter *highlighter() const { return m_highlighter; }
    /// Width of the line-number gutter in pixels.
    int gutterWidth() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyHighlight(bool scroll);
    void layoutAllLines();
    void paintGutter(QPaintEvent *event);
    void paintContinuation(QPainter &painter, const QRectF &row) const;
    void updateGutterGeometry();
    void updateFontAndColours();
    QColor highlightBackground() const;

    CodeListing m_listing;
    QStringList m_anchors;
    QList<int> m_lines;
    QWidget *m_gutter = nullptr;
    PythonHighlighter *m_highlighter = nullptr;
};
