// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
// The eval and export argument parsers on any argument list (NUL-separated words): no crash, no Qt
// warning turned into an abort, and either a request, a text to print or a one-line error.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include <QString>
#include <QStringList>

#include "evalcommand.h"
#include "exportcommand.h"

namespace {

void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz_cli: %s: %s\n", what, detail.toLocal8Bit().constData());
    std::abort();
}

template <class Request> void check(const cli::Parsed<Request> &parsed)
{
    if (parsed.request && !parsed.error.isEmpty())
        fail("a request and an error", parsed.error);
    if (!parsed.request && parsed.text.isEmpty() && parsed.error.isEmpty())
        fail("neither a request nor a message", {});
    // What the user sees is the printed line: escaped, long quotes cut.
    const QString line = cli::errorLine(QStringLiteral("export"), parsed.error);
    for (const QChar c : line)
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            fail("error line has a control character", line);
    if (line.size() > 800)
        fail("error line is not short", line);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the command; the rest is the arguments, separated by NUL bytes.
    const bool eval = data[0] % 2 == 0;
    QStringList arguments{QStringLiteral("relu-explorer")};
    const QByteArray rest(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    for (const QByteArray &word : rest.split('\0'))
        arguments << QString::fromUtf8(word);
    if (eval)
        check(cli::parseEvalRequest(arguments));
    else
        check(cli::parseExportRequest(arguments));
    return 0;
}
