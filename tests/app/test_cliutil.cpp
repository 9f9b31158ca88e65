// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <catch2/catch.hpp>

#include "cliutil.h"
#include "evalcommand.h"
#include "exportcommand.h"
#include "fileio.h"
#include "listcommand.h"
#include "windowcommand.h"

TEST_CASE("arguments keep their bytes: UTF-8 is text, any other byte comes back as itself", "[names]")
{
    const QByteArray bytes =
        GENERATE(QByteArray("plain.png"), QByteArray("caf\xc3\xa9.png"), QByteArray("caf\xe9.png"),
                 QByteArray("\xff\xfe"), QByteArray("\xed\xa0\x80"), QByteArray("\xc0\xaf"),
                 QByteArray("\xf0\x9f\x98\x80 ok"), QByteArray("cut \xe2\x82"));
    const QString text = cli::argumentFrom(bytes);
    CHECK(cli::pathBytes(text) == bytes);
}

TEST_CASE("valid UTF-8 decodes to its text, other bytes do not turn into U+FFFD", "[names]")
{
    CHECK(cli::argumentFrom("caf\xc3\xa9") == QStringLiteral("caf\u00e9"));
    CHECK(!cli::argumentFrom("caf\xe9").contains(QChar(0xFFFD)));
    CHECK(cli::argumentFrom("caf\xe9") != cli::argumentFrom("caf\xc3\xa9"));
}

TEST_CASE("quoted input is one short line", "[errors]")
{
    CHECK(cli::quoted(QStringLiteral("abc")) == "'abc'");
    CHECK(cli::quoted(QStringLiteral("a\nb\tc\x1b")) == "'a\\nb\\tc\\x1b'");
    CHECK(cli::quoted(cli::argumentFrom("caf\xe9")) == "'caf\\xe9'");
    const QString longText(10'000, QLatin1Char('x'));
    const QString q = cli::quoted(longText);
    CHECK(q.endsWith("...'"));
    CHECK(q.size() < 90);
    CHECK(q.startsWith("'xxxxxxxxxx"));
}

TEST_CASE("the parsers take any list of strings, even an empty one or one with odd characters", "[errors]")
{
    const QString odd = cli::argumentFrom(QByteArray("\xff\x00--x", 5)) + QChar(0xD800);
    for (const QStringList &arguments :
         {QStringList{}, QStringList{"relu-explorer"}, QStringList{"p", "--", odd},
          QStringList{"p", odd, "--x", odd, "--range", "::"},
          QStringList{"p", "--output", odd, "--preset", odd}}) {
        const auto eval = cli::parseEvalRequest(arguments);
        const auto exported = cli::parseExportRequest(arguments);
        const auto window = cli::parseWindowRequest(arguments);
        const auto list = cli::parseListRequest(arguments);
        for (const QString &error : {eval.error, exported.error, window.error, list.error})
            CHECK(!error.contains('\n'));
    }
}
