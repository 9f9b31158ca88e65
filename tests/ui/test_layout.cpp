// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <algorithm>
#include <cstdlib>

#include <QAction>
#include <QLabel>
#include <QMouseEvent>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QToolBar>
#include <QToolButton>

#include "reluexplorer/activation.h"
#include "reluexplorer/figure.h"
#include "figureexport.h"
#include "presentationmode.h"
#include "tracepanel.h"
#include "uitest.h"

namespace {

/// Drags the first handle of splitter by delta pixels with the left button, as a mouse does.
void dragHandle(QSplitter *splitter, int delta)
{
    QSplitterHandle *handle = splitter->handle(1);
    const QPoint from = handle->rect().center();
    const QPoint by = splitter->orientation() == Qt::Horizontal ? QPoint(delta, 0) : QPoint(0, delta);
    const QPoint global = handle->mapToGlobal(from); // before the handle moves
    auto send = [handle, from, global](QEvent::Type type, QPoint offset, Qt::MouseButtons buttons) {
        QMouseEvent event(type, from + offset, global + offset, Qt::LeftButton, buttons, Qt::NoModifier);
        QApplication::sendEvent(handle, &event);
    };
    send(QEvent::MouseButtonPress, {}, Qt::LeftButton);
    send(QEvent::MouseMove, by / 2, Qt::LeftButton);
    send(QEvent::MouseMove, by, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, by, Qt::NoButton);
}

rx::ExplorerState everything()
{
    rx::ExplorerState state = rx::defaultState();
    state.shown.clear();
    for (const rx::Activation &f : rx::catalogue())
        state.shown.push_back(f.id);
    return state;
}

bool near(const QList<int> &a, const QList<int> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i)
        if (std::abs(a[i] - b[i]) > 2)
            return false;
    return true;
}

} // namespace

TEST_CASE("the splitters move the panes and the View menu hides them, remembered by the next window",
          "[ui][layout][settings]")
{
    QSettings().clear();
    QList<int> columns;
    QList<int> rows;
    {
        Window first;
        first.window.setState(everything()); // rows enough for a taller readout
        first.settle();
        auto *splitter = first.find<QSplitter>(QStringLiteral("splitter"));
        auto *plotSplitter = first.find<QSplitter>(QStringLiteral("plotSplitter"));
        const int plotWidth = first.plot()->width();
        dragHandle(splitter, -120);
        first.settle();
        CHECK(first.plot()->width() == Approx(plotWidth - 120).margin(2));
        const int plotHeight = first.plot()->height();
        dragHandle(plotSplitter, -40); // a taller readout
        first.settle();
        CHECK(first.plot()->height() == Approx(plotHeight - 40).margin(2));
        columns = splitter->sizes();
        rows = plotSplitter->sizes();
        CHECK(first.window.close());
    }
    {
        Window second;
        CHECK(near(second.find<QSplitter>(QStringLiteral("splitter"))->sizes(), columns));
        CHECK(near(second.find<QSplitter>(QStringLiteral("plotSplitter"))->sizes(), rows));

        // Hide both panes from the keyboard: the plot takes their room.
        auto *side = second.find<QWidget>(QStringLiteral("sideScroll"));
        const QSize plot = second.plot()->size();
        QTest::keyClick(&second.window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClick(&second.window, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        second.settle();
        CHECK_FALSE(second.window.tracePanel()->isVisible());
        CHECK_FALSE(side->isVisible());
        CHECK_FALSE(second.find<QAction>(QStringLiteral("action.showReadout"))->isChecked());
        CHECK_FALSE(second.find<QAction>(QStringLiteral("action.showSidePanel"))->isChecked());
        CHECK(second.plot()->width() > plot.width() + 250);
        CHECK(second.plot()->height() > plot.height() + 40);
        CHECK(second.window.close());
    }
    {
        Window third;
        CHECK_FALSE(third.window.tracePanel()->isVisible());
        CHECK_FALSE(third.find<QWidget>(QStringLiteral("sideScroll"))->isVisible());
        CHECK_FALSE(third.find<QAction>(QStringLiteral("action.showReadout"))->isChecked());
        // The menu brings them back at their sizes.
        third.find<QAction>(QStringLiteral("action.showReadout"))->trigger();
        third.find<QAction>(QStringLiteral("action.showSidePanel"))->trigger();
        third.settle();
        CHECK(third.window.tracePanel()->isVisible());
        CHECK(third.find<QWidget>(QStringLiteral("sideScroll"))->isVisible());
        CHECK(near(third.find<QSplitter>(QStringLiteral("splitter"))->sizes(), columns));
        // Presenting and leaving keeps a hidden pane hidden.
        third.find<QAction>(QStringLiteral("action.showReadout"))->trigger();
        QTest::keyClick(&third.window, Qt::Key_F5);
        QTest::keyClick(&third.window, Qt::Key_Escape);
        third.settle();
        CHECK_FALSE(third.window.presentation()->isActive());
        CHECK_FALSE(third.window.tracePanel()->isVisible());
        CHECK(third.find<QWidget>(QStringLiteral("sideScroll"))->isVisible());
    }
    QSettings().clear();
}

TEST_CASE("with every function and its derivative at 1280x800 the axes keep half the window", "[ui][layout]")
{
    QSettings().clear();
    Window w;
    w.window.setState(everything());
    QTest::keyClick(&w.window, Qt::Key_D, Qt::ControlModifier);
    w.settle();
    REQUIRE(w.window.state().showDerivatives);
    QWidget *surface = w.plotSurface();
    surface->setFocus();
    QTest::keyClick(surface, Qt::Key_Right); // the tracer fills the readout's rows
    w.settle();
    w.plot()->layOut();
    const QRectF axes = w.plot()->panelRects().front();
    INFO("axes " << axes.width() << "x" << axes.height() << " in " << w.window.width() << "x"
                 << w.window.height());
    CHECK(w.window.size() == QSize(1280, 800));
    CHECK(axes.height() >= 0.45 * 800);
    CHECK(axes.width() >= 0.5 * 1280);
    // The readout shows a few rows and scrolls to the others.
    auto *table = w.find<QTableWidget>(QStringLiteral("trace.table"));
    CHECK(table->rowCount() == static_cast<int>(rx::catalogue().size()));
    CHECK(table->verticalScrollBar()->maximum() > 0);
    CHECK(w.window.tracePanel()->height() <= w.window.height() / 3);
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
    const int last = table->rowCount() - 1;
    CHECK(table->viewport()->rect().contains(table->visualItemRect(table->item(last, 1)).center()));
}

TEST_CASE("at 1024x600 everything stays in reach: the side panel scrolls instead of clipping", "[ui][layout]")
{
    QSettings().clear();
    Window w;
    w.window.setState(everything());
    w.window.resize(1024, 600);
    w.settle();
    CHECK(w.window.size() == QSize(1024, 600)); // no minimum size pushes it off the screen
    CHECK(w.plot()->height() >= 200);
    CHECK(w.plot()->width() >= 450);
    auto *scroll = w.find<QScrollArea>(QStringLiteral("sideScroll"));
    CHECK(scroll->verticalScrollBar()->maximum() > 0);
    int reached = 0;
    for (QWidget *control : scroll->widget()->findChildren<QWidget *>()) {
        if (!control->isVisibleTo(scroll->widget()) || !(control->focusPolicy() & Qt::TabFocus))
            continue;
        scroll->ensureWidgetVisible(control, 0, 0);
        w.settle();
        const QRect shown(control->mapTo(scroll->viewport(), QPoint(0, 0)), control->size());
        INFO(control->objectName().toStdString()
             << " at " << shown.y() << " in " << scroll->viewport()->height());
        CHECK(scroll->viewport()->rect().intersects(shown));
        CHECK(shown.right() <= scroll->viewport()->width()); // never clipped at the side
        ++reached;
    }
    CHECK(reached >= 10);
    // The tool bar's buttons are on screen or behind its extension button.
    auto *toolbar = w.find<QToolBar>(QStringLiteral("viewToolBar"));
    bool extended = false;
    for (auto *button : toolbar->findChildren<QToolButton *>())
        if (button->objectName() == QStringLiteral("qt_toolbar_ext_button") && button->isVisible())
            extended = true;
    for (QAction *action : toolbar->actions()) {
        QWidget *button = toolbar->widgetForAction(action);
        if (!button || action->isSeparator())
            continue;
        INFO(action->objectName().toStdString());
        CHECK((extended ||
               (button->isVisible() &&
                w.window.rect().contains(QRect(button->mapTo(&w.window, QPoint(0, 0)), button->size())))));
    }
}

TEST_CASE("the first window opens centred on its screen, within it", "[ui][layout]")
{
    QSettings().clear();
    MainWindow window;
    const QRect available = window.screen()->availableGeometry();
    const QRect placed = window.geometry();
    INFO("window " << placed.x() << "," << placed.y() << " " << placed.width() << "x" << placed.height());
    CHECK(available.contains(placed));
    CHECK(std::abs(placed.center().x() - available.center().x()) <= 1);
    CHECK(std::abs(placed.center().y() - available.center().y()) <= 1);
}

TEST_CASE("a family of twenty curves at 1024x600: its legend takes more columns and stays on the axes",
          "[ui][layout][family]")
{
    QSettings().clear();
    Window w;
    w.window.resize(1024, 600);
    rx::ExplorerState state = rx::defaultState();
    state.shown = {"elu"};
    state.showDerivatives = true;
    state.family = {true, "elu", "alpha", 0.1, 2, 6};
    w.window.setState(state);
    w.settle();
    const QRectF few = w.plot()->legendRect();
    REQUIRE_FALSE(few.isEmpty());
    auto *count = w.find<QSpinBox>(QStringLiteral("family.count"));
    count->setFocus();
    count->selectAll();
    QTest::keyClicks(count, QStringLiteral("20"));
    QTest::keyClick(count, Qt::Key_Return);
    w.settle();
    REQUIRE(w.window.state().family.count == 20);
    // The animation bar's note on the family ("Nothing to animate: ...") widens nothing.
    CHECK(w.window.size() == QSize(1024, 600));
    auto *note = w.find<QLabel>(QStringLiteral("animation.note"));
    REQUIRE(note->isVisible());
    CHECK(note->height() >= note->heightForWidth(note->width()));
    CHECK(w.window.rect().contains(QRect(note->mapTo(&w.window, QPoint(0, 0)), note->size())));
    const QStringList entries = w.plot()->legendEntries();
    CHECK(entries.size() == 20);
    CHECK(entries.last().endsWith(QStringLiteral(" = 2")));
    const auto inside = [&](const char *where) {
        const QRectF legend = w.plot()->legendRect();
        const QRectF axes = w.plot()->panelRects().front();
        INFO(where << ": legend " << legend.x() << "," << legend.y() << " " << legend.width() << "x"
                   << legend.height() << " on axes " << axes.x() << "," << axes.y() << " " << axes.width()
                   << "x" << axes.height());
        CHECK(axes.contains(legend));
        return legend;
    };
    const QRectF many = inside("window");
    CHECK(many.width() > few.width() * 1.5); // more columns, not one cut off at the bottom
    // Twice the text in presentation mode, and back.
    QTest::keyClick(&w.window, Qt::Key_F5);
    w.settle();
    inside("presentation");
    QTest::keyClick(&w.window, Qt::Key_Escape);
    w.settle();
    CHECK(inside("back").size() == many.size());
    // Six again: one column again.
    count->setFocus();
    count->selectAll();
    QTest::keyClicks(count, QStringLiteral("6"));
    QTest::keyClick(count, Qt::Key_Return);
    w.settle();
    CHECK(w.plot()->legendRect().size() == few.size());
}

TEST_CASE("every function with derivatives at 1024x600: the legend names the functions only and the title "
          "counts them, until there is room",
          "[ui][layout]")
{
    QSettings().clear();
    Window w;
    w.window.resize(1024, 600);
    w.window.setState(everything());
    QTest::keyClick(&w.window, Qt::Key_D, Qt::ControlModifier);
    w.settle();
    REQUIRE(w.window.state().showDerivatives);
    const auto functions = static_cast<qsizetype>(rx::catalogue().size());
    const auto derivatives = [&] {
        const QStringList entries = w.plot()->legendEntries();
        return std::count_if(entries.begin(), entries.end(),
                             [](const QString &e) { return e.endsWith(QStringLiteral("′")); });
    };
    // Every entry twice over would hide most of the axes: the dashed curves go unnamed.
    CHECK(w.plot()->legendEntries().size() == functions);
    CHECK(derivatives() == 0);
    const QRectF legend = w.plot()->legendRect();
    const QRectF axes = w.plot()->panelRects().front();
    CHECK(axes.contains(legend));
    CHECK(legend.width() * legend.height() <= 0.5 * axes.width() * axes.height());
    // Nor would seventeen names in three lines of title: it counts them.
    CHECK(w.plot()->drawnTitle() == QStringLiteral("%1 functions").arg(functions));
    CHECK(axes.height() >= 0.4 * w.plot()->height());
    // With room, each curve and its derivative again.
    w.window.resize(1920, 1080);
    w.settle();
    CHECK(w.plot()->legendEntries().size() == 2 * functions);
    CHECK(derivatives() == functions);
    CHECK(w.plot()->panelRects().front().contains(w.plot()->legendRect()));
    CHECK(w.plot()->drawnTitle().startsWith(QStringLiteral("ReLU, ReLU6, ")));
    // A figure from the small window keeps them all: it puts a large legend outside the axes.
    w.window.resize(1024, 600);
    w.settle();
    CHECK(derivatives() == 0);
    const rx::FigurePreset *paper = rx::findFigurePreset("Paper, two columns");
    REQUIRE(paper);
    PlotView figure;
    prepareFigure(figure, w.window.state(), paper->options);
    CHECK(figure.legendEntries().size() == 2 * functions);
}
