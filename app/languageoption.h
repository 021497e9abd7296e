#pragma once
/**
 * @file languageoption.h
 * LanguageOption: the --lang option that both executables take (the app and
 * neural-lessons-cli) and the first step of reading their command lines: parse, then check the
 * language, so "--lang zh_CN --help" can answer in Chinese. Qt Core only, like LanguageManager,
 * which the command-line tool compiles in as well.
 */
#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;

class LanguageOption {
    Q_DECLARE_TR_FUNCTIONS(LanguageOption)
public:
    /// "lang"
    static QString name();
    /// --lang <language>, described by `description` (which may use the supported codes).
    static QCommandLineOption option(const QString &description);
    /// Parses `arguments` with `parser` and reads --lang into `*language` (empty when it is not
    /// given). False, with one translated line in `*error`, when the arguments are malformed or
    /// the language is not supported.
    static bool parse(QCommandLineParser &parser, const QStringList &arguments, QString *language, QString *error);
};
