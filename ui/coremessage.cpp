// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "coremessage.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

struct Pattern
{
    const char *source; ///< The English with %1, %2... where the core inserts text.
    QRegularExpression expression;
};

// Each source's %N becomes a capture of anything; the rest must match literally.
QRegularExpression expressionFor(const char *source)
{
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    QStringList literal;
    for (const QString &part : QString::fromUtf8(source).split(placeholder))
        literal << QRegularExpression::escape(part);
    return QRegularExpression(QLatin1Char('^') + literal.join(QStringLiteral("(.*)")) + QLatin1Char('$'),
                              QRegularExpression::DotMatchesEverythingOption);
}

const QList<Pattern> &patterns()
{
    // The sentences of rx::rangeProblem, rx::figureProblem and the session and token readers
    // (core/src/view.cpp, figure.cpp, session.cpp).
    static const char *const sources[] = {
        QT_TRANSLATE_NOOP("CoreMessage", "the range must be finite"),
        QT_TRANSLATE_NOOP("CoreMessage", "the range must stay within ±%1"),
        QT_TRANSLATE_NOOP("CoreMessage", "the range must have its lower bound below its upper bound"),
        QT_TRANSLATE_NOOP("CoreMessage", "the range is too narrow to show"),
        QT_TRANSLATE_NOOP("CoreMessage", "the scale must be a number above 0 and at most 20"),
        QT_TRANSLATE_NOOP("CoreMessage", "the width and height must be at least 1 pixel"),
        QT_TRANSLATE_NOOP("CoreMessage", "the image would be less than 1 pixel wide or high"),
        QT_TRANSLATE_NOOP("CoreMessage", "the image would be %1x%2 pixels; at most %3 pixels a side"),
        QT_TRANSLATE_NOOP("CoreMessage", "a transparent background needs PNG or SVG"),
        QT_TRANSLATE_NOOP("CoreMessage", "the font size must be a number of points above 0 and at most 72"),
        QT_TRANSLATE_NOOP("CoreMessage", "the line width must be a number of points above 0 and at most 72"),
        QT_TRANSLATE_NOOP("CoreMessage", "not valid JSON: %1"),
        QT_TRANSLATE_NOOP("CoreMessage", "the document is not a JSON object"),
        QT_TRANSLATE_NOOP("CoreMessage", "unknown key %1"),
        QT_TRANSLATE_NOOP("CoreMessage", "the file is UTF-16 text (it starts with a UTF-16 byte order mark); "
                                         "a session file is UTF-8: save it as UTF-8"),
        QT_TRANSLATE_NOOP("CoreMessage", "not a ReLU Explorer session (no \"format\": \"%1\")"),
        QT_TRANSLATE_NOOP("CoreMessage", "version %1 is not supported (this build reads versions %2 to %3)"),
        QT_TRANSLATE_NOOP("CoreMessage", "not a ReLU Explorer state token (it should start with \"%1\")"),
        QT_TRANSLATE_NOOP("CoreMessage", "the state token is too long"),
        QT_TRANSLATE_NOOP("CoreMessage", "the state token is empty after \"%1\""),
        QT_TRANSLATE_NOOP("CoreMessage", "the state token is damaged: %1"),
    };
    static const QList<Pattern> list = [] {
        QList<Pattern> all;
        for (const char *source : sources)
            all.push_back({source, expressionFor(source)});
        return all;
    }();
    return list;
}

} // namespace

QString coreMessage(const QString &text)
{
    for (const Pattern &p : patterns()) {
        const QRegularExpressionMatch match = p.expression.match(text);
        if (!match.hasMatch())
            continue;
        // One pass over the translation, so a %N inside the inserted text stays as it is.
        const QString translated = QCoreApplication::translate("CoreMessage", p.source);
        QString result;
        for (qsizetype i = 0; i < translated.size(); ++i) {
            const QChar c = translated[i];
            if (c == QLatin1Char('%') && i + 1 < translated.size() && translated[i + 1].isDigit()) {
                result += match.captured(translated[i + 1].digitValue());
                ++i;
            } else {
                result += c;
            }
        }
        return result;
    }
    return text;
}

QString coreMessage(const std::string &text)
{
    return coreMessage(QString::fromStdString(text));
}

QStringList coreMessageSources()
{
    QStringList sources;
    for (const Pattern &p : patterns())
        sources << QString::fromUtf8(p.source);
    return sources;
}
