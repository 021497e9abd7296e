#include "codeview.h"

#include "apppalette.h"
#include "pythonhighlighter.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QPainter>
#include <QTextLayout>
#include <QScrollBar>
#include <QTextBlock>

#include <algorithm>

namespace {

// Share of the palette's highlight colour in a lit line's background: plainly tinted from the
// back of a classroom, light (or dark) enough for 10:1 text contrast on it.
constexpr double kHighlightShare = 0.3;

QColor blend(const QColor &base, const QColor &over, double share)
{
    return QColor::fromRgbF(float(base.redF() + (over.redF() - base.redF()) * share),
                            float(base.greenF() + (over.greenF() - base.greenF()) * share),
                            float(base.blueF() + (over.blueF() - base.blueF()) * share));
}

} // namespace

CodeView::CodeView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_highlighter = new PythonHighlighter(document());
    m_gutter = new QWidget(this);
    m_gutter->setObjectName(QStringLiteral("lineNumbers"));
    m_gutter->installEventFilter(this);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeView::updateGutterGeometry);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy != 0)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    updateFontAndColours();
}

void CodeView::setListing(const CodeListing &listing)
{
    const QString text = listing.text();
    m_listing = listing;
    if (text != toPlainText() + QLatin1Char('\n')) {
        const int vertical = verticalScrollBar()->value();
        const int horizontal = horizontalScrollBar()->value();
        setPlainText(listing.lines().join(QLatin1Char('\n')));
        // QSyntaxHighlighter colours a new document only from the event loop; a block laid out
        // before that keeps wrapped rows in the default colour (seen with Qt 6.4), so colour first.
        m_highlighter->rehighlight();
        layoutAllLines();
        verticalScrollBar()->setValue(vertical);
        horizontalScrollBar()->setValue(horizontal);
    }
    applyHighlight(false);
}

void CodeView::highlight(const QStringList &anchors)
{
    m_anchors = anchors;
    applyHighlight(true);
}

QList<int> CodeView::highlightedLines() const
{
    return m_lines;
}

void CodeView::applyHighlight(bool scroll)
{
    m_lines.clear();
    for (const QString &anchor : m_anchors) {
        const CodeListing::Range range = m_listing.rangeOf(anchor);
        for (int line = range.first; range.first > 0 && line <= range.last; ++line)
            m_lines.append(line);
    }
    std::sort(m_lines.begin(), m_lines.end());
    m_lines.erase(std::unique(m_lines.begin(), m_lines.end()), m_lines.end());

    // Lit lines drop the syntax colours for the plain text colour: on the tinted background the
    // green and blue hues fall below 4.5:1, and a projector needs the contrast more than the hues.
    // The whole block is selected so that every wrapped row of a long line is lit.
    QList<QTextEdit::ExtraSelection> selections;
    for (int line : m_lines) {
        QTextEdit::ExtraSelection selection;
        selection.format.setBackground(highlightBackground());
        selection.format.setForeground(palette().color(QPalette::Text));
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selection.cursor = QTextCursor(document()->findBlockByNumber(line - 1));
        // Up to the next block's start, so the last wrapped row is lit to the edge too.
        if (!selection.cursor.movePosition(QTextCursor::NextBlock, QTextCursor::KeepAnchor))
            selection.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        selections.append(selection);
    }
    setExtraSelections(selections);
    m_gutter->update();
    if (!scroll || m_lines.isEmpty())
        return;

    // The cursor marks the first lit line (keyboard users continue from there); centre it only
    // when it is out of view, so lighting a visible line does not make the text jump.
    layoutAllLines();
    const QTextBlock block = document()->findBlockByNumber(m_lines.first() - 1);
    const QRectF box = blockBoundingGeometry(block).translated(contentOffset());
    const bool outOfView = box.top() < 0 || box.bottom() > viewport()->height();
    setTextCursor(QTextCursor(block));
    if (outOfView)
        centerCursor();
}

void CodeView::layoutAllLines()
{
    // QPlainTextEdit lays wrapped lines out lazily and its scroll bar counts visual lines, so a
    // scroll value means different text until every block has been laid out once.
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next())
        blockBoundingRect(block);
}

QColor CodeView::highlightBackground() const
{
    return blend(palette().color(QPalette::Base), palette().color(QPalette::Highlight), kHighlightShare);
}

int CodeView::gutterWidth() const
{
    const int digits = int(QString::number(std::max(10, blockCount())).size());
    return fontMetrics().horizontalAdvance(QLatin1Char('9')) * (digits + 1) + fontMetrics().height() / 2;
}

void CodeView::updateGutterGeometry()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect r = contentsRect();
    m_gutter->setGeometry(QRect(r.left(), r.top(), gutterWidth(), r.height()));
}

void CodeView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateGutterGeometry();
}

bool CodeView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_gutter && event->type() == QEvent::Paint) {
        paintGutter(static_cast<QPaintEvent *>(event));
        return true;
    }
    return QPlainTextEdit::eventFilter(watched, event);
}

void CodeView::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QPalette &pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::AlternateBase));
    const int barWidth = std::max(3, fontMetrics().height() / 5);
    const int rightPad = fontMetrics().horizontalAdvance(QLatin1Char('9')) / 2 + barWidth;
    QFont bold = font();
    bold.setBold(true);

    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = blockBoundingRect(block).height();
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            const bool lit = std::binary_search(m_lines.begin(), m_lines.end(), line);
            if (lit)
                painter.fillRect(QRectF(m_gutter->width() - barWidth, top, barWidth, height), pal.color(QPalette::Highlight));
            painter.setFont(lit ? bold : font());
            painter.setPen(pal.color(lit ? QPalette::Text : QPalette::PlaceholderText));
            painter.drawText(QRectF(0, top, m_gutter->width() - rightPad, fontMetrics().height()),
                             Qt::AlignRight | Qt::AlignVCenter, QString::number(line));
            // A hook on every wrapped row: QPlainTextEdit cannot indent them, so the gutter says
            // "this row continues the line above" instead.
            const QTextLayout *layout = block.layout();
            for (int row = 1; layout && row < layout->lineCount(); ++row)
                paintContinuation(painter, QRectF(0, top + layout->lineAt(row).y(), m_gutter->width() - rightPad,
                                                  fontMetrics().height()));
        }
        top += height;
        block = block.next();
    }
}

void CodeView::paintContinuation(QPainter &painter, const QRectF &row) const
{
    const qreal w = fontMetrics().horizontalAdvance(QLatin1Char('9'));
    const qreal h = row.height();
    const qreal x = row.right() - w;
    const qreal y = row.top() + h * 0.3;
    const qreal mid = row.top() + h * 0.62;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::PlaceholderText), std::max(1.0, h / 14.0)));
    painter.drawPolyline(QPolygonF({QPointF(x, y), QPointF(x, mid), QPointF(x + w, mid)}));
    painter.drawPolyline(QPolygonF({QPointF(x + w * 0.65, mid - h * 0.15), QPointF(x + w, mid),
                                    QPointF(x + w * 0.65, mid + h * 0.15)}));
    painter.restore();
}

void CodeView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateFontAndColours();
}

void CodeView::updateFontAndColours()
{
    // Only the families are set: the size stays inherited from the parent, so it follows the
    // projector font. Noto Sans Mono CJK SC comes first because its Chinese glyphs are exactly two
    // columns wide, so comments after Chinese text stay aligned; the others are fallbacks for
    // machines without it (the platform's fixed font is not monospace on every platform).
    static const QStringList families = [] {
        QStringList list{QStringLiteral("Noto Sans Mono CJK SC")};
        const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        if (QFontInfo(fixed).fixedPitch())
            list << fixed.family();
        list << QStringLiteral("DejaVu Sans Mono") << QStringLiteral("Consolas") << QStringLiteral("Courier New")
             << QStringLiteral("monospace");
        return list;
    }();
    if (font().families() != families) {
        QFont mono;
        mono.setFamilies(families);
        mono.setStyleHint(QFont::TypeWriter);
        setFont(mono); // sends FontChange again, which then stops at the check above
        return;
    }
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    m_highlighter->setDark(apppalette::isDark(palette()));
    updateGutterGeometry();
    applyHighlight(false);
}
