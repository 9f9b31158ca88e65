// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QCheckBox>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>

#include "exportdialog.h"
#include "figureactions.h"
#include "uitest.h"

namespace {

// Picks an item of a combo box with the keyboard, as a user tabbing through the dialog would.
void chooseWithKeys(QComboBox *box, int index)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    REQUIRE(box->currentIndex() == index);
}

void forgetExportSettings()
{
    QSettings settings;
    settings.remove(QStringLiteral("export"));
}

} // namespace

TEST_CASE("the export dialog's presets set the sizes they name", "[ui][export]")
{
    forgetExportSettings();
    ExportDialog dialog(QStringLiteral("ReLU"), QStringLiteral("relu"));
    dialog.show();
    auto *preset = dialog.findChild<QComboBox *>(QStringLiteral("export.preset"));
    REQUIRE(preset);
    chooseWithKeys(preset, preset->findText(QStringLiteral("Slide 16:9")));
    rx::FigureOptions o = dialog.options();
    CHECK(rx::figurePixels(o.width, o.scale) == 3840);
    CHECK(rx::figurePixels(o.height, o.scale) == 2160);

    chooseWithKeys(preset, preset->findText(QStringLiteral("Paper, one column")));
    o = dialog.options();
    CHECK(o.width / rx::logicalDpi == Approx(3.5));
    CHECK(rx::figureDpi(o.scale) == Approx(300));
    CHECK(dialog.findChild<QComboBox *>(QStringLiteral("export.unit"))->currentText() ==
          QStringLiteral("in"));

    chooseWithKeys(preset, preset->findText(QStringLiteral("Transparent PNG")));
    o = dialog.options();
    CHECK(o.transparent);
    CHECK(o.format == rx::FigureFormat::Png);

    // Typing a size by hand makes it a custom figure.
    typeInto(dialog.findChild<QDoubleSpinBox *>(QStringLiteral("export.width")), QStringLiteral("1000"));
    CHECK(preset->currentIndex() == 0);
    CHECK(dialog.options().width == 1000);
}

TEST_CASE("the export dialog converts units and keeps the figure's size", "[ui][export]")
{
    forgetExportSettings();
    ExportDialog dialog(QStringLiteral("ReLU"), QStringLiteral("relu"));
    dialog.show();
    typeInto(dialog.findChild<QDoubleSpinBox *>(QStringLiteral("export.width")), QStringLiteral("960"));
    auto *unit = dialog.findChild<QComboBox *>(QStringLiteral("export.unit"));
    chooseWithKeys(unit, 1); // inches
    CHECK(dialog.findChild<QDoubleSpinBox *>(QStringLiteral("export.width"))->value() == Approx(10));
    typeInto(dialog.findChild<QDoubleSpinBox *>(QStringLiteral("export.dpi")), QStringLiteral("300"));
    const rx::FigureOptions o = dialog.options();
    CHECK(o.width == 960);
    CHECK(rx::figurePixels(o.width, o.scale) == 3000);
    chooseWithKeys(unit, 2); // centimetres
    CHECK(dialog.findChild<QDoubleSpinBox *>(QStringLiteral("export.width"))->value() == Approx(25.4));
}

TEST_CASE("transparency is offered only where the format has it", "[ui][export]")
{
    forgetExportSettings();
    ExportDialog dialog(QStringLiteral("ReLU"), QStringLiteral("relu"));
    dialog.show();
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("export.format"));
    auto *transparent = dialog.findChild<QCheckBox *>(QStringLiteral("export.transparent"));
    transparent->setChecked(true);
    for (int i = 0; i < format->count(); ++i) {
        chooseWithKeys(format, i);
        const rx::FigureFormat f = dialog.options().format;
        const bool allowed = f == rx::FigureFormat::Png || f == rx::FigureFormat::Svg;
        CHECK(transparent->isEnabled() == allowed);
        CHECK(dialog.options().transparent == allowed);
    }
}

TEST_CASE("the export dialog remembers the last choices", "[ui][export]")
{
    forgetExportSettings();
    {
        ExportDialog dialog(QStringLiteral("ReLU"), QStringLiteral("relu"));
        dialog.show();
        chooseWithKeys(dialog.findChild<QComboBox *>(QStringLiteral("export.format")), 3); // SVG
        typeInto(dialog.findChild<QDoubleSpinBox *>(QStringLiteral("export.height")), QStringLiteral("555"));
        chooseWithKeys(dialog.findChild<QComboBox *>(QStringLiteral("export.theme")), 1); // dark
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Accepted);
    }
    ExportDialog again(QStringLiteral("ReLU"), QStringLiteral("relu"));
    const rx::FigureOptions o = again.options();
    CHECK(o.format == rx::FigureFormat::Svg);
    CHECK(o.height == 555);
    CHECK(o.theme == rx::FigureTheme::Dark);
}

TEST_CASE("File > Export writes what the window shows", "[ui][export]")
{
    Window w;
    // Show ELU too and its derivative, with the window's own keys.
    w.find<QWidget>(QStringLiteral("plot"))->setFocus();
    QTest::keyClick(&w.window, Qt::Key_D, Qt::ControlModifier);
    REQUIRE(w.window.state().showDerivatives);
    QTemporaryDir dir;
    rx::FigureOptions options;
    options.format = rx::FigureFormat::Csv;
    const QString csv = dir.filePath(QStringLiteral("shown.csv"));
    REQUIRE(w.window.figureActions()->exportTo(csv, options).isEmpty());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QStringList expected{QStringLiteral("x")};
    for (const std::string &id : w.window.state().shown)
        expected << QString::fromStdString(id) + ":y" << QString::fromStdString(id) + ":dydx";
    CHECK(QString::fromUtf8(file.readLine()).trimmed() == expected.join(','));

    options.format = rx::FigureFormat::Png;
    options.width = 400;
    options.height = 300;
    options.scale = 2;
    const QString png = dir.filePath(QStringLiteral("shown.png"));
    REQUIRE(w.window.figureActions()->exportTo(png, options).isEmpty());
    const QImage image(png);
    CHECK(image.size() == QSize(800, 600));
    CHECK(image.text(QStringLiteral("Title")) == w.plot()->title());

    // A failed export leaves nothing behind.
    CHECK_FALSE(
        w.window.figureActions()->exportTo(dir.filePath(QStringLiteral("missing/x.png")), options).isEmpty());
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("missing/x.png"))));
}

TEST_CASE("Edit > Copy plot puts the plot on the clipboard", "[ui][export]")
{
    Window w;
    QApplication::clipboard()->clear();
    QTest::keyClick(&w.window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    const QImage image = QApplication::clipboard()->image();
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == w.plot()->size() * w.window.devicePixelRatioF());
}
