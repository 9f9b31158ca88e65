// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <QAbstractSpinBox>
#include <QStatusBar>

#include "functionlist.h"
#include "uitest.h"

namespace {

// Types text into a parameter's spin box and presses Enter, as a user would.
void typeParameter(Window &w, const QString &spin, const QString &text)
{
    auto *box = w.find<QAbstractSpinBox>(spin);
    box->setFocus();
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Return);
    w.settle();
}

// True when the plot point (x, y) lies inside the plotting area.
bool inView(Window &w, double x, double y)
{
    const QRectF area = w.plot()->panelRects().front().adjusted(-1, -1, 1, 1);
    return area.contains(w.plot()->pixelFor(x, y));
}

} // namespace

TEST_CASE("Negative side and Tutorial fit y to the shown curves: PReLU at 0.6 stays in view", "[ui][presets]")
{
    Window w;
    typeParameter(w, QStringLiteral("param.prelu.weight.spin"), QStringLiteral("0.6"));
    REQUIRE(w.parameter("prelu", 0) == 0.6);

    QTest::keyClick(&w.window, Qt::Key_3, Qt::ControlModifier); // Negative side
    w.settle();
    rx::ViewRange view = w.plot()->viewRange();
    CHECK(view.xMin == -100);
    CHECK(view.xMax == 2);
    CHECK(view.yMin <= -60);
    CHECK(inView(w, -100, -60)); // PReLU's left end
    CHECK(inView(w, 2, 2));      // ReLU's right end
    CHECK(view.yMin > -70);      // and no wasted room

    QTest::keyClick(&w.window, Qt::Key_2, Qt::ControlModifier); // Tutorial
    w.settle();
    view = w.plot()->viewRange();
    CHECK(view.xMin == -100);
    CHECK(view.xMax == 100);
    CHECK(inView(w, -100, -60));
    CHECK(inView(w, 100, 100));

    // Only LeakyReLU and ReLU: the negative side is scaled to LeakyReLU's -1 at x = -100.
    auto *list = w.find<FunctionList>(QStringLiteral("functionList"));
    list->setFocus();
    list->setCurrentItem(list->itemFor("prelu"));
    QTest::keyClick(list, Qt::Key_Space);
    list->setCurrentItem(list->itemFor("leaky_relu"));
    QTest::keyClick(list, Qt::Key_Space);
    REQUIRE(w.window.state().shown == std::vector<std::string>{"relu", "leaky_relu"});
    QTest::keyClick(&w.window, Qt::Key_3, Qt::ControlModifier);
    w.settle();
    view = w.plot()->viewRange();
    CHECK(view.yMin < -1);
    CHECK(view.yMin > -1.5);
    CHECK(view.yMax < 2.5);
}

TEST_CASE("zero-gradient shading is explained in the legend and says when nothing is shaded", "[ui][presets]")
{
    Window w;
    const QString nothing = QStringLiteral("no shown function has dy/dx = 0");
    QTest::keyClick(&w.window, Qt::Key_H, Qt::ControlModifier);
    w.settle();
    REQUIRE(w.window.state().shadeZeroGradient);
    CHECK_FALSE(w.plot()->shadedIntervals("relu").empty());
    CHECK(w.plot()->legendEntries().contains(QStringLiteral("ReLU: dy/dx = 0 (shaded)")));
    CHECK_FALSE(w.plot()->legendEntries().contains(QStringLiteral("PReLU: dy/dx = 0 (shaded)")));
    CHECK_FALSE(w.window.statusBar()->currentMessage().contains(nothing));

    // Hide ReLU: PReLU's gradient is never 0, so nothing is shaded, and the status bar says so.
    auto *list = w.find<FunctionList>(QStringLiteral("functionList"));
    list->setFocus();
    list->setCurrentItem(list->itemFor("relu"));
    QTest::keyClick(list, Qt::Key_Space);
    w.settle();
    REQUIRE(w.window.state().shown == std::vector<std::string>{"prelu"});
    CHECK(w.window.statusBar()->currentMessage().contains(nothing));
    for (const QString &entry : w.plot()->legendEntries())
        CHECK_FALSE(entry.contains(QStringLiteral("dy/dx = 0")));

    // Shading off and on again with nothing to shade: said again.
    w.window.statusBar()->clearMessage();
    QTest::keyClick(&w.window, Qt::Key_H, Qt::ControlModifier);
    CHECK(w.window.statusBar()->currentMessage().isEmpty());
    QTest::keyClick(&w.window, Qt::Key_H, Qt::ControlModifier);
    CHECK(w.window.statusBar()->currentMessage().contains(nothing));

    // PReLU at weight 0 has a zero gradient on x < 0: shaded, explained, no complaint.
    w.window.statusBar()->clearMessage();
    typeParameter(w, QStringLiteral("param.prelu.weight.spin"), QStringLiteral("0"));
    CHECK_FALSE(w.plot()->shadedIntervals("prelu").empty());
    CHECK(w.plot()->legendEntries().contains(QStringLiteral("PReLU: dy/dx = 0 (shaded)")));
    CHECK_FALSE(w.window.statusBar()->currentMessage().contains(nothing));
}
