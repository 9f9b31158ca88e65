// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <string>

#include <QBuffer>
#include <QImage>
#include <QXmlStreamReader>

#include "reluexplorer/state.h"
#include "figureexport.h"
#include "uitest.h"

using namespace std::string_literals;

namespace {

// A title and caption as a hostile command line can give them: C0 and C1 controls, NUL, an escape
// sequence, malformed UTF-8, a non-character, and XML's own special characters.
rx::FigureOptions hostileOptions(rx::FigureFormat format)
{
    rx::FigureOptions options;
    options.format = format;
    options.width = 320;
    options.height = 240;
    options.title = "A\x01"
                    "B\x0b"
                    "C\x1b[31m\x7f & <x> \"q\" \xC2\x85 \xFF\xEF\xBF\xBF \xCE\xB1 end"s;
    options.caption = "cap\0tion\x08\r\n]]> --><!--"s;
    return options;
}

// Reads bytes as XML to the end: the error, or "" when it is well formed. Collects the text of the
// elements named name.
QString xmlProblem(const QByteArray &bytes, const QString &name, QStringList &texts)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == name)
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    return xml.hasError() ? xml.errorString() : QString();
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0x9F) || c.unicode() >= 0xFFFE)
            return true;
    return false;
}

} // namespace

TEST_CASE("an SVG with control characters in its title and caption is well-formed XML", "[ui][export]")
{
    const RenderedFigure figure = renderFigure(rx::ExplorerState{}, hostileOptions(rx::FigureFormat::Svg));
    REQUIRE(figure.error.isEmpty());
    QStringList titles;
    INFO(figure.bytes.left(2000).toStdString());
    CHECK(xmlProblem(figure.bytes, QStringLiteral("title"), titles).isEmpty());
    REQUIRE_FALSE(titles.isEmpty());
    CHECK(titles.front().startsWith(QStringLiteral("A B C [31m  & <x> \"q\"")));
    CHECK(titles.front().endsWith(QStringLiteral("α end")));
    for (const QString &t : titles)
        CHECK_FALSE(hasControlCharacters(t));
}

TEST_CASE("a PDF's XMP metadata stays well-formed with control characters in the title", "[ui][export]")
{
    const RenderedFigure figure = renderFigure(rx::ExplorerState{}, hostileOptions(rx::FigureFormat::Pdf));
    REQUIRE(figure.error.isEmpty());
    const qsizetype begin = figure.bytes.indexOf("<?xpacket begin");
    const qsizetype end = figure.bytes.indexOf("<?xpacket end=\"w\"?>");
    REQUIRE(begin >= 0);
    REQUIRE(end > begin);
    const QByteArray xmp =
        figure.bytes.mid(begin, end - begin + qsizetype(sizeof "<?xpacket end=\"w\"?>") - 1);
    QStringList items;
    INFO(xmp.toStdString());
    CHECK(xmlProblem(xmp, QStringLiteral("li"), items).isEmpty());
    REQUIRE(items.size() == 2); // title and description
    CHECK(items[0].startsWith(QStringLiteral("A B C")));
    CHECK_FALSE(hasControlCharacters(items[0]));
}

TEST_CASE("PNG text chunks hold no control characters", "[ui][export]")
{
    const RenderedFigure figure = renderFigure(rx::ExplorerState{}, hostileOptions(rx::FigureFormat::Png));
    REQUIRE(figure.error.isEmpty());
    const QImage image = QImage::fromData(figure.bytes, "PNG");
    REQUIRE_FALSE(image.isNull());
    const QString title = image.text(QStringLiteral("Title"));
    CHECK(title.startsWith(QStringLiteral("A B C [31m")));
    CHECK(title.endsWith(QStringLiteral("α end")));
    CHECK_FALSE(hasControlCharacters(title));
}
