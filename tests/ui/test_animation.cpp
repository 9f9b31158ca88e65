// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <QAction>
#include <QComboBox>
#include <QSignalSpy>
#include <QToolButton>
#include <QUndoStack>

#include "animationpanel.h"
#include "statehistory.h"
#include "uitest.h"

TEST_CASE("the animation advances the parameter with its clock and stops after one sweep", "[ui][animation]")
{
    Window w;
    AnimationPanel *panel = w.window.animationPanel();
    qint64 now = 1000;
    panel->setClock([&now] { return now; });
    REQUIRE(panel->setSweep(QStringLiteral("prelu"), QStringLiteral("weight"), 0, 1));
    panel->setSecondsPerSweep(0.8);
    panel->setMode(rx::SweepMode::Once);
    QSignalSpy changed(&w.window, &MainWindow::stateChanged);
    QSignalSpy playing(panel, &AnimationPanel::playingChanged);

    w.find<QToolButton>(QStringLiteral("animation.play"))->click();
    CHECK(panel->isPlaying());
    // Half of the sweep's 0.8 s: weight half way from 0 to 1 (on the slider's grid), then three quarters.
    now += 400;
    panel->showFrame();
    const double half = w.parameter("prelu", 0);
    CHECK(half == Approx(0.5).margin(0.01));
    CHECK(w.yAt("prelu", -5) == Approx(-5 * half));
    now += 200;
    panel->showFrame();
    CHECK(w.parameter("prelu", 0) == Approx(0.75).margin(0.01));
    CHECK(panel->isPlaying());
    // Past the end: the last value exactly, then the timer stops and frames stop.
    now += 300;
    panel->showFrame();
    CHECK_FALSE(panel->isPlaying());
    CHECK(w.parameter("prelu", 0) == 1);
    CHECK(w.yAt("prelu", -5) == -5);
    CHECK(playing.count() == 2);
    const int frames = changed.count();
    CHECK(frames == 3);
    now += 1000;
    panel->showFrame();
    w.settle();
    CHECK(changed.count() == frames);

    // The whole run is one undo step.
    QUndoStack *stack = w.window.history()->stack();
    CHECK(stack->count() == 1);
    CHECK(stack->undoText() == QStringLiteral("Animate weight"));
    stack->undo();
    CHECK(w.parameter("prelu", 0) == 0.25);
}

TEST_CASE("Space in the panel and Ctrl+P anywhere play and pause, pause holds the value", "[ui][animation]")
{
    Window w;
    AnimationPanel *panel = w.window.animationPanel();
    qint64 now = 0;
    panel->setClock([&now] { return now; });
    REQUIRE(panel->setSweep(QStringLiteral("prelu"), QStringLiteral("weight"), -1, 1));
    panel->setSecondsPerSweep(2.0);
    panel->setMode(rx::SweepMode::BackAndForth);
    auto *chooser = w.find<QComboBox>(QStringLiteral("animation.parameter"));
    chooser->setFocus();
    QTest::keyClick(chooser, Qt::Key_Space);
    CHECK(panel->isPlaying());
    now += 500;
    panel->showFrame();
    QTest::keyClick(chooser, Qt::Key_Space);
    CHECK_FALSE(panel->isPlaying());
    const double paused = w.parameter("prelu", 0);
    CHECK(paused == Approx(-0.5).margin(0.01));
    now += 5000;
    panel->showFrame();
    w.settle();
    CHECK(w.parameter("prelu", 0) == paused);

    // Playing again goes on from where it paused, not from where the clock is.
    QTest::keyClick(&w.window, Qt::Key_P, Qt::ControlModifier);
    CHECK(panel->isPlaying());
    CHECK(w.find<QAction>(QStringLiteral("action.playAnimation"))->isChecked());
    now += 500;
    panel->showFrame();
    CHECK(w.parameter("prelu", 0) == Approx(0).margin(0.01));
    QTest::keyClick(&w.window, Qt::Key_P, Qt::ControlModifier);
    CHECK_FALSE(panel->isPlaying());
    CHECK_FALSE(w.find<QAction>(QStringLiteral("action.playAnimation"))->isChecked());
}

TEST_CASE("the animation offers the numeric parameters of the shown functions only", "[ui][animation]")
{
    Window w;
    auto *chooser = w.find<QComboBox>(QStringLiteral("animation.parameter"));
    CHECK(chooser->count() == 1);
    CHECK(chooser->itemData(0).toString() == QStringLiteral("prelu.weight"));
    rx::ExplorerState state = rx::defaultState();
    state.shown = {"selu", "gelu"}; // gelu's only parameter is a choice
    w.window.setState(state);
    CHECK(chooser->count() == 2);
    CHECK_FALSE(
        w.window.animationPanel()->setSweep(QStringLiteral("gelu"), QStringLiteral("approximate"), 0, 1));
}
