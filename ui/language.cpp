// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace {

QPointer<QTranslator> appTranslator;
QPointer<QTranslator> qtTranslator;
QString current = QString::fromLatin1(language::english);

QString appFile(const QString &language)
{
    return QStringLiteral(":/i18n/relu-explorer_%1.qm").arg(language);
}

void remove(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
}

} // namespace

namespace language {

QStringList available()
{
    return {QString::fromLatin1(english), QString::fromLatin1(chinese)};
}

QString resolve(const QString &choice, const QLocale &system)
{
    if (available().contains(choice))
        return choice;
    return system.language() == QLocale::Chinese ? QString::fromLatin1(chinese)
                                                 : QString::fromLatin1(english);
}

bool install(const QString &language)
{
    remove(appTranslator);
    remove(qtTranslator);
    current = QString::fromLatin1(english);
    if (language == QLatin1String(english) || !available().contains(language))
        return language == QLatin1String(english);

    auto *app = new QTranslator(QCoreApplication::instance());
    if (!app->load(appFile(language))) {
        delete app;
        return false;
    }
    QCoreApplication::installTranslator(app);
    appTranslator = app;
    // Qt's own strings (standard dialog buttons); Debian's qt6-translations-l10n, if installed.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator = qt;
    } else {
        delete qt;
    }
    current = language;
    return true;
}

QString installed()
{
    return current;
}

QString nativeName(const QString &language)
{
    if (language == QLatin1String(chinese))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString translatedInto(const QString &language, const char *context, const char *text)
{
    QTranslator translator;
    if (language != QLatin1String(english) && translator.load(appFile(language))) {
        const QString translated = translator.translate(context, text);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(text);
}

} // namespace language
