// Keeps translations/neural-lessons_zh_CN.ts complete and checks that the embedded .qm really
// reaches the widgets: every string the user can see must have a finished zh_CN translation.
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QWidget>
#include <QXmlStreamReader>

namespace {

const QString TsPath = QStringLiteral(NL_SOURCE_DIR "/translations/neural-lessons_zh_CN.ts");
const QString QmResource = QStringLiteral(":/i18n/neural-lessons_zh_CN.qm");

struct TsMessage
{
    QString context;
    QString source;
    QString translationType;
    QStringList translations; // one entry, or one per plural form
    qint64 line = 0;
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open ") + path;
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage{context, {}, {}, {}, xml.lineNumber()};
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.translationType = xml.attributes().value(QLatin1String("type")).toString();
                // Plain text, or one <numerusform> per plural form (tr("%n epochs", "", n)).
                QString plain;
                bool plural = false;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                        plural = true;
                        message.translations << xml.readElementText();
                    } else if (xml.isCharacters()) {
                        plain += xml.text();
                    } else if (xml.isEndElement() && xml.name() == QLatin1String("translation")) {
                        break;
                    }
                }
                if (!plural)
                    message.translations << plain;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << message;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QString unescapeCString(const QString &literal)
{
    QString out;
    for (qsizetype i = 0; i < literal.size(); ++i) {
        const QChar c = literal.at(i);
        if (c != QLatin1Char('\\') || i + 1 == literal.size()) {
            out += c;
            continue;
        }
        const QChar next = literal.at(++i);
        if (next == QLatin1Char('n'))
            out += QLatin1Char('\n');
        else if (next == QLatin1Char('t'))
            out += QLatin1Char('\t');
        else
            out += next; // \" \\ \'
    }
    return out;
}

/// Source strings of tr("..."), QT_TR_NOOP("..."), QT_TRANSLATE_NOOP("ctx", "...") and
/// translate("ctx", "..."). Adjacent literals ("a" "b") are joined, as the compiler does.
QStringList extractTranslatableStrings(const QString &code)
{
    static const QString literals = QStringLiteral("((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*)+)");
    static const QRegularExpression call(
        QStringLiteral("(?:\\btr|\\bQT_TR_NOOP|\\bQT_TR_N_NOOP)\\s*\\(\\s*") + literals
        + QStringLiteral("|(?:\\btranslate|\\bQT_TRANSLATE_NOOP|\\bQT_TRANSLATE_N_NOOP)\\s*\\(\\s*\"[^\"]*\"\\s*,\\s*")
        + literals);
    static const QRegularExpression piece(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
    QStringList strings;
    auto matches = call.globalMatch(code);
    while (matches.hasNext()) {
        const auto match = matches.next();
        const QString joined = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        QString text;
        auto pieces = piece.globalMatch(joined);
        while (pieces.hasNext())
            text += unescapeCString(pieces.next().captured(1));
        strings << text;
    }
    return strings;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:n|L?\\d+)"));
    QSet<QString> found;
    auto matches = pattern.globalMatch(text);
    while (matches.hasNext())
        found.insert(matches.next().captured());
    return found;
}

class LanguageChangeCounter : public QWidget
{
public:
    int count = 0;

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++count;
        QWidget::changeEvent(event);
    }
};

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void extractor_data();
    void extractor();
    void tsIsComplete();
    void placeholdersSurvive();
    void everySourceStringIsInTs();
    void embeddedQmTranslates();
};

void tst_Translations::extractor_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("tr") << "label->setText(tr(\"Hello\"));" << QStringList{"Hello"};
    QTest::newRow("escaped") << "tr(\"Say \\\"hi\\\"\\n\")" << QStringList{"Say \"hi\"\n"};
    QTest::newRow("joined") << "tr(\"a \"\n   \"b\")" << QStringList{"a b"};
    QTest::newRow("noop") << "QT_TR_NOOP(\"Loss\")" << QStringList{"Loss"};
    QTest::newRow("translate") << "QCoreApplication::translate(\"Ctx\", \"Epoch\")"
                               << QStringList{"Epoch"};
    QTest::newRow("two") << "tr(\"x\").arg(tr(\"y\"))" << QStringList{"x", "y"};
    QTest::newRow("not tr") << "str(\"nope\"); setText(QStringLiteral(\"raw\"));" << QStringList{};
}

void tst_Translations::extractor()
{
    QFETCH(QString, code);
    QFETCH(QStringList, expected);
    QCOMPARE(extractTranslatableStrings(code), expected);
}

void tst_Translations::tsIsComplete()
{
    QString error;
    const QList<TsMessage> messages = readTs(TsPath, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!messages.isEmpty(), "the .ts file holds no messages");

    QStringList problems;
    for (const TsMessage &m : messages) {
        const QString where = QStringLiteral("line %1 [%2] \"%3\"").arg(m.line).arg(m.context, m.source);
        if (!m.translationType.isEmpty())
            problems << where + QStringLiteral(": type=\"%1\"").arg(m.translationType);
        if (m.translations.isEmpty() || m.translations.contains(QString()))
            problems << where + QStringLiteral(": empty translation");
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_Translations::placeholdersSurvive()
{
    QString error;
    const QList<TsMessage> messages = readTs(TsPath, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const TsMessage &m : messages) {
        for (const QString &translation : m.translations) {
            if (placeholders(translation) != placeholders(m.source))
                problems << QStringLiteral("line %1: \"%2\" -> \"%3\"").arg(m.line).arg(m.source, translation);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_Translations::everySourceStringIsInTs()
{
    QString error;
    QSet<QString> known;
    for (const TsMessage &m : readTs(TsPath, &error))
        known.insert(m.source);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QStringList missing;
    int scanned = 0;
    for (const char *dir : {"/app", "/lessons", "/files", "/cli"}) {
        QDirIterator it(QStringLiteral(NL_SOURCE_DIR) + QLatin1String(dir),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            ++scanned;
            for (const QString &text : extractTranslatableStrings(QString::fromUtf8(file.readAll()))) {
                if (!known.contains(text))
                    missing << QStringLiteral("%1: \"%2\"").arg(path, text);
            }
        }
    }
    QVERIFY2(scanned > 0, "no sources found under app/, lessons/, files/ or cli/");
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("not in the .ts (build update_translations, then translate):\n")
                        + missing.join(QLatin1Char('\n'))));
}

void tst_Translations::embeddedQmTranslates()
{
    QVERIFY2(QFile::exists(QmResource), "the zh_CN .qm is not embedded under :/i18n");

    QTranslator translator;
    QVERIFY(translator.load(QmResource));
    QVERIFY(!translator.isEmpty());
    QCOMPARE(translator.language(), QStringLiteral("zh_CN"));

    LanguageChangeCounter widget;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    // QApplication posts LanguageChange to top-level widgets; deliver it.
    QTRY_VERIFY(widget.count > 0);
    QCOMPARE(QCoreApplication::translate("MainWindow", "Neural Lessons"), QStringLiteral("神经网络互动课堂"));

    const int before = widget.count;
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QTRY_VERIFY(widget.count > before);
    QCOMPARE(QCoreApplication::translate("MainWindow", "Neural Lessons"), QStringLiteral("Neural Lessons"));
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
