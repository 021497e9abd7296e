#include "languageoption.h"

#include "languagemanager.h"

#include <QCommandLineParser>

QString LanguageOption::name()
{
    return QStringLiteral("lang");
}

QCommandLineOption LanguageOption::option(const QString &description)
{
    return QCommandLineOption(name(), description, tr("language"));
}

bool LanguageOption::parse(QCommandLineParser &parser, const QStringList &arguments, QString *language, QString *error)
{
    language->clear();
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (!parser.isSet(name()))
        return true;
    const QString value = parser.value(name());
    if (!LanguageManager::isSupported(value)) {
        *error = tr("Unsupported language \"%1\". Choose one of: %2.")
                     .arg(value, LanguageManager::supportedLanguages().join(QLatin1String(", ")));
        return false;
    }
    *language = value;
    return true;
}
