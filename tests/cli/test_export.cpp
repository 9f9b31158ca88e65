// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <cmath>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

#include "reluexplorer/numbers.h"
#include "plotpixels.h"
#include "runcli.h"

namespace {

plotpixels::PlotGeometry geometryOf(const QString &out)
{
    const auto g = plotpixels::parseGeometry(out);
    REQUIRE(g);
    return *g;
}

bool colourNear(const QImage &image, QPoint p, QColor c)
{
    return plotpixels::nearColour(image, p, c, 3, 40);
}

const QColor reluBlue(0x00, 0x72, 0xB2);

} // namespace

TEST_CASE("export writes images of the requested size times the scale", "[export]")
{
    QTemporaryDir dir;
    const auto [args, width, height] = GENERATE(table<QStringList, int, int>({
        {{}, 1200, 800},
        {{"--width", "640", "--height", "480"}, 640, 480},
        {{"--width", "300", "--height", "200", "--scale", "3"}, 900, 600},
        {{"--width", "100", "--height", "50", "--dpi", "192"}, 200, 100},
        {{"--preset", "Slide 16:9"}, 3840, 2160},
        {{"--preset", "Paper, one column"}, 1050, 750},
    }));
    for (const char *extension : {"png", "jpg"}) {
        const QString path = dir.filePath(QStringLiteral("figure.") + extension);
        const CliResult r = runCli(QStringList{"export", "--output", path} + args);
        INFO(args.join(' ').toStdString() << " " << extension << "\nstderr: " << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.isEmpty());
        const QImage image(path);
        CHECK(image.width() == width);
        CHECK(image.height() == height);
    }
}

TEST_CASE("an exported curve lies where the axes put it", "[export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("relu.png");
    const double scale = GENERATE(1.0, 2.5);
    const CliResult r =
        runCli({"export", "--output", path, "--functions", "relu", "--x-range", "-1:3", "--y-range", "-1:3",
                "--scale", QString::number(scale), "--report-plot-geometry"});
    REQUIRE(r.exitCode == 0);
    const plotpixels::PlotGeometry g = geometryOf(r.out);
    const QImage image(path);
    REQUIRE(!image.isNull());
    INFO("scale " << scale);
    // relu(2) = 2 and relu(-0.5) = 0 are on the curve; (2, 0) and (2, 1) are not.
    CHECK(colourNear(image, g.pixel(2, 2), reluBlue));
    CHECK(colourNear(image, g.pixel(1, 1), reluBlue));
    CHECK(colourNear(image, g.pixel(-0.5, 0), reluBlue));
    CHECK_FALSE(colourNear(image, g.pixel(2, 1), reluBlue));
    CHECK_FALSE(colourNear(image, g.pixel(1, 2), reluBlue));
}

TEST_CASE("export writes transparent PNGs and dark figures", "[export]")
{
    QTemporaryDir dir;
    const QString clear = dir.filePath("clear.png");
    REQUIRE(runCli({"export", "--output", clear, "--transparent"}).exitCode == 0);
    const QImage image(clear);
    REQUIRE(image.hasAlphaChannel());
    CHECK(image.pixelColor(2, 2).alpha() == 0);
    const QString dark = dir.filePath("dark.png");
    REQUIRE(runCli({"export", "--output", dark, "--theme", "dark"}).exitCode == 0);
    CHECK(QImage(dark).pixelColor(2, 2).lightness() < 60);
    const QString light = dir.filePath("light.png");
    REQUIRE(runCli({"export", "--output", light}).exitCode == 0);
    CHECK(QImage(light).pixelColor(2, 2).lightness() > 240);
}

TEST_CASE("an exported PNG says what it shows", "[export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("meta.png");
    REQUIRE(runCli({"export", "--output", path, "--functions", "prelu,elu", "--param", "prelu.weight=0.1"})
                .exitCode == 0);
    const QImage image(path);
    CHECK(image.text("Description").contains("prelu (weight=0.1)"));
    CHECK(image.text("Description").contains("elu (alpha=1)"));
    CHECK(image.text("Title") == "PReLU, ELU");
    CHECK(image.text("Software").startsWith("ReLU Explorer"));
}

TEST_CASE("an exported SVG parses and holds paths and a description", "[export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("figure.svg");
    const CliResult r = runCli({"export", "--output", path, "--functions", "leaky_relu", "--param",
                                "leaky_relu.negative_slope=0.2", "--title", "Leaky & bold"});
    REQUIRE(r.exitCode == 0);
    QXmlStreamReader xml(readAll(path));
    int paths = 0;
    QString description, title;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("path") || xml.name() == QLatin1String("polyline"))
            ++paths;
        else if (xml.name() == QLatin1String("desc"))
            description = xml.readElementText();
        else if (xml.name() == QLatin1String("title"))
            title = xml.readElementText();
    }
    CHECK_FALSE(xml.hasError());
    CHECK(paths > 3);
    CHECK(description.contains("leaky_relu (negative_slope=0.2)"));
    CHECK(title == "Leaky & bold");
}

TEST_CASE("an exported PDF is a PDF of the paper size that renders", "[export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("paper.pdf");
    const CliResult r =
        runCli({"export", "--output", path, "--preset", "Paper, one column", "--derivatives"});
    REQUIRE(r.exitCode == 0);
    CHECK(readAll(path).startsWith("%PDF"));
    QProcess pdftoppm;
    pdftoppm.start("pdftoppm", {"-png", "-r", "300", "-singlefile", path, dir.filePath("page")});
    REQUIRE(pdftoppm.waitForFinished(60000));
    REQUIRE(pdftoppm.exitCode() == 0);
    const QImage page(dir.filePath("page.png"));
    // 3.5 in x 2.5 in at 300 dpi.
    CHECK(std::abs(page.width() - 1050) <= 2);
    CHECK(std::abs(page.height() - 750) <= 2);
    int coloured = 0;
    for (int y = 0; y < page.height(); y += 2)
        for (int x = 0; x < page.width(); x += 2)
            coloured += page.pixelColor(x, y).saturation() > 100;
    CHECK(coloured > 200); // the curves are drawn, not only axes
}

TEST_CASE("exported CSV equals eval on the same samples", "[export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("data.csv");
    const CliResult r = runCli({"export", "--output", path, "--functions", "elu,relu6", "--x-range", "-3:7",
                                "--param", "elu.alpha=0.5"});
    REQUIRE(r.exitCode == 0);
    QStringList lines = QString::fromUtf8(readAll(path)).split('\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 100);
    CHECK(lines[0] == "x,elu:y,elu:dydx,relu6:y,relu6:dydx");
    lines.removeFirst();
    QByteArray xs;
    for (const QString &line : lines)
        xs += line.section(',', 0, 0).toUtf8() + '\n';
    CHECK(xs.contains("\n0\n"));
    CHECK(xs.contains("\n6\n"));
    const CliResult elu = runCli({"eval", "elu", "--dtype", "float64", "--param", "alpha=0.5"}, xs);
    const CliResult relu6 = runCli({"eval", "relu6", "--dtype", "float64"}, xs);
    REQUIRE(elu.exitCode == 0);
    REQUIRE(relu6.exitCode == 0);
    const QStringList eluRows = elu.lines().mid(1), relu6Rows = relu6.lines().mid(1);
    REQUIRE(eluRows.size() == lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringList f = lines[i].split(',');
        INFO(lines[i].toStdString());
        CHECK(f.mid(1, 2) == eluRows[i].split(',').mid(1, 2));
        CHECK(f.mid(3, 2) == relu6Rows[i].split(',').mid(1, 2));
    }
}

TEST_CASE("export refuses bad input: exit 2, one line, no new file, an existing file untouched",
          "[export][errors]")
{
    QTemporaryDir dir;
    const QString existing = dir.filePath("keep.png");
    {
        QFile file(existing);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    const auto [args, mention] = GENERATE(table<QStringList, QString>({
        {{"--format", "gif"}, "gif"},
        {{"--functions", "swish"}, "swish"},
        {{"--param", "relu.alpha=1"}, "alpha"},
        {{"--param", "prelu.weight=abc"}, "abc"},
        {{"--param", "celu.alpha=0"}, "alpha"},
        {{"--x-range", "1"}, "A:B"},
        {{"--x-range", "3:1"}, "reversed"},
        {{"--y-range", "0:nan"}, "y-range"},
        {{"--x-range", "1:1"}, "x-range"},
        {{"--width", "0"}, "width"},
        {{"--height", "20001"}, "height"},
        {{"--width", "15000", "--scale", "2"}, "20000"},
        {{"--scale", "0"}, "scale"},
        {{"--scale", "2", "--dpi", "300"}, "--dpi"},
        {{"--theme", "blue"}, "blue"},
        {{"--preset", "Poster"}, "Poster"},
        {{"--format", "jpg", "--transparent"}, "transparent"},
        {{"--state", "relu1:garbage!"}, "token"},
        {{"--session", "/nonexistent/s.reluexp"}, "session"},
        {{"--bogus"}, "bogus"},
    }));
    for (const QString &output : {existing, dir.filePath("new.png")}) {
        const CliResult r = runCli(QStringList{"export", "--output", output} + args);
        INFO(args.join(' ').toStdString()
             << " -> " << output.toStdString() << "\nstderr: " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.count('\n') == 1);
        CHECK(r.err.contains(mention));
    }
    CHECK(readAll(existing) == "keep me");
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{"keep.png"});
}

TEST_CASE("export refuses paths it cannot write", "[export][errors]")
{
    static QTemporaryDir dir;
    const QString folder = dir.path();
    const auto [path, mention] = GENERATE_COPY(table<QString, QString>({
        {"/nonexistent-folder/figure.png", "does not exist"},
        {"/proc/figure.png", "figure.png"},
        {folder, "extension"},
        {folder + "/noextension", "extension"},
    }));
    const CliResult r = runCli(QStringList{"export", "--output", path});
    INFO(path.toStdString() << "\nstderr: " << r.err.toStdString());
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(mention));
    CHECK_FALSE(QFile::exists(dir.filePath("noextension")));
    const CliResult missing = runCli({"export"});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains("--output"));
}

TEST_CASE("export draws the tutorial's grid: six panels, each with its own curve", "[export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("grid.png"));
    const CliResult r = runCli({"export", "--output", path, "--layout", "grid", "--columns", "3",
                                "--functions", "relu,relu6,leaky_relu,elu,selu,prelu", "--x-range",
                                "-100:100", "--width", "900", "--height", "600", "--legend", "none"});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QImage image(path);
    REQUIRE(image.size() == QSize(900, 600));
    // Each panel holds only its own function's colour: ReLU's blue in the first third of the top row,
    // not in the last third of the bottom row (PReLU's).
    auto blueIn = [&](QRect area) {
        for (int y = area.top(); y <= area.bottom(); ++y)
            for (int x = area.left(); x <= area.right(); ++x)
                if (plotpixels::nearColour(image, QPoint(x, y), reluBlue, 0, 40))
                    return true;
        return false;
    };
    CHECK(blueIn(QRect(0, 0, 300, 300)));
    CHECK_FALSE(blueIn(QRect(600, 300, 300, 300)));
}

TEST_CASE("export refuses a bad font size, line width, legend or layout with exit 2", "[export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f.png"));
    const QStringList bad = GENERATE(QStringList{"--font-size", "0"}, QStringList{"--line-width", "100"},
                                     QStringList{"--legend", "left"}, QStringList{"--layout", "tiles"},
                                     QStringList{"--columns", "-1"});
    const CliResult r = runCli(QStringList{"export", "--output", path} + bad);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 2);
    CHECK((r.err.contains(bad.front()) || r.err.contains(bad.back())));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("export --session draws the session's pinned labels, a malformed label is refused", "[export]")
{
    QTemporaryDir dir;
    const QString session = dir.filePath("labels.reluexp");
    const QByteArray head =
        R"({"format": "relu-explorer-session", "version": 2, "functions": ["relu", "prelu"], )";
    QFile file(session);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(head + R"("labels": [{"function": "prelu", "x": -2}, {"function": "relu", "x": 1.2345678}]})");
    file.close();
    const QString path = dir.filePath("figure.svg");
    const CliResult r = runCli({"export", "--session", session, "--output", path});
    REQUIRE(r.exitCode == 0);
    QXmlStreamReader xml(readAll(path));
    QStringList texts;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts << xml.readElementText().trimmed();
    CHECK_FALSE(xml.hasError());
    CHECK(texts.contains("(-2, -0.5)"));
    CHECK(texts.contains("(1.23457, 1.23457)"));

    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(head + R"("labels": [{"function": "prelu", "x": "-2\n"}]})");
    file.close();
    const QString refused = dir.filePath("refused.svg");
    const CliResult bad = runCli({"export", "--session", session, "--output", refused});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains("\"labels\": label 1: \"x\" must be a number"));
    CHECK(bad.err.trimmed().count('\n') == 0);
    CHECK_FALSE(QFile::exists(refused));
}
