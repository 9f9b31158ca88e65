// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <cmath>

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableWidget>
#include <QToolButton>

#include "reluexplorer/numbers.h"
#include "reluexplorer/sampling.h"
#include "animationpanel.h"
#include "plottheme.h"
#include "sessioncontroller.h"
#include "tracepanel.h"
#include "uitest.h"

namespace {

// Points at x on the plot and steps right once with the keyboard: x becomes a sample with many digits.
double traceNear(Window &w, double x)
{
    QWidget *surface = w.plotSurface();
    surface->setFocus();
    QTest::mouseMove(surface, surface->mapFrom(w.plot(), w.plot()->pixelFor(x, 0).toPoint()));
    QTest::keyClick(surface, Qt::Key_Right);
    return w.plot()->traceX();
}

QString cell(Window &w, int row, int column)
{
    return w.find<QTableWidget>(QStringLiteral("trace.table"))->item(row, column)->text();
}

} // namespace

TEST_CASE("the readout shows 6 significant digits, full precision is a remembered choice, copy is full",
          "[ui][trace][readout]")
{
    QSettings().remove(QStringLiteral("view/fullPrecisionReadout"));
    double x = 0;
    {
        Window w;
        rx::ExplorerState state = w.window.state();
        state.view = {-3.3, 2.9, -2, 5.5}; // samples with long decimals
        w.window.setState(state);
        w.settle();
        x = traceNear(w, -2);
        REQUIRE(std::isfinite(x));
        REQUIRE(x < 0);
        const std::string full = rx::formatNumber(x);
        INFO("x = " << full);
        REQUIRE(full.size() > 9); // else 6 digits and full precision would read alike

        const double prelu = 0.25 * x;
        CHECK(w.find<QLabel>(QStringLiteral("trace.x"))->text() ==
              QStringLiteral("x = %1").arg(QString::number(x, 'g', 6)));
        CHECK(cell(w, 1, 0) == QStringLiteral("PReLU"));
        CHECK(cell(w, 1, 1) == QString::number(prelu, 'g', 6));
        CHECK(cell(w, 1, 1).size() <= 9); // "-0.500302": sign, 6 digits, point, one leading zero
        CHECK(cell(w, 1, 2) == QStringLiteral("0.25"));

        // Ctrl+C (Edit > Copy readout) copies full precision whatever is shown.
        QApplication::clipboard()->clear();
        QTest::keyClick(w.plotSurface(), Qt::Key_C, Qt::ControlModifier);
        const QString copied = QApplication::clipboard()->text();
        CHECK(copied.startsWith(QStringLiteral("x = %1\n").arg(QString::fromStdString(full))));
        CHECK(copied.contains(
            QStringLiteral("PReLU: f = %1, f′ = 0.25").arg(QString::fromStdString(rx::formatNumber(prelu)))));

        // The pointer leaves the plot on its way to the menu: Copy still copies what was read.
        QTest::mouseMove(w.plotSurface(), QPoint(1, 1));
        w.settle();
        QApplication::clipboard()->clear();
        QAction *copy = w.find<QAction>(QStringLiteral("action.copyReadout"));
        REQUIRE(copy->isEnabled());
        copy->trigger();
        CHECK(QApplication::clipboard()->text() == copied);

        // View > Full-precision readout.
        x = traceNear(w, -2);
        QAction *precision = w.find<QAction>(QStringLiteral("action.fullPrecision"));
        CHECK_FALSE(precision->isChecked());
        precision->trigger();
        CHECK(w.find<QLabel>(QStringLiteral("trace.x"))->text() ==
              QStringLiteral("x = %1").arg(QString::fromStdString(rx::formatNumber(x))));
        CHECK(cell(w, 1, 1) == QString::fromStdString(rx::formatNumber(0.25 * x)));
        w.window.session()->setSavePrompt([](const QString &) { return QMessageBox::Discard; });
        REQUIRE(w.window.close());
    }
    CHECK(QSettings().value(QStringLiteral("view/fullPrecisionReadout")).toBool());
    {
        Window w; // the next start remembers it
        CHECK(w.find<QAction>(QStringLiteral("action.fullPrecision"))->isChecked());
        CHECK(w.window.tracePanel()->fullPrecision());
        w.find<QAction>(QStringLiteral("action.fullPrecision"))->trigger();
        w.window.session()->setSavePrompt([](const QString &) { return QMessageBox::Discard; });
        REQUIRE(w.window.close());
    }
    CHECK_FALSE(QSettings().value(QStringLiteral("view/fullPrecisionReadout")).toBool());
    QSettings().clear(); // the next tests start from the default state, not the one saved on closing
}

TEST_CASE("the tracer's x can be selected by dragging the mouse across it", "[ui][trace]")
{
    Window w;
    const double x = traceNear(w, -2);
    REQUIRE(std::isfinite(x));
    w.settle();
    auto *label = w.find<QLabel>(QStringLiteral("trace.x"));
    REQUIRE(label->text().startsWith(QStringLiteral("x = ")));
    CHECK_FALSE(label->hasSelectedText());
    const QRect text = label->contentsRect();
    const QPoint start(text.left() + 1, text.center().y());
    const QPoint end(text.left() + label->fontMetrics().horizontalAdvance(label->text()) + 4,
                     text.center().y());
    QTest::mousePress(label, Qt::LeftButton, {}, start);
    QTest::mouseMove(label, end);
    QTest::mouseRelease(label, Qt::LeftButton, {}, end);
    CHECK(label->selectedText() == label->text());
}

TEST_CASE("the readout names curves with a colour swatch in the text colour, columns fit their content",
          "[ui][trace][readout]")
{
    Window w;
    rx::ExplorerState state = w.window.state();
    state.shown = {"relu", "relu6", "prelu"};
    w.window.setState(state);
    traceNear(w, 1);
    auto *table = w.find<QTableWidget>(QStringLiteral("trace.table"));
    REQUIRE(table->rowCount() == 3);
    CHECK(cell(w, 1, 0) == QStringLiteral("ReLU6"));
    for (int row = 0; row < 3; ++row) {
        QTableWidgetItem *item = table->item(row, 0);
        CHECK_FALSE(item->icon().isNull());
        CHECK_FALSE(item->data(Qt::ForegroundRole).isValid()); // the palette's text colour, not the curve's
    }
    // The swatch is the curve's colour: yellow ReLU6 is a square, not yellow text.
    const QImage swatch = table->item(1, 0)->icon().pixmap(table->iconSize()).toImage();
    CHECK(swatch.pixelColor(swatch.width() / 2, swatch.height() / 2) ==
          functionColour(rx::catalogueIndex("relu6")));
    int widths = 0;
    for (int column = 0; column < 3; ++column) {
        INFO("column " << column);
        CHECK(table->columnWidth(column) <=
              static_cast<QAbstractItemView *>(table)->sizeHintForColumn(column) + 24);
        widths += table->columnWidth(column);
    }
    CHECK(widths < table->viewport()->width()); // not stretched over the whole window
}

TEST_CASE("in family mode the readout lists the family's members with their values", "[ui][trace][family]")
{
    Window w;
    rx::ExplorerState state = w.window.state();
    state.shown = {"relu", "leaky_relu"};
    state.family = {true, "leaky_relu", "negative_slope", 0, 0.5, 6};
    w.window.setState(state);
    w.settle();
    const double x = traceNear(w, -2);
    REQUIRE(x < 0);
    auto *table = w.find<QTableWidget>(QStringLiteral("trace.table"));
    REQUIRE(table->rowCount() == 6); // ReLU is not drawn in family mode, so not listed
    const QString slopes[] = {"0", "0.1", "0.2", "0.3", "0.4", "0.5"};
    for (int row = 0; row < 6; ++row) {
        INFO("row " << row);
        CHECK(cell(w, row, 0) == QStringLiteral("LeakyReLU, s = %1").arg(slopes[row]));
        CHECK(cell(w, row, 2) == slopes[row]);
    }
    CHECK(cell(w, 3, 1) == QString::number(x * 0.3, 'g', 6));
    CHECK(w.window.tracePanel()->readout().contains(QStringLiteral("LeakyReLU, s = 0.5: f(x) = ")));
    CHECK_FALSE(w.window.tracePanel()->readout().contains(QStringLiteral("ReLU: ")));
    CHECK(w.plot()->yAxisLabel() == QStringLiteral("LeakyReLU(x)")); // the name, not leaky_relu

    // Off again: one row per shown function.
    state.family.enabled = false;
    w.window.setState(state);
    CHECK(table->rowCount() == 2);
}

TEST_CASE("the readout's swatches take the theme's colours when the theme changes", "[ui][trace][theme]")
{
    QSettings().clear();
    Window w;
    auto *table = w.find<QTableWidget>(QStringLiteral("trace.table"));
    auto swatchAt = [&](int row) {
        const QImage image = table->item(row, 0)->icon().pixmap(table->iconSize()).toImage();
        return image.pixelColor(image.width() / 2, image.height() / 2);
    };
    rx::ExplorerState state = w.window.state();
    state.shown = {"relu", "elu"};
    w.window.setState(state);
    traceNear(w, -1);
    auto *light = w.find<QAction>(QStringLiteral("action.themeLight"));
    auto *dark = w.find<QAction>(QStringLiteral("action.themeDark"));
    for (QAction *theme : {dark, light, dark}) {
        theme->trigger();
        w.settle();
        INFO((theme == dark ? "dark" : "light"));
        CHECK(swatchAt(0).rgb() == w.plot()->curvePen("relu", PlotView::Curve::Value).color().rgb());
        CHECK(swatchAt(1).rgb() == w.plot()->curvePen("elu", PlotView::Curve::Value).color().rgb());
    }
    // A family's ramp too, which differs more between the themes.
    state.family = {true, "elu", "alpha", 0.5, 2, 4};
    w.window.setState(state);
    w.settle();
    REQUIRE(table->rowCount() == 4);
    for (QAction *theme : {light, dark}) {
        theme->trigger();
        w.settle();
        INFO((theme == dark ? "dark" : "light"));
        for (int row = 0; row < 4; ++row) {
            INFO("row " << row << ": swatch " << swatchAt(row).name(QColor::HexArgb).toStdString()
                        << ", curve "
                        << w.plot()->familyCurvePen(row).color().name(QColor::HexArgb).toStdString());
            CHECK(swatchAt(row).rgb() == w.plot()->familyCurvePen(row).color().rgb());
        }
    }
    light->trigger();
    QSettings().clear();
}

TEST_CASE("the animation sweeps only what is drawn, and says so when nothing is left",
          "[ui][animation][family]")
{
    Window w;
    auto *parameter = w.find<QComboBox>(QStringLiteral("animation.parameter"));
    auto *play = w.find<QToolButton>(QStringLiteral("animation.play"));
    auto *note = w.find<QLabel>(QStringLiteral("animation.note"));
    rx::ExplorerState state = w.window.state();
    state.shown = {"relu", "prelu", "selu"};
    state.family = {true, "selu", "alpha", 1, 2, 3};
    w.window.setState(state);
    // PReLU is not drawn while SELU's family is; alpha is what the family varies: only SELU's scale.
    REQUIRE(parameter->count() == 1);
    CHECK(parameter->itemData(0).toString() == QStringLiteral("selu.scale"));
    CHECK(play->isEnabled());
    CHECK(note->isHidden());

    state.shown = {"relu", "leaky_relu"};
    state.family = {true, "leaky_relu", "negative_slope", 0, 0.5, 6};
    w.window.setState(state);
    CHECK(parameter->count() == 0);
    CHECK_FALSE(play->isEnabled());
    CHECK(note->isVisibleTo(&w.window));
    CHECK(note->text().contains(QStringLiteral("LeakyReLU")));
    const rx::ExplorerState before = w.window.state();
    QTest::keyClick(w.plotSurface(), Qt::Key_P, Qt::ControlModifier); // Play anywhere: nothing to play
    CHECK_FALSE(w.window.animationPanel()->isPlaying());
    w.window.animationPanel()->showFrame();
    CHECK(w.window.state() == before);

    state.family.enabled = false; // the usual curves again: both functions' parameters
    w.window.setState(state);
    CHECK(parameter->count() == 1);
    CHECK(parameter->itemData(0).toString() == QStringLiteral("leaky_relu.negative_slope"));
    CHECK(note->isHidden());
}

TEST_CASE("turning a family on never ticks a function unasked, when it must, it says so", "[ui][family]")
{
    Window w; // ReLU and PReLU shown, PReLU selected; the family's function is LeakyReLU
    auto *enable = w.find<QCheckBox>(QStringLiteral("family.enabled"));
    enable->setFocus();
    QTest::keyClick(enable, Qt::Key_Space);
    rx::ExplorerState state = w.window.state();
    CHECK(state.family.enabled);
    CHECK(state.shown == std::vector<std::string>{"relu", "prelu"});
    CHECK(state.family.function == "prelu"); // a shown function, in the panel for all to see
    CHECK(state.family.parameter == "weight");
    CHECK(w.find<QComboBox>(QStringLiteral("family.function"))->currentText() == QStringLiteral("PReLU"));
    CHECK(w.find<QLabel>(QStringLiteral("family.note"))->isHidden());
    QTest::keyClick(enable, Qt::Key_Space);
    CHECK_FALSE(w.window.state().family.enabled);

    // Only ReLU shown: nothing to make a family of, so the family's function (PReLU, as chosen above) is
    // shown, and the window says so.
    state = w.window.state();
    state.shown = {"relu"};
    state.selected = "relu";
    w.window.setState(state);
    QTest::keyClick(enable, Qt::Key_Space);
    state = w.window.state();
    CHECK(state.family.enabled);
    CHECK(state.family.function == "prelu");
    CHECK(state.shown == std::vector<std::string>{"relu", "prelu"});
    auto *note = w.find<QLabel>(QStringLiteral("family.note"));
    CHECK(note->isVisibleTo(&w.window));
    CHECK(note->text().contains(QStringLiteral("PReLU is now shown")));
    CHECK(w.window.statusBar()->currentMessage() == note->text());
    QTest::keyClick(enable, Qt::Key_Space);
    CHECK(note->isHidden());
}
