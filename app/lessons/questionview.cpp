#include "questionview.h"

#include "markdownlabel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleValidator>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <cmath>

QuestionView::QuestionView(const LessonQuestion &question, const LessonText &text, const QString &sectionId,
                           bool checkpoint, QWidget *parent)
    : QWidget(parent), m_question(question), m_text(text), m_section(sectionId), m_checkpoint(checkpoint)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    auto *prompt = new MarkdownLabel(text.part(sectionId, checkpoint ? QStringLiteral("question") : QStringLiteral("predict")));
    connect(prompt, &MarkdownLabel::termActivated, this, &QuestionView::termActivated);
    m_layout->addWidget(prompt);
    buildAnswerWidgets();
    m_submit = new QPushButton(checkpoint ? tr("Check my answer") : tr("Lock in my prediction"));
    m_submit->setObjectName(checkpoint ? QStringLiteral("checkAnswer") : QStringLiteral("lockPrediction"));
    m_submit->setToolTip(checkpoint ? tr("Compare your answer with the answer key")
                                    : tr("Your prediction is kept and shown next to the result"));
    connect(m_submit, &QPushButton::clicked, this, [this] { emit submitted(answer()); });
    m_layout->addWidget(m_submit, 0, Qt::AlignLeft);
    m_result = new MarkdownLabel;
    m_result->setObjectName(QStringLiteral("questionResult"));
    connect(m_result, &MarkdownLabel::termActivated, this, &QuestionView::termActivated);
    m_layout->addWidget(m_result);
    updateSubmitEnabled();
}

QString QuestionView::label(const QString &part, const QString &id) const
{
    const QString text = m_text.labels(m_section, part).value(id);
    return text.isEmpty() ? id : text;
}

void QuestionView::buildAnswerWidgets()
{
    using Type = LessonQuestion::Type;
    switch (m_question.type) {
    case Type::Choice:
    case Type::Multi: {
        m_buttons = new QButtonGroup(this);
        m_buttons->setExclusive(m_question.type == Type::Choice);
        for (int i = 0; i < m_question.options.size(); ++i) {
            const QString text = label(QStringLiteral("options"), m_question.options[i]);
            // Radio and check boxes cannot wrap their text; the label beside them can (long
            // options in a narrow column, Markdown such as `code`), and clicking it clicks the box.
            QAbstractButton *button = m_question.type == Type::Choice ? static_cast<QAbstractButton *>(new QRadioButton)
                                                                      : new QCheckBox;
            button->setObjectName(QStringLiteral("option.") + m_question.options[i]);
            button->setAccessibleName(text);
            m_buttons->addButton(button, i);
            auto *optionLabel = new MarkdownLabel(text);
            optionLabel->setTextInteractionFlags(Qt::NoTextInteraction);
            optionLabel->installEventFilter(this);
            optionLabel->setProperty("option", i);
            auto *row = new QHBoxLayout;
            row->addWidget(button, 0, Qt::AlignTop);
            row->addWidget(optionLabel, 1);
            m_layout->addLayout(row);
        }
        connect(m_buttons, &QButtonGroup::idToggled, this, &QuestionView::updateSubmitEnabled);
        break;
    }
    case Type::Number: {
        m_number = new QLineEdit;
        m_number->setObjectName(QStringLiteral("numberAnswer"));
        m_number->setPlaceholderText(tr("Type a number"));
        m_number->setAccessibleName(tr("Your number"));
        auto *validator = new QDoubleValidator(m_number);
        validator->setLocale(QLocale::c()); // "0.3855" on every system locale
        validator->setNotation(QDoubleValidator::StandardNotation);
        m_number->setValidator(validator);
        connect(m_number, &QLineEdit::textChanged, this, &QuestionView::updateSubmitEnabled);
        m_layout->addWidget(m_number);
        break;
    }
    case Type::Sort: {
        auto *form = new QFormLayout;
        for (const QString &item : m_question.items) {
            auto *combo = new QComboBox;
            combo->setObjectName(QStringLiteral("sort.") + item);
            combo->addItem(tr("— choose —"), QString());
            for (const QString &bin : m_question.bins)
                combo->addItem(label(QStringLiteral("bins"), bin), bin);
            combo->setAccessibleName(label(QStringLiteral("items"), item));
            connect(combo, &QComboBox::currentIndexChanged, this, &QuestionView::updateSubmitEnabled);
            auto *itemLabel = new QLabel(label(QStringLiteral("items"), item));
            itemLabel->setWordWrap(true);
            itemLabel->setTextFormat(Qt::MarkdownText);
            form->addRow(itemLabel, combo);
            m_bins.append(combo);
        }
        m_layout->addLayout(form);
        break;
    }
    case Type::Order: {
        m_order = new QListWidget;
        m_order->setObjectName(QStringLiteral("orderAnswer"));
        m_order->setDragDropMode(QAbstractItemView::InternalMove);
        m_order->setAccessibleName(tr("Drag the items into the right order"));
        m_order->setToolTip(tr("Drag the items into the right order"));
        // A fixed shuffle (reversed, then rotated) so the answer is never shown as given.
        QStringList shown = m_question.items;
        std::reverse(shown.begin(), shown.end());
        std::rotate(shown.begin(), shown.begin() + shown.size() / 2, shown.end());
        for (const QString &item : shown) {
            auto *entry = new QListWidgetItem(label(QStringLiteral("items"), item), m_order);
            entry->setData(Qt::UserRole, item);
        }
        m_order->setMinimumHeight(m_order->sizeHintForRow(0) * (static_cast<int>(shown.size()) + 1));
        m_layout->addWidget(m_order);
        break;
    }
    case Type::Free:
        break;
    }
}

bool QuestionView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease && m_buttons) {
        QAbstractButton *button = m_buttons->button(watched->property("option").toInt());
        if (button && button->isEnabled())
            button->click();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void QuestionView::updateSubmitEnabled()
{
    if (m_submit)
        m_submit->setEnabled(!m_locked && (m_question.type == LessonQuestion::Type::Free
                                             || m_question.type == LessonQuestion::Type::Order || !answer().isEmpty()));
}

StudentAnswer QuestionView::answer() const
{
    StudentAnswer a;
    if (m_buttons) {
        for (QAbstractButton *button : m_buttons->buttons())
            if (button->isChecked())
                a.ids.append(m_question.options[m_buttons->id(button)]);
    }
    if (m_number && m_number->hasAcceptableInput())
        a.number = QLocale::c().toDouble(m_number->text());
    for (int i = 0; i < m_bins.size(); ++i) {
        const QString bin = m_bins[i]->currentData().toString();
        if (!bin.isEmpty())
            a.sort[m_question.items[i]] = bin;
    }
    if (m_order) {
        for (int i = 0; i < m_order->count(); ++i)
            a.ids.append(m_order->item(i)->data(Qt::UserRole).toString());
    }
    if (m_question.type == LessonQuestion::Type::Sort && a.sort.size() != m_question.items.size())
        a.sort.clear(); // every card must be placed
    return a;
}

void QuestionView::setAnswer(const StudentAnswer &a)
{
    if (m_buttons)
        for (QAbstractButton *button : m_buttons->buttons())
            button->setChecked(a.ids.contains(m_question.options[m_buttons->id(button)]));
    if (m_number && a.number)
        m_number->setText(QLocale::c().toString(*a.number, 'g', 10));
    for (int i = 0; i < m_bins.size(); ++i)
        m_bins[i]->setCurrentIndex(std::max(0, m_bins[i]->findData(a.sort.value(m_question.items[i]))));
    if (m_order && a.ids.size() == m_order->count()) {
        m_order->clear();
        for (const QString &item : a.ids) {
            auto *entry = new QListWidgetItem(label(QStringLiteral("items"), item), m_order);
            entry->setData(Qt::UserRole, item);
        }
    }
    updateSubmitEnabled();
}

void QuestionView::setLocked(bool locked)
{
    m_locked = locked;
    for (QWidget *child : findChildren<QWidget *>())
        if (child != m_result && !m_result->isAncestorOf(child) && qobject_cast<QLabel *>(child) == nullptr)
            child->setEnabled(!locked);
    updateSubmitEnabled();
}

QString QuestionView::answerText(const StudentAnswer &a) const
{
    using Type = LessonQuestion::Type;
    switch (m_question.type) {
    case Type::Choice:
    case Type::Multi:
    case Type::Order: {
        QStringList words;
        const QString part = m_question.type == Type::Order ? QStringLiteral("items") : QStringLiteral("options");
        for (const QString &id : a.ids)
            words.append(label(part, id));
        return words.join(m_question.type == Type::Order ? QStringLiteral(" → ") : QStringLiteral(", "));
    }
    case Type::Number:
        return a.number ? QLocale::c().toString(*a.number, 'g', 6) : QString();
    case Type::Sort: {
        QStringList pairs;
        for (auto it = a.sort.begin(); it != a.sort.end(); ++it)
            pairs.append(QStringLiteral("%1 → %2").arg(label(QStringLiteral("items"), it.key()),
                                                       label(QStringLiteral("bins"), it.value())));
        return pairs.join(QStringLiteral("; "));
    }
    case Type::Free:
        break;
    }
    return {};
}

QString QuestionView::keyText(std::optional<double> expected) const
{
    StudentAnswer key;
    key.ids = m_question.answerIds;
    key.sort = m_question.sortAnswer;
    if (m_question.type == LessonQuestion::Type::Number) {
        key.number = m_question.hasLiveAnswer() ? expected : std::optional<double>(m_question.number);
        if (!key.number)
            return tr("(not measured yet)");
        return QLocale::c().toString(*key.number, 'g', 4);
    }
    return answerText(key);
}

void QuestionView::showResult(bool correct, const QString &explanation)
{
    QStringList parts;
    if (m_question.type != LessonQuestion::Type::Free)
        parts.append(correct ? tr("**✓ Right.**") : tr("**✗ Not quite.** The answer: %1").arg(keyText()));
    const QMap<QString, QString> feedback = m_text.labels(m_section, QStringLiteral("feedback"));
    const StudentAnswer given = answer();
    for (const QString &id : m_question.options.isEmpty() ? m_question.items : m_question.options) {
        if (!feedback.contains(id))
            continue;
        // Feedback on every option (R4): the chosen ones first-class, the others for reading.
        const bool chosen = given.ids.contains(id) || given.sort.contains(id);
        parts.append(QStringLiteral("- %1**%2**: %3").arg(chosen ? QStringLiteral("▶ ") : QString(),
                                                          label(m_question.options.isEmpty() ? QStringLiteral("items") : QStringLiteral("options"), id),
                                                          feedback.value(id)));
    }
    parts.append(explanation);
    m_result->setMarkdown(parts.join(QStringLiteral("\n\n")));
}
