// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <cmath>
#include <set>

#include <QAbstractSpinBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QStatusBar>
#include <QToolButton>

#include "reluexplorer/numbers.h"
#include "reluexplorer/session.h"
#include "infopanel.h"
#include "parametereditor.h"
#include "uitest.h"

namespace {

QString spinText(QAbstractSpinBox *spin)
{
    return spin->findChild<QLineEdit *>()->text();
}

} // namespace

TEST_CASE("arrow keys and Page Up on the slider change the weight, the spin box and the curve",
          "[ui][parameters]")
{
    Window w;
    auto *slider = w.find<QSlider>(QStringLiteral("param.prelu.weight.slider"));
    auto *spin = w.find<QAbstractSpinBox>(QStringLiteral("param.prelu.weight.spin"));
    QSignalSpy changed(&w.window, &MainWindow::stateChanged);
    CHECK(w.yAt("prelu", -5) == -1.25);

    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Right);
    CHECK(changed.count() == 1);
    CHECK(w.parameter("prelu", 0) == 0.26);
    CHECK(spinText(spin) == QStringLiteral("0.26"));
    CHECK(w.yAt("prelu", -5) == -5 * 0.26);

    QTest::keyClick(slider, Qt::Key_PageUp);
    CHECK(changed.count() == 2);
    CHECK(w.parameter("prelu", 0) == 0.36);
    QTest::keyClick(slider, Qt::Key_Left);
    CHECK(w.parameter("prelu", 0) == 0.35);
    CHECK(spinText(spin) == QStringLiteral("0.35"));

    // Arrows in the spin box step by the catalogue's step, Page Down by ten.
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_Up);
    CHECK(w.parameter("prelu", 0) == 0.36);
    QTest::keyClick(spin, Qt::Key_PageDown);
    CHECK(w.parameter("prelu", 0) == 0.26);
    CHECK(slider->value() == 76);
    CHECK(changed.count() == 5);
}

TEST_CASE("dragging the slider redraws the curve while the drag goes on", "[ui][parameters]")
{
    Window w;
    auto *slider = w.find<QSlider>(QStringLiteral("param.prelu.weight.slider"));
    QSignalSpy replots(w.plot(), &PlotView::replotted);
    const QPoint start = sliderHandle(slider);
    QTest::mousePress(slider, Qt::LeftButton, {}, start);
    QTest::mouseMove(slider, start + QPoint(25, 0));
    const double during = w.parameter("prelu", 0);
    CHECK(during > 0.25);
    // The plot already holds the new curve, and one replot follows on the next frame.
    CHECK(w.yAt("prelu", -5) == Approx(-5 * during));
    w.settle();
    CHECK(replots.count() >= 1);
    QTest::mouseMove(slider, start + QPoint(45, 0));
    const double later = w.parameter("prelu", 0);
    CHECK(later > during);
    CHECK(w.yAt("prelu", -5) == Approx(-5 * later));
    QTest::mouseRelease(slider, Qt::LeftButton, {}, start + QPoint(45, 0));
    CHECK(w.parameter("prelu", 0) == later); // nothing more happens when the drag ends
}

TEST_CASE("with six functions and derivatives a drag redraws only the dragged function's curves",
          "[ui][parameters]")
{
    Window w;
    rx::ExplorerState state = w.window.state();
    state.shown = {"relu", "relu6", "leaky_relu", "elu", "selu", "prelu"};
    state.showDerivatives = true;
    state.shadeZeroGradient = true;
    w.window.setState(state);
    w.settle();
    auto *slider = w.find<QSlider>(QStringLiteral("param.prelu.weight.slider"));
    QSignalSpy replots(w.plot(), &PlotView::replotted);
    for (int i = 0; i < 5; ++i) {
        slider->setValue(slider->value() + 1);
        w.settle();
        if (i > 0) // the first change brings the ghost into the legend and moves PReLU to its own layer
            CHECK(w.plot()->lastReplotPartial());
    }
    CHECK(replots.count() == 5);
    CHECK(w.yAt("prelu", -5) == Approx(-5 * w.parameter("prelu", 0)));
}

TEST_CASE("typed garbage in a spin box is refused and changes nothing", "[ui][parameters]")
{
    Window w;
    auto *spin = w.find<QAbstractSpinBox>(QStringLiteral("param.prelu.weight.spin"));
    QSignalSpy changed(&w.window, &MainWindow::stateChanged);
    const std::vector<double> before = w.ys("prelu");
    for (const QString &garbage :
         {QStringLiteral("abc"), QStringLiteral("1e999"), QStringLiteral("nan"), QStringLiteral("inf"),
          QStringLiteral("-2e6"), QStringLiteral("1.5.2"), QStringLiteral("")}) {
        INFO(garbage.toStdString());
        typeInto(spin, garbage);
        CHECK(spinText(spin) == QStringLiteral("0.25"));
        CHECK(w.parameter("prelu", 0) == 0.25);
    }
    CHECK(changed.count() == 0);
    CHECK(w.ys("prelu") == before);

    typeInto(spin, QStringLiteral("0.1"));
    CHECK(changed.count() == 1);
    CHECK(w.parameter("prelu", 0) == 0.1);
    CHECK(w.yAt("prelu", -5) == -0.5);
    // A value beyond the slider's range is fine for the spin box; the slider's range follows it.
    typeInto(spin, QStringLiteral("7.5"));
    CHECK(w.parameter("prelu", 0) == 7.5);
    auto *slider = w.find<QSlider>(QStringLiteral("param.prelu.weight.slider"));
    CHECK(slider->value() == slider->maximum());
    CHECK(w.find<ParameterEditor>(QStringLiteral("param.prelu.weight.editor"))->sliderMaximum() == 7.5);
    typeInto(spin, QStringLiteral("7.5")); // same value: no change
    CHECK(changed.count() == 2);
}

TEST_CASE("reset buttons restore PyTorch's defaults, SELU shows its constants in full", "[ui][parameters]")
{
    Window w;
    rx::ExplorerState state = w.window.state();
    state.shown = {"selu", "prelu"};
    w.window.setState(state);
    auto *alpha = w.find<QAbstractSpinBox>(QStringLiteral("param.selu.alpha.spin"));
    auto *scale = w.find<QAbstractSpinBox>(QStringLiteral("param.selu.scale.spin"));
    CHECK(spinText(alpha) == QStringLiteral("1.6732632423543772"));
    CHECK(spinText(scale) == QStringLiteral("1.0507009873554805"));
    CHECK(rx::parseNumber<double>(spinText(alpha).toStdString()) ==
          rx::findActivation("selu")->parameters[0].defaultValue);

    typeInto(alpha, QStringLiteral("2"));
    typeInto(scale, QStringLiteral("1.5"));
    CHECK(w.parameter("selu", 0) == 2);
    CHECK(w.parameter("selu", 1) == 1.5);
    QSignalSpy changed(&w.window, &MainWindow::stateChanged);
    QTest::mouseClick(w.find<QPushButton>(QStringLiteral("reset.selu")), Qt::LeftButton);
    CHECK(changed.count() == 1); // one click, one change
    CHECK(w.parameter("selu", 0) == rx::findActivation("selu")->parameters[0].defaultValue);
    CHECK(w.parameter("selu", 1) == rx::findActivation("selu")->parameters[1].defaultValue);
    CHECK(spinText(alpha) == QStringLiteral("1.6732632423543772"));

    auto *reset = w.find<QToolButton>(QStringLiteral("param.prelu.weight.reset"));
    CHECK_FALSE(reset->isEnabled());
    typeInto(w.find<QAbstractSpinBox>(QStringLiteral("param.prelu.weight.spin")), QStringLiteral("0.5"));
    CHECK(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    CHECK(w.parameter("prelu", 0) == 0.25);
    CHECK(w.yAt("prelu", -5) == -1.25);
}

TEST_CASE("every control is reachable with Tab", "[ui][keyboard]")
{
    Window w;
    rx::ExplorerState state = w.window.state();
    state.shown = {"relu", "leaky_relu", "elu", "selu", "prelu"};
    rx::setParameter(state, *rx::findActivation("prelu"), 0, 0.5); // enables its reset button
    w.window.setState(state);
    w.settle();
    std::set<QString> wanted{QStringLiteral("functionList"), QStringLiteral("plot"),
                             QStringLiteral("info.copy"), QStringLiteral("param.prelu.weight.reset")};
    for (const char *name :
         {"leaky_relu.negative_slope", "elu.alpha", "selu.alpha", "selu.scale", "prelu.weight"})
        for (const char *part : {".slider", ".spin"})
            wanted.insert(QStringLiteral("param.") + QLatin1String(name) + QLatin1String(part));
    wanted.insert(QStringLiteral("reset.selu"));

    w.find<QWidget>(QStringLiteral("functionList"))->setFocus();
    std::set<QString> visited;
    for (int i = 0; i < 200; ++i) {
        QWidget *focus = QApplication::focusWidget();
        REQUIRE(focus != nullptr);
        for (QWidget *widget = focus; widget; widget = widget->parentWidget())
            if (!widget->objectName().isEmpty()) {
                visited.insert(widget->objectName());
                break;
            }
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    for (const QString &name : wanted) {
        INFO(name.toStdString());
        CHECK(visited.count(name) == 1);
    }
    // Every focusable control has an accessible name for screen readers.
    for (QWidget *widget : w.window.findChildren<QWidget *>())
        if (widget->focusPolicy() & Qt::TabFocus && widget->isVisible() &&
            (qobject_cast<QAbstractSlider *>(widget) || qobject_cast<QAbstractSpinBox *>(widget) ||
             qobject_cast<QAbstractButton *>(widget))) {
            INFO(widget->objectName().toStdString());
            CHECK_FALSE(widget->accessibleName().isEmpty());
        }
}

TEST_CASE("the info panel shows the PyTorch code for the current settings, Copy copies it", "[ui][info]")
{
    Window w;
    auto *info = w.find<InfoPanel>(QStringLiteral("infoPanel"));
    typeInto(w.find<QAbstractSpinBox>(QStringLiteral("param.prelu.weight.spin")), QStringLiteral("0.1"));
    CHECK(info->code().contains(QStringLiteral("torch.nn.PReLU(num_parameters=1, init=0.1)")));

    rx::ExplorerState state = w.window.state();
    state.shown = {"leaky_relu"};
    state.selected = "leaky_relu";
    rx::setParameter(state, *rx::findActivation("leaky_relu"), 0, 0.2);
    w.window.setState(state);
    CHECK(info->code().contains(QStringLiteral("F.leaky_relu(x, negative_slope=0.2)")));
    CHECK(w.find<QLabel>(QStringLiteral("info.formula"))->text().contains(QStringLiteral("leaky_relu")));
    QTest::mouseClick(w.find<QPushButton>(QStringLiteral("info.copy")), Qt::LeftButton);
    CHECK(QApplication::clipboard()->text() == info->code());
}

TEST_CASE("a value refused together with the others is refused in place and the state stays",
          "[ui][parameters]")
{
    Window w;
    rx::ExplorerState state = rx::defaultState();
    state.shown = {"rrelu"};
    w.window.setState(state);
    w.settle();
    auto *lower = w.find<QAbstractSpinBox>(QStringLiteral("param.rrelu.lower.spin"));
    auto *upper = w.find<QAbstractSpinBox>(QStringLiteral("param.rrelu.upper.spin"));
    QSignalSpy changed(&w.window, &MainWindow::stateChanged);

    // Each value alone is fine, but RReLU needs lower <= upper: a saved session could not reopen it.
    typeInto(lower, QStringLiteral("0.5"));
    CHECK(changed.count() == 0);
    CHECK(w.parameter("rrelu", 0) == 0.125);
    CHECK(spinText(lower) == QStringLiteral("0.125"));
    CHECK(rx::stateProblem(w.window.state()).empty());
    CHECK(w.window.statusBar()->currentMessage().contains(QStringLiteral("RReLU")));

    typeInto(upper, QStringLiteral("0.75"));
    typeInto(lower, QStringLiteral("0.5"));
    CHECK(changed.count() == 2);
    CHECK(w.parameter("rrelu", 0) == 0.5);
    CHECK(rx::stateProblem(w.window.state()).empty());
}
