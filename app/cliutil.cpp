// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "cliutil.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>

#include "fileio.h"

namespace cli {

namespace {

constexpr qsizetype quoteLength = 80;

// A character as it may stand in a one-line message.
QString escaped(char16_t c)
{
    if (c >= 0xDC80 && c <= 0xDCFF) // a byte that was not UTF-8
        return QStringLiteral("\\x%1").arg(c - 0xDC00, 2, 16, QLatin1Char('0'));
    switch (c) {
    case '\n':
        return QStringLiteral("\\n");
    case '\r':
        return QStringLiteral("\\r");
    case '\t':
        return QStringLiteral("\\t");
    default:
        break;
    }
    if (c < 0x20 || c == 0x7f)
        return QStringLiteral("\\x%1").arg(int(c), 2, 16, QLatin1Char('0'));
    if ((c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029 || QChar::isSurrogate(c))
        return QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
    return QString(QChar(c));
}

QString escapedLine(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += c;
            out += text[++i];
        } else {
            out += escaped(c.unicode());
        }
    }
    return out;
}

// Cuts every run between single quotes that is over 100 characters (input quoted by the core).
QString withShortQuotes(const QString &line)
{
    QString out;
    qsizetype at = 0;
    while (at < line.size()) {
        const qsizetype open = line.indexOf(QLatin1Char('\''), at);
        if (open < 0)
            break;
        qsizetype close = line.indexOf(QLatin1Char('\''), open + 1);
        if (close < 0)
            close = line.size();
        out += line.mid(at, open + 1 - at);
        const QString inside = line.mid(open + 1, close - open - 1);
        out += inside.size() > 100 ? inside.left(quoteLength) + QStringLiteral("...") : inside;
        if (close < line.size())
            out += QLatin1Char('\'');
        at = close + 1;
    }
    if (at < line.size())
        out += line.mid(at);
    return out;
}

} // namespace

QString quoted(const QString &text)
{
    QString out = QStringLiteral("'");
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (out.size() > quoteLength) {
            out += QStringLiteral("...");
            break;
        }
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += c;
            out += text[++i];
        } else {
            out += escaped(c.unicode());
        }
    }
    return out + QLatin1Char('\'');
}

QString quoted(std::string_view text)
{
    return quoted(argumentFrom(QByteArray(text.data(), static_cast<qsizetype>(text.size()))));
}

QString errorLine(const QString &command, const QString &message)
{
    const QString prefix =
        command.isEmpty() ? QStringLiteral("relu-explorer") : QStringLiteral("relu-explorer ") + command;
    return escapedLine(withShortQuotes(prefix + QStringLiteral(": ") + message));
}

int fail(const QString &command, const QString &message)
{
    const QByteArray line = (errorLine(command, message) + QLatin1Char('\n')).toUtf8();
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stderr);
    std::fflush(stderr);
    return exitBadInput;
}

std::optional<ParseStop> parseOptions(QCommandLineParser &parser, const QList<QCommandLineOption> &options,
                                      const QStringList &arguments, const QString &command)
{
    parser.addOptions(options);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    // Qt wants the program name first; an empty list (only from a caller in-process) has none.
    if (!parser.parse(arguments.isEmpty() ? QStringList{QStringLiteral("relu-explorer")} : arguments)) {
        QString error = parser.errorText();
        if (error.endsWith(QLatin1Char('.')))
            error.chop(1);
        if (!error.isEmpty())
            error[0] = error[0].toLower();
        // Qt lists every unknown option; name the first, so the line stays short whatever was typed.
        if (const QStringList unknown = parser.unknownOptionNames(); !unknown.isEmpty())
            error =
                QStringLiteral("unknown option %1").arg(quoted(unknown.constFirst())) +
                (unknown.size() > 1 ? QStringLiteral(" (and %1 more)").arg(unknown.size() - 1) : QString());
        QStringList valid;
        for (const QCommandLineOption &option : options)
            valid << QStringLiteral("--") + option.names().constLast();
        valid << QStringLiteral("--help") << QStringLiteral("--version");
        return ParseStop{{}, error + QStringLiteral("; valid options: ") + valid.join(QStringLiteral(", "))};
    }
    if (parser.isSet(help)) {
        // Qt names the executable by its path; show the command as it is typed.
        QString text = parser.helpText();
        const qsizetype optionsAt = text.indexOf(QStringLiteral(" [options]"));
        if (text.startsWith(QStringLiteral("Usage: ")) && optionsAt > 0)
            text.replace(7, optionsAt - 7,
                         command.isEmpty() ? QStringLiteral("relu-explorer")
                                           : QStringLiteral("relu-explorer ") + command);
        return ParseStop{text, {}};
    }
    if (parser.isSet(version))
        return ParseStop{QCoreApplication::applicationName() + QLatin1Char(' ') +
                             QCoreApplication::applicationVersion() + QLatin1Char('\n'),
                         {}};
    return std::nullopt;
}

QString repeatedOption(const QCommandLineParser &parser, const QList<QCommandLineOption> &options)
{
    for (const QCommandLineOption &option : options) {
        const QString name = option.names().constLast();
        if (name == QLatin1String("x") || name == QLatin1String("param"))
            continue;
        // Flags count too: values() is empty for them, so look at the names parsed.
        if (parser.values(option).size() > 1 || parser.optionNames().count(name) > 1)
            return QStringLiteral("--%1 given more than once").arg(name);
    }
    return {};
}

int finishParse(const QString &text, const QString &error, bool hasRequest, const QString &command)
{
    if (hasRequest)
        return -1;
    if (!error.isEmpty())
        return fail(command, error);
    print(text);
    return exitOk;
}

QStringList argumentsFrom(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << argumentFrom(QByteArray(argv[i]));
    return arguments;
}

QString argumentFrom(const QByteArray &bytes)
{
    // UTF-8 as RFC 3629 has it (no overlong forms, no surrogates, at most U+10FFFF); any other byte b
    // becomes U+DC00 + b.
    QString out;
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char b = s[i];
        int length = 0;
        char32_t code = 0;
        char32_t least = 0;
        if (b < 0x80) {
            length = 1;
            code = b;
        } else if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
            code = b & 0x1F;
            least = 0x80;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            code = b & 0x0F;
            least = 0x800;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            code = b & 0x07;
            least = 0x10000;
        }
        bool ok = length > 0 && i + length <= n;
        for (int k = 1; ok && k < length; ++k) {
            ok = (s[i + k] & 0xC0) == 0x80;
            code = (code << 6) | (s[i + k] & 0x3F);
        }
        ok = ok && code >= least && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF);
        if (!ok) {
            out += QChar(static_cast<char16_t>(0xDC00 + b));
            ++i;
            continue;
        }
        out += QString::fromUcs4(&code, 1);
        i += length;
    }
    return out;
}

AppArguments::AppArguments(const QString &program) : m_program(pathBytes(program))
{
    m_argv[0] = m_program.data();
}

void printPlotGeometry(const rx::ViewRange &view, QPointF low, QPointF high)
{
    print(QStringLiteral("plot-geometry x %1 %2 y %3 %4 px %5 %6 py %7 %8\n")
              .arg(view.xMin, 0, 'g', 17)
              .arg(view.xMax, 0, 'g', 17)
              .arg(view.yMin, 0, 'g', 17)
              .arg(view.yMax, 0, 'g', 17)
              .arg(low.x(), 0, 'g', 17)
              .arg(high.x(), 0, 'g', 17)
              .arg(low.y(), 0, 'g', 17)
              .arg(high.y(), 0, 'g', 17));
}

void print(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    writeOut(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
}

} // namespace cli
